// `aep test [PATH]`: runs every `test` and `eval` of a project through the
// runner (default provider: the in-process sim), grades the answers, checks
// the gates, and compares with a baseline (`--baseline FILE`, else the eval
// results stored in the build that holds the `production` label). Thin over
// eval/run_suites.hpp, eval/outcome.hpp and eval/report.hpp; see docs/eval.md.
#include <unistd.h>

#include <fstream>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "cli/version.hpp"
#include "eval/baseline.hpp"
#include "eval/project_run.hpp"
#include "eval/report.hpp"

namespace aep::cli {
namespace {

struct TestArgs {
  std::string path = ".";
  std::string provider;
  std::string model;
  std::string base_url;
  std::vector<std::string> filters;
  std::string json_file, junit_file, html_file;
  std::string baseline;
  bool no_baseline = false;
  double alpha = 0.05;
  double margin = 0.05;
  bool require_non_inferiority = false;
  std::uint64_t seed = 0;
  std::size_t resamples = 10000;
  std::string judge_provider;
  std::vector<std::string> judge_models;
  std::uint32_t judge_samples = 1;
  std::string judge_combine = "majority";
  std::string judges_dir;
  bool no_cache = false;
  bool batch = false;
  std::string cache_dir, trace_dir, world;
  bool redact = false;
  std::string progress = "auto";
  std::string color = "auto";
  bool quiet = false;
};

int fail(const std::string& message, int code = kExitDiagnostics) {
  std::cerr << "aep test: error: " << message << "\n";
  return code;
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) {
    std::cerr << "aep test: error: cannot write " << path << "\n";
    return false;
  }
  return true;
}

void draw_progress(const runner::Progress& p, std::size_t total) {
  const int width = 30;
  double frac = total == 0 ? 1.0 : static_cast<double>(p.done) / static_cast<double>(total);
  int filled = static_cast<int>(frac * width);
  std::string bar(static_cast<std::size_t>(filled), '=');
  if (filled < width) bar += '>' + std::string(static_cast<std::size_t>(width - filled - 1), ' ');
  std::cerr << fmt::format("\r[{}] {}/{} calls  {} cached  {} failed  {} in flight ", bar, p.done, total, p.cached,
                           p.failed, p.in_flight)
            << std::flush;
}

int run(const TestArgs& a) {
  if (a.judge_combine != "majority" && a.judge_combine != "mean")
    return fail("--judge-combine takes `majority` or `mean`", kExitUsage);
  if (!(a.alpha > 0 && a.alpha < 0.5)) return fail("--alpha must be between 0 and 0.5", kExitUsage);
  if (!(a.margin >= 0 && a.margin < 1)) return fail("--margin must be in [0, 1)", kExitUsage);
  if (a.judge_samples < 1 || a.judge_samples > 100) return fail("--judge-samples takes 1 to 100", kExitUsage);
  if (!a.baseline.empty() && a.no_baseline) return fail("--baseline and --no-baseline exclude each other", kExitUsage);

  DiagOutputOptions diag_options;
  diag_options.color = a.color;
  eval::ProjectRunOptions o;
  o.provider = a.provider;
  o.model = a.model;
  o.base_url = a.base_url;
  o.filters = a.filters;
  o.judge_provider = a.judge_provider;
  o.judge_models = a.judge_models;
  o.judge_samples = a.judge_samples;
  o.judge_combine = a.judge_combine == "mean" ? eval::JudgeCombine::Mean : eval::JudgeCombine::Majority;
  o.judges_dir = a.judges_dir;
  o.seed = a.seed;
  o.resamples = a.resamples;
  o.no_cache = a.no_cache;
  o.batch = a.batch;
  o.cache_dir = a.cache_dir;
  o.trace_dir = a.trace_dir;
  o.world = a.world;
  o.redact = a.redact;
  bool show_progress = a.progress == "always" || (a.progress == "auto" && !a.quiet && ::isatty(STDERR_FILENO));
  if (show_progress) o.on_progress = draw_progress;
  o.on_diagnostics = [&](const DiagnosticSink& sink, const SourceManager& sources) {
    print_diagnostics_text(std::cerr, sink, sources, diag_options.use_color(STDERR_FILENO));
  };
  auto run = eval::run_project(a.path, o);
  if (show_progress) std::cerr << "\n";
  if (!run) return fail(run.error().message);
  eval::RunResult& result = run->result;
  result.tool_version = kVersion;

  eval::CompareOptions compare;
  compare.alpha = a.alpha;
  compare.margin = a.margin;
  compare.require_non_inferiority = a.require_non_inferiority;
  compare.bootstrap.seed = a.seed;
  compare.bootstrap.resamples = a.resamples;
  if (!a.no_baseline) {
    auto baseline = a.baseline.empty() ? eval::labelled_baseline(run->project) : eval::baseline_from_file(a.baseline);
    if (!baseline) {
      if (!a.baseline.empty()) return fail(baseline.error().message);
      result.notes.push_back(baseline.error().message);
    } else {
      result.baseline_source = baseline->source;
      eval::compare_with_baseline(result, baseline->run, compare);
    }
  }

  for (const auto& e : run->errors) std::cerr << "aep test: error: " << e << "\n";
  bool ok_files = true;
  if (!a.json_file.empty()) ok_files &= write_file(a.json_file, eval::to_json(result).dump(2) + "\n");
  if (!a.junit_file.empty()) ok_files &= write_file(a.junit_file, eval::report_junit(result));
  if (!a.html_file.empty()) ok_files &= write_file(a.html_file, eval::report_html(result));
  if (!a.quiet) {
    eval::TextReportOptions text;
    text.color = diag_options.use_color(STDOUT_FILENO);
    std::cout << eval::report_text(result, text);
  }
  if (!ok_files) return kExitDiagnostics;
  return eval::exit_code(*run);
}

std::function<int()> setup(CLI::App& app) {
  auto args = std::make_shared<TestArgs>();
  auto* sub = app.add_subcommand("test", "Run the project's tests and evals, check gates, compare with the baseline");
  sub->add_option("path", args->path, "Project folder or a file inside it (default: .)");
  sub->add_option("--provider", args->provider, "Provider profile (default: sim; see docs/runtime.md)");
  sub->add_option("--model", args->model, "Model for every call (default: the profile's, else each prompt's)");
  sub->add_option("--base-url", args->base_url, "Base URL for the profile (e.g. an `aep emulate` server)");
  sub->add_option("--filter", args->filters, "Run only suites whose id (module.name) contains this text (repeatable)");
  sub->add_option("--json", args->json_file, "Write the full JSON report to FILE");
  sub->add_option("--junit", args->junit_file, "Write JUnit XML to FILE");
  sub->add_option("--html", args->html_file, "Write a self-contained HTML report with charts to FILE");
  sub->add_option("--baseline", args->baseline, "Compare with this JSON report instead of the production build");
  sub->add_flag("--no-baseline", args->no_baseline, "Do not compare with any baseline");
  sub->add_option("--alpha", args->alpha, "Significance level of the regression tests (default 0.05)");
  sub->add_option("--margin", args->margin, "Non-inferiority margin on a slice's pass rate (default 0.05)");
  sub->add_flag("--require-non-inferiority", args->require_non_inferiority,
                "Fail unless every slice is shown to be within the margin of the baseline");
  sub->add_option("--seed", args->seed, "Seed of the bootstrap resampling (default 0)");
  sub->add_option("--resamples", args->resamples, "Bootstrap resamples (default 10000)");
  sub->add_option("--judge-provider", args->judge_provider, "Provider profile of the judges (default: --provider)");
  sub->add_option("--judge-model", args->judge_models, "A judge model; repeat for an ensemble");
  sub->add_option("--judge-samples", args->judge_samples, "Judge samples per model (default 1; >1 at temperature 1)");
  sub->add_option("--judge-combine", args->judge_combine, "How ensemble votes combine: majority (default) or mean");
  sub->add_option("--judges", args->judges_dir, "A folder named `judges` with your own judge prompts (default: built in)");
  sub->add_flag("--no-cache", args->no_cache, "Neither read nor write the response cache");
  sub->add_flag("--batch", args->batch,
                "Send the calls through the provider's batch API (OpenAI Batch, Anthropic Message Batches; "
                "others run live); state in <project>/.aep/batches, so a rerun resumes an unfinished batch");
  sub->add_option("--cache-dir", args->cache_dir, "Response cache folder (default: <project>/.aep/cache)");
  sub->add_option("--trace-dir", args->trace_dir, "Write one trace line per call into this folder");
  sub->add_flag("--redact", args->redact, "Remove personal data from traces");
  sub->add_option("--world", args->world, "Sim world file (default: the project's)");
  sub->add_option("--progress", args->progress, "Progress bar on stderr: auto (on a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  sub->add_option("--color", args->color, "Colour: auto, always, never")->check(CLI::IsMember({"auto", "always", "never"}));
  sub->add_flag("-q,--quiet", args->quiet, "No text summary on stdout");
  sub->footer(
      "Every `test` and `eval` block of the project runs; each item's answer is graded by its asserts\n"
      "(pass only when all hold) and metrics. Items whose call failed are `errored`: neither pass nor fail.\n"
      "Metrics carry 95% bootstrap intervals; gates (`gate accuracy >= 0.85`) are checked on the mean.\n"
      "Baseline: --baseline FILE (a --json report), else the eval results attached to the build labelled\n"
      "`production` (aep build --eval). Regressions: a significant pass-rate drop (exact McNemar, slices\n"
      "Holm-adjusted) overall or in a slice, listed with the pass->fail items; slices whose drop exceeds\n"
      "--margin are listed too. Reports made on the sim say so: sim figures are not a model's quality.\n"
      "Exit codes: 0 pass, 100 a failed test or gate or a regression, 1 error (project errors, missing\n"
      "data, a test or a whole eval that could not run), 2 bad command line.");
  return [args] { return run(*args); };
}

AEP_COMMAND("test", 60, setup);

}  // namespace
}  // namespace aep::cli
