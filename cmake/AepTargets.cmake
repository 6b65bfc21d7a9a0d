# Helpers that give every folder the same shape of target: a static library
# named aep_<name> with the alias aep::<name>, warnings on, includes rooted at
# the repository so headers read as "compiler/diag/diagnostic.hpp".

set(AEP_WARNINGS -Wall -Wextra)
# GCC 12 reports -Wrestrict on `"text" + std::string&&` at -O3, a known false
# positive (GCC bug 105651) that would bury real warnings.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  list(APPEND AEP_WARNINGS -Wno-restrict)
endif()

function(aep_apply_common target)
  target_compile_options(${target} PRIVATE ${AEP_WARNINGS})
  if(AEP_SANITIZE)
    target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
  if(AEP_FUZZ)
    target_compile_options(${target} PUBLIC -fsanitize=fuzzer-no-link)
  endif()
endfunction()

# aep_library(<name> SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
function(aep_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(aep_${name} STATIC ${ARG_SOURCES})
  add_library(aep::${name} ALIAS aep_${name})
  target_include_directories(aep_${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(aep_${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  aep_apply_common(aep_${name})
endfunction()

# aep_unit_test(<name> SOURCES ... DEPS ...): one Catch2 executable whose test
# cases are registered with CTest one by one.
function(aep_unit_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(test_${name} ${ARG_SOURCES})
  target_link_libraries(test_${name} PRIVATE aep_catch_main ${ARG_DEPS})
  aep_apply_common(test_${name})
  # The label follows where the test lives (tests/<phase>/...), so
  # `ctest -L integration` selects the tests that start servers and processes.
  set(label unit)
  if(CMAKE_CURRENT_SOURCE_DIR MATCHES "/tests/integration/")
    set(label integration)
  endif()
  catch_discover_tests(test_${name} TEST_PREFIX "${name}: "
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    PROPERTIES LABELS "${label}")
endfunction()
