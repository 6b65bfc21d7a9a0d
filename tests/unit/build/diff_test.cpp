// Build diffs: a reworded section, a config change, a new tool and a new
// prompt each show up where a reviewer looks for them, with payload changes
// as JSON pointers.
#include <catch2/catch.hpp>

#include "compiler/build/diff.hpp"
#include "compiler/build/json_diff.hpp"
#include "tests/unit/build/project_fixture.hpp"

using namespace aep;
using namespace aep::build;
using aep::build::testing::TempProject;

namespace {

const Json* changed_prompt(const Json& diff, const std::string& name) {
  for (const auto& c : diff["prompts"]["changed"]) {
    if (c["prompt"] == name) return &c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("json_diff reports pointers with escaping, additions, removals and replacements") {
  Json a = {{"a/b", 1}, {"list", {1, 2, 3}}, {"gone", true}};
  Json b = {{"a/b", 2}, {"list", {1, 5}}, {"new~", "x"}};
  auto changes = json_diff(a, b);
  REQUIRE(changes.size() == 5);
  CHECK(changes[0].pointer == "/a~1b");
  CHECK(changes[0].op == "replace");
  CHECK(changes[1].pointer == "/list/1");
  CHECK(changes[2].pointer == "/list/2");
  CHECK(changes[2].op == "remove");
  CHECK(changes[3].pointer == "/gone");
  CHECK(changes[4].pointer == "/new~0");
  CHECK(changes[4].op == "add");
  CHECK(json_diff(a, a).empty());
}

TEST_CASE("diff shows section text, config, tools, new prompts and payload pointers") {
  TempProject p;
  testing::write_small_project(p, "targets = [\"openai-chat\", \"anthropic\"]");
  auto a = p.build();
  REQUIRE(a.ok());
  std::string ask = p.read("app/ask.aep");
  ask.replace(ask.find("\"Answer the question.\""), 22, "\"Answer the question briefly.\"");
  ask.replace(ask.find("tools [lookup]"), 14, "tools [lookup]\n  config { temperature: 0.7 }");
  p.write("app/ask.aep", ask);
  p.write("app/extra.aep", "module app.extra\n\nprompt Extra {\n  config { model: \"gpt-4o\"  max_tokens: 100 }\n  user { \"hi\" }\n}\n");
  auto b = p.build();
  REQUIRE(b.ok());

  auto diff = diff_builds(*a.summary.build, *b.summary.build);
  REQUIRE(diff);
  CHECK((*diff)["prompts"]["added"] == Json::array({"app.extra.Extra"}));
  CHECK((*diff)["sources"]["changed"] == Json::array({"app/ask.aep"}));
  CHECK((*diff)["sources"]["added"] == Json::array({"app/extra.aep"}));
  const Json* c = changed_prompt(*diff, "app.ask.Ask");
  REQUIRE(c);
  REQUIRE(c->contains("sections"));
  const Json& task = (*c)["sections"][0];
  CHECK(task["name"] == "task");
  CHECK(task["change"] == "changed");
  CHECK_THAT(task["diff"].get<std::string>(), Catch::Contains("-Answer the question.") && Catch::Contains("+Answer the question briefly."));
  REQUIRE(c->contains("config"));
  CHECK((*c)["config"][0]["key"] == "temperature");
  CHECK((*c)["config"][0]["old"] == "0.2");
  CHECK((*c)["config"][0]["new"] == "0.7");
  const Json& chat = (*c)["payloads"]["openai-chat"];
  bool temperature = false, system_text = false;
  for (const auto& ch : chat["changes"]) {
    if (ch["pointer"] == "/temperature") temperature = ch["old"] == 0.2 && ch["new"] == 0.7;
    if (ch["pointer"] == "/messages/0/content") system_text = true;
  }
  CHECK(temperature);
  CHECK(system_text);
  // Anthropic has no temperature field: only the system text changes there.
  for (const auto& ch : (*c)["payloads"]["anthropic"]["changes"]) CHECK(ch["pointer"] != "/temperature");

  std::string text = diff_text(*diff, false);
  CHECK_THAT(text, Catch::Contains("prompt added: app.extra.Extra"));
  CHECK_THAT(text, Catch::Contains("config temperature: 0.2 -> 0.7"));
  CHECK_THAT(text, Catch::Contains("/temperature: 0.2 -> 0.7"));
  CHECK_THAT(text, Catch::Contains("[ briefly]"));  // the excerpt of the changed system text

  auto same = diff_builds(*b.summary.build, *b.summary.build);
  REQUIRE(same);
  CHECK((*same)["prompts"]["changed"].empty());
  CHECK_THAT(diff_text(*same, false), Catch::Contains("no prompt changed"));
}
