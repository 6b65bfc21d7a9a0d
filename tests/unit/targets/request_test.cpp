// The neutral Request's JSON forms: strict reading with JSON paths in errors,
// a lossless round trip, and a canonical form that is byte-stable, sorted,
// and keeps the declaration order of schema properties.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "compiler/render/request.hpp"

using namespace aep;
using render::Json;

namespace {
Json fixture(const std::string& name) {
  std::ifstream in("tests/golden/targets/" + name + ".request.json");
  std::stringstream s;
  s << in.rdbuf();
  return Json::parse(s.str());
}
}  // namespace

TEST_CASE("a request round-trips through its JSON form to the same canonical bytes") {
  for (const char* name : {"basic_system", "examples_multiturn", "structured_output", "target_extras", "cache_markers"}) {
    INFO(name);
    SourceManager sm1, sm2;
    auto first = render::request_from_json(fixture(name), sm1, "tests/golden/targets");
    REQUIRE(first.ok());
    std::string canon = render::canonical_json(*first, sm1);
    auto second = render::request_from_json(Json::parse(canon), sm2, "tests/golden/targets");
    REQUIRE(second.ok());
    CHECK(render::canonical_json(*second, sm2) == canon);
  }
}

TEST_CASE("canonical JSON sorts keys but keeps the order of schema properties") {
  SourceManager sm;
  Json j = Json::parse(R"({"prompt":"p","messages":[{"role":"user","text":"hi"}],
    "output":{"name":"O","schema":{"type":"object","properties":{"zeta":{"type":"string"},"alpha":{"type":"string"}}}}})");
  auto r = render::request_from_json(j, sm);
  REQUIRE(r.ok());
  std::string c = render::canonical_json(*r, sm);
  CHECK(c.find("\"zeta\"") < c.find("\"alpha\""));            // declaration order kept
  CHECK(c.find("\"config\"") < c.find("\"messages\""));        // keys sorted
  CHECK(c.find("\"messages\"") < c.find("\"output\""));
  CHECK(c.find(' ') == std::string::npos);                     // no insignificant whitespace
}

TEST_CASE("reading a request reports the JSON path of what is wrong") {
  SourceManager sm;
  auto bad_key = render::request_from_json(Json::parse(R"({"prompt":"p","messages":[{"role":"user","txt":"x"}]})"), sm);
  REQUIRE(!bad_key.ok());
  CHECK(bad_key.error().message.find("$.messages[0]: unknown key `txt`") != std::string::npos);
  auto bad_role = render::request_from_json(Json::parse(R"({"prompt":"p","messages":[{"role":"bot"}]})"), sm);
  REQUIRE(!bad_role.ok());
  CHECK(bad_role.error().message.find("$.messages[0].role: unknown role `bot`") != std::string::npos);
  auto bad_type = render::request_from_json(Json::parse(R"({"prompt":"p","config":{"temperature":"hot"}})"), sm);
  REQUIRE(!bad_type.ok());
  CHECK(bad_type.error().message.find("$.config.temperature: expected a number") != std::string::npos);
  auto no_prompt = render::request_from_json(Json::parse(R"({"messages":[]})"), sm);
  CHECK(!no_prompt.ok());
}

TEST_CASE("target overrides apply family first, then the specific target") {
  SourceManager sm;
  auto r = render::request_from_json(Json::parse(R"({"prompt":"p","config":{"temperature":0.1},
    "targets":{"openai":{"config":{"temperature":0.5,"seed":1},"extra":{"a":{"x":1}}},
               "openai-chat":{"config":{"temperature":0.9},"extra":{"a":{"y":2}}}}})"), sm);
  REQUIRE(r.ok());
  render::Config chat = r->effective_config("openai-chat", "openai");
  CHECK(chat.temperature->value == 0.9);
  CHECK(chat.seed->value == 1);
  CHECK(r->effective_config("openai-responses", "openai").temperature->value == 0.5);
  CHECK(r->effective_config("anthropic", "anthropic").temperature->value == 0.1);
  CHECK(r->effective_extra("openai-chat", "openai") == Json::parse(R"({"a":{"x":1,"y":2}})"));
}
