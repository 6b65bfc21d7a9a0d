# Turns a data file into a C++ source defining one function that returns its
# text, so the binary needs no data files at run time. Run as
#   cmake -DINPUT=... -DOUTPUT=... -DFUNCTION=... -DNAMESPACE=... -P embed_data.cmake
file(READ "${INPUT}" AEP_DATA)
string(FIND "${AEP_DATA}" ")aep_data\"" AEP_CLASH)
if(NOT AEP_CLASH EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )aep_data\"")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by embed_data.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace ${NAMESPACE} {\n"
  "std::string_view ${FUNCTION}() {\n"
  "  static constexpr std::string_view text = R\"aep_data(${AEP_DATA})aep_data\";\n"
  "  return text;\n"
  "}\n"
  "}  // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
