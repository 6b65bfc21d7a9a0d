// Aether's own stack end to end: runtime/http (retries, pools) and
// runtime/providers (payload flags, credentials, parsers) against the
// emulator, for every provider plain and streamed, and through a seeded
// fault mix where every call must end in a result or a clear error.
#include <thread>

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "runtime/emulator/server.hpp"
#include "runtime/providers/provider_client.hpp"
#include "runtime/sim/world.hpp"

using namespace aep;
using nlohmann::json;
using providers::Provider;

namespace {

const char* kTicket = "I was charged twice for my subscription this month.";
const char* kSystem = "Classify the support ticket. Reply with only the label.";

struct Emu {
  explicit Emu(const std::string& faults) {
    auto world = sim::load_world("tests/integration/emulator/world.json");
    REQUIRE(world.ok());
    emulator::EmulatorOptions o;
    o.sim = std::make_shared<sim::Sim>(std::move(world).value());
    o.faults = *emulator::parse_faults(faults);
    o.seed = 5;
    o.threads = 256;  // one per connection: the client opens up to 200 here
    emu = std::make_unique<emulator::Emulator>(std::move(o));
    port = *emu->bind();
    thread = std::thread([this] { emu->serve(); });
  }
  ~Emu() {
    emu->stop();
    thread.join();
  }
  std::string url() const { return fmt::format("http://127.0.0.1:{}", port); }
  std::unique_ptr<emulator::Emulator> emu;
  std::thread thread;
  int port = 0;
};

providers::CallSpec spec_for(Provider p, const std::string& base, const std::string& user) {
  providers::CallSpec s;
  s.provider = p;
  s.base_url = base;
  s.api_key = "sk-test-secret-value";
  json msgs = {{{"role", "system"}, {"content", kSystem}}, {{"role", "user"}, {"content", user}}};
  switch (p) {
    case Provider::OpenAIChat:
      s.path = "/v1/chat/completions";
      s.payload = {{"model", "gpt-4o-mini"}, {"messages", msgs}};
      break;
    case Provider::OpenAIResponses:
      s.path = "/v1/responses";
      s.payload = {{"model", "gpt-4.1"}, {"instructions", kSystem}, {"input", user}};
      break;
    case Provider::Anthropic:
      s.path = "/v1/messages";
      s.payload = {{"model", "claude"}, {"max_tokens", 64}, {"system", kSystem}, {"messages", {{{"role", "user"}, {"content", user}}}}};
      break;
    case Provider::Gemini:
      s.path = "/v1beta/models/gemini-2.5-flash:generateContent";
      s.payload = {{"systemInstruction", {{"parts", {{{"text", kSystem}}}}}}, {"contents", {{{"role", "user"}, {"parts", {{{"text", user}}}}}}}};
      break;
    case Provider::Ollama:
      s.path = "/api/chat";
      s.payload = {{"model", "llama3.2"}, {"messages", msgs}};
      break;
  }
  return s;
}

constexpr Provider kAll[] = {Provider::OpenAIChat, Provider::OpenAIResponses, Provider::Anthropic, Provider::Gemini, Provider::Ollama};

}  // namespace

TEST_CASE("provider calls over runtime/http: every format, plain and streamed") {
  Emu emu("");
  http::Client client;
  for (Provider p : kAll) {
    for (bool stream : {false, true}) {
      INFO(providers::provider_name(p) << (stream ? " stream" : " plain"));
      auto spec = spec_for(p, emu.url() + (p == Provider::OpenAIChat ? "/v1" : ""), kTicket);
      spec.stream = stream;
      std::string deltas;
      spec.on_delta = [&](std::string_view d) { deltas += d; };
      auto r = providers::call_provider(client, spec);
      REQUIRE(r.ok());
      CHECK(r->text == "billing");
      CHECK(r->usage.output_tokens > 0);
      CHECK(r->attempts == 1);
      CHECK(r->request_id.starts_with("req_"));
      if (stream) CHECK(deltas == "billing");
    }
  }
}

TEST_CASE("a seeded fault mix: every call ends in a result or a clear error, none lost") {
  Emu emu("429:0.15:retry-after=0:retry-after-ms=5,500:0.05,503:0.05,529:0.05,truncate:0.03,malformed:0.03");
  http::ClientOptions options;
  options.retry.initial_backoff = std::chrono::milliseconds(5);
  options.retry.max_backoff = std::chrono::milliseconds(20);
  options.retry.max_retries = 6;
  http::Client client(options);
  const int n = 200;
  std::vector<std::unique_ptr<providers::StreamParser>> parsers(n);
  std::vector<providers::CallSpec> specs;
  std::vector<std::future<http::Response>> futures;
  for (int i = 0; i < n; ++i) {
    specs.push_back(spec_for(kAll[i % 5], emu.url(), fmt::format("{} (call {})", kTicket, i)));
    futures.push_back(client.submit(providers::build_http_request(specs.back(), nullptr)));
  }
  auto start = std::chrono::steady_clock::now();
  int ok = 0, failed = 0, retries = 0, malformed = 0;
  for (int i = 0; i < n; ++i) {
    http::Response h = futures[i].get();
    if (h.timings.wall > std::chrono::seconds(2))
      WARN(fmt::format("slow call {}: {} attempts, {}, wall {} ms", i, h.attempts, h.retry_reasons,
                       std::chrono::duration_cast<std::chrono::milliseconds>(h.timings.wall).count()));
    retries += h.retries();
    auto r = providers::finish_call(specs[i], h, nullptr);
    if (r.ok()) {
      ++ok;
      CHECK(r->text == "billing");
    } else {
      ++failed;
      INFO(r.error().message);
      CHECK(r.error().message.find(std::string(providers::provider_name(specs[i].provider))) == 0);
      // A 2xx body cut in half is not retried by HTTP; the parser names it.
      if (r.error().message.find("not valid JSON") != std::string::npos) ++malformed;
    }
  }
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  WARN(fmt::format("fault mix: {:.2f} s, {} calls, {} ok, {} failed ({} malformed bodies), {} retries, lost {}", seconds, n, ok, failed,
                   malformed, retries, n - ok - failed));
  CHECK(ok + failed == n);
  CHECK(retries > 0);
  CHECK(ok >= n * 8 / 10);
  CHECK(failed == malformed);
}

TEST_CASE("a hang past the timeout and a cut stream end in clear errors") {
  {
    Emu emu("hang:1:for=3s");
    http::Client client;
    auto spec = spec_for(Provider::OpenAIChat, emu.url(), kTicket);
    spec.timeout = std::chrono::milliseconds(300);
    spec.max_retries = 1;
    auto r = providers::call_provider(client, spec);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("openai-chat: timeout") == 0);
    CHECK(r.error().message.find("sk-test-secret-value") == std::string::npos);
  }
  {
    Emu emu("cut-stream:1");
    http::Client client;
    for (Provider p : kAll) {
      auto spec = spec_for(p, emu.url(), kTicket);
      spec.stream = true;
      auto r = providers::call_provider(client, spec);
      INFO(providers::provider_name(p));
      REQUIRE_FALSE(r.ok());
      CHECK(r.error().message.find("sk-test-secret-value") == std::string::npos);
    }
  }
}
