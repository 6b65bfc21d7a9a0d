// Running a project's suites from a path (see project_run.hpp).
#include "eval/project_run.hpp"

#include <ctime>

#include <fmt/format.h>

#include "compiler/sema/program.hpp"
#include "compiler/source/skipped_dirs.hpp"
#include "runtime/runner/prompt_load.hpp"

namespace aep::eval {
namespace {

std::string utc_now_iso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Every .aep under the project's source roots, sorted, skipping hidden
// folders, build trees and node_modules (compiler/source/skipped_dirs.hpp,
// the rule of every walk).
std::vector<std::filesystem::path> project_files(const Project& project) {
  std::vector<std::filesystem::path> out;
  std::vector<std::filesystem::path> roots = project.source_roots;
  if (roots.empty()) roots.push_back(project.root);
  for (const auto& root : roots) {
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(root, ec); !ec && it != std::filesystem::end(it);
         it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (it->is_directory(ec)) {
        if (is_skipped_directory_name(name)) it.disable_recursion_pending();
        continue;
      }
      if (it->path().extension() == ".aep") out.push_back(it->path());
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

Expected<ProjectRun> run_project(const std::filesystem::path& start, const ProjectRunOptions& o) {
  auto project = load_project(start);
  if (!project) return project.error();
  std::vector<std::filesystem::path> files = project_files(*project);
  if (files.empty()) return Error{fmt::format("no .aep file in {}", project->root.string())};
  SourceManager sources;
  DiagnosticSink sink;
  sema::LoadOptions load_options;
  load_options.whole_project = true;
  auto program = std::make_unique<sema::Program>(sema::check_files(*project, files, sources, sink, load_options));
  if (sink.has_errors()) {
    if (o.on_diagnostics) o.on_diagnostics(sink, sources);
    return Error{fmt::format("the project has {} error(s); nothing was run", sink.error_count())};
  }
  ProjectRun run;
  SuiteSet set = collect_suites(*program);
  for (const auto& p : set.problems) {
    std::string where = p.suite;
    if (const SourceFile* f = sources.find(p.span.file)) where = fmt::format("{}:{}:{}", f->path(), p.span.line, p.span.column);
    run.errors.push_back(fmt::format("{}: {} (suite `{}` is skipped)", where, p.message, p.suite));
  }
  std::vector<Suite> suites;
  for (auto& s : set.suites) {
    bool keep = o.filters.empty();
    for (const auto& f : o.filters) keep = keep || s.id.find(f) != std::string::npos;
    if (keep) suites.push_back(std::move(s));
  }
  if (suites.empty()) {
    return Error{o.filters.empty() ? fmt::format("no test or eval in {}", project->root.string())
                                   : std::string("no test or eval matches the --filter given")};
  }

  runner::RunnerOptions ro;
  auto profiles = runner::project_profiles(*project);
  if (!profiles) return profiles.error();
  ro.profiles = std::move(*profiles);
  ro.default_profile = o.provider.empty() ? "sim" : o.provider;
  if (ro.profiles.find(ro.default_profile) == nullptr)
    return Error{fmt::format("unknown provider profile `{}`", ro.default_profile)};
  if (!o.base_url.empty()) ro.profiles.by_name[ro.default_profile].base_url = o.base_url;
  if (!o.world.empty()) {
    auto w = project->resolve_inside(o.world, std::filesystem::current_path());
    if (!w) return w.error();
    ro.world = *w;
  } else {
    auto w = runner::project_world(*project);
    if (!w) return w.error();
    if (*w) ro.world = **w;
  }
  if (!o.no_cache) ro.cache_dir = o.cache_dir.empty() ? project->root / ".aep" / "cache" : std::filesystem::path(o.cache_dir);
  if (!o.trace_dir.empty()) ro.trace_dir = std::filesystem::path(o.trace_dir);
  ro.redact = o.redact;
  ro.sources = &sources;
  auto runner = runner::Runner::create(std::move(ro));
  if (!runner) return runner.error();
  if (auto resolved = (*runner)->resolve(""); !resolved) return resolved.error();
  auto judges = AepJudges::load(o.judges_dir, &sources);
  if (!judges) return judges.error();

  RunOptions options;
  options.model = o.model.empty() ? std::nullopt : std::optional<std::string>(o.model);
  options.judges = judges->get();
  options.judge.profile = o.judge_provider;
  options.judge.models = o.judge_models;
  options.judge.samples = o.judge_samples;
  options.judge.combine = o.judge_combine;
  options.bootstrap.seed = o.seed;
  options.bootstrap.resamples = o.resamples;
  options.on_progress = o.on_progress;
  if (o.batch) options.batch_dir = project->root / ".aep" / "batches";
  std::string started = utc_now_iso();
  RunOutput out = run_suites(**runner, suites, *project, options);
  run.result = std::move(out.result);
  for (const auto& f : out.failures) run.errors.push_back(fmt::format("suite `{}`: {}", f.suite, f.message));
  run.result.project = project->name;
  run.result.started = started;
  if (run.result.sim)
    run.result.world = (*runner)->options().world.empty() ? "(built-in empty world)" : (*runner)->options().world.string();
  run.project = std::move(*project);
  return run;
}

int exit_code(const ProjectRun& run) {
  if (!run.errors.empty()) return 1;
  bool tests_ok = true;
  for (const auto& s : run.result.suites) {
    // A test that could not run, or an eval none of whose items could, says
    // nothing about the prompt: an error (provider down, bad key), not a
    // failed gate.
    if (s.kind == "test" && s.errored > 0) return 1;
    if (s.kind == "eval" && !s.items.empty() && s.errored == s.items.size()) return 1;
    if (s.kind == "test" && s.failed > 0) tests_ok = false;
  }
  if (!tests_ok || !run.result.gates_passed() || run.result.regressed()) return kExitRegression;
  return 0;
}

}  // namespace aep::eval
