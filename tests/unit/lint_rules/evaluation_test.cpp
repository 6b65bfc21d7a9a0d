// Evaluation-hygiene rules over projects with real data files: missing and
// malformed data, unknown columns, the power of gates (exact binomial), the
// held-out convention for @tune prompts, tests per prompt, one model.
#include <catch2/catch.hpp>

#include "tests/unit/lint_rules/harness.hpp"

using namespace aep::lint;
using testing::run;

namespace {

const char* kPrompt = R"aep(module main
prompt Classify {
  input text: string
  output { label: string }
  user { "Answer in JSON with `label`: {{ text }}" }
}
)aep";

std::string jsonl(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "{\"text\": \"item " + std::to_string(i) + "\", \"expected\": {\"label\": \"a\"}}\n";
  return out;
}

}  // namespace

TEST_CASE("eval-data-missing and eval-data-malformed read the file as aep test does") {
  testing::Files files{{"main.aep", std::string(kPrompt) + R"aep(
eval missing for Classify { data "evals/nope.jsonl" }
eval nodata for Classify { gate accuracy >= 0.5 }
eval broken for Classify { data "evals/broken.jsonl" }
eval csv for Classify { data "evals/data.csv" @format("csv") }
eval fine for Classify { data "evals/fine.jsonl" }
)aep"},
                       {"evals/broken.jsonl", "{\"text\": \"ok\"}\n{\"text\": \"oops\",}\n[1, 2]\n"},
                       {"evals/data.csv", "text,label\n\"a,b\",x\nc\n"},
                       {"evals/fine.jsonl", jsonl(3)}};
  // A path that does not exist is sema's E0803; the rule reports an eval with no data at all.
  auto missing = run("eval-data-missing", files);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].message == "eval `nodata` names no data file");
  auto malformed = run("eval-data-malformed", files);
  REQUIRE(malformed.size() == 2);
  CHECK(malformed[0].message.find("has 2 malformed lines (1 items load)") != std::string::npos);
  CHECK(malformed[0].message.find("evals/broken.jsonl:2:") != std::string::npos);
  CHECK(malformed[1].message.find("has 1 malformed line") != std::string::npos);
}

TEST_CASE("unknown-data-column checks row.<column> against the data") {
  auto found = run("unknown-data-column", {{"main.aep", std::string(kPrompt) + R"aep(
eval e for Classify {
  data "evals/d.jsonl"
  input { text: row.txt }
  slice by row.expected
  assert output.label == row.expected.label
}
)aep"},
                                          {"evals/d.jsonl", jsonl(2)}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "eval `e` reads `row.txt`, but `evals/d.jsonl` has no column `txt`");
}

TEST_CASE("unknown-data-column also reads the assertions inside an assert_set") {
  auto found = run("unknown-data-column", {{"main.aep", std::string(kPrompt) + R"aep(
eval e for Classify {
  data "evals/d.jsonl"
  input { text: row.text }
  assert_set s @threshold(0.5) {
    assert output.label == row.expected.label
    assert output.label != row.lable
  }
}
)aep"},
                                          {"evals/d.jsonl", jsonl(2)}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("has no column `lable`") != std::string::npos);
}

TEST_CASE("underpowered-eval uses the exact binomial sample size") {
  auto make = [](int n) {
    return testing::Files{{"main.aep", std::string(kPrompt) + "eval e for Classify {\n  data \"evals/d.jsonl\"\n  gate accuracy >= 0.85\n  gate accuracy <= 1\n}\n"},
                          {"evals/d.jsonl", jsonl(n)}};
  };
  auto small = run("underpowered-eval", make(48));
  REQUIRE(small.size() == 1);
  CHECK(small[0].message.find("gate `accuracy >= 0.85` needs") != std::string::npos);
  CHECK(small[0].message.find("but `evals/d.jsonl` has 48") != std::string::npos);
  CHECK(run("underpowered-eval", make(400)).empty());
}

TEST_CASE("tuned-without-holdout accepts the @holdout split aep test implements, not a config key") {
  std::string prompt = R"aep(module main
prompt T {
  input q: string
  system { section task @tune(max_tokens: 50) { "Answer." } }
  user { "{{ q }}" }
}
)aep";
  CHECK(run("tuned-without-holdout", {{"main.aep", prompt}}).size() == 1);
  CHECK(run("tuned-without-holdout", {{"main.aep", prompt + "eval e for T { data \"d.jsonl\" gate accuracy >= 0.5 }\n"}, {"d.jsonl", "{}\n"}})
            .size() == 1);
  CHECK(run("tuned-without-holdout",
            {{"main.aep", prompt + "eval e for T @holdout(0.2, seed: 7) { data \"d.jsonl\" gate accuracy >= 0.5 }\n"}, {"d.jsonl", "{}\n"}})
            .empty());
  // A config key nothing reads is not a split.
  CHECK(run("tuned-without-holdout",
            {{"main.aep", prompt + "eval e for T { data \"d.jsonl\" config { holdout: 0.2 } gate accuracy >= 0.5 }\n"}, {"d.jsonl", "{}\n"}})
            .size() == 1);
}

TEST_CASE("untested-prompt and one-model-everywhere look across the project") {
  testing::Files files{{"a.aep", "module a\nprompt A { config { model: \"gpt-4o\" } output { ok: bool } user { \"Spam? JSON.\" } }\n"},
                       {"b.aep", "module b\nprompt B { config { model: \"gpt-4o\" } user { \"Write a poem.\" } }\n"},
                       {"c.aep", "module c\nimport b.{B}\nprompt C { config { model: \"gpt-4o\" } user { \"Write a haiku.\" } }\n"
                                 "test t for B { assert len(output) > 0 }\n"}};
  auto untested = run("untested-prompt", files);
  REQUIRE(untested.size() == 2);
  CHECK(untested[0].message == "prompt `A` has no test or eval");
  CHECK(untested[1].message == "prompt `C` has no test or eval");
  auto one = run("one-model-everywhere", files);
  REQUIRE(one.size() == 1);
  CHECK(one[0].message == "all 3 prompts of the project use `gpt-4o`, for 2 kinds of task (classification, free text)");
  files["b.aep"] = "module b\nprompt B { config { model: \"gpt-4o-mini\" } user { \"Write a poem.\" } }\n";
  CHECK(run("one-model-everywhere", files).empty());
}
