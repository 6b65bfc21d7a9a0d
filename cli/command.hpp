// Subcommand registry for the `aep` executable. Each subcommand lives in its
// own cli/cmd_<name>.cpp and registers itself with AEP_COMMAND; main() builds
// the CLI11 app from the registry, so adding a command touches one file.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace aep::cli {

// Documented exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitDiagnostics = 1;  // the input has errors
inline constexpr int kExitUsage = 2;        // bad command line, or an I/O failure

struct Command {
  std::string name;
  int order;  // position in `aep --help`
  // Adds the subcommand to `app` and returns the function that runs it
  // once CLI11 has parsed the command line.
  std::function<std::function<int()>(CLI::App& app)> setup;
};

std::vector<Command>& command_registry();

struct CommandRegistrar {
  explicit CommandRegistrar(Command command) { command_registry().push_back(std::move(command)); }
};

}  // namespace aep::cli

#define AEP_CONCAT_INNER(a, b) a##b
#define AEP_CONCAT(a, b) AEP_CONCAT_INNER(a, b)
#define AEP_COMMAND(name, order, setup_fn) \
  static ::aep::cli::CommandRegistrar AEP_CONCAT(aep_command_, __LINE__)({name, order, setup_fn})
