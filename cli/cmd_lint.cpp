// `aep lint [paths...]`: runs the lint rules (docs/lint-rules.md) over .aep
// files with the configuration of each project's aep.toml, and reports in
// the one-line default form, the rich caret form, JSON, SARIF 2.1.0 or GitHub
// annotations. `--fix` applies the safe fixes atomically and lints again;
// `--fix --diff` only shows them. Results come from an on-disk cache when
// neither a file nor anything it depends on changed (docs/lint.md).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/source_walk.hpp"
#include "compiler/diag/render.hpp"
#include "compiler/format/atomic_write.hpp"
#include "compiler/format/unified_diff.hpp"
#include "compiler/lint/engine.hpp"
#include "compiler/lint/fix.hpp"
#include "compiler/lint/output.hpp"

namespace aep::cli {
namespace {

namespace fs = std::filesystem;

struct LintCliOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string color = "auto";
  std::vector<std::string> select, ignore;
  std::string deny;
  bool fix = false;
  bool diff = false;
  bool no_cache = false;
  std::string cache_dir;
  bool project = false;
  bool list_rules = false;
  std::string explain;
  unsigned jobs = 0;
  bool quiet = false;
  bool stats = false;
  std::string output_file;
};

std::vector<std::string> split_commas(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const std::string& item : items) {
    std::stringstream in(item);
    std::string part;
    while (std::getline(in, part, ',')) {
      while (!part.empty() && part.front() == ' ') part.erase(part.begin());
      while (!part.empty() && part.back() == ' ') part.pop_back();
      if (!part.empty()) out.push_back(part);
    }
  }
  return out;
}

lint::LintOutput run_once(const LintCliOptions& o, const SourceWalk& walk) {
  lint::LintOptions options;
  options.files = walk.files;
  for (const std::string& p : o.paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) options.directories.push_back(p);
  }
  options.whole_project = o.project;
  options.jobs = o.jobs;
  options.select = split_commas(o.select);
  options.ignore = split_commas(o.ignore);
  options.use_cache = !o.no_cache;
  options.cache_dir = o.cache_dir;
  options.free_memory = false;  // the process ends after the report
  return lint::run_lint(options);
}

// Applies the fixes of `results`; returns false on an I/O failure.
bool apply_all_fixes(const std::vector<lint::LintResult>& results, bool diff_only, std::size_t& applied) {
  std::map<std::string, std::vector<const lint::ResultFix*>> by_path;
  for (const lint::LintResult& r : results) {
    if (r.fix && !r.path.empty()) by_path[r.path].push_back(&*r.fix);
  }
  bool ok = true;
  for (const auto& [path, fixes] : by_path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << fmt::format("aep lint: error: cannot read `{}` to fix it\n", path);
      ok = false;
      continue;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = std::move(buffer).str();
    lint::FixOutcome outcome = lint::apply_fixes(path, text, fixes);
    if (outcome.broke_syntax) {
      std::cerr << fmt::format("aep lint: {}: fixes not applied: the result would not parse (please report this)\n", path);
      continue;
    }
    if (outcome.text == text) continue;
    if (diff_only) {
      std::cout << format::unified_diff(text, outcome.text, path, path + " (fixed)");
      applied += outcome.applied;
      continue;
    }
    auto written = format::write_file_atomically(path, outcome.text);
    if (!written) {
      std::cerr << "aep lint: error: " << written.error().message << '\n';
      ok = false;
      continue;
    }
    applied += outcome.applied;
    std::cerr << fmt::format("fixed {} problem{} in {}\n", outcome.applied, outcome.applied == 1 ? "" : "s", path);
  }
  return ok;
}

int run(const LintCliOptions& o) {
  static const std::vector<std::string> formats{"text", "rich", "json", "sarif", "github", "markdown"};
  if (std::find(formats.begin(), formats.end(), o.format) == formats.end()) {
    std::cerr << "aep lint: error: --format must be one of text, rich, json, sarif, github\n";
    return kExitUsage;
  }
  if (o.list_rules) {
    if (o.format == "markdown") std::cout << lint::rules_markdown();
    else if (o.format == "json") std::cout << lint::rules_json().dump(2) << '\n';
    else std::cout << lint::rules_table_text();
    return kExitOk;
  }
  if (!o.explain.empty()) {
    std::string text = lint::explain_rule(o.explain);
    if (text.empty()) {
      std::cerr << fmt::format("aep lint: error: no rule `{}` (aep lint --list-rules lists them)\n", o.explain);
      return kExitUsage;
    }
    std::cout << text;
    return kExitOk;
  }
  if (o.format == "markdown") {
    std::cerr << "aep lint: error: --format markdown is only for --list-rules\n";
    return kExitUsage;
  }
  if (!o.deny.empty() && o.deny != "warnings" && o.deny != "notes") {
    std::cerr << "aep lint: error: --deny takes `warnings` or `notes`\n";
    return kExitUsage;
  }
  if (o.diff && !o.fix) {
    std::cerr << "aep lint: error: --diff goes with --fix (it shows the fixes instead of applying them)\n";
    return kExitUsage;
  }
  std::vector<std::string> paths = o.paths.empty() ? std::vector<std::string>{"."} : o.paths;
  LintCliOptions effective = o;
  effective.paths = paths;
  SourceWalk walk = find_aep_files(paths);
  for (const std::string& e : walk.errors) std::cerr << "aep lint: error: " << e << '\n';
  bool io_failed = !walk.errors.empty();
  if (walk.files.empty() && !io_failed) {
    std::cerr << fmt::format("aep lint: error: no .aep files found in {}\n", fmt::join(paths, ", "));
    return kExitUsage;
  }

  lint::LintOutput output = run_once(effective, walk);
  if (o.fix) {
    std::size_t applied = 0;
    if (!apply_all_fixes(output.results, o.diff, applied)) io_failed = true;
    // Lint again so what is printed is what is left.
    if (applied > 0 && !o.diff) output = run_once(effective, walk);
  }
  for (const std::string& e : output.io_errors) std::cerr << "aep lint: error: " << e << '\n';
  if (!output.io_errors.empty()) io_failed = true;

  std::ostringstream rendered;
  std::ostream& out = o.output_file.empty() ? std::cout : rendered;
  if (o.format == "json") {
    out << lint::to_json(output.results).dump(2) << '\n';
  } else if (o.format == "sarif") {
    std::error_code ec;
    out << lint::to_sarif(output.results, lint::file_uri(fs::current_path(ec).generic_string())).dump(2) << '\n';
  } else if (o.format == "github") {
    lint::write_github(out, output.results);
  } else if (o.format == "rich") {
    SourceManager sources;
    std::set<std::string> loaded;
    for (const lint::LintResult& r : output.results) {
      for (const std::string* p : {&r.path}) {
        if (p->empty() || !loaded.insert(*p).second) continue;
        (void)sources.load(*p);  // a file that cannot be read is shown without a snippet
      }
      for (const lint::ResultNote& n : r.notes) {
        if (!n.path.empty() && loaded.insert(n.path).second) (void)sources.load(n.path);
      }
    }
    bool color = o.color == "always" || (o.color == "auto" && o.output_file.empty() && want_color(STDOUT_FILENO));
    lint::write_rich(out, output.results, sources, color);
    if (!o.quiet || !output.results.empty()) out << lint::summary_line(output.results) << '\n';
  } else {
    lint::write_text(out, output.results);
    if (!o.quiet || !output.results.empty()) out << lint::summary_line(output.results) << '\n';
  }
  if (!o.output_file.empty()) {
    auto written = format::write_file_atomically(o.output_file, rendered.str());
    if (!written) {
      std::cerr << "aep lint: error: " << written.error().message << '\n';
      io_failed = true;
    }
  }
  if (o.stats) {
    std::cerr << fmt::format("aep lint: {} file{} linted, {} from the cache, {} module{} parsed\n",
                             output.stats.files, output.stats.files == 1 ? "" : "s", output.stats.cached,
                             output.stats.parsed, output.stats.parsed == 1 ? "" : "s");
  }
  std::cout.flush();
  if (io_failed) return kExitUsage;
  bool failing = false;
  for (const lint::LintResult& r : output.results) {
    if (r.level == lint::Level::Error) failing = true;
    if (r.level == lint::Level::Warning && (o.deny == "warnings" || o.deny == "notes")) failing = true;
    if (r.level == lint::Level::Note && o.deny == "notes") failing = true;
  }
  return failing ? kExitDiagnostics : kExitOk;
}

AEP_COMMAND("lint", 12, [](CLI::App& app) {
  auto o = std::make_shared<LintCliOptions>();
  auto* sub = app.add_subcommand("lint", "Check .aep files against the lint rules (correctness, portability, security, cost, clarity, evals)");
  sub->footer(
      "Each path is a file or a directory walked for *.aep files (default: .). Naming a\n"
      "directory that holds a project's aep.toml lints the whole project, so project-wide\n"
      "rules run too; naming files (pre-commit) runs the per-module rules on them only.\n"
      "Configuration: [lint] in aep.toml (select, ignore, severity, overrides, targets);\n"
      "suppressions: // aep: ignore[rule-id], ignore-next-line[...], ignore-file[...].\n"
      "Results are cached in <project>/.aep-cache/ by content and dependency hashes.\n\n"
      "Output formats: text (file:line:col: severity: message [rule-id]), rich (source\n"
      "snippets with carets), json, sarif (SARIF 2.1.0), github (workflow annotations).\n\n"
      "Exit status: 0 no errors (warnings and notes allowed unless --deny), 1 errors found\n"
      "(or warnings with --deny warnings), 2 bad command line or an unreadable file.\n\n"
      "Examples:\n"
      "  aep lint .\n"
      "  aep lint --format sarif -o lint.sarif .\n"
      "  aep lint --fix support/triage.aep\n"
      "  aep lint --explain untrusted-in-system\n"
      "  aep lint --list-rules\n"
      "Documentation: docs/lint.md, docs/lint-rules.md");
  sub->add_option("paths", o->paths, "Files or directories to lint (default: .)");
  sub->add_option("--format", o->format, "text | rich | json | sarif | github (markdown with --list-rules)")
      ->capture_default_str();
  sub->add_option("--color", o->color, "Colour for --format rich: auto | always | never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  // One value per occurrence (repeat the option or separate with commas), so
  // `--select x file.aep` never takes the file for a rule id.
  sub->add_option("--select", o->select, "Only these rule ids or categories (comma-separated; on top of aep.toml)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_option("--ignore", o->ignore, "Skip these rule ids or categories (comma-separated)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_option("--deny", o->deny, "Exit 1 also for `warnings` (or `notes` and warnings)");
  sub->add_flag("--fix", o->fix, "Apply the safe fixes (atomically), then lint again");
  sub->add_flag("--diff", o->diff, "With --fix: print the fixes as a unified diff instead of applying them");
  sub->add_flag("--no-cache", o->no_cache, "Neither read nor write the on-disk cache");
  sub->add_option("--cache-dir", o->cache_dir, "Cache folder (default: <project>/.aep-cache)");
  sub->add_flag("--project", o->project, "Run project-wide rules even when files are named");
  sub->add_flag("--list-rules", o->list_rules, "List every rule (with --format json or markdown for machines and docs)");
  sub->add_option("--explain", o->explain, "Explain one rule: rationale and examples");
  sub->add_option("-o,--output-file", o->output_file, "Write the report to this file instead of standard output");
  sub->add_option("-j,--jobs", o->jobs, "Files parsed at once (default: one per core)")->check(CLI::Range(1u, 256u));
  sub->add_flag("-q,--quiet", o->quiet, "No summary line when there is nothing to report");
  sub->add_flag("--stats", o->stats, "Print how many files were linted, cached and parsed (standard error)");
  return [o] { return run(*o); };
});

}  // namespace
}  // namespace aep::cli
