// Payload templates: which inputs become slots (and with which filters),
// which are rendered with stand-ins, and that markers reach every payload.
#include <catch2/catch.hpp>

#include "compiler/build/template.hpp"
#include "compiler/render/request.hpp"
#include "compiler/sema/program.hpp"
#include "tests/unit/build/project_fixture.hpp"

using namespace aep;
using namespace aep::build;
using aep::build::testing::TempProject;

namespace {

PromptTemplate plan_of(const std::string& body, std::string* error = nullptr) {
  TempProject p;
  p.write("aep.toml", "[project]\nname = \"t\"\n");
  p.write("m.aep", "module m\n\nenum Tier {\n  free\n  pro\n}\n\nfragment f(x: string) {\n  \"{{ x }}\"\n}\n\n" + body);
  auto project = load_project(p.root());
  REQUIRE(project);
  SourceManager sources;
  DiagnosticSink sink;
  sema::Program program = sema::check_files(*project, {p.root() / "m.aep"}, sources, sink);
  if (sink.has_errors()) {
    for (const auto& d : sink.diagnostics()) UNSCOPED_INFO(d.message);
  }
  REQUIRE_FALSE(sink.has_errors());
  if (error) *error = "";
  return make_template(*program.prompts.at("m.P"));
}

const InputPlan& input(const PromptTemplate& t, const std::string& name) {
  for (const auto& in : t.inputs) {
    if (in.name == name) return in;
  }
  FAIL("no input " << name);
  throw;
}

}  // namespace

TEST_CASE("plain and marker-safe interpolations of text inputs are slots") {
  auto t = plan_of(R"(prompt P {
  input a: string
  input b: string?
  input c: string
  system { "A={{ a }} B={{ b }}" }
  user { "{{ c | trim | truncate(500) }} and again {{ c | trim | truncate(500) }}" }
})");
  CHECK(input(t, "a").slot);
  CHECK(input(t, "b").slot);
  CHECK(input(t, "c").slot);
  CHECK(input(t, "c").filters == std::vector<std::string>{"trim", "truncate(500)"});
  CHECK(t.exact);
  REQUIRE(t.rendered.ok());
  CHECK(t.rendered.request.messages.at(0).joined_text() == "A=" + render::slot_marker("a") + " B=" + render::slot_marker("b"));
}

TEST_CASE("inputs in conditions, loops, fragments, changing filters or of other types are stand-ins") {
  auto t = plan_of(R"(prompt P {
  input cond: string = "x"
  input items: list<string>
  input tier: Tier = "pro"
  input frag: string
  input loud: string
  input short: string
  input n: int
  input unused: string
  system {
    if cond == "y" { "yes" }
    for i in items { "{{ i }}" }
    "{{ tier }}"
    use f(x: frag)
    "{{ loud | upper }} {{ short | truncate(3) }} {{ n }}"
  }
})");
  CHECK_FALSE(input(t, "cond").slot);
  CHECK_THAT(input(t, "cond").reason, Catch::Contains("condition"));
  CHECK(input(t, "cond").stand_in_from == "default");
  CHECK_FALSE(input(t, "items").slot);
  CHECK_THAT(input(t, "items").reason, Catch::Contains("for"));
  CHECK(input(t, "items").stand_in == Json::array());
  CHECK_FALSE(input(t, "tier").slot);
  CHECK_THAT(input(t, "tier").reason, Catch::Contains("not text"));
  CHECK_FALSE(input(t, "frag").slot);
  CHECK_THAT(input(t, "frag").reason, Catch::Contains("fragment `m.f`"));
  CHECK_FALSE(input(t, "loud").slot);
  CHECK_THAT(input(t, "loud").reason, Catch::Contains("upper"));
  CHECK_FALSE(input(t, "short").slot);  // truncate(3) would cut the marker
  CHECK_FALSE(input(t, "n").slot);
  CHECK(input(t, "n").stand_in == 0);
  CHECK_FALSE(input(t, "unused").slot);
  CHECK(input(t, "unused").reason == "not used in the messages");
  CHECK_FALSE(t.exact);
  CHECK(t.rendered.ok());
}

TEST_CASE("a loop variable that shadows an input is not a use of the input") {
  auto t = plan_of(R"(prompt P {
  input x: string
  input xs: list<string>
  user { "{{ x }}" for x in xs { "{{ x }}" } }
})");
  CHECK(input(t, "x").slot);
  CHECK_FALSE(input(t, "xs").slot);
}
