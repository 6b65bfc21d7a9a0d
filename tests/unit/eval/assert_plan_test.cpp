// Combining assertions: weights, test thresholds, assert-sets with their own
// threshold, metric-only assertions, errored results, and spec errors.
#include "assert_helpers.hpp"

using namespace aep::eval;
using namespace aep::eval::testing;
using nlohmann::json;

namespace {

GradingResult run_all(const json& specs, const std::string& text, std::optional<double> threshold = std::nullopt) {
  auto parsed = parse_assertions(specs);
  REQUIRE(parsed);
  auto plan = AssertionPlan::compile(*parsed, threshold);
  REQUIRE(plan);
  return plan->run(text_output(text), {});
}

}  // namespace

TEST_CASE("the aggregate is the weighted mean - every counted assertion must pass") {
  json specs = json::array({{{"type", "contains"}, {"value", "a"}, {"weight", 3}},
                            {{"type", "contains"}, {"value", "zzz"}, {"weight", 1}}});
  GradingResult r = run_all(specs, "abc");
  CHECK_FALSE(r.pass);
  CHECK(r.score == Approx(0.75));
  CHECK(r.reason == "`contains`: expected output to contain \"zzz\"");
  REQUIRE(r.components.size() == 2);
  CHECK(r.components[0].weight == 3);
  // A test threshold overrides single failures (promptfoo's rule).
  GradingResult t = run_all(specs, "abc", 0.7);
  CHECK(t.pass);
  CHECK(t.reason == "aggregate score 0.75 >= threshold 0.7");
  CHECK_FALSE(run_all(specs, "abc", 0.8).pass);
}

TEST_CASE("weight 0 records a metric without counting it") {
  json specs = json::array({{{"type", "contains"}, {"value", "a"}},
                            {{"type", "contains"}, {"value", "zzz"}, {"weight", 0}, {"metric", "style"}}});
  GradingResult r = run_all(specs, "abc");
  CHECK(r.pass);
  CHECK(r.score == 1.0);
  CHECK(r.components[1].metric == "style");
  CHECK_FALSE(r.components[1].pass);
}

TEST_CASE("an assert-set passes on its own threshold and counts as one weighted assertion") {
  json set = {{"type", "assert-set"},
              {"threshold", 0.5},
              {"weight", 2},
              {"assert", json::array({{{"type", "contains"}, {"value", "a"}}, {{"type", "contains"}, {"value", "q"}}})}};
  json specs = json::array({set, {{"type", "contains"}, {"value", "b"}}});
  GradingResult r = run_all(specs, "ab");
  CHECK(r.pass);
  REQUIRE(r.components.size() == 2);
  CHECK(r.components[0].type == "assert-set");
  CHECK(r.components[0].score == Approx(0.5));
  CHECK(r.components[0].components.size() == 2);
  CHECK(r.score == Approx((2 * 0.5 + 1) / 3.0));
  json strict = set;
  strict.erase("threshold");
  CHECK_FALSE(run_all(json::array({strict}), "ab").pass);  // without a threshold all members must pass
  json nested = {{"type", "assert-set"}, {"assert", json::array({set})}};
  CHECK(run_all(json::array({nested}), "ab").pass);
}

TEST_CASE("an errored assertion makes the aggregate errored, never a pass or a fail") {
  json specs = json::array({{{"type", "contains"}, {"value", "a"}}, {{"type", "latency"}, {"threshold", 10}}});
  GradingResult r = run_all(specs, "abc");
  CHECK(r.errored);
  CHECK(r.reason.find("`latency` errored") != std::string::npos);
}

TEST_CASE("no assertions pass trivially") {
  GradingResult r = run_all(json::array(), "anything");
  CHECK(r.pass);
  CHECK_FALSE(r.errored);
}

TEST_CASE("bad specs are rejected with where they are") {
  CHECK(compile_error({{"type", "containz"}, {"value", "a"}}) == "assert[0]: unknown assertion type `containz`");
  CHECK(compile_error({{"type", "contains"}, {"value", "a"}, {"valeu", 1}}).find("unknown key `valeu`") != std::string::npos);
  CHECK_FALSE(compile_error({{"value", "a"}}).empty());
  CHECK_FALSE(compile_error(json("contains")).empty());
  CHECK_FALSE(compile_error({{"type", "contains"}, {"value", "a"}, {"weight", -1}}).empty());
  CHECK_FALSE(compile_error({{"type", "contains"}, {"value", "a"}, {"threshold", "high"}}).empty());
  CHECK_FALSE(compile_error({{"type", "not-assert-set"}, {"assert", json::array({{{"type", "is-json"}}})}}).empty());
  CHECK_FALSE(compile_error({{"type", "assert-set"}, {"assert", json::array()}}).empty());
  CHECK_FALSE(compile_error({{"type", "contains"}, {"value", "a"}, {"assert", json::array()}}).empty());
  auto nested = parse_assertions(json::array({{{"type", "assert-set"}, {"assert", json::array({{{"type", "nope"}}})}}}));
  REQUIRE(nested);
  auto plan = AssertionPlan::compile(*nested);
  REQUIRE_FALSE(plan);
  CHECK(plan.error().message.find("assert[0].assert[0]") != std::string::npos);
  CHECK_FALSE(AssertionPlan::compile({}, 1.5));
}

TEST_CASE("every documented assertion type is registered") {
  auto types = assertion_types();
  for (const char* t : {"equals", "contains", "icontains", "regex", "starts-with", "contains-any", "contains-all",
                        "icontains-any", "icontains-all", "is-json", "contains-json", "is-valid-output", "json-path",
                        "levenshtein", "rouge-n", "bleu", "latency", "cost", "tool-call", "llm-rubric", "factuality",
                        "model-graded-closedqa", "assert-set"}) {
    INFO(t);
    CHECK(std::find(types.begin(), types.end(), t) != types.end());
  }
}
