// Grading one trial (see grade.hpp). An assertion that cannot be evaluated
// because of a judge failure makes the trial errored; one that cannot be
// evaluated because the answer lacks what it reads (a type error on a null
// field) fails, since the answer is at fault.
#include "eval/grade.hpp"

#include <fmt/format.h>

namespace aep::eval {

TrialOutcome grade_trial(const Suite& suite, const Case& c, std::uint32_t sample, const Answer& answer,
                         const JudgeFn& judge) {
  TrialOutcome t;
  t.sample = sample;
  t.output_text = answer.text;
  t.latency_ms = answer.latency_ms;
  t.cost_usd = answer.cost_usd;
  t.input_tokens = answer.input_tokens;
  t.output_tokens = answer.output_tokens;
  t.cache_hit = answer.cache_hit;
  if (answer.call_failed) {
    t.error = answer.error.empty() ? "the call failed" : answer.error;
    return t;
  }
  if (answer.output) t.output = *answer.output;

  ExprEnv env;
  env.roots = case_roots(c);
  if (answer.output) {
    env.roots["output"] = *answer.output;
  } else {
    // Without a declared output type the text is the output; with one that
    // did not parse, `output` is null so field reads fail the assertions.
    auto text = nlohmann::json(answer.text);
    env.roots["output"] = answer.output_error ? nlohmann::json() : text;
  }
  env.roots["output_text"] = answer.text;
  env.roots["tool_calls"] = answer.tool_calls;
  env.fallback_root = suite.is_eval ? "" : "output";
  env.judge = judge;
  env.facts = {{"latency_ms", answer.latency_ms ? nlohmann::json(*answer.latency_ms) : nlohmann::json()},
               {"cost", answer.cost_usd ? nlohmann::json(*answer.cost_usd) : nlohmann::json()}};

  bool all = true;
  for (const CheckDef& check : suite.asserts) {
    CheckOutcome co;
    co.text = check.text;
    co.message = check.message;
    EvalValue v = evaluate(*check.expr, env);
    if (!v.ok()) {
      if (v.failure->errored) {
        co.error = v.failure->message;
        t.checks.push_back(std::move(co));
        t.error = fmt::format("`{}`: {}", check.text, v.failure->message);
        t.pass.reset();
        // Keep evaluating the rest for the report, but the trial stays errored.
        all = false;
        continue;
      }
      co.pass = false;
      co.error = v.failure->message;
    } else {
      co.pass = truthy(v.value);
    }
    if (!*co.pass) all = false;
    t.checks.push_back(std::move(co));
  }
  for (const MetricDef& m : suite.metrics) {
    EvalValue v = evaluate(*m.expr, env);
    if (!v.ok()) {
      // An answer that lacks the field scores 0; a judge failure records nothing.
      t.metrics[m.name] = v.failure->errored ? std::nullopt : std::optional<double>(0.0);
      continue;
    }
    if (v.value.is_boolean()) t.metrics[m.name] = v.value.get<bool>() ? 1.0 : 0.0;
    else if (v.value.is_number()) t.metrics[m.name] = v.value.get<double>();
    else if (v.value.is_null()) t.metrics[m.name] = 0.0;
    else t.metrics[m.name] = truthy(v.value) ? 1.0 : 0.0;
  }
  if (t.error.empty()) t.pass = all;
  if (answer.output_error && !t.pass.value_or(true) && t.error.empty()) {
    t.error = fmt::format("the answer does not fit the output type: {}", *answer.output_error);
  }
  return t;
}

}  // namespace aep::eval
