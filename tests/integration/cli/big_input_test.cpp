// Hostile and huge inputs, generated at run time rather than committed: a
// 5 MB module, 10,000 nested blocks of every kind, floods of errors and random
// bytes. Each must end in a result or diagnostics: never a crash, a hang or a
// stack overflow. The time bounds here only catch super-linear blow-ups; they
// are on the child's CPU time, which a busy machine (other jobs on the same
// cores) inflates far less than wall time. The real throughput figure is
// measured by bench/parse.
#include <chrono>
#include <random>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "process.hpp"
#include "temp_dir.hpp"

using aep::test::aep_binary;
using aep::test::run;
using aep::test::RunResult;
using aep::test::TempDir;

namespace {

#ifdef AEP_SLOW_BUILD
constexpr double kSlack = 6;
#else
constexpr double kSlack = 1;
#endif

struct Timed {
  RunResult result;
  double cpu_seconds;
};

Timed timed_check(const std::vector<std::string>& args) {
  auto start = std::chrono::steady_clock::now();
  std::vector<std::string> argv{aep_binary(), "check", "--format", "json"};
  argv.insert(argv.end(), args.begin(), args.end());
  RunResult r = run(argv);
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // Wall time only guards against a hang; CPU time is the measure.
  CHECK(wall < 120 * kSlack);
  double cpu = r.cpu_seconds;
  return {std::move(r), cpu};
}

std::string prompt_text(int i) {
  std::string n = std::to_string(i);
  return "type Answer" + n + " { category: string  urgency: int @range(1, 5) }\n\n"
         "/// Prompt number " + n + ".\nprompt Triage" + n +
         " extends Base with cot {\n"
         "  input ticket: string @untrusted\n"
         "  input tier: string = \"free\"\n"
         "  output Answer" + n + "\n"
         "  config { temperature: 0.1  max_tokens: 400 }\n"
         "  budget 6000 tokens\n"
         "  system {\n"
         "    override section persona { super \" You triage tickets.\" }\n"
         "    section rules @tune(max_tokens: 200, keep: [\"order id\"]) {\n"
         "      \"\"\"\n"
         "      Pick exactly one category. Copy the order id only if present.\n"
         "      \"\"\"\n"
         "      if tier == \"enterprise\" { \"Never rate urgency below 3.\" } else { \"Rate freely.\" }\n"
         "    }\n"
         "  }\n"
         "  user { \"Ticket:\\n{{ ticket | trim | truncate(4000) }}\" }\n"
         "}\n\n";
}

// `depth` openings, a payload, then `depth` closings.
std::string nested(const std::string& head, const std::string& open, const std::string& payload,
                   const std::string& close, const std::string& tail, int depth) {
  std::string s = head;
  for (int i = 0; i < depth; ++i) s += open;
  s += payload;
  for (int i = 0; i < depth; ++i) s += close;
  return s + tail;
}

void expect_diagnosed(const Timed& t, const std::string& needle) {
  INFO(t.result.err);
  REQUIRE(t.result.signal == 0);  // no crash, no stack overflow
  CHECK(t.result.exit_code == 1);
  auto j = nlohmann::json::parse(t.result.out);
  CHECK(j["errors"].get<int>() >= 1);
  CHECK(j.dump().find(needle) != std::string::npos);
  CHECK(t.cpu_seconds < 10 * kSlack);
}

}  // namespace

TEST_CASE("a 5 MB module parses cleanly and quickly") {
  TempDir t;
  // A module that is valid for the semantic phase too (aep check runs both):
  // the parent and mixin every generated prompt names, then the prompts.
  std::string text =
      "module big\n\n"
      "abstract prompt Base {\n  system {\n    section persona { \"You are a support agent.\" }\n"
      "    section reasoning { \"Answer briefly.\" }\n  }\n}\n\n"
      "mixin cot {\n  system {\n    append section reasoning { \" Think step by step.\" }\n  }\n}\n\n";
  for (int i = 0; text.size() < 5'000'000; ++i) text += prompt_text(i);
  auto file = t.write("big.aep", text);
  auto timed = timed_check({file});
  INFO(timed.result.out << timed.result.err);
  REQUIRE(timed.result.signal == 0);
  CHECK(timed.result.exit_code == 0);
  // About a second of CPU in a Release build (bench/parse measures it); the
  // bound is loose so a loaded machine or a sanitizer build does not flake,
  // yet far below what a quadratic parse of 5 MB would take.
  CHECK(timed.cpu_seconds < 5 * kSlack);
}

TEST_CASE("10,000 nested blocks give the nesting-limit diagnostic, not a crash") {
  TempDir t;
  const int depth = 10'000;
  SECTION("if blocks") {
    auto f = t.write("ifs.aep", nested("prompt Deep {\n  user {\n", "if x {\n", "\"deep\"\n", "}\n", "  }\n}\n", depth));
    expect_diagnosed(timed_check({f}), "nest");
  }
  SECTION("sections") {
    auto f = t.write("sections.aep", nested("prompt Deep {\n  system {\n", "section s {\n", "\"deep\"\n", "}\n", "  }\n}\n", depth));
    expect_diagnosed(timed_check({f}), "nest");
  }
  SECTION("list brackets in an expression") {
    auto f = t.write("lists.aep", nested("prompt Deep {\n  config { stop: ", "[", "1", "]", " }\n}\n", depth));
    expect_diagnosed(timed_check({f}), "nest");
  }
  SECTION("parentheses in a template") {
    auto f = t.write("parens.aep", nested("prompt Deep {\n  user { \"{{ ", "(", "x", ")", " }}\" }\n}\n", depth));
    expect_diagnosed(timed_check({f}), "nest");
  }
  SECTION("object literals in a test input") {
    auto f = t.write("objects.aep", nested("test deep for P {\n  input { a: ", "{ a: ", "1", " }", " }\n}\n", depth));
    expect_diagnosed(timed_check({f}), "nest");
  }
  SECTION("openings that are never closed") {
    auto f = t.write("open.aep", "prompt Deep {\n  user {\n" + std::string(depth, '['));
    expect_diagnosed(timed_check({f}), "nest");
  }
}

TEST_CASE("floods of errors are capped and fast") {
  TempDir t;
  SECTION("100,000 stray closing braces") {
    std::string text;
    for (int i = 0; i < 100'000; ++i) text += "}\n";
    auto timed = timed_check({t.write("braces.aep", text)});
    REQUIRE(timed.result.signal == 0);
    CHECK(timed.result.exit_code == 1);
    auto j = nlohmann::json::parse(timed.result.out);
    CHECK(j["diagnostics"].size() <= 1000);
    CHECK(timed.cpu_seconds < 10 * kSlack);
  }
  SECTION("100,000 unterminated strings") {
    std::string text = "prompt P {\n  user {\n";
    for (int i = 0; i < 100'000; ++i) text += "\"open\n";
    auto timed = timed_check({t.write("strings.aep", text)});
    REQUIRE(timed.result.signal == 0);
    CHECK(timed.result.exit_code == 1);
    CHECK(timed.cpu_seconds < 10 * kSlack);
  }
  SECTION("one 2 MB line") {
    std::string text = "prompt P {\n  user { \"" + std::string(2'000'000, 'a') + "\" }\n}\n";
    auto timed = timed_check({t.write("line.aep", text)});
    REQUIRE(timed.result.signal == 0);
    CHECK(timed.result.exit_code == 0);
    CHECK(timed.cpu_seconds < 10 * kSlack);
  }
}

TEST_CASE("random bytes end in diagnostics, never a crash") {
  TempDir t;
  std::mt19937 rng(20261125);  // fixed seed: a failure reproduces
  for (int round = 0; round < 8; ++round) {
    std::string bytes(256 * 1024, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() & 0xff);
    if (round % 2 == 1) {
      // Printable-only rounds get past the UTF-8/NUL checks into the parser.
      const std::string alphabet = "prompt{}[]()\"\\ \n:,.=<>|@#rx{{}}/*";
      for (char& c : bytes) c = alphabet[static_cast<unsigned char>(c) % alphabet.size()];
    }
    auto timed = timed_check({t.write("random" + std::to_string(round) + ".aep", bytes)});
    INFO("round " << round);
    REQUIRE(timed.result.signal == 0);
    CHECK(timed.result.exit_code == 1);
    CHECK(timed.cpu_seconds < 10 * kSlack);
  }
}

TEST_CASE("a file over the size limit is refused before it is read") {
  TempDir t;
  // A sparse 100 MiB file: no disk used, but its size is over the 64 MiB limit.
  std::string path = t.write("huge.aep", "");
  std::filesystem::resize_file(path, 100ull << 20);
  auto timed = timed_check({path});
  REQUIRE(timed.result.signal == 0);
  CHECK(timed.result.exit_code == 1);
  auto j = nlohmann::json::parse(timed.result.out);
  REQUIRE(j["diagnostics"].size() == 1);
  CHECK(j["diagnostics"][0]["code"] == "E0004");
  CHECK(timed.cpu_seconds < 1 * kSlack);  // a stat(), not a 100 MiB read
  auto parsed = run({aep_binary(), "parse", path});
  CHECK(parsed.exit_code == 1);
  CHECK(parsed.err.find("E0004") != std::string::npos);
  CHECK(parsed.err.find("huge.aep") != std::string::npos);
}
