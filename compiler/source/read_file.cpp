// One-read file loading (see read_file.hpp).
#include "compiler/source/read_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace aep {

namespace {

Error failure(const std::filesystem::path& path, int error) {
  return Error{"cannot read `" + path.string() + "`: " + std::strerror(error)};
}

}  // namespace

Expected<std::string> read_file(const std::filesystem::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return failure(path, errno);
  struct stat st {};
  std::string text;
  // The size is a hint: a pipe says 0 and a file may grow while read, so
  // reading goes on until end of file either way.
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    text.resize(static_cast<std::size_t>(st.st_size) + 1);
  } else {
    text.resize(4096);
  }
  std::size_t used = 0;
  for (;;) {
    if (used == text.size()) text.resize(text.size() * 2);
    ssize_t got = ::read(fd, text.data() + used, text.size() - used);
    if (got < 0) {
      if (errno == EINTR) continue;
      int error = errno;
      ::close(fd);
      return failure(path, error);
    }
    if (got == 0) break;
    used += static_cast<std::size_t>(got);
  }
  ::close(fd);
  text.resize(used);
  return text;
}

}  // namespace aep
