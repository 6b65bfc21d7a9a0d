// `aep diagnostics`: lists every diagnostic kind of the registry, as a table
// or as the Markdown of docs/diagnostics.md (which a test keeps in sync).
#include <iostream>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "compiler/diag/diagnostic.hpp"

namespace aep::cli {
namespace {

int run(const std::string& format) {
  if (format == "markdown") {
    std::cout << "| code | severity | kind | meaning |\n| --- | --- | --- | --- |\n";
    for (const auto& k : all_diag_kinds()) {
      std::cout << fmt::format("| `{}` | {} | {} | {} |\n", k.code, severity_name(k.severity),
                               k.name, k.summary);
    }
    return kExitOk;
  }
  for (const auto& k : all_diag_kinds()) {
    std::cout << fmt::format("{}  {:<7}  {}\n", k.code, severity_name(k.severity), k.summary);
  }
  return kExitOk;
}

AEP_COMMAND("diagnostics", 90, [](CLI::App& app) {
  auto* sub = app.add_subcommand("diagnostics", "List every diagnostic code with its meaning");
  auto format = std::make_shared<std::string>("text");
  sub->add_option("--format", *format, "text or markdown (the table of docs/diagnostics.md)")
      ->check(CLI::IsMember({"text", "markdown"}));
  return [format] { return run(*format); };
});

}  // namespace
}  // namespace aep::cli
