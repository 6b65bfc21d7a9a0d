// `aep build [PATH]`: compiles every concrete prompt of the project for the
// configured targets into a new immutable build of the project's store
// (compiler/build; docs/builds.md). Prints the build id on stdout, the
// diagnostics and progress on stderr.
#include <iostream>
#include <memory>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "cli/version.hpp"
#include "compiler/build/compile.hpp"
#include "eval/baseline.hpp"
#include "eval/project_run.hpp"

namespace aep::cli {
namespace {

struct BuildArgs {
  std::string path = ".";
  std::string out;
  bool keep_going = false;
  bool quiet = false;
  std::string progress = "auto";  // auto | always | never
  DiagOutputOptions output;
  // --eval: run the project's tests and evals and attach the results (eval/).
  bool eval = false;
  std::string eval_provider, eval_model;
  std::vector<std::string> eval_filters;
};

// Runs every suite like `aep test` and attaches the report to the build, so
// `aep label BUILD production` can check its gates and compare it with the
// production build. Returns the exit code of the eval (0, 100 or 1).
int attach_evals(const BuildArgs& args, const build::BuildSummary& s) {
  eval::ProjectRunOptions o;
  o.provider = args.eval_provider;
  o.model = args.eval_model;
  o.filters = args.eval_filters;
  auto run = eval::run_project(args.path, o);
  if (!run) {
    std::cerr << "aep build: error: --eval: " << run.error().message << '\n';
    return kExitDiagnostics;
  }
  for (const auto& e : run->errors) std::cerr << "aep build: error: --eval: " << e << '\n';
  run->result.tool_version = kVersion;
  auto attached = eval::attach_run(s.store, *s.build, run->result);
  if (!attached) {
    std::cerr << "aep build: error: --eval: cannot attach the results: " << attached.error().message << '\n';
    return kExitDiagnostics;
  }
  std::size_t passed = 0;
  for (const auto& suite : run->result.suites)
    passed += suite.kind == "test" ? suite.failed == 0 && suite.errored == 0 : suite.gates_passed();
  std::cerr << fmt::format("eval: {} of {} suites pass{}; results attached ({}){}\n", passed, run->result.suites.size(),
                           run->result.gates_passed() ? "" : ", gates FAIL", attached->substr(0, 12),
                           run->result.sim ? " [sim: not a model's quality]" : "");
  return eval::exit_code(*run);
}

int run(const BuildArgs& args) {
  auto project = load_project(args.path);
  if (!project) {
    std::cerr << "aep build: error: " << project.error().message << '\n';
    return kExitUsage;
  }
  SourceManager sources;
  DiagnosticSink sink(100000);
  build::BuildOptions options;
  options.out = args.out;
  options.keep_going = args.keep_going;
  options.compiler_version = kVersion;
  bool show_progress = args.progress == "always" || (args.progress == "auto" && ::isatty(STDERR_FILENO));
  if (show_progress) {
    options.progress = [](std::size_t done, std::size_t total, const std::string& prompt) {
      std::cerr << fmt::format("\r\x1b[K[{}/{}] {}", done, total, prompt) << (done == total ? "\n" : "") << std::flush;
    };
  }
  auto result = build::build_project(*project, sources, sink, options);

  if (args.output.json()) {
    nlohmann::json doc = diagnostics_json({&sink}, sources, 0);
    if (result && result->build) {
      doc["build"] = result->build->id;
      doc["store"] = result->store.root.string();
      doc["existed"] = result->existed;
      doc["parent"] = result->parent ? nlohmann::json(*result->parent) : nlohmann::json(nullptr);
      doc["prompts"] = result->prompts;
      doc["payloads"] = result->payloads;
      doc["failed"] = result->failed_payloads;
    } else {
      doc["build"] = nullptr;
    }
    std::cout << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else {
    DiagnosticSink shown(100000);
    for (const auto& d : sink.diagnostics()) {
      if (!args.quiet || d.severity == Severity::Error) shown.report(d);
    }
    print_diagnostics_text(std::cerr, shown, sources, args.output.use_color(STDERR_FILENO));
  }
  if (!result) {
    std::cerr << "aep build: error: " << result.error().message << '\n';
    return kExitUsage;
  }
  const build::BuildSummary& s = *result;
  if (!s.build) {
    if (!args.output.json()) {
      std::cerr << fmt::format("aep build: no build written: {}{}\n", count_summary(sink.error_count(), sink.warning_count()),
                               s.prompts ? " (--keep-going writes the prompts and targets that compile)" : "");
    }
    return kExitDiagnostics;
  }
  if (!args.output.json()) {
    std::cerr << fmt::format("{} prompts, {} payloads{}; {}\n", s.prompts, s.payloads,
                             s.failed_payloads ? fmt::format(", {} failed", s.failed_payloads) : "",
                             count_summary(sink.error_count(), sink.warning_count()));
    std::cerr << (s.existed ? "unchanged: identical to the existing build\n" : "");
    if (s.parent && !s.existed) std::cerr << "parent " << s.parent->substr(0, 12) << '\n';
    std::cerr << "store " << s.store.root.string() << '\n';
    std::cout << s.build->id << '\n';
  }
  if (args.eval && !sink.has_errors()) return attach_evals(args, s);
  return sink.has_errors() ? kExitDiagnostics : kExitOk;
}

AEP_COMMAND("build", 40, [](CLI::App& app) {
  auto args = std::make_shared<BuildArgs>();
  auto* sub = app.add_subcommand("build", "Compile every prompt for every configured target into an immutable build");
  sub->description(
      "Compile every concrete prompt of the project around PATH (default: the current\n"
      "folder) for the targets listed in aep.toml ([build] targets = [...]; without it,\n"
      "the target each prompt's model implies) and store the result as a new build:\n"
      "per prompt the IR, a semantic summary, the input plan, one payload template per\n"
      "target (input values replaced by slot markers) and the target's diagnostics, plus\n"
      "a snapshot of the sources and aep.toml. The build is named by the sha256 of its\n"
      "manifest: an unchanged project gives the same id and bytes. Builds go to\n"
      "<project>/.aep/builds (or [build] out, or --out) and are written atomically.\n"
      "The build id is printed on stdout; diagnostics, progress and a summary on stderr.\n\n"
      "Exit status: 0 built, 1 errors (no build is written unless --keep-going), 2 bad\n"
      "command line or I/O failure.\n\n"
      "See docs/builds.md. Related: aep builds, aep diff, aep label.");
  sub->add_option("PATH", args->path, "A file or folder of the project (default: .)");
  sub->add_option("--out", args->out, "Build store folder (default: [build] out in aep.toml, else <project>/.aep/builds)");
  sub->add_flag("--keep-going", args->keep_going,
                "Write the build even when some prompt or target has errors (they are left out and marked failed)");
  sub->add_flag("--quiet,-q", args->quiet, "Print errors only, not warnings");
  sub->add_option("--progress", args->progress, "Progress lines on stderr: auto (on a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  add_diag_output_options(sub, args->output);
  sub->add_flag("--eval", args->eval,
                "Also run the project's tests and evals (as aep test) and attach the results to the build; "
                "exit 100 when a test or gate fails");
  sub->add_option("--eval-provider", args->eval_provider, "Provider profile for --eval (default: sim)");
  sub->add_option("--eval-model", args->eval_model, "Model for every --eval call");
  sub->add_option("--eval-filter", args->eval_filters, "Only suites whose id contains this text (repeatable)");
  return [args] { return run(*args); };
});

}  // namespace
}  // namespace aep::cli
