// Grading `.aep` suites with weights, assertion sets and thresholds
// (docs/eval.md, "Weights, sets and thresholds"): the weighted mean score,
// pass when every counted assertion passes or the score reaches a threshold,
// weight 0 as a metric that never counts, negation and judge scores inside a
// set, nested sets, errored members, and what the reports say about them.
#include <catch2/catch.hpp>

#include "eval/grade.hpp"
#include "eval/report.hpp"
#include "tests/unit/eval/suite_helpers.hpp"

using namespace aep;
using namespace aep::eval;
using aep::eval::testing::kPromptModule;
using aep::eval::testing::TempProject;

namespace {

using aep::eval::testing::GradedTest;

const nlohmann::json kBilling = {{"category", "billing"}, {"urgency", 3}, {"tags", {"vip"}}};

}  // namespace

TEST_CASE("weights: the score is the weighted mean and every counted assertion must pass") {
  GradedTest f("",
            "  assert category == \"billing\" @weight(2)\n"
            "  assert urgency > 4, \"urgent\"\n");
  const Suite& s = f.suite();
  REQUIRE(s.asserts.size() == 2);
  CHECK(s.asserts[0].weight == 2.0);
  CHECK(s.asserts[1].weight == 1.0);
  TrialOutcome t = f.grade(kBilling);
  REQUIRE(t.pass.has_value());
  CHECK_FALSE(*t.pass);  // no threshold: the failing weight-1 assertion fails the test
  CHECK(t.score == Approx(2.0 / 3.0));
  REQUIRE(first_failed_check(t) != nullptr);
  CHECK(describe_failure(*first_failed_check(t)) == "urgent (`urgency > 4`)");

  TrialOutcome all = f.grade({{"category", "billing"}, {"urgency", 5}, {"tags", nlohmann::json::array()}});
  CHECK(all.pass == std::optional<bool>(true));
  CHECK(all.score == Approx(1.0));
  TrialOutcome none = f.grade({{"category", "bug"}, {"urgency", 1}, {"tags", nlohmann::json::array()}});
  CHECK(none.pass == std::optional<bool>(false));
  CHECK(none.score == Approx(0.0));
}

TEST_CASE("a test threshold passes on the weighted score despite single failures, and fails below it") {
  const std::string body =
      "  assert category == \"billing\" @weight(2)\n"
      "  assert urgency > 4\n";
  GradedTest met("@threshold(0.6)", body);
  REQUIRE(met.suite().threshold == std::optional<double>(0.6));
  TrialOutcome t = met.grade(kBilling);
  CHECK(t.score == Approx(2.0 / 3.0));
  CHECK(t.pass == std::optional<bool>(true));

  GradedTest missed("@threshold(0.7)", body);
  TrialOutcome m = missed.grade(kBilling);
  CHECK(m.score == Approx(2.0 / 3.0));
  CHECK(m.pass == std::optional<bool>(false));
}

TEST_CASE("weight 0 records an assertion as a metric without counting it, even when it errors") {
  GradedTest f("",
            "  assert category == \"billing\"\n"
            "  assert urgency > 4 @weight(0), \"very urgent\"\n"
            "  assert llm_rubric(output.category, \"polite\") @weight(0) @metric(polite)\n");
  const Suite& s = f.suite();
  // The weight-0 assertions become suite metrics, named by @metric or else the message.
  REQUIRE(s.metrics.size() == 2);
  CHECK(s.metrics[0].name == "very urgent");
  CHECK(s.metrics[0].expr == nullptr);
  CHECK(s.metrics[1].name == "polite");

  JudgeFn failing = [](const JudgeCall&) -> Expected<JudgeVerdict> { return Error{"HTTP 503"}; };
  TrialOutcome t = f.grade(kBilling, failing);
  CHECK(t.pass == std::optional<bool>(true));  // neither the failure nor the judge error counts
  CHECK(t.score == Approx(1.0));
  REQUIRE(t.checks.size() == 3);
  CHECK(t.checks[1].pass == std::optional<bool>(false));
  CHECK(t.checks[1].weight == 0.0);
  CHECK_FALSE(t.checks[2].pass.has_value());
  CHECK(t.metrics["very urgent"] == std::optional<double>(0.0));
  CHECK_FALSE(t.metrics["polite"].has_value());  // errored: no value, like an errored metric

  // The same judge failure on a counted assertion makes the trial errored.
  GradedTest counted("", "  assert llm_rubric(output.category, \"polite\")\n");
  TrialOutcome e = counted.grade(kBilling, failing);
  CHECK_FALSE(e.pass.has_value());
  CHECK(e.error.find("503") != std::string::npos);
}

TEST_CASE("an assertion set passes on its threshold, with negated members, and counts as one assertion") {
  const std::string set =
      "  assert_set tone @threshold(0.66) @weight(3) {\n"
      "    assert not icontains(output.category, \"sorry\")\n"
      "    assert len(output.tags) >= 1\n"
      "    assert urgency > 4\n"
      "  }\n"
      "  assert category == \"billing\"\n";
  GradedTest f("", set);
  const Suite& s = f.suite();
  REQUIRE(s.asserts.size() == 2);
  REQUIRE(s.asserts[0].is_set);
  CHECK(s.asserts[0].members.size() == 3);
  CHECK(s.asserts[0].threshold == std::optional<double>(0.66));
  CHECK(s.asserts[0].weight == 3.0);

  // Two of three members pass: 0.667 >= 0.66, the set passes although `urgency > 4` fails.
  TrialOutcome t = f.grade(kBilling);
  REQUIRE(t.checks.size() == 2);
  const CheckOutcome& tone = t.checks[0];
  CHECK(tone.is_set);
  CHECK(tone.pass == std::optional<bool>(true));
  CHECK(tone.score == Approx(2.0 / 3.0));
  CHECK(tone.members[0].pass == std::optional<bool>(true));  // `not icontains` holds
  CHECK(tone.members[2].pass == std::optional<bool>(false));
  CHECK(t.pass == std::optional<bool>(true));
  // The trial's score: (3 * 2/3 + 1 * 1) / 4.
  CHECK(t.score == Approx(0.75));

  // "Sorry" flips the negated member: one of three, below the threshold.
  TrialOutcome sorry = f.grade({{"category", "Sorry, billing"}, {"urgency", 3}, {"tags", {"vip"}}});
  CHECK(sorry.checks[0].members[0].pass == std::optional<bool>(false));
  CHECK(sorry.checks[0].score == Approx(1.0 / 3.0));
  CHECK(sorry.checks[0].pass == std::optional<bool>(false));
  CHECK(sorry.pass == std::optional<bool>(false));
  REQUIRE(first_failed_check(sorry) != nullptr);
  CHECK(describe_failure(*first_failed_check(sorry)) == "assertion set `tone` failed: score 0.33 < threshold 0.66");
}

TEST_CASE("a set without a threshold needs all its counted members; nested sets count once with their weight") {
  GradedTest f("",
            "  assert_set outer {\n"
            "    assert category == \"billing\"\n"
            "    assert_set inner @threshold(0.5) @weight(2) {\n"
            "      assert urgency > 4\n"
            "      assert len(output.tags) == 1\n"
            "    }\n"
            "    assert urgency == 99 @weight(0)\n"
            "  }\n");
  TrialOutcome t = f.grade(kBilling);
  const CheckOutcome& outer = t.checks.at(0);
  REQUIRE(outer.members.size() == 3);
  CHECK(outer.members[1].score == Approx(0.5));
  CHECK(outer.members[1].pass == std::optional<bool>(true));
  CHECK(outer.score == Approx((1.0 + 2 * 0.5) / 3.0));  // the weight-0 member is left out
  CHECK(outer.pass == std::optional<bool>(true));
  CHECK(t.pass == std::optional<bool>(true));

  TrialOutcome bad = f.grade({{"category", "bug"}, {"urgency", 3}, {"tags", {"vip"}}});
  CHECK(bad.pass == std::optional<bool>(false));
  REQUIRE(first_failed_check(bad) != nullptr);
  CHECK(describe_failure(*first_failed_check(bad)) ==
        "assertion set `outer` failed: `category == \"billing\"` is false");
}

TEST_CASE("a bare judge call scores with the verdict's score, negation with its complement") {
  GradedTest f("",
            "  assert_set graded @threshold(0.5) {\n"
            "    assert llm_rubric(output.category, \"friendly\")\n"
            "    assert not llm_rubric(output.category, \"rude\")\n"
            "  }\n");
  JudgeFn judge = [](const JudgeCall& c) -> Expected<JudgeVerdict> {
    if (c.value == "friendly") return JudgeVerdict{true, 0.8, "mostly friendly"};
    return JudgeVerdict{true, 0.6, "a little rude"};
  };
  TrialOutcome t = f.grade(kBilling, judge);
  const CheckOutcome& set = t.checks.at(0);
  CHECK(set.members[0].score == Approx(0.8));
  CHECK(set.members[1].pass == std::optional<bool>(false));
  CHECK(set.members[1].score == Approx(0.4));
  CHECK(set.score == Approx(0.6));
  CHECK(set.pass == std::optional<bool>(true));

  // An errored counted member makes the set and the trial errored.
  JudgeFn failing = [](const JudgeCall&) -> Expected<JudgeVerdict> { return Error{"timeout"}; };
  TrialOutcome e = f.grade(kBilling, failing);
  CHECK_FALSE(e.checks.at(0).pass.has_value());
  CHECK_FALSE(e.pass.has_value());
  CHECK(e.error.find("timeout") != std::string::npos);
}

TEST_CASE("an assertion's @metric feeds a suite metric that a gate can use") {
  TempProject p({{"m.aep", std::string(kPromptModule) + R"aep(
eval e for P {
  data "d.jsonl"
  input { ticket: row.t }
  assert output.category == "billing" @metric(billing)
  assert_set shape @threshold(0.5) @metric(shape) {
    assert output.urgency >= 3
    assert len(output.tags) > 0
  }
  gate billing >= 0.9
  gate shape >= 0.5
}
)aep"},
                 {"d.jsonl", "{\"t\": \"x\"}\n"}});
  INFO(p.diagnostics());
  for (const auto& pr : p.suites.problems) INFO(pr.message);
  const Suite* s = p.suite("e");
  REQUIRE(s != nullptr);
  REQUIRE(s->metrics.size() == 2);
  Case c;
  c.id = "1";
  c.row = {{"t", "x"}};
  Answer a;
  a.output = nlohmann::json{{"category", "billing"}, {"urgency", 4}, {"tags", nlohmann::json::array()}};
  TrialOutcome t = grade_trial(*s, c, 0, a, {});
  CHECK(t.metrics["billing"] == std::optional<double>(1.0));
  CHECK(t.metrics["shape"] == std::optional<double>(0.5));
  CHECK(t.pass == std::optional<bool>(true));
}

TEST_CASE("bad weights, thresholds and annotations are diagnostics and the suite is not run") {
  struct Case {
    std::string annotations, body, code;
  };
  std::vector<Case> cases = {
      {"", "  assert category == \"a\" @weight(-1)\n", "E0805"},
      {"", "  assert category == \"a\" @weight(\"two\")\n", "E0805"},
      {"", "  assert category == \"a\" @weight(1, 2)\n", "E0805"},
      {"@threshold(1.5)", "  assert category == \"a\"\n", "E0806"},
      {"", "  assert_set s @threshold(x) { assert category == \"a\" }\n", "E0806"},
      {"", "  assert category == \"a\" @threshold(0.5)\n", "E0807"},
      {"", "  assert category == \"a\" @weight(1) @weight(2)\n", "E0807"},
      {"", "  assert category == \"a\" @heavy\n", "E0807"},
      {"", "  assert category == \"a\" @metric(m)\n  assert urgency > 1 @metric(m)\n", "E0807"},
      {"", "  assert category == \"a\" @metric(accuracy)\n", "E0807"},
      {"", "  assert_set s {}\n  assert category == \"a\"\n", "E0808"},
      {"", "  assert_set s { assert category == \"a\" @weight(0) }\n  assert urgency > 1\n", "E0808"},
  };
  for (const auto& c : cases) {
    TempProject p({{"m.aep", std::string(kPromptModule) + "test t for P " + c.annotations + " {\n  input { ticket: \"x\" }\n" +
                                 c.body + "}\n"}});
    INFO(c.annotations << " " << c.body);
    INFO(p.diagnostics());
    CHECK(p.diagnostics().find(c.code) != std::string::npos);
    // The run's own reading refuses the suite as well.
    CHECK(p.suite("t") == nullptr);
  }
}

TEST_CASE("reports carry scores, weights and set members") {
  GradedTest f("",
            "  assert_set tone @threshold(0.9) {\n"
            "    assert category == \"billing\"\n"
            "    assert urgency > 4 @weight(3)\n"
            "  }\n");
  TrialOutcome t = f.grade(kBilling);
  REQUIRE(t.pass == std::optional<bool>(false));
  RunResult run;
  SuiteResult sr;
  sr.id = "m.t";
  sr.name = "t";
  sr.kind = "test";
  ItemResult item;
  item.id = "t";
  item.trials.push_back(t);
  combine_trials(item);
  sr.items.push_back(item);
  stats::BootstrapOptions fast;
  fast.resamples = 200;
  summarize(sr, f.suite(), fast);
  run.suites.push_back(sr);
  nlohmann::json j = to_json(run);
  const auto& check = j["suites"][0]["items"][0]["trials"][0]["checks"][0];
  CHECK(check["assert"] == "assert_set tone");
  CHECK(check["threshold"] == 0.9);
  CHECK(check["score"].get<double>() == Approx(0.25));
  CHECK(check["members"][1]["weight"] == 3.0);
  CHECK(check["members"][1]["pass"] == false);
  CHECK(j["suites"][0]["items"][0]["trials"][0]["score"].get<double>() == Approx(0.25));
  std::string junit = report_junit(run);
  CHECK(junit.find("assertion set `tone` failed: score 0.25 &lt; threshold 0.9") != std::string::npos);
  std::string html = report_html(run);
  CHECK(html.find("assertion set `tone` failed: score 0.25 &lt; threshold 0.9") != std::string::npos);
  std::string text = report_text(run);
  CHECK(text.find("assertion set `tone` failed: score 0.25 < threshold 0.9") != std::string::npos);
}
