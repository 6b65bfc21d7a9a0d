// Helpers for the assertion tests: run one promptfoo-shaped spec on an output.
#pragma once

#include <catch2/catch.hpp>

#include "eval/assert.hpp"

namespace aep::eval::testing {

inline Output text_output(std::string text) {
  Output o;
  o.text = std::move(text);
  return o;
}

// The component result of one assertion (negation and weight applied).
inline GradingResult run_one(const nlohmann::json& spec, const Output& out, const AssertContext& ctx = {}) {
  auto parsed = parse_assertion(spec, "assert[0]");
  INFO(spec.dump());
  REQUIRE(parsed);
  auto plan = AssertionPlan::compile({*parsed});
  if (!plan) FAIL(plan.error().message);
  GradingResult r = plan->run(out, ctx);
  REQUIRE(r.components.size() == 1);
  return r.components[0];
}

inline bool passes(const nlohmann::json& spec, const std::string& text, const AssertContext& ctx = {}) {
  GradingResult r = run_one(spec, text_output(text), ctx);
  INFO(spec.dump() << " on \"" << text << "\": " << r.reason);
  REQUIRE_FALSE(r.errored);
  return r.pass;
}

// The compile-time error message for a bad spec ("" when it compiles).
inline std::string compile_error(const nlohmann::json& spec) {
  auto parsed = parse_assertion(spec, "assert[0]");
  if (!parsed) return parsed.error().message;
  auto plan = AssertionPlan::compile({*parsed});
  return plan ? "" : plan.error().message;
}

}  // namespace aep::eval::testing
