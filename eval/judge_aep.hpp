// Judges written in .aep (prompts/judges/, embedded in the binary): the
// model side of `llm_rubric`, `factuality` and `closedqa` in test and eval
// expressions, and of `aep judge calibrate`. A judge is an ordinary prompt
// with the output type judges.verdict.Verdict {reason, pass, score}, run
// through the runner like any task call, so it is cached, traced and works
// on every provider and on the sim.
//
// Ensembles: a verdict may combine several judge models and several samples
// per model (each sample a distinct call and cache entry; samples > 1 set
// the judge's temperature to 1 unless the project says otherwise). Majority:
// pass when more than half of the counted votes pass (a tie fails), score =
// share of passing votes. Mean: score = mean of the votes' scores, pass when
// it is at least 0.5. Votes whose call failed are left out; when every vote
// failed the verdict is an error, so the item is errored, never failed.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/expected.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/sema/program.hpp"
#include "eval/expr_eval.hpp"
#include "runtime/runner/runner.hpp"

namespace aep::eval {

struct EmbeddedJudgeFile {
  std::string_view file;  // "rubric.aep"
  std::string_view text;
};
const std::vector<EmbeddedJudgeFile>& embedded_judge_files();

enum class JudgeCombine { Majority, Mean };

struct JudgeSetup {
  std::string profile;               // empty: the runner's default profile
  std::vector<std::string> models;   // empty: the profile's (or the judge prompt's) model
  std::uint32_t samples = 1;         // per model
  JudgeCombine combine = JudgeCombine::Majority;
};

struct JudgeVote {
  std::string model;
  std::uint32_t sample = 0;
  std::optional<bool> pass;  // nullopt: the call failed
  double score = 0.0;
  std::string reason;        // or the error
};

class AepJudges {
 public:
  // `dir` holds rubric.aep, factuality.aep, closedqa.aep and verdict.aep;
  // empty: the embedded copies (written to a private temporary folder, read,
  // and removed again). `sources`, when given, receives the judge files, so
  // diagnostics of judge calls render with the same SourceManager as the
  // project's (the runner's RunnerOptions::sources); it must outlive this.
  static Expected<std::unique_ptr<AepJudges>> load(const std::filesystem::path& dir = {},
                                                   SourceManager* sources = nullptr);
  ~AepJudges();

  // The judge prompt for "llm-rubric", "factuality" or "model-graded-closedqa".
  const ir::Prompt* prompt_for(std::string_view kind) const;

  // One verdict, from every vote of the ensemble. Thread-safe (the runner is).
  Expected<JudgeVerdict> judge(runner::Runner& runner, const JudgeSetup& setup, const JudgeCall& call,
                               std::vector<JudgeVote>* votes = nullptr) const;

 private:
  AepJudges() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Combines votes by the rule of `combine` (see above); an Error when no vote counted.
Expected<JudgeVerdict> combine_votes(const std::vector<JudgeVote>& votes, JudgeCombine combine);

}  // namespace aep::eval
