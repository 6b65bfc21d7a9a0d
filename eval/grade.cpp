// Grading one trial (see grade.hpp). An assertion that cannot be evaluated
// because of a judge failure makes the trial errored; one that cannot be
// evaluated because the answer lacks what it reads (a type error on a null
// field) fails, since the answer is at fault. Weights and sets follow the
// library's AssertionPlan (assert_run.cpp): weighted mean score, weight 0
// recorded but never counted, a threshold overriding single failures, and an
// errored counted member making its set (and the trial) errored.
#include "eval/grade.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace aep::eval {
namespace {

// A bare judge call (`llm_rubric(...)`, possibly under `not`): its verdict's
// score is the assertion's score, as promptfoo scores `llm-rubric`. The count
// of `not`s is returned in `negations`.
bool is_judge_call(const ast::Expr* e, int& negations) {
  negations = 0;
  while (e != nullptr && e->kind == ast::ExprKind::Unary) {
    const auto* u = static_cast<const ast::UnaryExpr*>(e);
    if (u->op != ast::UnaryOp::Not) return false;
    ++negations;
    e = u->operand.get();
  }
  if (e == nullptr || e->kind != ast::ExprKind::Call) return false;
  const auto* callee = static_cast<const ast::CallExpr*>(e)->callee.get();
  if (callee == nullptr || callee->kind != ast::ExprKind::Name) return false;
  const std::string& n = static_cast<const ast::NameExpr*>(callee)->name.text;
  return n == "llm_rubric" || n == "factuality" || n == "closedqa";
}

struct Grader {
  const ExprEnv& env;

  CheckOutcome grade(const CheckDef& check) const {
    CheckOutcome co;
    co.text = check.text;
    co.message = check.message;
    co.weight = check.weight;
    co.metric = check.metric;
    if (check.is_set) {
      co.is_set = true;
      co.threshold = check.threshold;
      for (const CheckDef& m : check.members) co.members.push_back(grade(m));
      Combined c = combine(co.members, check.threshold);
      co.score = c.score;
      if (c.errored) {
        co.error = c.reason;
      } else {
        co.pass = c.pass;
        if (!c.pass) co.error = c.reason;
      }
      return co;
    }
    int negations = 0;
    std::optional<JudgeVerdict> verdict;
    EvalValue v;
    if (is_judge_call(check.expr, negations) && env.judge) {
      // Keep the verdict's score; the expression itself only sees pass.
      ExprEnv scoped = env;
      scoped.judge = [&](const JudgeCall& call) {
        auto r = env.judge(call);
        if (r) verdict = *r;
        return r;
      };
      v = evaluate(*check.expr, scoped);
    } else {
      v = evaluate(*check.expr, env);
    }
    if (!v.ok()) {
      co.error = v.failure->message;
      if (v.failure->errored) return co;  // pass stays unset: errored
      co.pass = false;
      co.score = 0.0;
      return co;
    }
    co.pass = truthy(v.value);
    co.score = *co.pass ? 1.0 : 0.0;
    if (verdict) {
      double s = std::clamp(verdict->score, 0.0, 1.0);
      co.score = negations % 2 == 0 ? s : 1.0 - s;
      if (!*co.pass && !verdict->reason.empty()) co.error = verdict->reason;
    }
    return co;
  }

  void record_metrics(const std::vector<CheckOutcome>& checks, std::map<std::string, std::optional<double>>& out) const {
    for (const CheckOutcome& c : checks) {
      record_metrics(c.members, out);
      if (c.metric.empty()) continue;
      out[c.metric] = c.pass ? std::optional<double>(c.score) : std::nullopt;
    }
  }
};

}  // namespace

Combined combine(const std::vector<CheckOutcome>& checks, std::optional<double> threshold) {
  Combined r;
  double total = 0.0, weights = 0.0;
  bool all_pass = true;
  std::string first_failure, first_error;
  for (const CheckOutcome& c : checks) {
    if (c.weight <= 0.0) continue;  // metric only
    if (!c.pass) {
      r.errored = true;
      if (first_error.empty()) first_error = fmt::format("`{}`: {}", c.text, c.error);
      continue;
    }
    total += c.weight * c.score;
    weights += c.weight;
    if (!*c.pass) {
      all_pass = false;
      if (first_failure.empty())
        first_failure = c.message.empty() ? fmt::format("`{}` failed", c.text) : fmt::format("{} (`{}`)", c.message, c.text);
    }
  }
  r.score = weights > 0 ? total / weights : 1.0;
  if (r.errored) {
    r.reason = first_error;
    return r;
  }
  if (threshold) {
    r.pass = r.score >= *threshold;
    r.reason = fmt::format("score {:.2f} {} threshold {}", r.score, r.pass ? ">=" : "<", *threshold);
  } else {
    r.pass = all_pass;
    r.reason = first_failure;
  }
  return r;
}

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

  Grader grader{env};
  for (const CheckDef& check : suite.asserts) t.checks.push_back(grader.grade(check));
  Combined all = combine(t.checks, suite.threshold);
  t.score = all.score;
  if (all.errored) {
    // Keep every check for the report, but the trial is errored.
    t.error = all.reason;
    t.pass.reset();
  }
  // Assertions that feed a metric record their score (a set: its weighted
  // mean); an errored one records nothing, like an errored metric.
  grader.record_metrics(t.checks, t.metrics);
  for (const MetricDef& m : suite.metrics) {
    if (m.expr == nullptr) continue;  // an assertion's metric, recorded above
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
  if (t.error.empty()) t.pass = all.pass;
  if (answer.output_error && !t.pass.value_or(true) && t.error.empty()) {
    t.error = fmt::format("the answer does not fit the output type: {}", *answer.output_error);
  }
  return t;
}

}  // namespace aep::eval
