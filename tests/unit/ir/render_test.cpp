// Rendering a resolved prompt: text, untrusted marks, the source map and
// input validation, checked through sema on small real files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "tests/unit/ir/fixture.hpp"

namespace fs = std::filesystem;
using namespace aep;

using test::Fixture;

TEST_CASE("sections are separated by a blank line and untrusted text is marked") {
  Fixture f(R"(module main
prompt P {
  input who: string @untrusted
  system { section a { "A" } section b { "B\n" } "tail" }
  user { "Hi {{ who | trim }}!" }
}
)");
  auto r = ir::render_prompt(f.prompt("P"), nlohmann::ordered_json{{"who", " Bob "}});
  REQUIRE(r.ok());
  REQUIRE(r.request.messages.size() == 2);
  CHECK(r.request.messages[0].joined_text() == "A\n\nB\n\ntail");
  const auto& user = r.request.messages[1];
  CHECK(user.joined_text() == "Hi Bob!");
  REQUIRE(user.parts.size() == 3);
  CHECK(user.parts[1].untrusted == std::optional<std::string>("who"));
  CHECK_FALSE(user.parts[0].untrusted);
}

TEST_CASE("the source map covers every message's text exactly, in order") {
  Fixture f(R"(module main
fragment greet(name: string) { "Hello {{ name }}" }
prompt P {
  input items: list<string>
  system { use greet(name: "you") }
  user { for x in items { "- {{ x }}\n" } }
}
)");
  auto r = ir::render_prompt(f.prompt("P"), nlohmann::ordered_json{{"items", {"a", "b"}}});
  REQUIRE(r.ok());
  for (std::size_t m = 0; m < r.request.messages.size(); ++m) {
    std::size_t expected_begin = 0;
    for (const auto& e : r.source_map) {
      if (e.message != m) continue;
      CHECK(e.begin == expected_begin);
      CHECK(e.span.valid());
      expected_begin = e.end;
    }
    CHECK(expected_begin == r.request.messages[m].joined_text().size());
  }
  CHECK(r.request.messages[1].joined_text() == "- a\n- b\n");
}

TEST_CASE("inputs are validated against their types with the path of each problem") {
  Fixture f(R"(module main
type R { a: int  b: list<string> }
prompt P { input r: R  input n: float = 1  user { "{{ r.a }} {{ n }}" } }
)");
  auto r = ir::render_prompt(f.prompt("P"), nlohmann::ordered_json{{"r", {{"a", 1.5}, {"b", {"x", 2}}}}, {"m", 1}});
  REQUIRE(r.errors.size() == 3);
  CHECK(r.errors[0] == "input `r.a`: expected int, found float 1.5");
  CHECK(r.errors[1] == "input `r.b[1]`: expected string, found int 2");
  CHECK(r.errors[2].find("`m` is not an input") == 0);
  auto ok = ir::render_prompt(f.prompt("P"), nlohmann::ordered_json{{"r", {{"a", 2}, {"b", nlohmann::ordered_json::array()}}}});
  REQUIRE(ok.ok());
  CHECK(ok.request.messages[0].joined_text() == "2 1");
}

TEST_CASE("every text part names the innermost section it came from") {
  Fixture f(R"(module main
prompt P {
  input n: int
  system {
    "intro"
    section outer {
      "o1 {{ n }}"
      section inner { "i1" }
      "o2"
    }
    "tail"
  }
}
)");
  auto r = ir::render_prompt(f.prompt("P"), nlohmann::ordered_json{{"n", 3}});
  REQUIRE(r.ok());
  REQUIRE(r.request.messages.size() == 1);
  std::map<std::string, std::string> by_section;
  for (const auto& part : r.request.messages[0].parts) by_section[part.section] += part.text;
  CHECK(by_section["inner"] == "i1");
  CHECK(by_section["outer"].find("o1 3") != std::string::npos);
  CHECK(by_section["outer"].find("o2") != std::string::npos);
  CHECK(by_section["outer"].find("i1") == std::string::npos);
  CHECK(by_section[""].find("intro") != std::string::npos);
  CHECK(by_section[""].find("tail") != std::string::npos);
}
