// Rank-file lookup (see data_dir.hpp for the order and why).
#include "compiler/tokenizer/data_dir.hpp"

#include <cstdlib>
#include <system_error>

#ifndef AEP_DEFAULT_ENCODINGS_DIR
#define AEP_DEFAULT_ENCODINGS_DIR ""
#endif

namespace aep::tokenizer {

std::vector<std::filesystem::path> encoding_search_path() {
  std::vector<std::filesystem::path> dirs;
  if (const char* data = std::getenv("AEP_DATA_DIR"); data != nullptr && *data != '\0') {
    dirs.push_back(std::filesystem::path(data) / "encodings");
    return dirs;
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    dirs.push_back(std::filesystem::path(xdg) / "aether" / "encodings");
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    dirs.push_back(std::filesystem::path(home) / ".cache" / "aether" / "encodings");
  }
  std::string_view compiled = AEP_DEFAULT_ENCODINGS_DIR;
  if (!compiled.empty()) dirs.emplace_back(compiled);
  return dirs;
}

Expected<std::filesystem::path> locate_rank_file(std::string_view file_name) {
  auto dirs = encoding_search_path();
  std::string searched;
  for (const auto& dir : dirs) {
    std::filesystem::path candidate = dir / file_name;
    std::error_code ec;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    if (!searched.empty()) searched += ", ";
    searched += dir.string();
  }
  if (searched.empty()) searched = "(no directory: set AEP_DATA_DIR or HOME)";
  return Error{"rank file `" + std::string(file_name) + "` not found (searched " + searched +
               "); run scripts/setup (or scripts/fetch_tokenizer_data.sh) to install the "
               "tokenizer data, or set AEP_DATA_DIR to a directory with encodings/" +
               std::string(file_name)};
}

}  // namespace aep::tokenizer
