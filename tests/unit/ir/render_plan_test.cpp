// A compiled RenderPlan gives the same Request as the one-shot path, for many
// inputs in a row, including when one RenderResult is reused (render_into)
// after a larger render: no stale parts, messages or untrusted marks survive.
#include <catch2/catch.hpp>

#include "compiler/render/request.hpp"
#include "tests/unit/ir/fixture.hpp"

using namespace aep;
using test::Fixture;
using Json = nlohmann::ordered_json;

namespace {

const char* kProgram = R"(module main
type Shot { q: string  a: string }
fragment tone(t: string = "warm") { "Be {{ t | upper }}." }
prompt P {
  input name: string @untrusted
  input shots: list<Shot>
  input extra: bool = false
  system { section rules { "Rules." } use tone(t: "kind") if extra { section more { "More." } } }
  user {
    for i, s in shots { "{{ i }}: {{ s.q }} -> {{ s.a | trim }}\n" }
    "Name: {{ name }}"
  }
  assistant { if extra { "extra" } }
}
)";

std::string dump(const ir::RenderResult& r, const SourceManager& sources) {
  Json out{{"request", render::to_json(r.request, sources)}, {"map", Json::array()}};
  for (const auto& e : r.source_map) out["map"].push_back({e.message, e.begin, e.end, e.span.line, e.span.column});
  return out.dump();
}

}  // namespace

TEST_CASE("a plan renders like render_prompt, and a reused result carries nothing over") {
  Fixture f(kProgram);
  const ir::Prompt& p = f.prompt("P");
  ir::RenderPlan plan = ir::compile_render_plan(p);
  Json big{{"name", "Zed"}, {"extra", true}, {"shots", Json::array()}};
  for (int i = 0; i < 6; ++i) big["shots"].push_back({{"q", "q" + std::to_string(i)}, {"a", " a "}});
  Json small{{"name", "Al"}, {"shots", {{{"q", "x"}, {"a", "y"}}}}};
  ir::RenderResult reused;
  for (const Json* in : {&big, &small, &big, &small}) {
    auto once = ir::render_prompt(p, *in);
    REQUIRE(once.ok());
    plan.render_into(*in, reused);
    REQUIRE(reused.ok());
    CHECK(dump(reused, f.sources) == dump(once, f.sources));
    CHECK(dump(plan.render(*in), f.sources) == dump(once, f.sources));
  }
  auto r = plan.render(small);
  REQUIRE(r.request.messages.size() == 2);  // the empty assistant message is not sent
  CHECK(r.request.messages[0].joined_text() == "Rules.\n\nBe KIND.");
  CHECK(r.request.messages[1].joined_text() == "0: x -> y\nName: Al");
  const auto& parts = r.request.messages[1].parts;
  REQUIRE(parts.size() == 2);
  CHECK(parts[1].text == "Al");
  CHECK(parts[1].untrusted == std::optional<std::string>("name"));
  CHECK(r.request.messages[0].parts[0].section == "rules");
}

TEST_CASE("a failed render after a good one leaves no request messages behind") {
  Fixture f(kProgram);
  ir::RenderPlan plan = ir::compile_render_plan(f.prompt("P"));
  ir::RenderResult r;
  plan.render_into(Json{{"name", "A"}, {"shots", Json::array()}}, r);
  REQUIRE(r.ok());
  plan.render_into(Json{{"name", 3}, {"shots", Json::array()}}, r);
  CHECK_FALSE(r.ok());
  CHECK(r.request.messages.empty());
  CHECK(r.source_map.empty());
}

TEST_CASE("a message computed once at compile time equals the one rendered each time") {
  // Q is P with a budget that is never reached: budgets render every message
  // through the evaluator (they track sections), so Q checks P's precomputed
  // system message, separators and source-map runs included.
  Fixture f(R"(module main
fragment note(t: string = "calm") { "Stay {{ t }}." }
prompt P {
  input q: string
  system { "Intro" section a { "A1" "A2" section inner { "I" } } use note(t: "brief") section b { "\nB" } }
  user { "{{ q }}" }
}
prompt Q {
  input q: string
  budget 100000 tokens
  system { "Intro" section a { "A1" "A2" section inner { "I" } } use note(t: "brief") section b { "\nB" } }
  user { "{{ q }}" }
}
)");
  auto p = ir::render_prompt(f.prompt("P"), Json{{"q", "x"}});
  auto q = ir::render_prompt(f.prompt("Q"), Json{{"q", "x"}});
  REQUIRE(p.ok());
  REQUIRE(q.ok());
  CHECK(p.request.messages[0].joined_text() == "Intro\n\nA1A2\n\nI\n\nStay brief.\nB");
  REQUIRE(p.request.messages.size() == q.request.messages.size());
  for (std::size_t i = 0; i < p.request.messages.size(); ++i) {
    const auto& pm = p.request.messages[i];
    const auto& qm = q.request.messages[i];
    REQUIRE(pm.parts.size() == qm.parts.size());
    for (std::size_t k = 0; k < pm.parts.size(); ++k) {
      CHECK(pm.parts[k].text == qm.parts[k].text);
      CHECK(pm.parts[k].section == qm.parts[k].section);
      CHECK(pm.parts[k].span.column == qm.parts[k].span.column);
    }
  }
  REQUIRE(p.source_map.size() == q.source_map.size());
  for (std::size_t i = 0; i < p.source_map.size(); ++i) {
    CHECK(p.source_map[i].begin == q.source_map[i].begin);
    CHECK(p.source_map[i].end == q.source_map[i].end);
  }
}

TEST_CASE("turning the source map off leaves the request the same and the map empty") {
  Fixture f(kProgram);
  const ir::Prompt& p = f.prompt("P");
  ir::RenderPlan plan = ir::compile_render_plan(p);
  Json in{{"name", "Zed"}, {"extra", true}, {"shots", {{{"q", "x"}, {"a", " y "}}}}};
  ir::RenderOptions off;
  off.source_map = false;
  auto with = plan.render(in);
  auto without = plan.render(in, off);
  REQUIRE(with.ok());
  REQUIRE(without.ok());
  CHECK_FALSE(with.source_map.empty());
  CHECK(without.source_map.empty());
  CHECK(render::to_json(without.request, f.sources).dump() == render::to_json(with.request, f.sources).dump());
  // A reused result that had a map does not keep it when the next call asks for none.
  ir::RenderResult reused;
  plan.render_into(in, reused);
  REQUIRE_FALSE(reused.source_map.empty());
  plan.render_into(in, reused, off);
  CHECK(reused.source_map.empty());
  CHECK(render::to_json(reused.request, f.sources).dump() == render::to_json(with.request, f.sources).dump());
}

TEST_CASE("an input object with an unknown key is still reported when every declared input is present") {
  Fixture f(kProgram);
  ir::RenderPlan plan = ir::compile_render_plan(f.prompt("P"));
  Json in{{"name", "Zed"}, {"extra", true}, {"shots", Json::array()}, {"nmae", "x"}};
  auto r = plan.render(in);
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].find("`nmae` is not an input") != std::string::npos);
}
