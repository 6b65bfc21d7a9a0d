// Input problems are located diagnostics: each kind (E0502-E0507) with the
// span of the input's declaration, the JSON path inside the value, and a
// did-you-mean where a name is misspelt.
#include <catch2/catch.hpp>

#include "tests/unit/ir/fixture.hpp"

using namespace aep;
using test::Fixture;
using Json = nlohmann::ordered_json;

namespace {

const char* kProgram = R"(module main
enum Priority { low, high }
type Ticket { id: int  priority: Priority  note: string? }
prompt P {
  input tickets: list<Ticket>
  input customer: string
  input tone: string = "calm"
  user { "{{ customer }} {{ tone }}" for t in tickets { " {{ t.id }}" } }
}
)";

const Diagnostic* find(const ir::RenderResult& r, DiagKind kind) {
  for (const auto& d : r.diagnostics) {
    if (d.kind == kind) return &d;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a mistyped value deep inside an input names its path and points at the declaration") {
  Fixture f(kProgram);
  Json tickets = Json::array();
  for (int i = 0; i < 4; ++i) tickets.push_back({{"id", i}, {"priority", "low"}});
  tickets[3]["priority"] = 5;
  tickets[2]["id"] = "two";
  auto r = ir::render_prompt(f.prompt("P"), Json{{"tickets", tickets}, {"customer", "Ann"}});
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[0].kind == DiagKind::InputTypeMismatch);
  CHECK(r.diagnostics[0].message == "input `tickets[2].id`: expected int, found string \"two\"");
  CHECK(r.diagnostics[1].message == "input `tickets[3].priority`: expected one of low, high (main.Priority), found int 5");
  // Both point at `input tickets: ...` (line 5 of the module).
  CHECK(r.diagnostics[0].primary.line == 5);
  CHECK(r.diagnostics[1].primary.line == 5);
  CHECK(r.diagnostics[0].primary_label.find("tickets") != std::string::npos);
}

TEST_CASE("an enum value close to a real one gets a did-you-mean") {
  Fixture f(kProgram);
  Json in{{"tickets", {{{"id", 1}, {"priority", "hgih"}}}}, {"customer", "Ann"}};
  auto r = ir::render_prompt(f.prompt("P"), in);
  const Diagnostic* d = find(r, DiagKind::InputTypeMismatch);
  REQUIRE(d);
  REQUIRE(d->help);
  CHECK(d->help->find("`high`") != std::string::npos);
}

TEST_CASE("a missing required input points at its declaration; defaults and optionals are not missing") {
  Fixture f(kProgram);
  auto r = ir::render_prompt(f.prompt("P"), Json{{"tickets", Json::array()}});
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.kind == DiagKind::InputMissing);
  CHECK(d.message.find("missing input `customer` (string)") == 0);
  CHECK(d.primary.line == 6);
  CHECK(d.code() == "E0503");
}

TEST_CASE("an input the prompt does not declare is an error with a did-you-mean") {
  Fixture f(kProgram);
  auto r = ir::render_prompt(f.prompt("P"), Json{{"tickets", Json::array()}, {"customer", "A"}, {"custmer", "B"}});
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.kind == DiagKind::InputUnknown);
  CHECK(d.message == "`custmer` is not an input of `main.P`");
  REQUIRE(d.help);
  CHECK(*d.help == "did you mean `customer`?");
  CHECK(d.primary.line == 4);  // the prompt
}

TEST_CASE("record fields: a missing one and an unknown one are named with their path") {
  Fixture f(kProgram);
  Json in{{"tickets", {{{"priority", "low"}, {"priorty", "x"}}}}, {"customer", "A"}};
  auto r = ir::render_prompt(f.prompt("P"), in);
  const Diagnostic* missing = find(r, DiagKind::InputFieldMissing);
  const Diagnostic* unknown = find(r, DiagKind::InputFieldUnknown);
  REQUIRE(missing);
  REQUIRE(unknown);
  CHECK(missing->message == "input `tickets[0]`: missing field `id` (int)");
  CHECK(unknown->message.find("input `tickets[0]`: unknown field `priorty`") == 0);
  REQUIRE(unknown->help);
  CHECK(unknown->help->find("`priority`") != std::string::npos);
}

TEST_CASE("input values that are not an object are one diagnostic, not a crash") {
  Fixture f(kProgram);
  for (const Json& bad : {Json::array(), Json("text"), Json(3), Json()}) {
    auto r = ir::render_prompt(f.prompt("P"), bad);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].kind == DiagKind::InputsNotObject);
    CHECK(r.request.messages.empty());
  }
}

TEST_CASE("an abstract prompt does not render") {
  Fixture f(R"(module main
abstract prompt A { system { required section task } }
)");
  auto r = ir::render_prompt(f.prompt("A"), Json::object());
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].kind == DiagKind::RenderAbstract);
  CHECK(r.diagnostics[0].primary.line == 2);
}

TEST_CASE("a long list of wrong items is capped, not thousands of diagnostics") {
  Fixture f(kProgram);
  Json tickets = Json::array();
  for (int i = 0; i < 5000; ++i) tickets.push_back({{"id", "x"}, {"priority", "low"}});
  auto r = ir::render_prompt(f.prompt("P"), Json{{"tickets", tickets}, {"customer", "A"}});
  CHECK_FALSE(r.ok());
  CHECK(r.diagnostics.size() <= 21);
  CHECK(r.diagnostics.size() >= 20);
}
