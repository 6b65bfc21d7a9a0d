// `aep check <files|dirs>...`: parses every .aep file found and reports the
// diagnostics, so a project (or a pre-commit hook) learns in one run whether
// its prompts are well formed. Files are independent, so they are parsed on
// several threads; output is always in file order, whatever the scheduling.
#include <algorithm>
#include <atomic>
#include <iostream>
#include <memory>
#include <thread>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "cli/source_load.hpp"
#include "cli/source_walk.hpp"
#include "compiler/diag/render.hpp"
#include "compiler/source/project.hpp"
#include "compiler/syntax/parse.hpp"

namespace aep::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  DiagOutputOptions output;
  unsigned jobs = 0;  // 0: one per core
  bool quiet = false;
};

// Runs `work(i)` for i in [0, count) on `jobs` threads. A shared counter hands
// out indices; each result goes to its own slot, so no locking is needed and
// the order of the results does not depend on the schedule.
template <class Work>
void for_each_parallel(std::size_t count, unsigned jobs, Work work) {
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(count)));
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  std::vector<std::jthread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
}

// An aep.toml at a named directory must be readable: a malformed one would
// otherwise surface only in a later command.
std::vector<std::string> check_project_configs(const std::vector<std::string>& paths) {
  std::vector<std::string> errors;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(std::filesystem::path(p) / "aep.toml", ec)) continue;
    auto project = load_project(p);
    if (!project) errors.push_back(project.error().message);
  }
  return errors;
}

int run(const CheckOptions& options) {
  SourceWalk walk = find_aep_files(options.paths);
  for (std::string& e : check_project_configs(options.paths)) walk.errors.push_back(std::move(e));
  for (const std::string& e : walk.errors) std::cerr << "aep check: error: " << e << '\n';
  bool io_failed = !walk.errors.empty();
  if (walk.files.empty() && !io_failed) {
    std::cerr << "aep check: error: no .aep files found in "
              << fmt::format("{}", fmt::join(options.paths, ", ")) << '\n';
    return kExitUsage;
  }

  // Loading is sequential (SourceManager hands out ids in order); parsing is
  // the costly part and runs in parallel over read-only SourceFiles.
  SourceManager sources;
  std::vector<FileId> ids(walk.files.size(), kNoFile);
  std::vector<bool> parse_it(walk.files.size(), false);
  std::vector<std::unique_ptr<DiagnosticSink>> sinks(walk.files.size());
  const std::uint64_t max_bytes = syntax::ParseOptions{}.max_file_bytes;
  for (std::size_t i = 0; i < walk.files.size(); ++i) {
    sinks[i] = std::make_unique<DiagnosticSink>();
    auto loaded = load_source(sources, walk.files[i], max_bytes, *sinks[i]);
    if (loaded) {
      ids[i] = loaded->id;
      parse_it[i] = !loaded->too_large;
    } else {
      std::cerr << "aep check: error: " << loaded.error().message << '\n';
      io_failed = true;
    }
  }
  unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  for_each_parallel(walk.files.size(), jobs, [&](std::size_t i) {
    if (!parse_it[i]) return;
    syntax::parse(sources.file(ids[i]), *sinks[i]);
    sinks[i]->sort();
  });

  std::size_t errors = 0, warnings = 0, files_with_errors = 0;
  std::vector<const DiagnosticSink*> all;
  for (const auto& sink : sinks) {
    errors += sink->error_count();
    warnings += sink->warning_count();
    files_with_errors += sink->has_errors() ? 1 : 0;
    all.push_back(sink.get());
  }
  std::size_t checked = static_cast<std::size_t>(std::count_if(ids.begin(), ids.end(),
                                                               [](FileId id) { return id != kNoFile; }));
  if (options.output.json()) {
    std::cout << diagnostics_json(all, sources, checked).dump(2) << '\n';
  } else {
    bool color = options.output.use_color(STDOUT_FILENO);
    for (const auto& sink : sinks) print_diagnostics_text(std::cout, *sink, sources, color);
    if (!options.quiet || errors > 0 || warnings > 0) {
      std::string where = files_with_errors > 0
                              ? fmt::format(" in {} file{}", files_with_errors, files_with_errors == 1 ? "" : "s")
                              : "";
      std::cout << fmt::format("checked {} file{}: {}{}\n", checked, checked == 1 ? "" : "s",
                               count_summary(errors, warnings), errors > 0 ? where : "");
    }
  }
  std::cout.flush();
  if (io_failed) return kExitUsage;
  return errors > 0 ? kExitDiagnostics : kExitOk;
}

AEP_COMMAND("check", 10, [](CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  auto* sub = app.add_subcommand("check", "Parse .aep files and report their diagnostics");
  sub->footer(
      "Each path is a file (checked whatever its extension) or a directory, walked\n"
      "recursively for *.aep files in sorted order; hidden directories, node_modules\n"
      "and build trees (build, build-*, any folder with a CMakeCache.txt) are skipped.\n"
      "Files are parsed in parallel; output is always in file order.\n\n"
      "Exit status: 0 no errors (warnings allowed), 1 some file has errors,\n"
      "2 bad command line or a path that cannot be read.\n\n"
      "Examples:\n"
      "  aep check examples/support\n"
      "  aep check support/triage.aep --format json\n"
      "  NO_COLOR=1 aep check .");
  sub->add_option("paths", options->paths, "Files or directories to check")->required();
  add_diag_output_options(sub, options->output);
  sub->add_option("-j,--jobs", options->jobs, "Files parsed at once (default: one per core)")
      ->check(CLI::Range(1u, 256u));
  sub->add_flag("-q,--quiet", options->quiet, "No summary line when there is nothing to report");
  return [options] { return run(*options); };
});

}  // namespace
}  // namespace aep::cli
