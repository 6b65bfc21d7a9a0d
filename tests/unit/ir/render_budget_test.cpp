// Budgets at render time: drop order (priority, then later-declared first),
// truncation from the documented end, history keeping its latest turns, the
// report, the impossible budget (E0700) and determinism. Totals are checked
// with an independent count of the rendered text.
#include <catch2/catch.hpp>

#include "compiler/tokenizer/encoding.hpp"
#include "tests/unit/ir/fixture.hpp"

using namespace aep;
using test::Fixture;
using Json = nlohmann::ordered_json;

namespace {

std::size_t prompt_tokens(const render::Request& r) {
  auto enc = tokenizer::Encoding::get("o200k_base");
  REQUIRE(enc.ok());
  std::size_t n = 0;
  for (const auto& m : r.messages) n += *(*enc)->count(m.joined_text(), tokenizer::SpecialPolicy::ordinary());
  for (const auto& e : r.examples) {
    for (const auto& m : e.messages) n += *(*enc)->count(m.joined_text(), tokenizer::SpecialPolicy::ordinary());
  }
  return n;
}

std::string words(int n, const std::string& word) {
  std::string s;
  for (int i = 0; i < n; ++i) s += word + " ";
  return s;
}

// Section a (priority 1) and b (priority 2) are optional, c is required.
const char* kSections = R"(module main
prompt P {
  input a: string
  input b: string
  input c: string
  config { model: "gpt-4o" }
  budget 300 tokens reserve 50 for output
  system {
    section a priority 1 { "{{ a }}" }
    section b priority 2 { "{{ b }}" }
    section c { "{{ c }}" }
  }
  user { "go" }
}
)";

}  // namespace

TEST_CASE("within budget nothing is removed and the report says so") {
  Fixture f(kSections);
  auto r = ir::render_prompt(f.prompt("P"), Json{{"a", "x"}, {"b", "y"}, {"c", "z"}});
  REQUIRE(r.ok());
  REQUIRE(r.budget);
  CHECK(r.budget->actions.empty());
  CHECK(r.budget->met);
  CHECK(r.budget->encoding == "o200k_base");
  CHECK(r.budget->tokens_after == prompt_tokens(r.request));
  CHECK(r.request.messages[0].joined_text() == "x\n\ny\n\nz");
}

TEST_CASE("the lowest priority is dropped first, and only as much as needed") {
  Fixture f(kSections);
  // a is large enough alone to bring the prompt under 250 tokens when dropped.
  auto r = ir::render_prompt(f.prompt("P"), Json{{"a", words(200, "apple")}, {"b", words(100, "berry")}, {"c", "keep"}});
  REQUIRE(r.ok());
  REQUIRE(r.budget);
  REQUIRE(r.budget->actions.size() == 1);
  CHECK(r.budget->actions[0].unit == "section `a`");
  CHECK(r.budget->actions[0].kind == ir::BudgetAction::Kind::Dropped);
  CHECK(r.budget->actions[0].tokens_before >= 200);
  std::string text = r.request.messages[0].joined_text();
  CHECK(text.find("apple") == std::string::npos);
  CHECK(text.find("berry") != std::string::npos);
  CHECK(text.rfind("keep") == text.size() - 4);
  CHECK(text.find("berry") == 0);  // no blank line left where `a` was
  CHECK(r.budget->tokens_after == prompt_tokens(r.request));
  CHECK(r.budget->tokens_after <= 250);
  CHECK(r.budget->tokens_before > 250);
}

TEST_CASE("when dropping the lowest is not enough the next priority goes too; required sections stay") {
  Fixture f(kSections);
  auto r = ir::render_prompt(f.prompt("P"), Json{{"a", words(150, "apple")}, {"b", words(300, "berry")}, {"c", "keep"}});
  REQUIRE(r.ok());
  REQUIRE(r.budget->actions.size() == 2);
  CHECK(r.budget->actions[0].unit == "section `a`");
  CHECK(r.budget->actions[1].unit == "section `b`");
  CHECK(r.request.messages[0].joined_text() == "keep");
}

TEST_CASE("equal priorities: the later declared section is dropped first") {
  Fixture f(R"(module main
prompt P {
  input x: string
  budget 120 tokens
  system {
    section first priority 1 { "{{ x }}" }
    section second priority 1 { "{{ x }}" }
  }
}
)");
  auto r = ir::render_prompt(f.prompt("P"), Json{{"x", words(100, "pear")}});
  REQUIRE(r.ok());
  REQUIRE(r.budget->actions.size() == 1);
  CHECK(r.budget->actions[0].unit == "section `second`");
  CHECK(r.budget->tokens_after <= 120);
}

TEST_CASE("shrink truncate keeps the start of a section and cuts only what is over") {
  Fixture f(R"(module main
prompt P {
  input doc: string
  budget 100 tokens
  system {
    section rules { "Rules." }
    section background priority 1 shrink truncate { "{{ doc }}" }
  }
  user { "Question?" }
}
)");
  std::string doc;
  for (int i = 0; i < 200; ++i) doc += "line" + std::to_string(i) + " ";
  auto r = ir::render_prompt(f.prompt("P"), Json{{"doc", doc}});
  REQUIRE(r.ok());
  REQUIRE(r.budget->actions.size() == 1);
  const auto& a = r.budget->actions[0];
  CHECK(a.kind == ir::BudgetAction::Kind::Truncated);
  CHECK(a.tokens_after > 0);
  CHECK(a.tokens_after < a.tokens_before);
  std::string text = r.request.messages[0].joined_text();
  REQUIRE(text.rfind("Rules.\n\n", 0) == 0);
  std::string kept = text.substr(8);
  CHECK(doc.rfind(kept, 0) == 0);  // a prefix of the document
  CHECK(kept.find("line0 line1") == 0);
  std::size_t total = prompt_tokens(r.request);
  CHECK(total <= 100);
  CHECK(total >= 95);  // only as much as needed was cut
  CHECK(r.budget->tokens_after == total);
}

TEST_CASE("a truncated history keeps its most recent turns; a dropped one goes whole") {
  const char* text = R"(module main
prompt P {
  input history: messages
  budget 80 tokens
  system { "You help." }
  messages history priority 1 shrink %s
  user { "Now?" }
}
)";
  Json history = Json::array();
  for (int i = 0; i < 20; ++i) history.push_back({{"role", i % 2 ? "assistant" : "user"}, {"content", "turn " + std::to_string(i) + " " + words(5, "word")}});
  char buf[512];
  std::snprintf(buf, sizeof buf, text, "truncate");
  Fixture f(buf);
  auto r = ir::render_prompt(f.prompt("P"), Json{{"history", history}});
  REQUIRE(r.ok());
  REQUIRE(r.budget->actions.size() == 1);
  CHECK(r.budget->actions[0].kind == ir::BudgetAction::Kind::Truncated);
  const auto& msgs = r.request.messages;
  REQUIRE(msgs.size() > 3);
  CHECK(msgs[msgs.size() - 2].joined_text().rfind("turn 19", 0) == 0);  // the latest turn is kept
  CHECK(msgs[1].joined_text().rfind("turn 0 ", 0) != 0);               // the oldest is gone
  CHECK(prompt_tokens(r.request) <= 80);

  std::snprintf(buf, sizeof buf, text, "drop");
  Fixture g(buf);
  auto d = ir::render_prompt(g.prompt("P"), Json{{"history", history}});
  REQUIRE(d.ok());
  CHECK(d.request.messages.size() == 2);
  CHECK(d.budget->actions[0].kind == ir::BudgetAction::Kind::Dropped);
  CHECK(d.budget->actions[0].unit == "messages `history`");
}

TEST_CASE("a budget that cannot be met is E0700 naming what remains") {
  Fixture f(kSections);
  auto r = ir::render_prompt(f.prompt("P"), Json{{"a", "x"}, {"b", "y"}, {"c", words(400, "stone")}});
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.kind == DiagKind::BudgetUnmet);
  CHECK(d.message.find("over its budget of 300 (250 for the prompt after 50 reserved for output)") != std::string::npos);
  CHECK(d.primary.line == 7);
  bool names_c = false;
  for (const auto& n : d.notes) names_c = names_c || n.find("section `c` remains: ") == 0;
  CHECK(names_c);
  REQUIRE(r.budget);
  CHECK_FALSE(r.budget->met);
}

TEST_CASE("budget decisions are deterministic and stable under a small input change") {
  Fixture f(kSections);
  Json in{{"a", words(200, "apple")}, {"b", words(100, "berry")}, {"c", "keep"}};
  auto first = ir::render_prompt(f.prompt("P"), in);
  auto again = ir::render_prompt(f.prompt("P"), in);
  REQUIRE(first.ok());
  CHECK(first.request.messages[0].joined_text() == again.request.messages[0].joined_text());
  in["b"] = words(101, "berry");
  auto changed = ir::render_prompt(f.prompt("P"), in);
  REQUIRE(changed.budget->actions.size() == 1);
  CHECK(changed.budget->actions[0].unit == first.budget->actions[0].unit);
  CHECK(ir::budget_report_json(*first.budget)["actions"][0]["action"] == "dropped");
  CHECK(ir::budget_report_text(*first.budget).find("dropped section `a`") != std::string::npos);
}

TEST_CASE("the model option (aep render --model) changes the tokenizer the budget counts with") {
  Fixture f(kSections);
  ir::RenderOptions options;
  options.model = "gpt-4";  // cl100k_base
  auto r = ir::render_prompt(f.prompt("P"), Json{{"a", "x"}, {"b", "y"}, {"c", "z"}}, options);
  REQUIRE(r.ok());
  CHECK(r.budget->encoding == "cl100k_base");
  CHECK(r.request.config.model->value == "gpt-4");
}
