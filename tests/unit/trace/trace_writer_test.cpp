// Trace lines: one JSON object a line with every field, appended and on disk
// at once, never holding an API key, redacted on request.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "runtime/trace/trace_writer.hpp"

using namespace aep::trace;
namespace fs = std::filesystem;

namespace {
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("aep-trace-test-" + std::to_string(::getpid()));
  TempDir() { fs::remove_all(path); }
  ~TempDir() { fs::remove_all(path); }
};
std::vector<nlohmann::json> read_lines(const fs::path& file) {
  std::ifstream in(file);
  std::vector<nlohmann::json> out;
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}
std::string slurp(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
TraceRecord sample() {
  TraceRecord r;
  r.build_hash = "b1a2c3";
  r.prompt = "sentiment.aep#Classify";
  r.target = "openai-chat";
  r.provider = "openai";
  r.model = "gpt-4o-mini";
  r.input_tokens = 120;
  r.output_tokens = 3;
  r.cached_tokens = 64;
  r.cost_usd = 0.0000198;
  r.latency_ms = 412.5;
  r.http_status = 200;
  r.retries = 1;
  r.input = "Classify: I loved it";
  r.output = "positive";
  r.extra = {{"sample", 0}, {"request_id", "req_123"}};
  return r;
}
}  // namespace

TEST_CASE("each call is one JSON line with every field") {
  TempDir dir;
  auto w = TraceWriter::open(dir.path / "run-1");
  REQUIRE(w);
  REQUIRE((*w)->write(sample()));
  TraceRecord miss = sample();
  miss.cache_hit = true;
  miss.status = "error";
  miss.error = "timeout: POST http://x/v1: after 3 attempts";
  miss.output_tokens.reset();
  REQUIRE((*w)->write(miss));
  auto lines = read_lines(dir.path / "run-1" / "traces.jsonl");
  REQUIRE(lines.size() == 2);
  const auto& a = lines[0];
  for (const char* field : {"time", "build", "prompt", "target", "provider", "model", "input_tokens", "output_tokens",
                            "cached_tokens", "cost_usd", "latency_ms", "status", "http_status", "retries", "cache_hit",
                            "error", "input", "output", "extra"}) {
    INFO(field);
    REQUIRE(a.contains(field));
  }
  REQUIRE(a["input_tokens"] == 120);
  REQUIRE(a["cached_tokens"] == 64);
  REQUIRE(a["retries"] == 1);
  REQUIRE(a["cache_hit"] == false);
  REQUIRE(a["output"] == "positive");
  REQUIRE(a["extra"]["request_id"] == "req_123");
  REQUIRE(a["time"].get<std::string>().size() == 24);
  REQUIRE(lines[1]["cache_hit"] == true);
  REQUIRE(lines[1]["output_tokens"].is_null());
  REQUIRE(lines[1]["error"].get<std::string>().find("timeout") == 0);
}

TEST_CASE("a line is on disk as soon as write returns, and writes append") {
  TempDir dir;
  {
    auto w = TraceWriter::open(dir.path);
    REQUIRE((*w)->write(sample()));
    // Read through another handle while the writer is still open.
    REQUIRE(read_lines(dir.path / "traces.jsonl").size() == 1);
  }
  auto again = TraceWriter::open(dir.path);
  REQUIRE((*again)->write(sample()));
  REQUIRE(read_lines(dir.path / "traces.jsonl").size() == 2);
}

TEST_CASE("API keys never reach a trace line, even without --redact") {
  TempDir dir;
  ::setenv("ANTHROPIC_API_KEY", "custom-format-key-0123456789", 1);
  auto w = TraceWriter::open(dir.path);
  REQUIRE(w);
  (*w)->add_secret("my-self-hosted-token-abcdef");
  TraceRecord r = sample();
  r.input = "use key sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX and custom-format-key-0123456789";
  r.output = "echo: my-self-hosted-token-abcdef, AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW";
  r.error = "401 for Bearer sk-ant-api03-ABCDEFGHIJKLMNOP";
  r.extra = {{"headers", {{"x-api-key", "sk-ant-api03-QRSTUVWXYZ012345"}}}};
  REQUIRE((*w)->write(r));
  ::unsetenv("ANTHROPIC_API_KEY");
  std::string text = slurp(dir.path / "traces.jsonl");
  for (const char* secret : {"sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX", "custom-format-key-0123456789",
                             "my-self-hosted-token-abcdef", "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW",
                             "sk-ant-api03-ABCDEFGHIJKLMNOP", "sk-ant-api03-QRSTUVWXYZ012345"}) {
    INFO(secret);
    REQUIRE(text.find(secret) == std::string::npos);
  }
  REQUIRE(text.find("[REDACTED:key]") != std::string::npos);
  // Without --redact, personal data is kept as it was.
  TraceRecord p = sample();
  p.input = "mail bob@example.com";
  REQUIRE((*w)->write(p));
  REQUIRE(read_lines(dir.path / "traces.jsonl").back()["input"] == "mail bob@example.com");
}

TEST_CASE("the redact mode removes personal data from prompts and outputs before writing") {
  TempDir dir;
  TraceOptions o;
  o.redact = true;
  auto w = TraceWriter::open(dir.path, o);
  TraceRecord r = sample();
  r.input = "Customer bob@example.com, +44 20 7946 0958, card 4111-1111-1111-1111";
  r.output = "Reply sent to bob@example.com";
  REQUIRE((*w)->write(r));
  std::string text = slurp(dir.path / "traces.jsonl");
  REQUIRE(text.find("bob@example.com") == std::string::npos);
  REQUIRE(text.find("7946") == std::string::npos);
  REQUIRE(text.find("4111-1111") == std::string::npos);
  auto line = read_lines(dir.path / "traces.jsonl").at(0);
  REQUIRE(line["redacted"] == true);
  REQUIRE(line["output"] == "Reply sent to [REDACTED:email]");
}

TEST_CASE("concurrent writers never interleave inside a line") {
  TempDir dir;
  auto w1 = TraceWriter::open(dir.path);
  auto w2 = TraceWriter::open(dir.path);
  TraceRecord big = sample();
  big.output = std::string(20000, 'x');
  std::thread a([&] {
    for (int i = 0; i < 200; ++i) (void)(*w1)->write(big);
  });
  std::thread b([&] {
    for (int i = 0; i < 200; ++i) (void)(*w2)->write(sample());
  });
  a.join();
  b.join();
  auto lines = read_lines(dir.path / "traces.jsonl");  // throws on a broken line
  REQUIRE(lines.size() == 400);
}

TEST_CASE("an unwritable run directory is an error value") {
  auto w = TraceWriter::open("/proc/aep-cannot-create-this");
  REQUIRE_FALSE(w);
  REQUIRE(w.error().message.find("/proc/aep-cannot-create-this") != std::string::npos);
}
