// The C++ side of the emulator contract: runtime/providers' parsers read
// what `aep emulate` serves in every wire format, plain and streamed, and
// every fault kind ends in a clear error (never a silent partial success).
#include <thread>

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "runtime/emulator/in_process.hpp"
#include "runtime/emulator/server.hpp"
#include "runtime/providers/parsers.hpp"
#include "runtime/sim/world.hpp"

using namespace aep;
using nlohmann::json;

namespace {

const char* kTicket = "I was charged twice for my subscription this month.";
const char* kSystem = "Classify the support ticket. Reply with only the label.";

// An emulator on a free port for the duration of a test.
struct Running {
  explicit Running(const std::string& faults = "") {
    auto world = sim::load_world("tests/integration/emulator/world.json");
    REQUIRE(world.ok());
    emulator::EmulatorOptions o;
    o.sim = std::make_shared<sim::Sim>(std::move(world).value());
    auto plan = emulator::parse_faults(faults);
    REQUIRE(plan.ok());
    o.faults = *plan;
    o.threads = 8;
    emu = std::make_unique<emulator::Emulator>(std::move(o));
    auto p = emu->bind();
    REQUIRE(p.ok());
    port = *p;
    thread = std::thread([this] { emu->serve(); });
  }
  ~Running() {
    emu->stop();
    thread.join();
  }
  std::unique_ptr<emulator::Emulator> emu;
  std::thread thread;
  int port = 0;
};

struct Exchange {
  int status = 0;
  providers::Headers headers;
  std::string body;
  bool transport_error = false;
};

Exchange post(int port, const std::string& path, const json& body) {
  httplib::Client cli("127.0.0.1", port);
  cli.set_read_timeout(5, 0);
  httplib::Request req;
  req.method = "POST";
  req.path = path;
  req.body = body.dump();
  req.set_header("Content-Type", "application/json");
  Exchange ex;
  req.content_receiver = [&](const char* data, size_t len, uint64_t, uint64_t) {
    ex.body.append(data, len);
    return true;
  };
  auto res = cli.send(req);
  if (!res) {
    ex.transport_error = true;
    return ex;
  }
  ex.status = res->status;
  for (const auto& [k, v] : res->headers) ex.headers.emplace_back(k, v);
  return ex;
}

struct Case {
  providers::Provider provider;
  std::string path;
  json plain;
  json stream;
};

std::vector<Case> cases() {
  json chat = {{"model", "gpt-4o-mini"}, {"messages", {{{"role", "system"}, {"content", kSystem}}, {{"role", "user"}, {"content", kTicket}}}}};
  json chat_s = chat;
  chat_s["stream"] = true;
  chat_s["stream_options"] = {{"include_usage", true}};
  json resp = {{"model", "gpt-4.1"}, {"instructions", kSystem}, {"input", kTicket}};
  json resp_s = resp;
  resp_s["stream"] = true;
  json anth = {{"model", "claude"}, {"max_tokens", 100}, {"system", kSystem}, {"messages", {{{"role", "user"}, {"content", kTicket}}}}};
  json anth_s = anth;
  anth_s["stream"] = true;
  json gem = {{"systemInstruction", {{"parts", {{{"text", kSystem}}}}}}, {"contents", {{{"role", "user"}, {"parts", {{{"text", kTicket}}}}}}}};
  json oll = {{"model", "llama3.2"}, {"messages", chat["messages"]}, {"stream", false}};
  json oll_s = oll;
  oll_s["stream"] = true;
  return {{providers::Provider::OpenAIChat, "/v1/chat/completions", chat, chat_s},
          {providers::Provider::OpenAIResponses, "/v1/responses", resp, resp_s},
          {providers::Provider::Anthropic, "/v1/messages", anth, anth_s},
          {providers::Provider::Gemini, "/v1beta/models/gemini-2.5-flash:generateContent", gem, json()},
          {providers::Provider::Ollama, "/api/chat", oll, oll_s}};
}

std::string stream_path(const Case& c) {
  if (c.provider == providers::Provider::Gemini) return "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse";
  return c.path;
}

const json& stream_body(const Case& c) { return c.stream.is_null() ? c.plain : c.stream; }

aep::Expected<providers::Response> parse_stream(providers::Provider p, const Exchange& ex, std::string& deltas) {
  auto parser = providers::make_stream_parser(p, ex.headers);
  for (std::size_t i = 0; i < ex.body.size(); i += 17) {
    auto d = parser->feed(std::string_view(ex.body).substr(i, 17));
    if (!d) return d.error();
    for (auto& s : *d) deltas += s;
  }
  return parser->finish();
}

}  // namespace

TEST_CASE("every wire format round-trips through the emulator and the parsers") {
  Running emu;
  for (const Case& c : cases()) {
    INFO(providers::provider_name(c.provider));
    Exchange plain = post(emu.port, c.path, c.plain);
    REQUIRE(plain.status == 200);
    auto r = providers::parse_response(c.provider, plain.status, plain.headers, plain.body);
    REQUIRE(r.ok());
    CHECK(r->text == "billing");
    CHECK(r->usage.reported);
    CHECK(r->usage.input_tokens > 0);
    CHECK(r->usage.output_tokens > 0);
    CHECK(r->finish_reason == providers::FinishReason::Stop);
    CHECK(r->request_id.starts_with("req_"));

    Exchange streamed = post(emu.port, stream_path(c), stream_body(c));
    REQUIRE(streamed.status == 200);
    std::string deltas;
    auto s = parse_stream(c.provider, streamed, deltas);
    REQUIRE(s.ok());
    CHECK(deltas == "billing");
    CHECK(s->text == "billing");
    CHECK(s->usage.output_tokens == r->usage.output_tokens);
  }
}

TEST_CASE("status faults parse into the provider's error with retry hints") {
  {
    Running emu("429:1:retry-after=2:retry-after-ms=250");
    for (const Case& c : cases()) {
      Exchange ex = post(emu.port, c.path, c.plain);
      REQUIRE(ex.status == 429);
      auto e = providers::parse_error(c.provider, ex.status, ex.headers, ex.body);
      INFO(e.to_string());
      CHECK(e.retryable);
      REQUIRE(e.retry_after_s.has_value());
      CHECK(*e.retry_after_s == Approx(0.25));
      CHECK(e.message.find("emulated fault") != std::string::npos);
    }
  }
  {
    Running emu("quota:1");
    for (const Case& c : cases()) {
      Exchange ex = post(emu.port, c.path, c.plain);
      auto e = providers::parse_error(c.provider, ex.status, ex.headers, ex.body);
      CHECK(e.quota);
      CHECK_FALSE(e.retryable);
    }
  }
  {
    Running emu("529:1");
    Exchange ex = post(emu.port, "/v1/messages", cases()[2].plain);
    auto e = providers::parse_error(providers::Provider::Anthropic, ex.status, ex.headers, ex.body);
    CHECK(e.status == 529);
    CHECK(e.type == "overloaded_error");
    CHECK(e.retryable);
  }
}

TEST_CASE("truncated, malformed and cut bodies are errors in every format") {
  for (const char* fault : {"truncate:1", "malformed:1", "cut-stream:1"}) {
    Running emu(fault);
    for (const Case& c : cases()) {
      INFO(fault << " " << providers::provider_name(c.provider));
      Exchange plain = post(emu.port, c.path, c.plain);
      if (!plain.transport_error) {
        auto r = providers::parse_response(c.provider, plain.status, plain.headers, plain.body);
        CHECK_FALSE(r.ok());
      }
      Exchange streamed = post(emu.port, stream_path(c), stream_body(c));
      if (!streamed.transport_error) {
        std::string deltas;
        auto s = parse_stream(c.provider, streamed, deltas);
        CHECK_FALSE(s.ok());
      }
    }
  }
}

TEST_CASE("faults are reproducible: the same seed and requests meet the same faults") {
  auto run = [] {
    Running emu("429:0.3,500:0.2");
    std::string pattern;
    for (int i = 0; i < 30; ++i) {
      json body = cases()[0].plain;
      body["messages"][1]["content"] = std::string(kTicket) + " #" + std::to_string(i % 10);
      pattern += std::to_string(post(emu.port, "/v1/chat/completions", body).status) + " ";
    }
    return pattern;
  };
  std::string first = run();
  CHECK(first == run());
  CHECK(first.find("429") != std::string::npos);
  CHECK(first.find("200") != std::string::npos);
}

TEST_CASE("the in-process sim answers a lowered payload like the server does") {
  auto world = sim::load_world("tests/integration/emulator/world.json");
  REQUIRE(world.ok());
  sim::Sim sim(std::move(world).value());
  for (const Case& c : cases()) {
    INFO(providers::provider_name(c.provider));
    auto a = emulator::answer_payload(sim, providers::provider_name(c.provider), c.plain, "gemini-2.5-flash");
    REQUIRE(a.ok());
    CHECK(a->reply.task_id == "t-billing");
    auto r = providers::parse_response(c.provider, a->status, {}, a->body);
    REQUIRE(r.ok());
    CHECK(r->text == "billing");
  }
  auto bad = emulator::answer_payload(sim, "anthropic", {{"model", "c"}, {"messages", json::array()}});
  REQUIRE(bad.ok());
  CHECK(bad->status == 400);
  CHECK(bad->body.find("max_tokens") != std::string::npos);
  CHECK_FALSE(emulator::answer_payload(sim, "cohere", json::object()).ok());
}
