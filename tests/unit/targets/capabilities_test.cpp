// The capability table: the embedded data covers the models the project
// promises, lookups understand snapshots, aliases and Ollama tags, and user
// entries from aep.toml are merged with errors for unknown keys.
#include <catch2/catch.hpp>
#include <toml++/toml.h>

#include "compiler/targets/capabilities.hpp"

using namespace aep;
using namespace aep::targets;

TEST_CASE("the built-in table has the current models of every provider with prices") {
  CapabilityTable t = CapabilityTable::builtin();
  for (const char* name : {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-5", "gpt-5-mini",
                           "gpt-5-nano", "o3", "o4-mini", "claude-opus-4-5", "claude-opus-4-1", "claude-sonnet-4-5",
                           "claude-sonnet-4-0", "claude-haiku-4-5", "claude-3-7-sonnet", "claude-3-5-haiku",
                           "gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.5-flash-lite", "gemini-2.0-flash",
                           "llama3.1", "qwen2.5", "mistral"}) {
    INFO(name);
    const ModelInfo* m = t.find(name);
    REQUIRE(m != nullptr);
    CHECK(m->context_window > 0);
    CHECK(m->max_output > 0);
    if (m->provider != "ollama") {
      CHECK(m->price_input.has_value());
      CHECK(m->price_output.has_value());
      CHECK(m->price_cached_input.has_value());
    }
  }
  CHECK(t.meta().contains("date"));
  CHECK(t.find("o3")->temperature.fixed == 1.0);
  CHECK(t.find("gpt-4.1")->stop_max == 4);
  CHECK(!t.find("claude-sonnet-4-5")->seed);
}

TEST_CASE("lookups accept dated snapshots, aliases and Ollama tags but not other names") {
  CapabilityTable t = CapabilityTable::builtin();
  CHECK(t.find("gpt-4o-2024-08-06")->name == "gpt-4o");
  CHECK(t.find("gpt-4o-mini")->name == "gpt-4o-mini");  // not the gpt-4o snapshot rule
  CHECK(t.find("claude-sonnet-4-5-20250929")->name == "claude-sonnet-4-5");
  CHECK(t.find("qwen2.5:7b")->name == "qwen2.5");
  CHECK(t.find("gpt-4o-turbo") == nullptr);
  CHECK(t.find("gpt-4o:7b") == nullptr);  // tags are an Ollama convention only
  auto near = t.closest("gemini-2.5-flsh");
  REQUIRE(!near.empty());
  CHECK(near.front() == "gemini-2.5-flash");
}

TEST_CASE("aep.toml model entries extend the table; unknown keys are errors with their line") {
  CapabilityTable t = CapabilityTable::builtin();
  SourceManager sm;
  std::string text =
      "[models.\"my-model\"]\n"
      "extends = \"llama3.1\"\n"
      "context_window = 4096\n"
      "[models.\"my-model\".price]\n"
      "input = 0.5\n"
      "[models.\"gpt-4.1\"]\n"
      "default_max_output = 2048\n";
  FileId file = sm.add("aep.toml", text);
  DiagnosticSink sink;
  REQUIRE(t.merge_toml(toml::parse(text), sink, file, &sm));
  CHECK(sink.diagnostics().empty());
  CHECK(t.find("my-model")->context_window == 4096);
  CHECK(t.find("my-model")->tools);  // inherited
  CHECK(*t.find("my-model")->price_input == 0.5);
  CHECK(*t.find("gpt-4.1")->default_max_output == 2048);
  CHECK(t.find("gpt-4.1")->max_output == 32768);  // untouched keys stay

  std::string bad = "[models.\"x\"]\nprovider = \"openai\"\ncontext_window = 10\nmax_output = 5\nparams = { temprature = [0, 2] }\n";
  FileId bad_file = sm.add("bad.toml", bad);
  DiagnosticSink bad_sink;
  CHECK(!t.merge_toml(toml::parse(bad), bad_sink, bad_file, &sm));
  REQUIRE(bad_sink.diagnostics().size() == 1);
  const Diagnostic& d = bad_sink.diagnostics().front();
  CHECK(d.kind == DiagKind::ModelEntryInvalid);
  CHECK(d.message.find("params.temprature") != std::string::npos);
  CHECK(d.primary.line == 5);

  DiagnosticSink missing;
  CHECK(!t.merge_json(Json::parse(R"({"models":{"y":{"context_window":10}}})"), missing));
  CHECK(missing.has_errors());
}
