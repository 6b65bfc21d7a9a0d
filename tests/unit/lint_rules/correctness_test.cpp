// Correctness rules on inputs where the subtle cases matter: reads through
// loops, fragments and conditions, inherited text, import fixes, overrides
// that do or do not change something, and examples checked against types.
#include <catch2/catch.hpp>

#include "tests/unit/lint_rules/harness.hpp"

using namespace aep::lint;
using testing::run;

TEST_CASE("unused-input counts reads through loops, conditions, fragment arguments and history") {
  auto found = run("unused-input", {{"main.aep", R"aep(module main
fragment greet(who: string) { "Hello {{ who }}." }
prompt P {
  input names: list<string>
  input vip: bool = false
  input person: string
  input history: messages = []
  input spare: string = "x"
  system { use greet(who: person) }
  messages history
  user {
    if vip { "VIP." }
    for n in names { "{{ n }}\n" }
  }
}
)aep"}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "spare");
  CHECK(found[0].line == 8);
}

TEST_CASE("unused-input: a parent's text reading the input counts; abstract prompts are not checked") {
  auto found = run("unused-input", {{"main.aep", R"aep(module main
abstract prompt Base {
  input product: string
  input unused_in_base: string = "x"
  system { section persona { "You sell {{ product }}." } }
}
prompt Child extends Base {
  input question: string
  user { "{{ question }}" }
}
)aep"}});
  CHECK(found.empty());
}

TEST_CASE("unused-import fixes remove one item or the whole import") {
  testing::Files files{
      {"lib.aep", "module lib\nfragment a { \"A\" }\nfragment b { \"B\" }\nfragment c { \"C\" }\n"},
      {"main.aep", "module main\nimport lib.{a, b}\nimport lib.{c}\nprompt P {\n  system { use a }\n  user { \"Hi\" }\n}\n"}};
  auto found = run("unused-import", files);
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "b");
  CHECK(found[0].fixed == "module main\nimport lib.{a}\nimport lib.{c}\nprompt P {\n  system { use a }\n  user { \"Hi\" }\n}\n");
  CHECK(found[1].text == "c");
  CHECK(found[1].fixed == "module main\nimport lib.{a, b}\nprompt P {\n  system { use a }\n  user { \"Hi\" }\n}\n");
}

TEST_CASE("unused-fragment sees fragments used through other fragments and mixins") {
  testing::Files files{{"main.aep", R"aep(module main
fragment inner { "inner" }
fragment outer { use inner }
fragment orphan { "nobody uses me" }
mixin polite { system { section manners { "Be polite." } } }
mixin unused_mixin { system { section other { "x" } } }
prompt P with polite {
  system { use outer }
  user { "Hi" }
}
)aep"}};
  auto found = run("unused-fragment", files);
  REQUIRE(found.size() == 2);
  CHECK(found[0].message == "fragment `orphan` is not used by any prompt");
  CHECK(found[1].message == "mixin `unused_mixin` is not used by any prompt");
}

TEST_CASE("redundant-override: super only, empty append, same text, same config; real changes pass") {
  testing::Files files{{"main.aep", R"aep(module main
prompt Base {
  config { temperature: 0.2  seed: 1 }
  system {
    section a { "Alpha." }
    section b { "Beta." }
    section c { "Gamma." }
    section d { "Delta." }
  }
  user { "Hi" }
}
prompt Child extends Base {
  config { temperature: 0.2  seed: 2 }
  system {
    override section a { super }
    append section b { }
    override section c { "Gamma." }
    override section d { super " More." }
  }
}
)aep"}};
  auto found = run("redundant-override", files);
  std::vector<std::string> texts;
  for (const auto& f : found) texts.push_back(f.text);
  CHECK(texts == std::vector<std::string>{"a", "b", "c", "temperature: 0.2"});
  // The fix of `override section a { super }` deletes the whole line.
  REQUIRE(found[0].fix);
  CHECK(found[0].fixed.find("override section a") == std::string::npos);
  CHECK(found[0].fixed.find("    append section b { }\n") != std::string::npos);
  CHECK_FALSE(found[3].fix);  // a pinned config value may be deliberate
}

TEST_CASE("shadowed-section reports the hidden parent section") {
  auto found = run("shadowed-section", {{"main.aep", R"aep(module main
prompt A { system { section rules { "Be brief." } } user { "a" } }
prompt B { system { section rules { "Cite sources." } } user { "b" } }
prompt C extends A, B { user { "c" } }
)aep"}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "in `C`, section `rules` of `A` hides the one of `B`");
}

TEST_CASE("example-output-mismatch checks pairs and assistant JSON against the output type") {
  auto found = run("example-output-mismatch", {{"main.aep", R"aep(module main
enum Label { spam, ham }
type Answer { label: Label  score: float  note: string? }
prompt P {
  input text: string
  output Answer
  example good { user { "a" } assistant { r#"{"label": "spam", "score": 0.9}"# } }
  example fenced { user { "b" } assistant { "```json\n{\"label\": \"ham\", \"score\": 1}\n```" } }
  example bad_label { user { "c" } assistant { r#"{"label": "eggs", "score": 0.1}"# } }
  example prose { user { "d" } assistant { "It is spam." } }
  example missing { input { text: "e" } output { label: "ham" } }
  example extra { input { text: "f" } output { label: "ham", score: 0.5, colour: "red" } }
  user { "Answer in JSON: {{ text }}" }
}
)aep"}});
  auto l = testing::lines(found);
  REQUIRE(found.size() == 4);
  CHECK(found[0].message.find("`output.label` is `eggs`, which is not a label of `main.Label`") != std::string::npos);
  CHECK(found[1].message.find("is not JSON") != std::string::npos);
  CHECK(found[2].message.find("lacks the field `score`") != std::string::npos);
  CHECK(found[3].message.find("has no field `colour`") != std::string::npos);
}

TEST_CASE("undescribed-output and unmentioned-enum-label depend on structured output of the target") {
  const std::string text = R"aep(module main
enum Mood { happy, sad, angry }
prompt P {
  config { model: "MODEL" }
  output { mood: Mood  reason: string }
  user { "Is the customer happy or sad? great product" }
}
)aep";
  auto with_model = [&](const std::string& model) {
    std::string t = text;
    t.replace(t.find("MODEL"), 5, model);
    return testing::Files{{"main.aep", t}};
  };
  // A model with native structured output receives the schema: nothing to report.
  CHECK(run("undescribed-output", with_model("gpt-4o-mini")).empty());
  CHECK(run("unmentioned-enum-label", with_model("gpt-4o-mini")).empty());
  testing::RunOptions tiny;
  tiny.toml_extra = R"aep(models = { "tiny-local" = { extends = "llama3.1", features = { structured_output = "none" } } })aep";
  auto none = with_model("tiny-local");
  auto undescribed = run("undescribed-output", none, tiny);
  REQUIRE(undescribed.size() == 1);
  CHECK(undescribed[0].message.find("0 of 2 fields named") != std::string::npos);
  auto labels = run("unmentioned-enum-label", none, tiny);
  REQUIRE(labels.size() == 1);
  CHECK(labels[0].message.find("label `angry`") != std::string::npos);
}

TEST_CASE("empty-section and role-order") {
  auto empty = run("empty-section", {{"main.aep", R"aep(module main
abstract prompt Base {
  system { required section task  section keep { "k" } }
}
prompt P extends Base {
  system {
    override section task { "do it" }
    override section keep { }
    section blank { "  " }
  }
  user { "Hi" }
}
)aep"}});
  REQUIRE(empty.size() == 2);
  CHECK(empty[0].message == "`override section keep` is empty, so it deletes the inherited text");
  CHECK_FALSE(empty[0].fix);
  CHECK(empty[1].message == "section `blank` is empty");
  REQUIRE(empty[1].fix);

  auto order = run("role-order", {{"main.aep", R"aep(module main
prompt P {
  input q: string
  input history: messages = []
  system { "Be brief." }
  user { "{{ q }}" }
  system { "Also be kind." }
  messages history
}
)aep"}});
  REQUIRE(order.size() == 2);
  CHECK(order[0].message == "a system block of `P` is written after the conversation has started");
  CHECK(order[1].message == "history `history` is spliced after the last user turn of `P`");
}

TEST_CASE("trailing-whitespace fixes text lines and leaves indentation alone") {
  auto found = run("trailing-whitespace", {{"main.aep", "module main\nprompt P {\n  system {\n    \"\"\"\n    Be brief.  \n\n    Cite.\n    \"\"\"\n  }\n  user { \"Hi  \\nthere\" }\n}\n"}});
  REQUIRE(found.size() == 2);
  CHECK(found[0].line == 5);
  CHECK(found[0].fixed.find("Be brief.\n") != std::string::npos);
  CHECK(found[1].line == 10);
  CHECK(found[1].fixed.find("\"Hi\\nthere\"") != std::string::npos);
}
