// The render fast paths give what the general ones give: coarse runs (no
// source map wanted) leave every Request part as the fine runs make it,
// separators between blocks included, and the allocation-free input check
// accepts exactly the values the diagnosing Checker accepts.
#include <catch2/catch.hpp>

#include "compiler/render/request.hpp"
#include "tests/unit/ir/fixture.hpp"

using namespace aep;
using test::Fixture;
using Json = nlohmann::ordered_json;

TEST_CASE("rendering without a source map gives the same parts for blocks, separators and untrusted text") {
  // Blocks that start or end with newlines (or are empty), interpolations
  // inside sections and fragments, untrusted values next to literal text,
  // and conditions that write nothing: each moves a part boundary or a
  // separator if the merged runs are wrong.
  Fixture f(R"(module main
fragment frame(x: string) { "[{{ x }}]" }
fragment bare(x: string) { "{{ x }}" }
prompt P {
  input a: string
  input b: string @untrusted
  input c: string
  input flag: bool = false
  input items: list<string> = []
  system {
    "Lead {{ a }}"
    section one { "{{ a }}" "{{ c }}" }
    use bare(x: a)
    section two { "T{{ c }}" section inner { "{{ c }}" } "after" }
    if flag { section three { "{{ a }}\n" } }
    use frame(x: c)
    "tail {{ a }}{{ c }}"
  }
  user {
    section u { "U{{ b }}" section inner2 { "{{ b }}" } "after" }
    for it in items { use bare(x: it) "{{ b }}" section s { "{{ it }}" } }
    "{{ c }}"
    "tail {{ b }}{{ c }}"
  }
}
)");
  ir::RenderPlan plan = ir::compile_render_plan(f.prompt("P"));
  ir::RenderOptions off;
  off.source_map = false;
  const std::vector<std::string> values = {"", "v", "\n", "\nlead", "trail\n", "two\n\n", "x\ny"};
  ir::RenderResult reused;
  std::size_t renders = 0;
  for (const auto& a : values) {
    for (const auto& b : values) {
      for (const auto& c : values) {
        for (bool flag : {false, true}) {
          Json in{{"a", a}, {"b", b}, {"c", c}, {"flag", flag}, {"items", Json::array({a, c, b})}};
          auto with = plan.render(in);
          auto without = plan.render(in, off);
          REQUIRE(with.ok());
          REQUIRE(without.ok());
          std::string expected = render::to_json(with.request, f.sources).dump();
          INFO(in.dump());
          CHECK(render::to_json(without.request, f.sources).dump() == expected);
          plan.render_into(in, reused, off);
          CHECK(render::to_json(reused.request, f.sources).dump() == expected);
          ++renders;
        }
      }
    }
  }
  CHECK(renders == values.size() * values.size() * values.size() * 2);
}

TEST_CASE("the fast input check accepts and rejects what the checker does") {
  Fixture f(R"(module main
enum Mood { calm, busy }
type Inner { n: int  tag: string? }
type Outer { name: string  inner: list<Inner>  scores: map<float>  mood: Mood  note: string? }
prompt P {
  input o: Outer
  input h: messages = []
  input j: json = null
  user { "{{ o.name }}" }
}
)");
  ir::RenderPlan plan = ir::compile_render_plan(f.prompt("P"));
  Json good{{"name", "n"}, {"inner", {{{"n", 1}}, {{"n", 2}, {"tag", nullptr}}, {{"tag", "t"}, {"n", 3}}}},
            {"scores", {{"a", 1}, {"b", 2.5}}}, {"mood", "calm"}, {"note", nullptr}};
  SECTION("valid values render") {
    CHECK(plan.render(Json{{"o", good}}).ok());
    Json no_note = good;
    no_note.erase("note");
    CHECK(plan.render(Json{{"o", no_note}}).ok());
    CHECK(plan.render(Json{{"o", good}, {"h", {{{"role", "user"}, {"content", "hi"}}}}, {"j", {1, "x"}}}).ok());
  }
  // Each bad value must be rejected with the checker's message (the fast
  // check only decides whether the checker runs).
  struct Bad {
    const char* pointer;
    Json value;
    const char* message;
  };
  const std::vector<Bad> bad = {
      {"/name", 3, "input `o.name`: expected string, found int 3"},
      {"/inner/1/n", "2", "input `o.inner[1].n`: expected int, found string \"2\""},
      {"/inner/0/tag", 5, "input `o.inner[0].tag`: expected string?, found int 5"},
      {"/scores/b", "x", "input `o.scores.b`: expected float, found string \"x\""},
      {"/mood", "clam", "input `o.mood`: expected one of calm, busy (main.Mood), found string \"clam\""},
      {"/inner/2/extra", 1, "input `o.inner[2]`: unknown field `extra`"},
      {"/name", nullptr, "input `o.name`: expected string, found null"},
  };
  for (const Bad& b : bad) {
    Json o = good;
    o[Json::json_pointer(b.pointer)] = b.value;
    auto r = plan.render(Json{{"o", o}});
    INFO(b.pointer);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].find(b.message) == 0);
  }
  Json missing = good;
  missing["inner"][0].erase("n");
  auto r = plan.render(Json{{"o", missing}});
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "input `o.inner[0]`: missing field `n` (int)");
  auto h = plan.render(Json{{"o", good}, {"h", {{{"role", "robot"}, {"content", "hi"}}}}});
  REQUIRE(h.errors.size() == 1);
  CHECK(h.errors[0].find("input `h[0].role`: expected user, assistant, system or developer") == 0);
}
