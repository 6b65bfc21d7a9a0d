// Provider profiles from aep.toml: overrides, fallbacks, and every bad entry
// reported with file:line:column and the key at fault.
#include <cstdlib>

#include <catch2/catch.hpp>

#include "runtime/runner/profile.hpp"

using namespace aep::runner;

TEST_CASE("profiles: built-ins and an aep.toml table that adds one with a cascade") {
  auto p = load_profiles(R"(
[project]
name = "x"

[providers.fast]
kind = "openai"
base_url = "http://127.0.0.1:9"
model = "gpt-4o-mini"
concurrency = 8
rpm = 600
timeout = "1500ms"
max_retries = 1
fallbacks = [ { model = "gpt-4o", timeout = "2s" }, { profile = "anthropic", model = "claude-3-5-haiku-latest" } ]
)", "aep.toml");
  REQUIRE(p.ok());
  REQUIRE(p->find("sim") != nullptr);
  const ProviderProfile* fast = p->find("fast");
  REQUIRE(fast != nullptr);
  CHECK(fast->kind == "openai");
  CHECK(fast->concurrency == 8);
  CHECK(fast->rpm == 600);
  CHECK(fast->timeout == std::chrono::milliseconds(1500));
  CHECK(fast->max_retries == 1);
  REQUIRE(fast->fallbacks.size() == 2);
  CHECK(fast->fallbacks[0].model == "gpt-4o");
  CHECK(fast->fallbacks[0].timeout == std::chrono::milliseconds(2000));
  CHECK(fast->fallbacks[1].profile == "anthropic");
}

TEST_CASE("profiles: bad entries name the place and the key") {
  auto unknown = load_profiles("[providers.a]\nkind = \"openai\"\nmodle = \"x\"\n", "aep.toml");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message.find("aep.toml:3:") != std::string::npos);
  CHECK(unknown.error().message.find("providers.a.modle") != std::string::npos);

  auto key = load_profiles("[providers.a]\nkind = \"openai\"\napi_key = \"sk-abc\"\n", "aep.toml");
  REQUIRE_FALSE(key.ok());
  CHECK(key.error().message.find("api_key_env") != std::string::npos);
  CHECK(key.error().message.find("sk-abc") == std::string::npos);

  auto kind = load_profiles("[providers.a]\nkind = \"opena1\"\n", "aep.toml");
  REQUIRE_FALSE(kind.ok());
  CHECK(kind.error().message.find("unknown provider kind `opena1`") != std::string::npos);

  auto fallback = load_profiles("[providers.a]\nkind = \"sim\"\nfallbacks = [{ profile = \"nope\" }]\n", "aep.toml");
  REQUIRE_FALSE(fallback.ok());
  CHECK(fallback.error().message.find("unknown profile `nope`") != std::string::npos);

  auto dur = load_profiles("[providers.a]\ntimeout = \"soon\"\n", "aep.toml");
  REQUIRE_FALSE(dur.ok());
  CHECK(dur.error().message.find("duration") != std::string::npos);

  auto syntax = load_profiles("[providers.a\n", "aep.toml");
  REQUIRE_FALSE(syntax.ok());
  CHECK(syntax.error().message.rfind("aep.toml:1:", 0) == 0);

  auto compat = load_profiles("[providers.v]\nkind = \"openai-compat\"\n", "aep.toml");
  REQUIRE_FALSE(compat.ok());
  CHECK(compat.error().message.find("base_url") != std::string::npos);
}

TEST_CASE("profiles: keys come from the environment and a missing one is named, never shown") {
  ProviderProfile p;
  p.name = "mine";
  p.kind = "anthropic";
  p.api_key_env = "AEP_RUNNER_TEST_KEY";
  unsetenv("AEP_RUNNER_TEST_KEY");
  auto missing = resolve_profile(p);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("AEP_RUNNER_TEST_KEY") != std::string::npos);

  setenv("AEP_RUNNER_TEST_KEY", "sk-ant-secret-123", 1);
  auto ok = resolve_profile(p);
  REQUIRE(ok.ok());
  CHECK(ok->api_key == "sk-ant-secret-123");
  CHECK(ok->key_source == "AEP_RUNNER_TEST_KEY");
  CHECK(ok->base_url == "https://api.anthropic.com");
  unsetenv("AEP_RUNNER_TEST_KEY");

  // A local endpoint (the emulator, a vLLM server) needs no key.
  ProviderProfile local;
  local.name = "local";
  local.kind = "openai";
  local.base_url = "http://127.0.0.1:8080";
  unsetenv("OPENAI_API_KEY");
  CHECK(resolve_profile(local).ok());

  ProviderProfile sim;
  sim.name = "sim";
  auto s = resolve_profile(sim);
  REQUIRE(s.ok());
  CHECK(s->in_process);
}

TEST_CASE("profiles: durations") {
  CHECK(parse_duration("20s") == std::chrono::milliseconds(20000));
  CHECK(parse_duration("1500ms") == std::chrono::milliseconds(1500));
  CHECK(parse_duration("0.5s") == std::chrono::milliseconds(500));
  CHECK(parse_duration("2m") == std::chrono::milliseconds(120000));
  CHECK_FALSE(parse_duration("fast").has_value());
  CHECK_FALSE(parse_duration("10 parsecs").has_value());
}
