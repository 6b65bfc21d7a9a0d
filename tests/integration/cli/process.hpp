// Running the built `aep` as a user would, for the CLI integration tests:
// arguments, environment changes, standard input, and optionally a pseudo-
// terminal as stdout/stderr (to test colour on a TTY). Captures both streams
// and the exit status.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace aep::test {

struct RunOptions {
  std::map<std::string, std::optional<std::string>> env;  // nullopt: unset the variable
  std::string stdin_text;
  bool tty = false;  // stdout and stderr on one pseudo-terminal (captured into `out`)
  std::string cwd;   // empty: the current directory
};

struct RunResult {
  int exit_code = -1;  // -1 when the process did not exit normally (a crash)
  int signal = 0;
  double cpu_seconds = 0;  // user + system CPU time of the child
  std::string out;
  std::string err;
};

RunResult run(const std::vector<std::string>& argv, const RunOptions& options = {});

// Path of the aep executable under test (from the build).
std::string aep_binary();

}  // namespace aep::test
