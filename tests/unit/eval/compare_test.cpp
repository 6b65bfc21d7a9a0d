// Baseline-versus-candidate comparison: a real regression in one slice is
// caught with its evidence, a harmless change is not, errored and unmatched
// items are kept out of the counts.
#include <catch2/catch.hpp>

#include "eval/compare.hpp"

using namespace aep::eval;

namespace {

std::vector<ItemOutcome> make_run(int n, auto pass_of) {
  std::vector<ItemOutcome> run;
  for (int i = 0; i < n; ++i) {
    bool p = pass_of(i);
    run.push_back(ItemOutcome{"item-" + std::to_string(i), p, p ? 1.0 : 0.0, i % 2 ? "billing" : "shipping"});
  }
  return run;
}

}  // namespace

TEST_CASE("a drop in one slice is a regression with its items and p-value") {
  auto base = make_run(400, [](int i) { return i % 10 != 0; });  // 90% pass
  // The candidate fails 30 more billing items (odd ids) and nothing else.
  auto cand = make_run(400, [](int i) { return i % 10 != 0 && !(i % 2 == 1 && i % 13 < 3 && i < 400); });
  CompareOptions o;
  o.bootstrap.resamples = 2000;
  auto c = compare_runs(base, cand, o);
  REQUIRE(c);
  CHECK(c->regressed);
  CHECK(c->overall.significant_drop);
  CHECK(c->regressions.size() == c->overall.pass_fail.pass_to_fail);
  CHECK(c->improvements.empty());
  REQUIRE(c->slices.size() == 2);
  CHECK(c->slices[0].name == "billing");
  CHECK(c->slices[0].significant_drop);
  CHECK(c->slices[0].adjusted_p >= c->slices[0].pass_fail.p_value);
  CHECK_FALSE(c->slices[1].significant_drop);
  CHECK(c->slices[1].pass_fail.pass_to_fail == 0);
  bool names_slice = false;
  for (const auto& r : c->reasons) names_slice |= r.find("slice `billing`") != std::string::npos;
  CHECK(names_slice);
  REQUIRE(c->overall.scores);
  CHECK(c->overall.scores->mean_difference < 0);
}

TEST_CASE("a harmless change that swaps a few items both ways is not a regression") {
  auto base = make_run(300, [](int i) { return i % 5 != 0; });
  auto cand = make_run(300, [](int i) {
    if (i % 37 == 1) return false;  // a few pass -> fail
    if (i % 45 == 0) return true;  // and as many fail -> pass (7 each way)
    return i % 5 != 0;
  });
  auto c = compare_runs(base, cand);
  REQUIRE(c);
  CHECK_FALSE(c->regressed);
  CHECK_FALSE(c->overall.significant_drop);
  CHECK(c->overall.pass_fail.pass_to_fail == 7);
  CHECK(c->overall.pass_fail.fail_to_pass == 7);
  CHECK(c->overall.pass_fail.p_value == Approx(1.0));
  CHECK_FALSE(c->regressions.empty());
  CHECK_FALSE(c->improvements.empty());
}

TEST_CASE("errored and unmatched items are counted, not compared") {
  std::vector<ItemOutcome> base = {{"a", true, 1, ""}, {"b", true, 1, ""}, {"c", std::nullopt, 0, ""}, {"d", false, 0, ""}};
  std::vector<ItemOutcome> cand = {{"a", true, 1, ""}, {"b", std::nullopt, 0, ""}, {"c", true, 1, ""}, {"e", true, 1, ""}};
  auto c = compare_runs(base, cand);
  REQUIRE(c);
  CHECK(c->overall.paired == 1);
  CHECK(c->errored == 2);
  CHECK(c->only_in_baseline == 1);
  CHECK(c->only_in_candidate == 1);
  CHECK_FALSE(c->regressed);
  CHECK(c->slices.empty());
}

TEST_CASE("non-inferiority can be required per slice") {
  auto base = make_run(60, [](int) { return true; });
  auto cand = make_run(60, [](int i) { return i != 1; });  // one billing item lost
  CompareOptions o;
  o.bootstrap.resamples = 2000;
  o.margin = 0.01;
  auto lax = compare_runs(base, cand, o);
  REQUIRE(lax);
  CHECK_FALSE(lax->regressed);  // one item is not a significant drop
  o.require_non_inferiority = true;
  auto strict = compare_runs(base, cand, o);
  REQUIRE(strict);
  CHECK(strict->regressed);  // but 30 billing items cannot show a loss under 1 point
}

TEST_CASE("bad runs are refused") {
  std::vector<ItemOutcome> dup = {{"a", true, 1, ""}, {"a", false, 0, ""}};
  std::vector<ItemOutcome> one = {{"a", true, 1, ""}};
  std::vector<ItemOutcome> other = {{"z", true, 1, ""}};
  CHECK_FALSE(compare_runs(dup, one));
  CHECK_FALSE(compare_runs(one, dup));
  CHECK_FALSE(compare_runs(one, other));
  CompareOptions o;
  o.alpha = 0.9;
  CHECK_FALSE(compare_runs(one, one, o));
}
