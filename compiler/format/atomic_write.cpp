// Atomic file replacement (see atomic_write.hpp), with POSIX calls because
// std::filesystem offers neither mkstemp nor fsync.
#include "compiler/format/atomic_write.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace aep::format {

Expected<bool> write_file_atomically(const std::string& path, std::string_view text) {
  namespace fs = std::filesystem;
  auto failed = [&](std::string_view what, int err) {
    return Error{fmt::format("cannot write {}: {}: {}", path, what, std::strerror(err))};
  };
  fs::path target(path);
  // Through a symbolic link the file it points to is replaced, not the link.
  std::error_code link_ec;
  if (fs::is_symlink(target, link_ec)) {
    fs::path resolved = fs::canonical(target, link_ec);
    if (link_ec) return Error{fmt::format("cannot write {}: cannot resolve the link: {}", path, link_ec.message())};
    target = resolved;
  }
  const std::string target_path = target.string();
  fs::path dir = target.parent_path();
  std::string pattern = (dir / ("." + target.filename().string() + ".aep-fmt-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return failed("cannot create a temporary file beside it", errno);
  std::string tmp(name.data());
  auto abandon = [&](std::string_view what) {
    int err = errno;
    ::close(fd);
    ::unlink(tmp.c_str());
    return failed(what, err);
  };
  struct stat st {};
  if (::stat(target_path.c_str(), &st) == 0 && ::fchmod(fd, st.st_mode & 07777) != 0) return abandon("fchmod");
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return abandon("write");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return abandon("fsync");
  if (::close(fd) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return failed("close", err);
  }
  if (::rename(tmp.c_str(), target_path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return failed("rename", err);
  }
  return true;
}

}  // namespace aep::format
