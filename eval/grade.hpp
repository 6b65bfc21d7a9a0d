// Grading one trial: the suite's assertions and metrics evaluated on one
// answer, in the scope `output` (the parsed output, else the text),
// `output_text`, `expected`, `row`, the inputs by name. Kept apart from the
// runtime: `aep test` fills an Answer from the runner's CallResult.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "eval/cases.hpp"
#include "eval/expr_eval.hpp"
#include "eval/outcome.hpp"
#include "eval/suite.hpp"

namespace aep::eval {

struct Answer {
  bool call_failed = false;    // no answer at all: the trial is errored
  std::string error;           // why the call failed
  std::string text;            // the model's text
  std::optional<nlohmann::json> output;  // parsed into the output type
  std::optional<std::string> output_error;  // the answer does not fit the output type (graded anyway)
  nlohmann::json tool_calls = nlohmann::json::array();  // [{name, arguments}], the root `tool_calls`
  std::optional<double> latency_ms;
  std::optional<double> cost_usd;
  std::uint64_t input_tokens = 0, output_tokens = 0;
  bool cache_hit = false;
};

using JudgeFn = std::function<Expected<JudgeVerdict>(const JudgeCall&)>;

// Assertions combined (a set's members, or a trial's top-level assertions):
// score = sum(weight * score) / sum(weight) over the counted ones (weight > 0;
// 1 when none counts); pass = every counted one passes, or score >= threshold
// when a threshold is given; errored when a counted one errored.
struct Combined {
  bool pass = false;
  bool errored = false;
  double score = 0.0;
  std::string reason;  // the first failure or error, or the threshold comparison
};
Combined combine(const std::vector<CheckOutcome>& checks, std::optional<double> threshold);

TrialOutcome grade_trial(const Suite& suite, const Case& c, std::uint32_t sample, const Answer& answer,
                         const JudgeFn& judge);

}  // namespace aep::eval
