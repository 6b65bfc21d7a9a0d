// tool-call matching over the neutral list of calls, and latency / cost
// thresholds (with their errored cases when the figure is missing).
#include "assert_helpers.hpp"

using namespace aep::eval;
using namespace aep::eval::testing;
using nlohmann::json;

namespace {

Output calls(std::vector<ToolCall> c) {
  Output o;
  o.tool_calls = std::move(c);
  return o;
}

}  // namespace

TEST_CASE("tool-call matches names and argument subsets") {
  Output o = calls({{"c1", "lookup_order", {{"order_id", "A1"}, {"verbose", true}}},
                    {"c2", "send_email", json("{\"to\": \"a@b.c\"}")}});  // arguments as a JSON string
  CHECK(run_one({{"type", "tool-call"}, {"value", "lookup_order"}}, o).pass);
  CHECK(run_one({{"type", "tool-call"}, {"value", {{"name", "lookup_order"}, {"arguments", {{"order_id", "A1"}}}}}}, o).pass);
  CHECK_FALSE(run_one({{"type", "tool-call"}, {"value", {{"name", "lookup_order"}, {"arguments", {{"order_id", "B2"}}}}}}, o).pass);
  CHECK(run_one({{"type", "tool-call"}, {"value", {{"name", "send_email"}, {"arguments", {{"to", "a@b.c"}}}}}}, o).pass);
  json exact = {{"type", "tool-call"}, {"match", "exact"}, {"value", {{"name", "lookup_order"}, {"arguments", {{"order_id", "A1"}}}}}};
  CHECK_FALSE(run_one(exact, o).pass);  // the actual call has an extra argument
  GradingResult partial = run_one({{"type", "tool-call"}, {"value", {"lookup_order", "refund"}}}, o);
  CHECK_FALSE(partial.pass);
  CHECK(partial.score == Approx(0.5));
  CHECK(partial.reason.find("[refund]") != std::string::npos);
  CHECK(run_one({{"type", "not-tool-call"}, {"value", "refund"}}, o).pass);
  CHECK_FALSE(run_one({{"type", "tool-call"}, {"value", "lookup_order"}}, Output{}).pass);
}

TEST_CASE("tool-call order, extra calls and one call per expectation") {
  Output o = calls({{"", "a", json::object()}, {"", "b", json::object()}});
  CHECK(run_one({{"type", "tool-call"}, {"value", {"a", "b"}}, {"order", "strict"}}, o).pass);
  CHECK_FALSE(run_one({{"type", "tool-call"}, {"value", {"b", "a"}}, {"order", "strict"}}, o).pass);
  CHECK(run_one({{"type", "tool-call"}, {"value", {"b", "a"}}}, o).pass);
  CHECK_FALSE(run_one({{"type", "tool-call"}, {"value", {"a"}}, {"allow_extra", false}}, o).pass);
  CHECK_FALSE(run_one({{"type", "tool-call"}, {"value", {"a", "a"}}}, o).pass);  // two expected, one made
  // A loose expectation must not steal the only call a strict one can use.
  Output two = calls({{"", "f", {{"x", 1}, {"y", 2}}}, {"", "f", {{"x", 1}}}});
  json spec = {{"type", "tool-call"},
               {"value", json::array({{{"name", "f"}, {"arguments", {{"x", 1}}}}, {{"name", "f"}, {"arguments", {{"y", 2}}}}})}};
  CHECK(run_one(spec, two).pass);
  CHECK_FALSE(compile_error({{"type", "tool-call"}, {"value", {{"arguments", json::object()}}}}).empty());
  CHECK_FALSE(compile_error({{"type", "tool-call"}, {"value", "a"}, {"order", "random"}}).empty());
  CHECK_FALSE(compile_error({{"type", "tool-call"}, {"value", "a"}, {"match", 3}}).empty());
}

TEST_CASE("latency and cost pass at or under the threshold and error when unknown") {
  Output o = text_output("x");
  o.latency_ms = 850;
  o.cost = 0.0021;
  CHECK(run_one({{"type", "latency"}, {"threshold", 1000}}, o).pass);
  CHECK(run_one({{"type", "latency"}, {"threshold", 850}}, o).pass);
  GradingResult slow = run_one({{"type", "latency"}, {"threshold", 500}}, o);
  CHECK_FALSE(slow.pass);
  CHECK(slow.reason == "latency 850 ms is greater than threshold 500 ms");
  CHECK(run_one({{"type", "not-latency"}, {"threshold", 500}}, o).pass);
  CHECK(run_one({{"type", "cost"}, {"threshold", 0.01}}, o).pass);
  CHECK_FALSE(run_one({{"type", "cost"}, {"threshold", 0.001}}, o).pass);
  CHECK(run_one({{"type", "latency"}, {"metric", "speed"}}, o).pass);  // records only
  Output cached = text_output("x");
  CHECK(run_one({{"type", "latency"}, {"threshold", 1000}}, cached).errored);
  CHECK(run_one({{"type", "not-cost"}, {"threshold", 1}}, cached).errored);  // negation keeps errored
  CHECK_FALSE(compile_error({{"type", "latency"}}).empty());
  CHECK_FALSE(compile_error({{"type", "not-latency"}, {"metric", "m"}}).empty());
  CHECK_FALSE(compile_error({{"type", "cost"}, {"value", 1}}).empty());
  CHECK_FALSE(compile_error({{"type", "cost"}, {"threshold", -1}}).empty());
}
