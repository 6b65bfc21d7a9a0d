// `aep label BUILD NAME`: points a label (production, staging, ...) at a
// build and records the move in the store's append-only label history
// (compiler/build/labels.hpp). A gate may veto the move; --force with a
// --reason overrides it and the refusal is recorded with the reason.
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "compiler/build/build_config.hpp"
#include "compiler/build/labels.hpp"
#include "eval/baseline.hpp"

namespace aep::cli {
namespace {

struct LabelArgs {
  std::string build;
  std::string label;
  std::string store;
  std::string project = ".";
  bool force = false;
  std::string reason;
  std::string format = "text";
};

// The seam for regression gates: the evaluation layer returns a gate that
// refuses a candidate whose eval gates fail or that regresses against the
// build the label points at now (eval/baseline.hpp). It guards `production`;
// other labels move freely.
build::LabelGate label_gate(const LabelArgs& args) {
  if (args.label != "production") return {};
  return eval::label_gate(eval::CompareOptions{});
}

int run(const LabelArgs& args) {
  auto root = build::locate_store(args.project, args.store);
  if (!root) {
    std::cerr << "aep label: error: " << root.error().message << '\n';
    return kExitUsage;
  }
  auto store = build::open_store(*root, false);
  if (!store) {
    std::cerr << "aep label: error: " << store.error().message << '\n';
    return kExitUsage;
  }
  build::LabelOptions options;
  options.force = args.force;
  options.reason = args.reason;
  auto move = build::move_label(*store, args.label, args.build, options, label_gate(args));
  if (!move) {
    std::cerr << "aep label: error: " << move.error().message << '\n';
    return kExitDiagnostics;
  }
  if (args.format == "json") {
    nlohmann::ordered_json out = move->unchanged ? nlohmann::ordered_json{{"label", move->label}, {"to", move->to}, {"unchanged", true}}
                                                 : move->entry;
    std::cout << out.dump(2) << '\n';
    return kExitOk;
  }
  if (move->unchanged) {
    std::cout << fmt::format("{} already points at {}: nothing recorded\n", move->label, move->to.substr(0, 12));
    return kExitOk;
  }
  std::cout << fmt::format("{}: {} -> {}{}\n", move->label, move->from ? move->from->substr(0, 12) : "(new)", move->to.substr(0, 12),
                           move->forced ? " (forced)" : "");
  if (!move->gate.empty()) std::cout << "gate: " << move->gate << '\n';
  return kExitOk;
}

AEP_COMMAND("label", 42, [](CLI::App& app) {
  auto args = std::make_shared<LabelArgs>();
  auto* sub = app.add_subcommand("label", "Point a label (e.g. production) at a build, keeping the history");
  sub->description(
      "Move the label NAME to BUILD (a full build id, a unique prefix of at least 4 hex\n"
      "digits, or another label) and append the move to the store's label history:\n"
      "who, when, from which build to which, the reason and whether it was forced.\n"
      "The history is append-only and hash-chained: `aep builds --history NAME` shows\n"
      "it, `aep builds --verify` checks it. Moving a label to the build it already\n"
      "points at records nothing. A regression gate may refuse the move; --force with\n"
      "--reason overrides it and records the refusal and the reason.\n\n"
      "Exit status: 0 moved (or unchanged), 1 refused (unknown or damaged build, gate,\n"
      "bad label name), 2 bad command line or no build store.\n\n"
      "Examples:\n"
      "  aep label 3f9c2a1b production\n"
      "  aep label staging production --reason \"promote after review\"\n"
      "  aep label 3f9c2a1b production --force --reason \"hotfix: gate flaky on slice login\"");
  sub->add_option("BUILD", args->build, "Build id, unique prefix, or label")->required();
  sub->add_option("NAME", args->label, "Label name: a letter, then letters, digits, . _ -")->required();
  sub->add_option("--store", args->store, "Build store folder (default: the project's, from aep.toml)");
  sub->add_option("--project", args->project, "A file or folder of the project (default: .)");
  sub->add_flag("--force", args->force, "Move even if the gate refuses (needs --reason)");
  sub->add_option("--reason", args->reason, "Why: recorded in the history");
  sub->add_option("--format", args->format, "Output: text or json (the history line written)")
      ->check(CLI::IsMember({"text", "json"}));
  return [args] { return run(*args); };
});

}  // namespace
}  // namespace aep::cli
