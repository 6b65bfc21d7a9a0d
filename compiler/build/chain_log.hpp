// Append-only JSON-lines logs whose lines are chained by hash: each entry
// carries "prev", the sha256 of the previous line's bytes ("" for the first),
// so deleting, reordering or editing any line but the last breaks the chain
// and is reported with its line number. Used for the label history and for
// the index of eval results attached to a build.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"

namespace aep::build {

// Reads and verifies a chained log; a missing file is an empty log.
Expected<std::vector<nlohmann::ordered_json>> read_chain(const std::filesystem::path& path);

// Appends `entry` (an object; "prev" is set here) as one line, flushed to
// disk. The caller holds a FileLock so that read-check-append is one step.
Expected<nlohmann::ordered_json> append_chain(const std::filesystem::path& path, nlohmann::ordered_json entry);

// An exclusive advisory lock (flock) on a lock file, released on destruction.
class FileLock {
 public:
  static Expected<FileLock> acquire(const std::filesystem::path& path);
  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&&) = delete;
  ~FileLock();

 private:
  explicit FileLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace aep::build
