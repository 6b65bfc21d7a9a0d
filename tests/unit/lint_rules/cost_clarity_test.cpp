// Cost rules (exact token counts) and clarity rules (lexicon-based) on inputs
// built to sit on both sides of each documented threshold.
#include <catch2/catch.hpp>

#include "tests/unit/lint_rules/harness.hpp"

using namespace aep::lint;
using testing::run;

namespace {

// `n` distinct sentences of fixed text (about 9 tokens each).
std::string filler(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "Rule number " + std::to_string(i) + " says the agent checks record " + std::to_string(i * 7) + ". ";
  return out;
}

}  // namespace

TEST_CASE("over-budget counts only text that cannot shrink") {
  auto make = [](int budget) {
    return testing::Files{{"main.aep", "module main\nprompt P {\n  budget " + std::to_string(budget) +
                                           " tokens reserve 50 for output\n  system {\n    \"" + filler(10) +
                                           "\"\n    section extra priority 1 shrink drop { \"" + filler(40) +
                                           "\" }\n  }\n  user { \"Hi\" }\n}\n"}};
  };
  CHECK(run("over-budget", make(400)).empty());  // ~100 fixed + 50 reserved; the droppable 400 do not count
  auto over = run("over-budget", make(120));
  REQUIRE(over.size() == 1);
  CHECK(over[0].message.find("over its budget of 120 tokens") != std::string::npos);
}

TEST_CASE("dynamic-before-cache-prefix fires only when moving the dynamic part would make a cacheable prefix") {
  auto make = [](bool early, int sentences) {
    std::string sys = early ? "\"Hello {{ name }}. \" \"" + filler(sentences) + "\"" : "\"" + filler(sentences) + "\"";
    return testing::Files{{"main.aep", "module main\nprompt P {\n  input name: string\n  system { " + sys +
                                           " }\n  user { \"I am {{ name }}.\" }\n}\n"}};
  };
  auto found = run("dynamic-before-cache-prefix", make(true, 150));
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "{{ name }}");
  CHECK(run("dynamic-before-cache-prefix", make(false, 150)).empty());  // dynamic part already last
  CHECK(run("dynamic-before-cache-prefix", make(true, 20)).empty());    // too little fixed text to cache
}

TEST_CASE("oversized-few-shot fires above 10 examples") {
  auto make = [](int n) {
    std::string ex;
    for (int i = 0; i < n; ++i) ex += "  example { user { \"q" + std::to_string(i) + "\" } assistant { \"a\" } }\n";
    return testing::Files{{"main.aep", "module main\nprompt P {\n  input q: string\n" + ex + "  user { \"{{ q }}\" }\n}\n"}};
  };
  CHECK(run("oversized-few-shot", make(10)).empty());
  CHECK(run("oversized-few-shot", make(11)).size() == 1);
}

TEST_CASE("duplicate-text ignores alternatives of one if and short sentences") {
  auto found = run("duplicate-text", {{"main.aep", R"aep(module main
prompt P {
  input vip: bool = false
  system {
    section a { "Never promise a refund before an agent confirms it. Be kind." }
    section b { "Be kind. Never promise a refund before an agent confirms it." }
    if vip { "Answer within one hour, even on weekends and holidays." } else { "Answer within one hour, even on weekends and holidays." }
  }
  user { "Hi" }
}
)aep"}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].line == 6);
  CHECK(found[0].text == "Never promise a refund before an agent confirms it.");
}

TEST_CASE("max-tokens-below-output uses the smallest answer of the type") {
  auto make = [](int max) {
    return testing::Files{{"main.aep", "module main\nprompt P {\n  config { max_tokens: " + std::to_string(max) +
                                           " }\n  output { category: string  urgency: int  summary: string  tags: list<string> }\n  user { \"Answer in JSON.\" }\n}\n"}};
  };
  CHECK(run("max-tokens-below-output", make(10)).size() == 1);
  CHECK(run("max-tokens-below-output", make(40)).empty());
}

TEST_CASE("contradictory-instructions: length, numbers, formats, output type; nuances and negations pass") {
  auto found = run("contradictory-instructions", {{"main.aep", R"aep(module main
prompt A {
  system { "Answer in one sentence." "Explain it in detail." }
  user { "Why?" }
}
prompt B {
  system { "Use at most 50 words." "Write at least 200 words." }
  user { "Why?" }
}
prompt C {
  output { answer: string }
  system { "Format the answer in Markdown. Use plain text in the `summary` field." }
  user { "Why?" }
}
prompt D {
  system { "Be concise but explain in detail where it matters. Do not answer in JSON. Answer in plain text." }
  user { "Why?" }
}
)aep"}});
  REQUIRE(found.size() == 3);
  CHECK(found[0].message == "`A` asks for \"in detail\" but also for \"one sentence\": the length is left to chance");
  CHECK(found[1].message == "`B` asks for \"at least 200 words\" but also for \"at most 50 words\": no answer can satisfy both");
  CHECK(found[2].message == "`C` asks for \"in markdown\" for its answer but declares an output type, whose answer is JSON");
}

TEST_CASE("vague-quantifier needs a countable unit after some/a few, and flags etc. and as needed") {
  auto found = run("vague-quantifier", {{"main.aep", R"aep(module main
prompt P {
  system { "Some customers are upset. Give a few short examples and some tips, etc. Escalate as needed." }
  user { "Hi" }
  assistant { "Here are some ideas" }
}
)aep"}});
  std::vector<std::string> texts;
  for (const auto& f : found) texts.push_back(f.text);
  CHECK(texts == std::vector<std::string>{"a few short examples", "some tips", "etc.", "as needed"});
}

TEST_CASE("god-prompt counts distinct task families at the start of sentences") {
  auto make = [](const std::string& text) {
    return testing::Files{{"main.aep", "module main\nprompt P {\n  input d: string\n  user { \"" + text + "\\n{{ d }}\" }\n}\n"}};
  };
  CHECK(run("god-prompt", make("Classify it. Then summarize it. Also translate the summary. Please draft a reply.")).size() == 1);
  CHECK(run("god-prompt", make("Classify it. Then summarize it. Translate the summary. Classify again.")).empty());
  CHECK(run("god-prompt", make("The review and the summary will be translated and classified by others.")).empty());
}

TEST_CASE("heavy-negation needs six instructions, five of them negative and at least half") {
  auto make = [](const std::string& text) {
    return testing::Files{{"main.aep", "module main\nprompt P {\n  system { \"" + text + "\" }\n  user { \"Hi\" }\n}\n"}};
  };
  CHECK(run("heavy-negation", make("Never use jargon. Do not be rude. Don't guess. Never mention rivals. Avoid emojis. Be brief.")).size() == 1);
  CHECK(run("heavy-negation", make("Never use jargon. Do not be rude. Don't guess. Never mention rivals. Be kind. Be brief.")).empty());
  CHECK(run("heavy-negation", make("Never use jargon. Do not be rude. Don't guess. Never mention rivals. Avoid emojis.")).empty());
}
