// The `aep` executable: builds the CLI11 app from the subcommand registry,
// runs the chosen subcommand and maps failures to the documented exit codes.
#include <algorithm>
#include <exception>
#include <iostream>
#include <map>

#include "cli/command.hpp"
#include "cli/version.hpp"

namespace aep::cli {

std::vector<Command>& command_registry() {
  static std::vector<Command> commands;
  return commands;
}

}  // namespace aep::cli

int main(int argc, char** argv) {
  using namespace aep::cli;
  CLI::App app{"aep: the Aether prompt compiler and optimizer\n\n"
               "Compile modular .aep prompts to exact provider payloads, lint and format\n"
               "them, evaluate them on eval sets and optimize them into versioned builds.\n"
               "Run `aep <command> --help` for the options of each command.",
               "aep"};
  app.set_version_flag("--version", std::string("aep ") + kVersion);
  app.require_subcommand(1);
  app.failure_message(CLI::FailureMessage::help);

  auto& commands = command_registry();
  std::sort(commands.begin(), commands.end(),
            [](const Command& a, const Command& b) { return a.order < b.order; });
  std::map<CLI::App*, std::function<int()>> runners;
  for (const Command& command : commands) {
    CLI::App* sub = nullptr;
    auto runner = command.setup(app);
    for (CLI::App* candidate : app.get_subcommands({})) {
      if (candidate->get_name() == command.name) sub = candidate;
    }
    if (sub != nullptr) runners[sub] = std::move(runner);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (CLI::App* sub : app.get_subcommands()) {
    auto it = runners.find(sub);
    if (it == runners.end()) continue;
    try {
      return it->second();
    } catch (const std::exception& e) {
      std::cerr << "aep: internal error: " << e.what() << "\n";
      return kExitUsage;
    }
  }
  return kExitUsage;
}
