// Expressions of tests and evals evaluated on answers, and the grading of a
// trial: loose equality across JSON types (CSV cells are strings), strict
// data rows, absent output fields, functions, judge calls (a failing judge
// makes the trial errored, never failed), metrics.
#include <catch2/catch.hpp>

#include "eval/grade.hpp"
#include "tests/unit/eval/suite_helpers.hpp"

using namespace aep;
using namespace aep::eval;
using aep::eval::testing::kPromptModule;
using aep::eval::testing::TempProject;

namespace {

using aep::eval::testing::GradedTest;

}  // namespace

TEST_CASE("comparisons treat numeric strings as numbers and absent fields as null") {
  GradedTest f("", 
      "  assert output.urgency == \"3\"\n"
      "  assert category == \"billing\"\n"
      "  assert output.missing == null\n"
      "  assert \"vip\" in output.tags and \"x\" not in output.tags\n"
      "  assert output.urgency >= 2 and output.urgency < 4\n"
      "  assert len(output.tags) == 2 and lower(\"AB\") == \"ab\" and within(output.urgency, 5, 2)\n"
      "  assert matches(output.category, \"^bill\") and contains(output.category, \"ill\")\n"
      "  assert latency_ms() <= 200\n");
  INFO(f.project.diagnostics());
  REQUIRE(f.project.suites.problems.empty());
  TrialOutcome t = f.grade({{"category", "billing"}, {"urgency", 3}, {"tags", {"vip", "new"}}});
  for (const auto& c : t.checks) INFO(c.text << " -> " << (c.pass ? (*c.pass ? "pass" : "fail") : "error") << " " << c.error);
  REQUIRE(t.pass.has_value());
  CHECK(*t.pass);
  TrialOutcome bad = f.grade({{"category", "bug"}, {"urgency", 3}, {"tags", {"vip", "new"}}});
  REQUIRE(bad.pass.has_value());
  CHECK_FALSE(*bad.pass);
  CHECK(bad.checks[1].pass == std::optional<bool>(false));
}

TEST_CASE("ordering an absent field fails the assertion instead of erroring the item") {
  GradedTest f("", "  assert output.urgency >= 3\n");
  TrialOutcome t = f.grade({{"category", "billing"}});
  REQUIRE(t.pass.has_value());
  CHECK_FALSE(*t.pass);
}

TEST_CASE("a judge failure makes the trial errored; a verdict decides pass or fail") {
  GradedTest f("", "  assert llm_rubric(output.category, \"names the category\")\n");
  TrialOutcome none = f.grade({{"category", "billing"}});
  CHECK_FALSE(none.pass.has_value());
  CHECK(none.error.find("needs a judge") != std::string::npos);
  JudgeFn failing = [](const JudgeCall&) -> Expected<JudgeVerdict> { return Error{"HTTP 503 after 4 retries"}; };
  TrialOutcome broken = f.grade({{"category", "billing"}}, failing);
  CHECK_FALSE(broken.pass.has_value());
  CHECK(broken.error.find("503") != std::string::npos);
  std::string seen;
  JudgeFn judge = [&](const JudgeCall& c) -> Expected<JudgeVerdict> {
    seen = c.kind + "|" + c.subject + "|" + c.value;
    return JudgeVerdict{c.subject == "billing", 1.0, "ok"};
  };
  TrialOutcome ok = f.grade({{"category", "billing"}}, judge);
  CHECK(seen == "llm-rubric|billing|names the category");
  CHECK(ok.pass == std::optional<bool>(true));
  TrialOutcome no = f.grade({{"category", "bug"}}, judge);
  CHECK(no.pass == std::optional<bool>(false));
}

TEST_CASE("a failed call is errored and an answer of the wrong shape is graded as a failure") {
  GradedTest f("", "  assert output.category == \"billing\"\n");
  Case c;
  c.id = "t";
  Answer failed;
  failed.call_failed = true;
  failed.error = "provider-error: HTTP 500";
  TrialOutcome t = grade_trial(f.suite(), c, 0, failed, {});
  CHECK_FALSE(t.pass.has_value());
  CHECK(t.error == "provider-error: HTTP 500");
  Answer wrong;
  wrong.text = "billing, I think";
  wrong.output_error = "expected an object";
  TrialOutcome w = grade_trial(f.suite(), c, 0, wrong, {});
  CHECK(w.pass == std::optional<bool>(false));
}

TEST_CASE("metrics record numbers, truth values as 0/1 and absent answers as 0") {
  TempProject p({{"m.aep", std::string(kPromptModule) + R"aep(
eval e for P {
  data "d.jsonl"
  input { ticket: row.t }
  metric urgency = output.urgency
  metric billing = output.category == "billing"
  metric tag_count = len(output.tags)
}
)aep"},
                 {"d.jsonl", "{\"t\": \"x\"}\n"}});
  INFO(p.diagnostics());
  const Suite* s = p.suite("e");
  REQUIRE(s != nullptr);
  Case c;
  c.id = "1";
  c.row = {{"t", "x"}};
  Answer a;
  a.output = nlohmann::json{{"category", "billing"}, {"urgency", 4}};
  TrialOutcome t = grade_trial(*s, c, 0, a, {});
  CHECK(t.pass == std::optional<bool>(true));
  CHECK(t.metrics["urgency"] == std::optional<double>(4.0));
  CHECK(t.metrics["billing"] == std::optional<double>(1.0));
  CHECK(t.metrics["tag_count"] == std::optional<double>(0.0));
}
