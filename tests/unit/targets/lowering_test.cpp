// Lowering behaviour a user relies on beyond the golden payloads: target
// names, request paths, slot markers surviving every backend, and that every
// targets diagnostic kind is exercised by some golden case.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "compiler/render/request.hpp"
#include "compiler/targets/target.hpp"

using namespace aep;
using namespace aep::targets;
using render::Json;

namespace {
render::Request load(const std::string& name, SourceManager& sm) {
  std::ifstream in("tests/golden/targets/" + name + ".request.json");
  std::stringstream s;
  s << in.rdbuf();
  auto r = render::request_from_json(Json::parse(s.str()), sm, "tests/golden/targets");
  REQUIRE(r.ok());
  return std::move(r).value();
}
}  // namespace

TEST_CASE("target names parse; unknown names get a diagnostic listing the known ones") {
  for (const std::string& name : known_target_names()) CHECK(parse_target(name).has_value());
  CHECK(!parse_target("openai").has_value());
  CHECK(!parse_target("openai-compat:nope").has_value());
  CHECK(parse_target("openai-compat:vllm")->wire == WireFormat::OpenAIChat);
  DiagnosticSink sink;
  report_unknown_target("antropic", {}, sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].help.value_or("").find("`anthropic`") != std::string::npos);
}

TEST_CASE("slot markers survive lowering for every target and are found again") {
  SourceManager sm;
  render::Request r = load("slot_markers", sm);
  CapabilityTable table = CapabilityTable::builtin();
  for (const char* name : {"openai-chat", "openai-responses", "anthropic", "gemini", "ollama"}) {
    INFO(name);
    DiagnosticSink sink;
    LoweringResult result = lower(r, *parse_target(name), table, sink);
    REQUIRE(result.ok);
    auto slots = render::find_slots(result.payload);
    REQUIRE(slots.size() == 1);
    CHECK(slots[0].name == "ticket");
    CHECK(!slots[0].json_pointer.empty());
  }
}

TEST_CASE("Gemini's request path carries the model and the stream mode") {
  SourceManager sm;
  CapabilityTable table = CapabilityTable::builtin();
  DiagnosticSink sink;
  LoweringResult plain = lower(load("basic_system", sm), *parse_target("gemini"), table, sink);
  CHECK(plain.path == "/v1beta/models/gemini-2.5-flash:generateContent");
  LoweringResult streamed = lower(load("streaming", sm), *parse_target("gemini"), table, sink);
  CHECK(streamed.path == "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
  LoweringResult over = lower(load("basic_system", sm), *parse_target("openai-chat"), table, sink, {std::string("gpt-4o")});
  CHECK(over.payload["model"] == "gpt-4o");
}

TEST_CASE("every targets diagnostic kind is covered by a golden case") {
  std::string all;
  for (const auto& entry : std::filesystem::directory_iterator("tests/golden/targets")) {
    if (entry.path().extension() != ".diag") continue;
    std::ifstream in(entry.path());
    std::stringstream s;
    s << in.rdbuf();
    all += s.str();
  }
  for (const auto& k : all_diag_kinds()) {
    if (k.code.substr(1, 2) != "06") continue;
    INFO(k.code << " " << k.name);
    CHECK(all.find("[" + std::string(k.code) + "]") != std::string::npos);
  }
}

TEST_CASE("malformed schemas are errors for every target, never a crash") {
  const char* schemas[] = {
      R"({"type":"object","properties":{"a":{"type":"string","format":5}}})",
      R"({"type":"object","properties":{"a":{"type":"string","maxLength":"ten"}}})",
      R"({"type":"object","properties":{"a":{"type":"integer","minimum":"0"}}})",
      R"({"type":"object","properties":{"a":{"enum":"x"}}})",
      R"({"type":"object","properties":{"a":{"anyOf":[]}}})",
      R"({"type":"object","properties":[1,2]})",
      R"({"type":"object","required":"a"})",
      R"({"type":["object",7]})",
      R"({"type":"object","properties":{"a":{"items":{"type":"strin"}}}})",
      R"({"type":"object","properties":{"a":{"additionalProperties":3}}})",
  };
  CapabilityTable table = CapabilityTable::builtin();
  for (const char* schema : schemas) {
    for (bool strict : {true, false}) {
      for (const char* target : {"openai-chat", "openai-responses", "anthropic", "gemini", "ollama", "openai-compat:tgi"}) {
        INFO(schema << " strict=" << strict << " " << target);
        SourceManager sm;
        Json j = {{"prompt", "p"},
                  {"messages", Json::array({{{"role", "user"}, {"text", "hi"}}})},
                  {"output", {{"name", "O"}, {"schema", Json::parse(schema)}, {"strict", strict}}},
                  {"tools", Json::array({{{"name", "t"}, {"parameters", Json::parse(schema)}, {"strict", strict}}})},
                  {"config", {{"model", "m"}, {"max_output_tokens", 100}}},
                  {"targets", {{"openai", {{"config", {{"model", "gpt-4.1"}}}}},
                               {"anthropic", {{"config", {{"model", "claude-sonnet-4-5"}}}}},
                               {"gemini", {{"config", {{"model", "gemini-2.5-flash"}}}}},
                               {"ollama", {{"config", {{"model", "llama3.1"}}}}}}}};
        auto r = render::request_from_json(j, sm);
        REQUIRE(r.ok());
        DiagnosticSink sink;
        LoweringResult result;
        CHECK_NOTHROW(result = lower(*r, *parse_target(target), table, sink));
        CHECK(!result.ok);
        CHECK(sink.has_errors());
      }
    }
  }
}

TEST_CASE("the `aep lower` golden output is the library's golden payload byte for byte") {
  auto read = [](const char* path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  };
  std::string cli = read("tests/golden/targets/cli/lower_payload.anthropic.stdout");
  REQUIRE(!cli.empty());
  CHECK(cli == read("tests/golden/targets/basic_system.anthropic.json"));
}
