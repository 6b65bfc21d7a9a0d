// The runner over HTTP against the emulator: every provider plain and
// streamed, API keys never written anywhere, and fallback cascades.
#include "it_fixture.hpp"

#include <cstdlib>

#include <nlohmann/json.hpp>

using namespace aep;
using namespace aep::runner;
using it::Emu;
using it::TestProject;

namespace {

Profiles profiles_from(const std::string& toml) {
  auto p = load_profiles(toml, "test.toml");
  INFO((p.ok() ? std::string() : p.error().message));
  REQUIRE(p.ok());
  return std::move(p).value();
}

std::vector<nlohmann::json> trace_lines(const std::filesystem::path& dir) {
  std::vector<nlohmann::json> out;
  std::ifstream in(dir / "traces.jsonl");
  std::string line;
  while (std::getline(in, line)) out.push_back(nlohmann::json::parse(line));
  return out;
}

}  // namespace

TEST_CASE("runner over HTTP: every provider, plain and streamed, typed output checked") {
  Emu emu;
  TestProject proj;
  std::string u = emu.url();
  RunnerOptions o;
  o.profiles = profiles_from(fmt::format(R"(
[providers.oa]
kind = "openai"
base_url = "{0}"
[providers.oar]
kind = "openai-responses"
base_url = "{0}/v1"
[providers.an]
kind = "anthropic"
base_url = "{0}"
model = "claude-3-5-haiku-latest"
[providers.ge]
kind = "gemini"
base_url = "{0}"
model = "gemini-2.0-flash"
[providers.ol]
kind = "ollama"
base_url = "{0}"
model = "llama3.1:8b"
)", u));
  o.sources = &proj.sources;
  auto runner = Runner::create(std::move(o));
  REQUIRE(runner.ok());
  for (const char* profile : {"oa", "oar", "an", "ge", "ol"}) {
    for (bool stream : {false, true}) {
      CallInput in = proj.input(proj.classify.prompt, "I was charged twice for my subscription this month.");
      in.profile = profile;
      in.use_cache = false;
      std::string deltas;
      if (stream) {
        in.stream = true;
        in.on_delta = [&deltas](std::string_view d) { deltas += d; };
      }
      CallResult r = (*runner)->call(std::move(in));
      INFO(profile << (stream ? " streamed: " : " plain: ") << r.error);
      REQUIRE(r.ok());
      REQUIRE(r.output.has_value());
      CHECK((*r.output)["label"] == "billing");
      CHECK(r.response->usage.input_tokens > 20);
      if (stream && std::string(profile) != "an") CHECK(deltas == r.response->text);  // Anthropic's forced tool streams JSON deltas, not text
    }
  }
}

TEST_CASE("runner over HTTP: the API key never reaches the cache, traces or error messages") {
  const std::string secret = "sk-proj-itSECRETabcdef0123456789XYZ";
  setenv("AEP_IT_SECRET_KEY", secret.c_str(), 1);
  Emu ok_emu;
  Emu quota_emu("quota:1.0");
  TestProject proj;
  RunnerOptions o;
  o.profiles = profiles_from(fmt::format(R"(
[providers.good]
kind = "openai"
base_url = "{}"
api_key_env = "AEP_IT_SECRET_KEY"
[providers.broke]
kind = "anthropic"
base_url = "{}"
api_key_env = "AEP_IT_SECRET_KEY"
model = "claude-3-5-haiku-latest"
)", ok_emu.url(), quota_emu.url()));
  o.cache_dir = proj.dir / "cache";
  o.trace_dir = proj.dir / "run";
  auto runner = Runner::create(std::move(o));
  REQUIRE(runner.ok());
  auto resolved = (*runner)->resolve("good");
  REQUIRE(resolved.ok());
  CHECK(resolved->api_key == secret);  // it is really used

  CallInput a = proj.input(proj.label.prompt, "How do I add a second admin? my key is " + secret);
  a.profile = "good";
  CallResult ra = (*runner)->call(a);
  CHECK(ra.ok());
  CallInput b = proj.input(proj.label.prompt, "The export button does nothing when I click it.");
  b.profile = "broke";
  CallResult rb = (*runner)->call(b);
  CHECK(rb.status == CallStatus::ProviderError);
  CHECK(rb.error.find("429") != std::string::npos);
  CHECK(rb.retries == 0);  // quota: never retried
  CHECK(rb.error.find(secret) == std::string::npos);
  CHECK(ra.error.find(secret) == std::string::npos);

  std::string written = it::everything_under(proj.dir);
  CHECK_FALSE(written.empty());
  CHECK(written.find(secret) == std::string::npos);
  CHECK(written.find("itSECRET") == std::string::npos);
  unsetenv("AEP_IT_SECRET_KEY");
}

TEST_CASE("runner over HTTP: a hang past the step timeout falls back, and the trace says why") {
  Emu hang("hang:1.0:for=5s");
  Emu broken("500:1.0");
  Emu good;
  TestProject proj;
  RunnerOptions o;
  o.profiles = profiles_from(fmt::format(R"(
[providers.primary]
kind = "openai"
base_url = "{0}"
timeout = "300ms"
max_retries = 0
fallbacks = [ {{ profile = "second", timeout = "2s" }}, {{ profile = "backup" }} ]
[providers.second]
kind = "openai"
base_url = "{1}"
max_retries = 1
[providers.backup]
kind = "anthropic"
base_url = "{2}"
model = "claude-3-5-haiku-latest"
[providers.doomed]
kind = "openai"
base_url = "{0}"
timeout = "200ms"
max_retries = 0
fallbacks = [ {{ profile = "second" }} ]
)", hang.url(), broken.url(), good.url()));
  o.trace_dir = proj.dir / "run";
  o.max_retries = 1;
  auto runner = Runner::create(std::move(o));
  REQUIRE(runner.ok());

  CallInput in = proj.input(proj.classify.prompt, "The export button does nothing when I click it.");
  in.profile = "primary";
  auto t0 = std::chrono::steady_clock::now();
  CallResult r = (*runner)->call(in);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  INFO(r.error);
  REQUIRE(r.ok());
  CHECK(secs < 4.0);  // the hang is cut at 300 ms, not waited out
  CHECK(r.profile == "backup");
  CHECK(r.target == "anthropic");
  CHECK((*r.output)["label"] == "bug");
  REQUIRE(r.steps.size() == 3);
  INFO("step 0: " << r.steps[0].error << "; step 1: " << r.steps[1].error);
  CHECK_FALSE(r.steps[0].ok);
  CHECK(r.steps[0].error.find("timed out") != std::string::npos);
  CHECK_FALSE(r.steps[1].ok);
  CHECK(r.steps[1].error.find("500") != std::string::npos);
  CHECK(r.steps[1].retries == 1);
  CHECK(r.steps[2].ok);

  auto lines = trace_lines(proj.dir / "run");
  REQUIRE(lines.size() == 1);
  const auto& fb = lines[0]["extra"]["fallback"];
  REQUIRE(fb.size() == 3);
  CHECK(fb[0]["profile"] == "primary");
  CHECK(fb[0]["error"].get<std::string>().find("timed out") != std::string::npos);
  CHECK(fb[1]["error"].get<std::string>().find("500") != std::string::npos);
  CHECK(fb[2]["ok"] == true);
  CHECK(lines[0]["extra"]["answered_by_step"] == 2);

  // Every step failing: one error naming each step's reason.
  CallInput d = proj.input(proj.classify.prompt, "How do I add a second admin to my organisation?");
  d.profile = "doomed";
  CallResult rd = (*runner)->call(d);
  CHECK(rd.status == CallStatus::ProviderError);
  CHECK(rd.error.find("timed out") != std::string::npos);
  CHECK(rd.error.find("500") != std::string::npos);
  CHECK(rd.steps.size() == 2);
}
