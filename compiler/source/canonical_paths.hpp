// CanonicalPaths: the canonical form (every symbolic link followed) of many
// file paths at a few system calls each. std::filesystem::weakly_canonical
// makes one readlink per path component and absolute() one getcwd, so a
// 1,000-file project cost ~10,000 system calls before its first byte was
// parsed. Here the working directory is read once and each folder resolved
// once; a file is then its folder's canonical path plus its name, which is
// exact unless the file itself is a symbolic link (one lstat tells), and a
// link still gets the full resolution, so a link pointing outside the
// project's roots is seen as such. Not thread-safe: one per load.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>

namespace aep {

class CanonicalPaths {
 public:
  CanonicalPaths();

  // The working directory when this object was made (empty if unreadable).
  const std::filesystem::path& cwd() const { return cwd_; }
  // std::filesystem::absolute without a getcwd per call.
  std::filesystem::path absolute(const std::filesystem::path& given) const;
  // weakly_canonical(absolute(given)), with the folder's resolution cached.
  std::filesystem::path canonical(const std::filesystem::path& given);
  // How diagnostics name a file: relative to the working directory when it
  // lies below it, else as given.
  std::string display(const std::filesystem::path& canonical, const std::filesystem::path& given) const;

 private:
  std::filesystem::path full(const std::filesystem::path& given) const;
  std::filesystem::path via_folder(const std::filesystem::path& given);

  std::filesystem::path cwd_;
  bool have_cwd_ = false;
  std::unordered_map<std::string, std::filesystem::path> folders_;  // folder as given -> canonical
};

}  // namespace aep
