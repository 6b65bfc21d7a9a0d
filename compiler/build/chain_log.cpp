// Chained logs. A line is appended with one write() on an O_APPEND
// descriptor and fsync'd, so a crash leaves either the whole line or, at
// worst, a torn last line, which read_chain reports instead of skipping.
#include "compiler/build/chain_log.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fmt/format.h>

#include "compiler/build/sha256.hpp"
#include "compiler/build/store.hpp"

namespace aep::build {

using Json = nlohmann::ordered_json;

Expected<std::vector<Json>> read_chain(const std::filesystem::path& path) {
  std::vector<Json> out;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return out;
  auto text = read_whole(path);
  if (!text) return text.error();
  std::string prev;
  std::size_t start = 0, number = 0;
  while (start < text->size()) {
    std::size_t end = text->find('\n', start);
    ++number;
    if (end == std::string::npos) {
      return Error{fmt::format("{}:{}: the last line is incomplete (an interrupted write?)", path.string(), number)};
    }
    std::string line = text->substr(start, end - start);
    start = end + 1;
    Json entry = Json::parse(line, nullptr, false);
    if (entry.is_discarded() || !entry.is_object()) {
      return Error{fmt::format("{}:{}: not a JSON object: the log was edited or damaged", path.string(), number)};
    }
    std::string recorded = entry.value("prev", std::string("<missing>"));
    if (recorded != prev) {
      return Error{fmt::format("{}:{}: the hash chain is broken (expected prev {}, found {}): a line before it was "
                               "edited, removed or reordered",
                               path.string(), number, prev.empty() ? "\"\"" : prev, recorded)};
    }
    prev = sha256_hex(line);
    out.push_back(std::move(entry));
  }
  return out;
}

Expected<Json> append_chain(const std::filesystem::path& path, Json entry) {
  auto existing = read_chain(path);
  if (!existing) return existing.error();
  std::string prev;
  if (!existing->empty()) {
    // The chain links the exact bytes of the last line, read back from disk.
    auto text = read_whole(path);
    if (!text) return text.error();
    std::string body = text->substr(0, text->size() - 1);
    prev = sha256_hex(body.substr(body.rfind('\n') == std::string::npos ? 0 : body.rfind('\n') + 1));
  }
  entry["prev"] = prev;
  std::string line = entry.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return Error{fmt::format("cannot open `{}`: {}", path.string(), std::strerror(errno))};
  ssize_t written = ::write(fd, line.data(), line.size());
  int sync = ::fsync(fd);
  ::close(fd);
  if (written != static_cast<ssize_t>(line.size()) || sync != 0) {
    return Error{fmt::format("cannot append to `{}`: {}", path.string(), std::strerror(errno))};
  }
  return entry;
}

Expected<FileLock> FileLock::acquire(const std::filesystem::path& path) {
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Error{fmt::format("cannot open lock file `{}`: {}", path.string(), std::strerror(errno))};
  if (::flock(fd, LOCK_EX) != 0) {
    ::close(fd);
    return Error{fmt::format("cannot lock `{}`: {}", path.string(), std::strerror(errno))};
  }
  return FileLock(fd);
}

FileLock::FileLock(FileLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

FileLock::~FileLock() {
  if (fd_ >= 0) {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
}

}  // namespace aep::build
