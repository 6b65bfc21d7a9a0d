// Suites from `test` and `eval` blocks, and their cases: annotations, gates,
// input mappings over data rows, slices, held-out splits, and bad data (a
// missing column, a malformed line) reported with file:line while the other
// rows still run.
#include <catch2/catch.hpp>

#include "eval/cases.hpp"
#include "tests/unit/eval/suite_helpers.hpp"

using namespace aep;
using namespace aep::eval;
using aep::eval::testing::kPromptModule;
using aep::eval::testing::TempProject;

TEST_CASE("an eval block becomes a suite with its data, mapping, asserts, metrics, slice, gates and annotations") {
  TempProject p({{"m.aep", std::string(kPromptModule) + R"aep(
eval e for P @samples(3) @holdout(0.25, seed: 11) {
  description "the eval"
  data "d.jsonl" @format("jsonl") @id("key")
  input { ticket: row.text, tier: row.tier }
  assert output.category == expected.category, "category"
  metric close = within(output.urgency, expected.urgency, 1)
  slice by row.kind
  gate accuracy >= 0.8
  gate close > 0.5
}
)aep"},
                 {"d.jsonl", "{\"key\": \"a\", \"text\": \"x\", \"tier\": \"pro\", \"kind\": \"k1\", \"expected\": {\"category\": \"c\"}}\n"}});
  INFO(p.diagnostics());
  REQUIRE(p.suites.problems.empty());
  const Suite* s = p.suite("e");
  REQUIRE(s != nullptr);
  CHECK(s->is_eval);
  CHECK(s->id == "m.e");
  CHECK(s->description == "the eval");
  CHECK(s->data_path == "d.jsonl");
  CHECK(s->id_field == std::optional<std::string>("key"));
  CHECK(s->samples == 3);
  REQUIRE(s->holdout);
  CHECK(s->holdout->seed == 11);
  CHECK(s->holdout->holdout_fraction == Approx(0.25));
  CHECK(s->split_part == "holdout");
  REQUIRE(s->asserts.size() == 1);
  CHECK(s->asserts[0].message == "category");
  REQUIRE(s->metrics.size() == 1);
  CHECK(s->metrics[0].name == "close");
  REQUIRE(s->gates.size() == 2);
  CHECK(s->gates[0].metric == "accuracy");
  CHECK(s->gates[0].threshold == Approx(0.8));
  CHECK(s->gates[1].op == GateOp::Gt);
  CHECK(gate_holds(s->gates[0], 0.8));
  CHECK_FALSE(gate_holds(s->gates[1], 0.5));
}

TEST_CASE("bad suites are reported with where they are and skipped") {
  TempProject p({{"m.aep", std::string(kPromptModule) + R"aep(
eval no_data for P {
  assert output.category == "x"
}
eval bad_gate for P {
  data "d.jsonl"
  assert output.category == "x"
  gate recall >= 0.9
}
eval bad_annotation for P @repeat(3) {
  data "d.jsonl"
  assert true
}
test nothing_checked for P {
  input { ticket: "t" }
}
)aep"},
                 {"d.jsonl", "{}\n"}});
  INFO(p.diagnostics());
  CHECK(p.suites.suites.empty());
  auto has = [&](const std::string& suite, const std::string& fragment) {
    for (const auto& pr : p.suites.problems)
      if (pr.suite == suite && pr.message.find(fragment) != std::string::npos && pr.span.line > 0) return true;
    return false;
  };
  CHECK(has("m.no_data", "needs a `data` file"));
  CHECK(has("m.bad_gate", "neither `accuracy` nor a metric"));
  CHECK(has("m.bad_annotation", "unknown annotation `@repeat`"));
  CHECK(has("m.nothing_checked", "no `assert` and no `metric`"));
}

TEST_CASE("cases map rows to inputs, slice them, and report rows that lack a column with file and line") {
  TempProject p({{"m.aep", std::string(kPromptModule) + R"aep(
eval e for P {
  data "d.jsonl" @id("id")
  input { ticket: row.text, tier: row.tier }
  assert output.category == expected.category
  slice by row.kind
}
)aep"},
                 {"d.jsonl",
                  "{\"id\": \"a\", \"text\": \"one\", \"tier\": \"pro\", \"kind\": \"k1\", \"expected\": {\"category\": \"c\"}}\n"
                  "{\"id\": \"b\", \"text\": \"two\", \"kind\": \"k2\"}\n"
                  "{\"id\": \"c\", \"text\": \"three\", \"tier\": \"free\"\n"
                  "{\"id\": \"d\", \"text\": \"four\", \"tier\": \"free\"}\n"}});
  INFO(p.diagnostics());
  const Suite* s = p.suite("e");
  REQUIRE(s != nullptr);
  auto cases = build_cases(*s, *p.project);
  REQUIRE(cases);
  CHECK(cases->rows == 3);
  REQUIRE(cases->cases.size() == 2);
  CHECK(cases->cases[0].id == "a");
  CHECK(cases->cases[0].inputs["ticket"] == "one");
  CHECK(cases->cases[0].inputs["tier"] == "pro");
  CHECK(cases->cases[0].slice == "k1");
  CHECK(cases->cases[0].expected["category"] == "c");
  CHECK(cases->cases[1].id == "d");
  CHECK(cases->cases[1].slice == kMissingSlice);
  bool missing = false, malformed = false;
  for (const auto& pr : cases->problems) {
    std::string text = format_problem(pr);
    if (text.find("d.jsonl:2") == 0 && text.find("no column `tier`") != std::string::npos) missing = true;
    if (text.find("d.jsonl:3") == 0) malformed = true;
  }
  CHECK(missing);
  CHECK(malformed);
}

TEST_CASE("a held-out split keeps only its part and records seed and membership") {
  std::string rows;
  for (int i = 0; i < 200; ++i) rows += "{\"id\": \"r" + std::to_string(i) + "\", \"text\": \"t\"}\n";
  TempProject p({{"m.aep", std::string(kPromptModule) + R"aep(
eval held for P @holdout(0.2, seed: 5) {
  data "d.jsonl" @id("id")
  input { ticket: row.text }
  assert true
}
eval train for P @holdout(0.2, seed: 5) @split("train") {
  data "d.jsonl" @id("id")
  input { ticket: row.text }
  assert true
}
)aep"},
                 {"d.jsonl", rows}});
  auto held = build_cases(*p.suite("held"), *p.project);
  auto train = build_cases(*p.suite("train"), *p.project);
  REQUIRE(held);
  REQUIRE(train);
  CHECK(held->cases.size() + train->cases.size() == 200);
  CHECK(held->cases.size() > 20);
  CHECK(held->cases.size() < 60);
  REQUIRE(held->split);
  CHECK(held->split->spec.seed == 5);
  CHECK(held->split->membership_sha256 == train->split->membership_sha256);
  for (const auto& c : held->cases) CHECK(in_holdout(SplitSpec{5, 0.2}, c.id));
}

TEST_CASE("a missing data file fails the suite with the path; a test has one case with its literal inputs") {
  TempProject p({{"m.aep", std::string(kPromptModule) + R"aep(
eval e for P {
  data "nowhere.jsonl"
  assert true
}
test t for P {
  input { ticket: "hello", tier: "pro" }
  assert category == "billing"
}
)aep"}});
  auto e = build_cases(*p.suite("e"), *p.project);
  REQUIRE_FALSE(e);
  CHECK(e.error().message.find("nowhere.jsonl") != std::string::npos);
  auto t = build_cases(*p.suite("t"), *p.project);
  REQUIRE(t);
  REQUIRE(t->cases.size() == 1);
  CHECK(t->cases[0].inputs["ticket"] == "hello");
  CHECK(t->cases[0].inputs["tier"] == "pro");
}

TEST_CASE("aep check reports suites that cannot work: unknown and missing inputs, unknown output fields, data files") {
  TempProject p({{"m.aep", std::string(kPromptModule) + R"aep(
test unknown_input for P {
  input { tickt: "x" }
  assert output.category == "a"
}
test bare_field for P {
  input { ticket: "x" }
  assert categry == "a"
  assert output.tags[0] == "t" and len(output.urgency) > 0
}
eval no_file for P {
  data "missing.jsonl"
  input { ticket: row.t }
  assert output.category.name == "a"
  metric m = output.urgncy > 1
}
eval odd_format for P {
  data "d.txt"
  assert true
}
eval ok_format for P {
  data "d.txt" @format("jsonl")
  assert output.category == expected.category
}
)aep"},
                 {"d.txt", "{}\n"}});
  std::string d = p.diagnostics();
  INFO(d);
  CHECK(d.find("E0800 prompt `P` has no input `tickt`") != std::string::npos);
  CHECK(d.find("E0801 input `ticket` of prompt `P` is required and the test does not set it") != std::string::npos);
  CHECK(d.find("E0802 the output type `m.Answer` has no field `categry`") != std::string::npos);
  CHECK(d.find("E0802 the output type `m.Answer` has no field `urgncy`") != std::string::npos);
  CHECK(d.find("E0802 `output.category` is a string, which has no field `name`") != std::string::npos);
  CHECK(d.find("E0803 data file `missing.jsonl` does not exist") != std::string::npos);
  CHECK(d.find("E0804 cannot tell the format of `d.txt`") != std::string::npos);
  // One E0804 only: `@format` settles the second eval; the valid paths raise nothing.
  CHECK(d.find("E0804") == d.rfind("E0804"));
  CHECK(d.find("tags") == std::string::npos);
  bool suggested = false;
  for (const auto& diag : p.sink.diagnostics())
    if (diag.help && diag.help->find("category") != std::string::npos) suggested = true;
  CHECK(suggested);
}
