// `aep check <files|dirs>...`: parses every .aep file found, then runs the
// semantic phase (imports, inheritance, composition, types, templates) over
// the projects they belong to, and reports the diagnostics, so a project (or
// a pre-commit hook) learns in one run whether its prompts are well formed.
// Files are independent for parsing, so they are parsed on several threads;
// output is always in file order, whatever the scheduling. Like every driver
// it stops at the phase boundary: semantic checks run only on projects whose
// files all parse. Each file is parsed once: the semantic phase takes the
// syntax pass's trees instead of parsing the files again.
#include <algorithm>
#include <atomic>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <thread>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "cli/source_load.hpp"
#include "cli/source_walk.hpp"
#include "compiler/diag/render.hpp"
#include "compiler/lint/heap_prefault.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/source/canonical_paths.hpp"
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

// Leak checkers count what a process leaves unfreed, so sanitizer builds free
// everything; otherwise the program is left to the exit (see run()).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kFreeAtExit = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
constexpr bool kFreeAtExit = true;
#else
constexpr bool kFreeAtExit = false;
#endif
#else
constexpr bool kFreeAtExit = false;
#endif

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
  std::vector<std::unique_ptr<ast::Module>> trees(walk.files.size());
  for_each_parallel(walk.files.size(), jobs, [&](std::size_t i) {
    if (!parse_it[i]) return;
    trees[i] = syntax::parse(sources.file(ids[i]), *sinks[i]);
    sinks[i]->sort();
  });

  // Semantic phase, per project, only where every file parsed: errors from a
  // broken parse would only be repeated by sema in other words.
  bool syntax_clean = std::none_of(sinks.begin(), sinks.end(),
                                   [](const auto& sink) { return sink->has_errors(); });
  SourceManager sema_sources;
  std::vector<std::unique_ptr<sema::Program>> programs;  // kept alive for their spans
  lint::HeapPrefault prefault;
  std::vector<std::unique_ptr<DiagnosticSink>> sema_sinks;
  if (syntax_clean && !io_failed) {
    // The semantic phase names files its own way (relative to the working
    // directory after following links) and sorts its diagnostics by file
    // id. The checked files are registered first, in the syntax pass's
    // order, so each keeps its id and its tree's spans stay valid; modules
    // that only imports reach get the ids after them, as they would have.
    CanonicalPaths paths;
    bool same_ids = true;
    std::vector<std::filesystem::path> given(walk.files.size()), canonical(walk.files.size());
    for (std::size_t i = 0; i < walk.files.size(); ++i) {
      if (ids[i] == kNoFile) continue;
      given[i] = paths.absolute(walk.files[i]);
      canonical[i] = paths.canonical(given[i]);
      const SourceFile& file = sources.file(ids[i]);
      FileId id = sema_sources.add(paths.display(canonical[i], given[i]), std::string(file.text()));
      same_ids = same_ids && id == ids[i];
    }
    // A project depends only on the folder a file lies in: found once per folder.
    std::map<std::filesystem::path, Expected<Project>> project_of_folder;
    std::map<std::filesystem::path, std::vector<std::filesystem::path>> by_project;
    std::map<std::filesystem::path, std::map<std::filesystem::path, sema::ParsedFile>> parsed;
    std::map<std::filesystem::path, Project> projects;
    for (std::size_t i = 0; i < walk.files.size(); ++i) {
      if (ids[i] == kNoFile) continue;
      // An unresolvable path keeps load_project's own message.
      Expected<Project> project = canonical[i].empty() ? load_project(walk.files[i]) : Error{};
      if (!canonical[i].empty()) {
        std::filesystem::path folder = canonical[i].parent_path();
        auto it = project_of_folder.find(folder);
        if (it == project_of_folder.end()) it = project_of_folder.emplace(folder, load_project(folder)).first;
        project = it->second;
      }
      if (!project) {
        std::cerr << "aep check: error: " << project.error().message << '\n';
        io_failed = true;
        continue;
      }
      by_project[project->root].push_back(given[i]);
      // The first file of a canonical path is the one sema loads.
      parsed[project->root].try_emplace(canonical[i], sema::ParsedFile{ids[i], std::move(trees[i]), {}});
      projects.emplace(project->root, std::move(*project));
    }
    // The semantic phase runs on one thread, and in a fresh process much of
    // its time is page faults of the heap it grows (the IR holds every
    // ancestor's text in every descendant: ~100 bytes per byte of source with
    // inheritance chains). As `aep lint` does, the idle core populates that
    // heap meanwhile, in huge pages where the system allows them
    // (compiler/lint/heap_prefault.hpp). Small runs are not worth a thread.
    if (!kFreeAtExit) {
      std::size_t source_bytes = 0;
      for (FileId id : ids) {
        if (id != kNoFile) source_bytes += sources.file(id).text().size();
      }
      std::size_t bytes = std::min<std::size_t>(source_bytes * 96, std::size_t{192} << 20);
      if (bytes >= (std::size_t{16} << 20)) prefault.start(bytes);
    }
    for (auto& [root, files] : by_project) {
      auto sink = std::make_unique<DiagnosticSink>();
      sema::LoadOptions load;
      // (The ids always agree; were they to differ, parsing again is correct.)
      if (same_ids) load.parsed = &parsed[root];
      programs.push_back(std::make_unique<sema::Program>(
          sema::check_files(projects.at(root), files, sema_sources, *sink, load)));
      sema_sinks.push_back(std::move(sink));
    }
  }

  std::size_t errors = 0, warnings = 0;
  std::set<std::string> error_files;
  std::vector<const DiagnosticSink*> syntax_all, sema_all;
  auto tally = [&](const DiagnosticSink& sink, const SourceManager& sm) {
    errors += sink.error_count();
    warnings += sink.warning_count();
    for (const Diagnostic& d : sink.diagnostics()) {
      if (d.severity != Severity::Error) continue;
      const SourceFile* file = sm.find(d.primary.file);
      error_files.insert(file != nullptr ? file->path() : std::string());
    }
  };
  for (const auto& sink : sinks) {
    tally(*sink, sources);
    syntax_all.push_back(sink.get());
  }
  for (const auto& sink : sema_sinks) {
    tally(*sink, sema_sources);
    sema_all.push_back(sink.get());
  }
  std::size_t files_with_errors = error_files.size();
  std::size_t checked = static_cast<std::size_t>(std::count_if(ids.begin(), ids.end(),
                                                               [](FileId id) { return id != kNoFile; }));
  if (options.output.json()) {
    nlohmann::json doc = diagnostics_json(syntax_all, sources, checked);
    nlohmann::json semantic = diagnostics_json(sema_all, sema_sources, 0);
    for (auto& d : semantic["diagnostics"]) doc["diagnostics"].push_back(std::move(d));
    doc["errors"] = errors;
    doc["warnings"] = warnings;
    doc["dropped"] = doc["dropped"].get<std::size_t>() + semantic["dropped"].get<std::size_t>();
    std::cout << doc.dump(2) << '\n';
  } else {
    bool color = options.output.use_color(STDOUT_FILENO);
    for (const auto& sink : sinks) print_diagnostics_text(std::cout, *sink, sources, color);
    for (const auto& sink : sema_sinks) print_diagnostics_text(std::cout, *sink, sema_sources, color);
    if (!options.quiet || errors > 0 || warnings > 0) {
      std::string where = files_with_errors > 0
                              ? fmt::format(" in {} file{}", files_with_errors, files_with_errors == 1 ? "" : "s")
                              : "";
      std::cout << fmt::format("checked {} file{}: {}{}\n", checked, checked == 1 ? "" : "s",
                               count_summary(errors, warnings), errors > 0 ? where : "");
    }
  }
  std::cout.flush();
  if (!kFreeAtExit) {
    // The process ends right after: freeing a large project's programs (a
    // million blocks for 1,000 modules with inheritance) is tens of
    // milliseconds that the kernel does at once when it unmaps the heap.
    for (auto& program : programs) (void)program.release();
  }
  if (io_failed) return kExitUsage;
  return errors > 0 ? kExitDiagnostics : kExitOk;
}

AEP_COMMAND("check", 10, [](CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  auto* sub = app.add_subcommand("check", "Parse and check .aep files (syntax, then semantics) and report diagnostics");
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
