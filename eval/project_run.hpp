// Running a project's suites from a path: load and check the project, read
// its `test` and `eval` blocks, configure a runner (profiles, sim world,
// cache, traces) and the .aep judges, run, compare with a baseline. Shared
// by `aep test` and `aep build --eval` so both mean exactly the same thing.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"
#include "eval/run_suites.hpp"

namespace aep::eval {

struct ProjectRunOptions {
  std::string provider;               // profile; empty: sim
  std::string model;
  std::string base_url;
  std::vector<std::string> filters;   // suite ids containing any of these; empty: all
  std::string judge_provider;
  std::vector<std::string> judge_models;
  std::uint32_t judge_samples = 1;
  JudgeCombine judge_combine = JudgeCombine::Majority;
  std::string judges_dir;
  std::uint64_t seed = 0;
  std::size_t resamples = 10000;
  bool no_cache = false;
  std::string cache_dir, trace_dir, world;
  bool redact = false;
  bool batch = false;  // provider batch APIs; state in <project>/.aep/batches
  std::function<void(const runner::Progress&, std::size_t)> on_progress;
  // Sees the program's diagnostics when it has errors (nothing is run then).
  std::function<void(const DiagnosticSink&, const SourceManager&)> on_diagnostics;
};

struct ProjectRun {
  RunResult result;
  std::vector<std::string> errors;  // suites skipped or failed, each "where: message"
  Project project;
};

// An Error when nothing could be run (no project, project errors, no suite,
// a bad profile); problems with single suites are in `errors`.
Expected<ProjectRun> run_project(const std::filesystem::path& start, const ProjectRunOptions& options);

// The exit code of `aep test`: 0 pass, 100 a failed test or gate or a
// regression, 1 an error (see docs/eval.md).
int exit_code(const ProjectRun& run);

inline constexpr int kExitRegression = 100;

}  // namespace aep::eval
