// Running suites through the runner: every case of every suite (times its
// samples) becomes one runner call, all submitted at once so the runner keeps
// many in flight; answers are then graded on a few threads (graders may call
// judges, which are runner calls too) and summarized. This is `aep test`
// and `aep build --eval` without the command line.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "compiler/source/project.hpp"
#include "eval/grade.hpp"
#include "eval/judge_aep.hpp"
#include "eval/outcome.hpp"
#include "eval/suite.hpp"
#include "runtime/runner/runner.hpp"

namespace aep::eval {

struct RunOptions {
  std::string profile;                // empty: the runner's default
  std::optional<std::string> model;   // overrides every prompt's model
  const AepJudges* judges = nullptr;  // needed when an expression calls a judge
  JudgeSetup judge;
  stats::BootstrapOptions bootstrap;
  std::size_t grade_threads = 8;
  // Send the calls through the provider's batch API (OpenAI Batch, Anthropic
  // Message Batches; others run live) with its state kept in this folder, so
  // a rerun after a kill resumes the batch it already paid for.
  std::optional<std::filesystem::path> batch_dir;
  // Called about every 100 ms while calls are in flight, and once at the end.
  std::function<void(const runner::Progress&, std::size_t total)> on_progress;
};

// A suite that could not run at all (its data file is missing or outside
// the project): reported, and the run exits with an error.
struct SuiteFailure {
  std::string suite;
  std::string message;
};

struct RunOutput {
  RunResult result;
  std::vector<SuiteFailure> failures;
};

RunOutput run_suites(runner::Runner& runner, const std::vector<Suite>& suites, const Project& project,
                     const RunOptions& options);

// The runner's result as an Answer for grading (exposed for tests).
Answer answer_of(const runner::CallResult& result);

}  // namespace aep::eval
