// Compiling specs into assertions and running them: `not-` negation, weights,
// assert-sets and the aggregate, with promptfoo's scoring rules:
//   score = sum(weight * score) / sum(weight) over counted assertions
//   pass  = every counted assertion passes, or, when a threshold is given,
//           score >= threshold (the threshold then overrides single failures)
// Differences from promptfoo, on purpose: weight 0 marks a metric-only
// assertion (recorded, never counted); an errored assertion makes the whole
// result errored instead of failed.
#include <fmt/format.h>

#include "eval/assert.hpp"
#include "eval/assert_internal.hpp"

namespace aep::eval {
namespace {

const detail::FactoryTable& factories() {
  static const detail::FactoryTable table = [] {
    detail::FactoryTable t;
    detail::add_text_assertions(t);
    detail::add_json_assertions(t);
    detail::add_similarity_assertions(t);
    detail::add_metric_assertions(t);
    detail::add_tool_call_assertions(t);
    detail::add_judge_assertions(t);
    return t;
  }();
  return table;
}

struct Node {
  AssertionSpec spec;
  std::unique_ptr<Assertion> assertion;  // null for a set
  std::vector<Node> children;
};

Expected<Node> compile_node(const AssertionSpec& spec) {
  Node node;
  node.spec = spec;
  node.spec.children.clear();
  if (spec.type == "assert-set") {
    if (spec.threshold && (*spec.threshold < 0 || *spec.threshold > 1)) {
      return detail::spec_error(spec, "`threshold` of a set must be in [0, 1]");
    }
    for (const auto& child : spec.children) {
      auto c = compile_node(child);
      if (!c) return c.error();
      node.children.push_back(std::move(*c));
    }
    return node;
  }
  auto it = factories().find(spec.type);
  if (it == factories().end()) {
    return Error{fmt::format("{}: unknown assertion type `{}`", spec.where, spec.type)};
  }
  auto made = it->second(spec);
  if (!made) return made.error();
  node.assertion = std::move(*made);
  return node;
}

GradingResult aggregate(std::vector<GradingResult> parts, std::optional<double> threshold) {
  GradingResult r;
  double total = 0.0, weights = 0.0;
  bool all_pass = true;
  bool any_error = false;
  std::string first_failure, first_error;
  for (const auto& p : parts) {
    r.judge_usage.input += p.judge_usage.input;
    r.judge_usage.output += p.judge_usage.output;
    r.judge_usage.cached += p.judge_usage.cached;
    if (p.weight <= 0.0) continue;
    if (p.errored) {
      any_error = true;
      if (first_error.empty()) first_error = fmt::format("`{}` errored: {}", p.type, p.reason);
      continue;
    }
    total += p.weight * p.score;
    weights += p.weight;
    if (!p.pass) {
      all_pass = false;
      if (first_failure.empty()) first_failure = fmt::format("`{}`: {}", p.type, p.reason);
    }
  }
  r.components = std::move(parts);
  if (any_error) {
    r.errored = true;
    r.reason = first_error;
    r.score = weights > 0 ? total / weights : 0.0;
    return r;
  }
  r.score = weights > 0 ? total / weights : 1.0;
  if (threshold) {
    r.pass = r.score >= *threshold;
    r.reason = fmt::format("aggregate score {:.2f} {} threshold {}", r.score, r.pass ? ">=" : "<", *threshold);
  } else {
    r.pass = all_pass;
    r.reason = all_pass ? (weights > 0 ? "all assertions passed" : "no counted assertions") : first_failure;
  }
  return r;
}

GradingResult run_node(const Node& node, const Output& output, const AssertContext& ctx) {
  const AssertionSpec& spec = node.spec;
  GradingResult r;
  if (node.assertion == nullptr) {
    std::vector<GradingResult> parts;
    for (const auto& child : node.children) parts.push_back(run_node(child, output, ctx));
    r = aggregate(std::move(parts), spec.threshold);
  } else {
    r = node.assertion->check(output, ctx);
    if (spec.negate && !r.errored) {
      r.pass = !r.pass;
      r.score = 1.0 - r.score;
      r.reason = r.pass ? "assertion passed"
                        : fmt::format("expected the output not to satisfy `{}`, but it did", spec.type);
    }
  }
  r.type = (spec.negate ? "not-" : "") + spec.type;
  r.weight = spec.weight;
  r.metric = spec.metric;
  return r;
}

}  // namespace

struct AssertionPlan::Impl {
  std::vector<Node> nodes;
  std::optional<double> threshold;
};

AssertionPlan::AssertionPlan() : impl_(std::make_unique<Impl>()) {}
AssertionPlan::AssertionPlan(AssertionPlan&&) noexcept = default;
AssertionPlan& AssertionPlan::operator=(AssertionPlan&&) noexcept = default;
AssertionPlan::~AssertionPlan() = default;

Expected<AssertionPlan> AssertionPlan::compile(const std::vector<AssertionSpec>& specs, std::optional<double> threshold) {
  if (threshold && (*threshold < 0 || *threshold > 1)) {
    return Error{fmt::format("the test threshold {} is outside [0, 1]", *threshold)};
  }
  AssertionPlan plan;
  plan.impl_->threshold = threshold;
  for (const auto& spec : specs) {
    auto node = compile_node(spec);
    if (!node) return node.error();
    plan.impl_->nodes.push_back(std::move(*node));
  }
  return plan;
}

GradingResult AssertionPlan::run(const Output& output, const AssertContext& ctx) const {
  std::vector<GradingResult> parts;
  for (const auto& node : impl_->nodes) {
    // No exception may leave the library: a bug in one assertion errors that
    // assertion only.
    try {
      parts.push_back(run_node(node, output, ctx));
    } catch (const std::exception& e) {
      GradingResult r = detail::errored(fmt::format("internal error: {}", e.what()));
      r.type = node.spec.type;
      r.weight = node.spec.weight;
      parts.push_back(std::move(r));
    }
  }
  GradingResult r = aggregate(std::move(parts), impl_->threshold);
  r.type = "all";
  return r;
}

std::size_t AssertionPlan::size() const { return impl_->nodes.size(); }

std::vector<std::string> assertion_types() {
  std::vector<std::string> types;
  for (const auto& [name, _] : factories()) types.push_back(name);
  types.push_back("assert-set");
  std::sort(types.begin(), types.end());
  return types;
}

}  // namespace aep::eval
