// The folders walks skip (see skipped_dirs.hpp).
#include "compiler/source/skipped_dirs.hpp"

namespace aep {

bool is_skipped_directory_name(std::string_view name) {
  if (name.empty()) return false;
  // "." and ".." name the folder itself or its parent, not a hidden one.
  if (name[0] == '.') return name != "." && name != "..";
  if (name == "build" || name == "node_modules") return true;
  for (std::string_view prefix : {"build-", "build_", "cmake-build-"}) {
    if (name.starts_with(prefix)) return true;
  }
  return false;
}

}  // namespace aep
