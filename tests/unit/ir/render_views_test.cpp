// Rendered parts are views into shared, immutable buffers (render::Text):
// static text into one buffer the plan holds, dynamic text into one buffer
// per render. These check that the views stay valid wherever a Request goes
// (after the plan is gone, after the result is reused or destroyed, in
// copies) and that static text is shared rather than copied. The render
// tests run under AddressSanitizer once per session to prove no view
// dangles (see bench/render/README.md).
#include <catch2/catch.hpp>

#include <optional>

#include "compiler/render/request.hpp"
#include "tests/unit/ir/fixture.hpp"

using namespace aep;
using test::Fixture;
using Json = nlohmann::ordered_json;

namespace {

const char* kProgram = R"(module main
prompt P {
  input name: string @untrusted
  input topic: string
  system {
    section persona { "You are a careful assistant who answers questions about gardening and nothing else." }
    section rules { "Never guess. Say when you are unsure, and say what would settle the question." }
  }
  user { "Topic: {{ topic }}\nFrom: {{ name }}\nPlease answer in three sentences or fewer." }
}
)";

const char* kSystem =
    "You are a careful assistant who answers questions about gardening and nothing else.\n\n"
    "Never guess. Say when you are unsure, and say what would settle the question.";

Json inputs(const std::string& name, const std::string& topic) { return Json{{"name", name}, {"topic", topic}}; }

std::string user_text(const std::string& name, const std::string& topic) {
  return "Topic: " + topic + "\nFrom: " + name + "\nPlease answer in three sentences or fewer.";
}

}  // namespace

TEST_CASE("a rendered Request outlives its plan, and copies outlive the original") {
  Fixture f(kProgram);
  std::optional<ir::RenderResult> kept;
  render::Request copy;
  {
    ir::RenderPlan plan = ir::compile_render_plan(f.prompt("P"));
    kept = plan.render(inputs("Ana de la Cruz Villanueva", "pruning roses in late winter"));
    REQUIRE(kept->ok());
    copy = kept->request;
  }  // the plan (and its static buffer) is gone
  REQUIRE(kept->request.messages.size() == 2);
  CHECK(kept->request.messages[0].joined_text() == kSystem);
  CHECK(kept->request.messages[1].joined_text() == user_text("Ana de la Cruz Villanueva", "pruning roses in late winter"));
  kept.reset();  // the result is gone too: the copy keeps every buffer alive
  REQUIRE(copy.messages.size() == 2);
  CHECK(copy.messages[0].joined_text() == kSystem);
  CHECK(copy.messages[1].joined_text() == user_text("Ana de la Cruz Villanueva", "pruning roses in late winter"));
  render::Message moved = std::move(copy.messages[1]);
  copy.messages.clear();
  CHECK(moved.joined_text() == user_text("Ana de la Cruz Villanueva", "pruning roses in late winter"));
}

TEST_CASE("reusing a result never changes the text of parts copied out of it") {
  Fixture f(kProgram);
  ir::RenderPlan plan = ir::compile_render_plan(f.prompt("P"));
  ir::RenderResult reused;
  plan.render_into(inputs("Bo", "compost temperature in a cold climate"), reused);
  REQUIRE(reused.ok());
  std::vector<render::TextPart> first = reused.request.messages[1].parts;
  std::string first_text = reused.request.messages[1].joined_text();
  for (int i = 0; i < 3; ++i) {
    plan.render_into(inputs("Someone with a much longer name " + std::to_string(i), "x"), reused);
    REQUIRE(reused.ok());
    CHECK(reused.request.messages[1].joined_text() == user_text("Someone with a much longer name " + std::to_string(i), "x"));
  }
  render::Message m;
  m.parts = first;
  CHECK(m.joined_text() == first_text);
}

TEST_CASE("static text is shared by every render of a plan, dynamic text is not") {
  Fixture f(kProgram);
  ir::RenderPlan plan = ir::compile_render_plan(f.prompt("P"));
  auto a = plan.render(inputs("Cy", "soil pH"));
  auto b = plan.render(inputs("Di", "soil pH"));
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  const auto& sa = a.request.messages[0].parts;
  const auto& sb = b.request.messages[0].parts;
  REQUIRE(sa.size() == 3);  // persona, the blank line between the sections, rules
  REQUIRE(sb.size() == 3);
  for (std::size_t i = 0; i < sa.size(); ++i) {
    CHECK(sa[i].text.data() == sb[i].text.data());  // the same bytes, not a copy
    CHECK(sa[i].section == sb[i].section);
  }
  const auto& ua = a.request.messages[1].parts;
  const auto& ub = b.request.messages[1].parts;
  REQUIRE(!ua.empty());
  REQUIRE(!ub.empty());
  CHECK(ua[0].text.data() != ub[0].text.data());
  // Parts of one dynamic message are consecutive views of one buffer.
  for (std::size_t i = 1; i < ua.size(); ++i) CHECK(ua[i].text.data() == ua[i - 1].text.data() + ua[i - 1].text.size());
  // Editing a part replaces its text with an owned copy; the other render
  // is untouched.
  render::Request edited = a.request;
  edited.messages[1].parts[0].text = edited.messages[1].parts[0].text.str() + " (edited)";
  CHECK(a.request.messages[1].joined_text() == user_text("Cy", "soil pH"));
  CHECK(edited.messages[1].parts[0].text.ends_with(" (edited)"));
}
