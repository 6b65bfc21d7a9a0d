// `aep diff A B`: the semantic and payload diff between two builds
// (compiler/build/diff.hpp), both verified as they are read.
#include <iostream>
#include <memory>
#include <unistd.h>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "compiler/build/build_config.hpp"
#include "compiler/build/diff.hpp"

namespace aep::cli {
namespace {

struct DiffArgs {
  std::string a, b;
  std::string store;
  std::string project = ".";
  DiagOutputOptions output;
  bool exit_code = false;
};

int run(const DiffArgs& args) {
  auto root = build::locate_store(args.project, args.store);
  if (!root) {
    std::cerr << "aep diff: error: " << root.error().message << '\n';
    return kExitUsage;
  }
  auto store = build::open_store(*root, false);
  if (!store) {
    std::cerr << "aep diff: error: " << store.error().message << '\n';
    return kExitUsage;
  }
  auto a = build::resolve_build(*store, args.a);
  if (!a) {
    std::cerr << "aep diff: error: " << a.error().message << '\n';
    return kExitDiagnostics;
  }
  auto b = build::resolve_build(*store, args.b);
  if (!b) {
    std::cerr << "aep diff: error: " << b.error().message << '\n';
    return kExitDiagnostics;
  }
  auto diff = build::diff_builds(*a, *b);
  if (!diff) {
    std::cerr << "aep diff: error: " << diff.error().message << '\n';
    return kExitDiagnostics;
  }
  if (args.output.json()) {
    std::cout << diff->dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  } else {
    std::cout << build::diff_text(*diff, args.output.use_color(STDOUT_FILENO));
  }
  const auto& p = (*diff)["prompts"];
  bool changed = !p["added"].empty() || !p["removed"].empty() || !p["changed"].empty();
  return args.exit_code && changed ? kExitDiagnostics : kExitOk;
}

AEP_COMMAND("diff", 44, [](CLI::App& app) {
  auto args = std::make_shared<DiffArgs>();
  auto* sub = app.add_subcommand("diff", "Show what changed between two builds, in meaning and on the wire");
  sub->description(
      "Compare build A with build B, prompt by prompt: prompts added or removed; for a\n"
      "changed prompt its sections and messages (with a unified diff of their template\n"
      "text), config keys (targets.<t>.<key> for target blocks), inputs, tools, output\n"
      "schema and other attributes; then, per target, the payload changes as JSON\n"
      "pointers with old -> new values. Changed source files are listed first.\n"
      "A and B are full build ids, unique prefixes (>= 4 hex digits) or label names.\n"
      "Both builds are verified; a damaged one is refused.\n\n"
      "Exit status: 0 compared (with --exit-code: 0 only when no prompt changed, 1\n"
      "otherwise), 1 unknown or damaged build, 2 bad command line or no build store.\n\n"
      "Examples:\n"
      "  aep diff production 3f9c2a1b\n"
      "  aep diff production staging --format json");
  sub->add_option("A", args->a, "The old build: id, prefix or label")->required();
  sub->add_option("B", args->b, "The new build: id, prefix or label")->required();
  sub->add_option("--store", args->store, "Build store folder (default: the project's, from aep.toml)");
  sub->add_option("--project", args->project, "A file or folder of the project (default: .)");
  sub->add_flag("--exit-code", args->exit_code, "Exit 1 when some prompt changed (like git diff --exit-code)");
  add_diag_output_options(sub, args->output);
  return [args] { return run(*args); };
});

}  // namespace
}  // namespace aep::cli
