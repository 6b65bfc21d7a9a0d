// Outcomes, summaries, baselines and reports: trials combine into items by
// majority (errored trials left out), gates are checked on the mean with the
// interval shown, a weakened candidate is flagged with its McNemar p-value
// while a reshuffle of the same quality is not, the JSON report reads back
// as a baseline, and every report made on the sim says so.
#include <catch2/catch.hpp>

#include "eval/judge_aep.hpp"
#include "eval/report.hpp"

using namespace aep;
using namespace aep::eval;

namespace {

TrialOutcome trial(std::optional<bool> pass, std::uint32_t sample = 0) {
  TrialOutcome t;
  t.sample = sample;
  t.pass = pass;
  if (!pass) t.error = "provider-error: HTTP 503";
  t.latency_ms = 100 + sample;
  t.cost_usd = 0.001;
  return t;
}

// An eval suite result with `n` items in two slices; item i passes when pass(i).
template <class F>
SuiteResult make_suite(std::size_t n, F pass) {
  SuiteResult s;
  s.id = "m.e";
  s.name = "e";
  s.kind = "eval";
  s.prompt = "m.P";
  for (std::size_t i = 0; i < n; ++i) {
    ItemResult item;
    item.id = "i" + std::to_string(i);
    item.slice = i % 2 ? "odd" : "even";
    item.trials.push_back(trial(pass(i)));
    combine_trials(item);
    s.items.push_back(std::move(item));
  }
  return s;
}

Suite gated_suite(double threshold) {
  Suite suite;
  suite.is_eval = true;
  GateDef g;
  g.metric = "accuracy";
  g.threshold = threshold;
  g.text = "accuracy >= " + std::to_string(threshold);
  suite.gates.push_back(g);
  return suite;
}

stats::BootstrapOptions fast() {
  stats::BootstrapOptions b;
  b.resamples = 2000;
  return b;
}

}  // namespace

TEST_CASE("an item passes by majority of its counted trials; all errored means errored") {
  ItemResult item;
  item.trials = {trial(true, 0), trial(false, 1), trial(true, 2), trial(std::nullopt, 3)};
  combine_trials(item);
  REQUIRE(item.pass.has_value());
  CHECK(*item.pass);
  CHECK(item.score == Approx(2.0 / 3.0));
  ItemResult tie;
  tie.trials = {trial(true), trial(false, 1)};
  combine_trials(tie);
  CHECK(tie.pass == std::optional<bool>(true));  // at least one half
  ItemResult dead;
  dead.trials = {trial(std::nullopt), trial(std::nullopt, 1)};
  combine_trials(dead);
  CHECK_FALSE(dead.pass.has_value());
}

TEST_CASE("summaries: accuracy with a bootstrap interval, slices, errored items apart, gates on the mean") {
  SuiteResult s = make_suite(100, [](std::size_t i) -> std::optional<bool> {
    if (i % 25 == 0) return std::nullopt;
    return i % 10 != 1;
  });
  summarize(s, gated_suite(0.85), fast());
  CHECK(s.errored == 4);
  CHECK(s.passed + s.failed == 96);
  REQUIRE(s.metrics.size() == 1);
  CHECK(s.metrics[0].mean == Approx(static_cast<double>(s.passed) / 96));
  CHECK(s.metrics[0].has_ci);
  CHECK(s.metrics[0].ci.lower < s.metrics[0].mean);
  CHECK(s.metrics[0].ci.upper > s.metrics[0].mean);
  REQUIRE(s.slices.size() == 2);
  CHECK(s.slices[0].name == "even");
  REQUIRE(s.gates.size() == 1);
  CHECK(s.gates[0].passed);
  summarize(s, gated_suite(0.95), fast());
  CHECK_FALSE(s.gates[0].passed);
  CHECK_FALSE(s.gates_passed());
}

TEST_CASE("a gate with nothing measured fails") {
  SuiteResult s = make_suite(10, [](std::size_t) -> std::optional<bool> { return std::nullopt; });
  summarize(s, gated_suite(0.5), fast());
  REQUIRE(s.gates.size() == 1);
  CHECK_FALSE(s.gates[0].passed);
  CHECK_FALSE(s.gates[0].value.has_value());
}

TEST_CASE("a weakened candidate is a regression with its p-value; the same quality reshuffled is not") {
  RunResult base, weak, reshuffled;
  base.suites.push_back(make_suite(400, [](std::size_t i) -> std::optional<bool> { return i % 10 != 0; }));
  weak.suites.push_back(make_suite(400, [](std::size_t i) -> std::optional<bool> { return i % 10 != 0 && i % 7 != 3; }));
  // Same 90% pass rate in the same slice, different items failing.
  reshuffled.suites.push_back(make_suite(400, [](std::size_t i) -> std::optional<bool> { return i % 10 != 2; }));
  for (RunResult* r : {&base, &weak, &reshuffled}) summarize(r->suites[0], gated_suite(0.5), fast());
  CompareOptions o;
  o.bootstrap = fast();
  compare_with_baseline(weak, base, o);
  REQUIRE(weak.comparisons.size() == 1);
  CHECK(weak.regressed());
  const auto& c = weak.comparisons[0].comparison;
  CHECK(c.overall.pass_fail.pass_to_fail > 40);
  CHECK(c.overall.pass_fail.fail_to_pass == 0);
  CHECK(c.overall.pass_fail.p_value < 1e-6);
  CHECK(c.regressions.size() == c.overall.pass_fail.pass_to_fail);
  compare_with_baseline(reshuffled, base, o);
  REQUIRE(reshuffled.comparisons.size() == 1);
  CHECK_FALSE(reshuffled.regressed());
  CHECK(reshuffled.comparisons[0].comparison.overall.pass_fail.p_value > 0.5);
}

TEST_CASE("the JSON report reads back as a baseline; a foreign document is refused") {
  RunResult run;
  run.sim = true;
  run.provider = "sim";
  run.suites.push_back(make_suite(20, [](std::size_t i) -> std::optional<bool> {
    if (i == 3) return std::nullopt;
    return i % 4 != 0;
  }));
  summarize(run.suites[0], gated_suite(0.5), fast());
  nlohmann::json doc = to_json(run);
  CHECK(doc["format"] == "aep-test-report/1");
  CHECK(doc["sim"] == true);
  CHECK(doc["sim_notice"].get<std::string>().find("not a real model") != std::string::npos);
  CHECK(doc["suites"][0]["items"][3]["status"] == "errored");
  auto back = run_from_json(doc);
  REQUIRE(back);
  REQUIRE(back->suites.size() == 1);
  REQUIRE(back->suites[0].items.size() == 20);
  CHECK_FALSE(back->suites[0].items[3].pass.has_value());
  CHECK(back->suites[0].items[4].pass == std::optional<bool>(false));
  CHECK(back->suites[0].items[5].slice == "odd");
  CHECK_FALSE(run_from_json(nlohmann::json{{"results", 1}}));
}

TEST_CASE("reports: the sim notice, escaped untrusted text, JUnit failures and errors, self-contained HTML") {
  RunResult run;
  run.sim = true;
  run.provider = "sim";
  run.suites.push_back(make_suite(6, [](std::size_t i) -> std::optional<bool> {
    if (i == 1) return std::nullopt;
    return i != 2;
  }));
  run.suites[0].items[2].trials[0].output_text = "<script>alert('x')</script> & \"quotes\"";
  CheckOutcome check;
  check.text = "output.a == \"<b>\"";
  check.pass = false;
  run.suites[0].items[2].trials[0].checks.push_back(check);
  summarize(run.suites[0], gated_suite(0.9), fast());
  std::string text = report_text(run);
  CHECK(text.find(kSimNotice) != std::string::npos);
  CHECK(text.find("gate accuracy") != std::string::npos);
  std::string xml = report_junit(run);
  CHECK(xml.find("<failure") != std::string::npos);
  CHECK(xml.find("<error") != std::string::npos);
  CHECK(xml.find("<script>") == std::string::npos);
  CHECK(xml.find("&lt;script&gt;") != std::string::npos);
  CHECK(xml.find("tests=\"7\"") != std::string::npos);  // 6 items and 1 gate
  std::string html = report_html(run);
  CHECK(html.find("<svg") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find(xml_escape(kSimNotice)) != std::string::npos);
}

TEST_CASE("xml_escape replaces control characters and invalid UTF-8") {
  CHECK(xml_escape("a\x01" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(xml_escape("\xff") == "\xEF\xBF\xBD");
  CHECK(xml_escape("caf\xc3\xa9 <&>") == "caf\xc3\xa9 &lt;&amp;&gt;");
}

TEST_CASE("judge ensembles: majority needs more than half, mean needs 0.5, failed votes are left out") {
  std::vector<JudgeVote> votes = {{"a", 0, true, 1.0, "yes"}, {"b", 0, false, 0.0, "no"}, {"c", 0, std::nullopt, 0, "HTTP 500"},
                                  {"d", 0, true, 0.6, "mostly"}};
  auto m = combine_votes(votes, JudgeCombine::Majority);
  REQUIRE(m);
  CHECK(m->pass);
  CHECK(m->score == Approx(2.0 / 3.0));
  auto mean = combine_votes(votes, JudgeCombine::Mean);
  REQUIRE(mean);
  CHECK(mean->score == Approx(1.6 / 3.0));
  CHECK(mean->pass);
  std::vector<JudgeVote> tie = {{"a", 0, true, 1.0, ""}, {"b", 0, false, 0.0, ""}};
  CHECK_FALSE(combine_votes(tie, JudgeCombine::Majority)->pass);
  std::vector<JudgeVote> dead = {{"a", 0, std::nullopt, 0, "timeout"}};
  auto d = combine_votes(dead, JudgeCombine::Majority);
  REQUIRE_FALSE(d);
  CHECK(d.error().message == "timeout");
}
