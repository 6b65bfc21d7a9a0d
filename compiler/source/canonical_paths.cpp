// Cached canonical paths (see canonical_paths.hpp).
#include "compiler/source/canonical_paths.hpp"

#include <system_error>

namespace aep {
namespace fs = std::filesystem;

CanonicalPaths::CanonicalPaths() {
  std::error_code ec;
  cwd_ = fs::current_path(ec);
  have_cwd_ = !ec;
  if (ec) cwd_.clear();
}

fs::path CanonicalPaths::absolute(const fs::path& given) const {
  if (given.is_absolute() || !have_cwd_) {
    std::error_code ec;
    return fs::absolute(given, ec);
  }
  // What fs::absolute does on POSIX: the working directory joined with the
  // path, nothing resolved.
  return given.empty() ? cwd_ : cwd_ / given;
}

fs::path CanonicalPaths::full(const fs::path& given) const {
  std::error_code ec;
  return fs::weakly_canonical(absolute(given), ec);
}

fs::path CanonicalPaths::via_folder(const fs::path& given) {
  fs::path folder = given.parent_path();
  auto it = folders_.find(folder.native());
  if (it == folders_.end()) {
    std::error_code ec;
    it = folders_.emplace(folder.native(), fs::weakly_canonical(absolute(folder), ec)).first;
  }
  return it->second / given.filename();
}

// `.`, `..` and a trailing separator name no file of the folder: those take
// the full resolution, as does everything when the working directory is
// unknown (the folder would not be absolute).
static bool plain_name(const fs::path& given) {
  fs::path name = given.filename();
  return !name.empty() && name != "." && name != "..";
}

fs::path CanonicalPaths::canonical(const fs::path& given) {
  if (!have_cwd_ || !plain_name(given)) return full(given);
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(given, ec))) return full(given);
  return via_folder(given);
}

std::string CanonicalPaths::display(const fs::path& canonical, const fs::path& given) const {
  if (have_cwd_) {
    fs::path rel = canonical.lexically_relative(cwd_);
    if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
  } else {
    // Same as lexically_relative(current_path()) failing: keep the path as given.
  }
  return given.generic_string();
}

}  // namespace aep
