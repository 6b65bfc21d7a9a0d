# Every third-party library comes from a Debian 12 package; scripts/setup
# installs them. Each find_package here names the package that provides it.
find_package(Threads REQUIRED)
find_package(fmt REQUIRED)                 # libfmt-dev
find_package(nlohmann_json REQUIRED)       # nlohmann-json3-dev
find_package(CLI11 REQUIRED)               # libcli11-dev
find_package(tomlplusplus REQUIRED)        # libtomlplusplus-dev
find_package(antlr4-runtime REQUIRED)      # libantlr4-runtime-dev (4.9)
find_package(Boost 1.74 REQUIRED)          # libboost-graph-dev (header-only parts)
find_package(CURL REQUIRED)                # libcurl4-openssl-dev
find_package(SQLite3 REQUIRED)             # libsqlite3-dev
find_package(OpenSSL REQUIRED)             # libssl-dev
find_package(Eigen3 REQUIRED NO_MODULE)    # libeigen3-dev
find_package(PkgConfig REQUIRED)
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8)   # libpcre2-dev
# cpp-httplib (libcpp-httplib-dev): loopback servers for the emulator, the
# HTTP integration tests and the benchmarks. Debian ships it compiled; the
# imported target carries its defines. Guarded so a second include is harmless.
if(NOT TARGET PkgConfig::HTTPLIB)
  pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
endif()
if(AEP_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED)          # catch2 (v2)
  include(Catch)
endif()

# The ANTLR runtime's CMake package only names include directories; wrap it
# in one imported target that aep::syntax links privately.
if(NOT TARGET aep_antlr4_runtime)
  add_library(aep_antlr4_runtime INTERFACE)
  target_include_directories(aep_antlr4_runtime SYSTEM INTERFACE ${ANTLR4_INCLUDE_DIR})
  target_link_libraries(aep_antlr4_runtime INTERFACE antlr4_static)
endif()

# The sim's stable hashes and the emulator's HTTP server (runtime/sim,
# runtime/emulator). cpp-httplib ships as a compiled library whose header
# must see the same CPPHTTPLIB_* defines; its pkg-config file carries them.
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)     # libxxhash-dev
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)  # libcpp-httplib-dev
