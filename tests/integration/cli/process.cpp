// fork/exec with pipes (or forkpty) for the CLI integration tests. Both
// streams are drained together with poll() so a chatty child cannot block.
#include "process.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace aep::test {
namespace {

[[noreturn]] void exec_child(const std::vector<std::string>& argv, const RunOptions& options) {
  for (const auto& [name, value] : options.env) {
    if (value) {
      setenv(name.c_str(), value->c_str(), 1);
    } else {
      unsetenv(name.c_str());
    }
  }
  if (!options.cwd.empty() && chdir(options.cwd.c_str()) != 0) _exit(127);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  execv(args[0], args.data());
  _exit(127);
}

void drain(std::vector<std::pair<int, std::string*>> fds) {
  std::vector<pollfd> polls;
  for (auto& [fd, _] : fds) polls.push_back({fd, POLLIN, 0});
  std::size_t open = polls.size();
  char buffer[65536];
  while (open > 0) {
    if (poll(polls.data(), polls.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (std::size_t i = 0; i < polls.size(); ++i) {
      if (polls[i].fd < 0 || polls[i].revents == 0) continue;
      ssize_t n = read(polls[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        fds[i].second->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {  // EOF, or EIO once a pty's child is gone
        close(polls[i].fd);
        polls[i].fd = -1;
        --open;
      }
    }
  }
}

RunResult wait_for(pid_t pid, RunResult result) {
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  result.cpu_seconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec +
                       usage.ru_stime.tv_usec / 1e6;
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  return result;
}

}  // namespace

std::string aep_binary() { return AEP_BINARY; }

RunResult run(const std::vector<std::string>& argv, const RunOptions& options) {
  RunResult result;
  if (options.tty) {
    int master = -1;
    pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0) throw std::runtime_error(std::string("forkpty: ") + std::strerror(errno));
    if (pid == 0) exec_child(argv, options);
    drain({{master, &result.out}});
    return wait_for(pid, std::move(result));
  }
  int in[2], out[2], err[2];
  if (pipe(in) != 0 || pipe(out) != 0 || pipe(err) != 0) throw std::runtime_error("pipe failed");
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) close(fd);
    exec_child(argv, options);
  }
  close(in[0]);
  close(out[1]);
  close(err[1]);
  // Small inputs fit the pipe buffer; larger ones are written before reading,
  // which is fine because the child reads all of stdin before it writes.
  signal(SIGPIPE, SIG_IGN);
  std::size_t written = 0;
  while (written < options.stdin_text.size()) {
    ssize_t n = write(in[1], options.stdin_text.data() + written, options.stdin_text.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  close(in[1]);
  drain({{out[0], &result.out}, {err[0], &result.err}});
  return wait_for(pid, std::move(result));
}

}  // namespace aep::test
