// Directory walk for find_aep_files: sorted, de-duplicated, and never
// following directory symlinks (so a link loop cannot make it run forever).
#include "cli/source_walk.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "compiler/source/skipped_dirs.hpp"

namespace aep::cli {
namespace fs = std::filesystem;

namespace {

std::string display(const fs::path& p) {
  std::string s = p.lexically_normal().generic_string();
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s.empty() ? std::string(".") : s;
}

// A directory holding CMakeCache.txt is a build tree whatever its name.
bool is_build_tree(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir / "CMakeCache.txt", ec);
}

void walk(const fs::path& root, std::vector<std::string>& found, std::vector<std::string>& errors) {
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::none, ec);
  if (ec) {
    errors.push_back("cannot read directory `" + display(root) + "`: " + ec.message());
    return;
  }
  for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      // After a failed step the iterator cannot be trusted to go on: stop here.
      errors.push_back("cannot walk directory `" + display(root) + "`: " + ec.message());
      return;
    }
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    std::error_code type_ec;
    if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) {
      if (aep::is_skipped_directory_name(name) || is_build_tree(p)) it.disable_recursion_pending();
      continue;
    }
    if (name.empty() || name[0] == '.') continue;  // editor swap files and the like
    if (p.extension() == ".aep" && it->is_regular_file(type_ec)) found.push_back(display(p));
  }
}

}  // namespace

SourceWalk find_aep_files(const std::vector<std::string>& paths) {
  SourceWalk result;
  std::set<std::string> seen;
  for (const std::string& arg : paths) {
    fs::path p(arg);
    std::error_code ec;
    fs::file_status status = fs::status(p, ec);
    if (ec || !fs::exists(status)) {
      result.errors.push_back("path `" + arg + "` does not exist");
      continue;
    }
    std::vector<std::string> found;
    if (fs::is_directory(status)) {
      // A directory named explicitly is walked even if its own name would be skipped.
      walk(p, found, result.errors);
      std::sort(found.begin(), found.end());
    } else {
      found.push_back(display(p));
    }
    for (std::string& f : found) {
      if (seen.insert(f).second) result.files.push_back(std::move(f));
    }
  }
  return result;
}

}  // namespace aep::cli
