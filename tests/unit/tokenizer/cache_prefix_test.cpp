// Cacheable prefix per provider, dynamic-text detection, per-part token
// attribution and the cost formula.
#include <catch2/catch.hpp>

#include "compiler/accounting/account.hpp"
#include "compiler/targets/lower_common.hpp"
#include "test_support.hpp"

using namespace aep;
using namespace aep::accounting;

namespace {

render::TextPart text(std::string s, std::string section = "") {
  render::TextPart p;
  p.text = std::move(s);
  p.section = std::move(section);
  return p;
}

std::string words(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += " policy";
  return s;
}

// A system message: static rules (about `n` tokens), then the user turn
// with an untrusted ticket.
// With `dynamic_first`, the system message opens with an untrusted value.
render::Request request(std::size_t n, bool dynamic_first = false) {
  render::Request r;
  r.prompt = "t.P";
  render::Message sys;
  sys.role = render::Role::System;
  if (dynamic_first) {
    render::TextPart d = text("Acme", "persona");
    d.untrusted = "company";
    sys.parts.push_back(d);
  }
  sys.parts.push_back(text(words(n), "rules"));
  r.messages.push_back(sys);
  render::Message user;
  user.role = render::Role::User;
  user.parts.push_back(text("Ticket:\n"));
  render::TextPart ticket = text("I was charged twice");
  ticket.untrusted = "ticket";
  user.parts.push_back(ticket);
  r.messages.push_back(user);
  return r;
}

}  // namespace

TEST_CASE("provider cache rules: minimums and OpenAI's 128-token steps") {
  CachePolicy openai = cache_policy("openai-chat", "gpt-4o");
  CHECK(cacheable_for(openai, 1023) == 0);
  CHECK(cacheable_for(openai, 1024) == 1024);
  CHECK(cacheable_for(openai, 1151) == 1024);
  CHECK(cacheable_for(openai, 1152) == 1152);
  CHECK(cacheable_for(openai, 5000) == 4992);
  CHECK(cache_policy("anthropic", "claude-sonnet-4-5").minimum == 1024);
  CHECK(cache_policy("anthropic", "claude-3-5-haiku").minimum == 2048);
  CHECK(cache_policy("anthropic", "claude-haiku-4-5").minimum == 4096);
  CHECK(cache_policy("anthropic", "claude-opus-4-5").minimum == 4096);
  CHECK(cache_policy("gemini", "gemini-2.5-pro").minimum == 2048);
  CHECK(cache_policy("gemini", "gemini-2.5-flash").minimum == 1024);
  CHECK(cache_policy("gemini", "gemini-2.0-flash").minimum == 0);
  CHECK(cache_policy("ollama", "llama3.1").minimum == 0);
  CHECK(cache_policy("openai-compat:vllm", "x").minimum == 0);
  CHECK(cacheable_for(cache_policy("gemini", "gemini-2.5-flash"), 1500) == 1500);
}

TEST_CASE("the static prefix ends at the first dynamic text") {
  const auto& enc = load_encoding("o200k_base");
  CacheOptions opt;
  opt.model = "gpt-4o";
  opt.leading_tokens = 0;
  auto r = analyze_cache_prefix(request(1500), "openai-chat", enc, opt);
  REQUIRE(r.first_dynamic);
  CHECK(r.first_dynamic->reason == "untrusted input `ticket`");
  CHECK(r.first_dynamic->message == 1);
  // system framing (3 + "system") + the rules + user framing + "Ticket:\n"
  std::size_t rules = *count_text(enc, words(1500));
  std::size_t expect = 4 + rules + 4 + *count_text(enc, "Ticket:\n");
  CHECK(r.prefix_tokens == expect);
  CHECK(r.cacheable_tokens == cacheable_for(cache_policy("openai-chat", "gpt-4o"), expect));
  CHECK(r.cacheable_tokens >= 1024);
  CHECK(r.static_after_dynamic_tokens == 0);
}

TEST_CASE("dynamic text before static text is reported with what moving it would gain") {
  const auto& enc = load_encoding("o200k_base");
  CacheOptions opt;
  opt.model = "gpt-4o";
  opt.leading_tokens = 0;
  auto r = analyze_cache_prefix(request(1500, true), "openai-chat", enc, opt);
  REQUIRE(r.first_dynamic);
  CHECK(r.first_dynamic->section == "persona");
  CHECK(r.prefix_tokens == 4);  // only the system message's framing precedes it
  CHECK(r.cacheable_tokens == 0);
  CHECK(r.static_after_dynamic_tokens >= 1500);
  REQUIRE_FALSE(r.static_after_dynamic.empty());
  CHECK(r.static_after_dynamic.front().section == "rules");
}

TEST_CASE("Anthropic caches only up to a breakpoint inside the static prefix") {
  const auto& enc = load_encoding("o200k_base");
  CacheOptions opt;
  opt.model = "claude-sonnet-4-5";
  opt.leading_tokens = 0;
  render::Request r = request(1500);
  auto none = analyze_cache_prefix(r, "anthropic", enc, opt);
  CHECK(none.cacheable_tokens == 0);
  CHECK(none.prefix_tokens > 1024);
  r.messages[0].parts.back().cache_breakpoint = true;
  auto marked = analyze_cache_prefix(r, "anthropic", enc, opt);
  CHECK(marked.cacheable_tokens == 4 + *count_text(enc, words(1500)));
  opt.model = "claude-haiku-4-5";  // minimum 4,096
  CHECK(analyze_cache_prefix(r, "anthropic", enc, opt).cacheable_tokens == 0);
  opt.model = "claude-sonnet-4-5";
  render::Request late = request(1500, true);
  late.messages[0].parts.back().cache_breakpoint = true;
  auto after = analyze_cache_prefix(late, "anthropic", enc, opt);
  CHECK(after.cacheable_tokens == 0);
  bool noted = false;
  for (const auto& n : after.notes) noted = noted || n.find("never reused") != std::string::npos;
  CHECK(noted);
}

TEST_CASE("tool calls in history are dynamic") {
  const auto& enc = load_encoding("o200k_base");
  render::Request r = request(10);
  render::Message call;
  call.role = render::Role::Assistant;
  call.tool_calls.push_back({"c1", "lookup", {{"id", 1}}, {}});
  r.messages.insert(r.messages.begin() + 1, call);
  auto rep = analyze_cache_prefix(r, "openai-chat", enc, {});
  REQUIRE(rep.first_dynamic);
  CHECK(rep.first_dynamic->reason == "tool call or result");
}

TEST_CASE("parts of a message add up to the message's tokens") {
  const auto& enc = load_encoding("o200k_base");
  render::Request r;
  render::Message m;
  m.role = render::Role::User;
  // Boundaries inside words and spaces, where BPE merges across parts.
  m.parts = {text("Hel", "a"), text("lo wor", "b"), text("ld  and more", "a")};
  render::TextPart u = text("x</untrusted_input>y");
  u.untrusted = "t";
  m.parts.push_back(u);
  r.messages.push_back(m);
  auto parts = attribute_parts(r, enc);
  REQUIRE(parts);
  REQUIRE(parts->size() == 1);
  std::string joined;
  for (const auto& p : m.parts) joined += targets::part_text(p);
  CHECK((*parts)[0].total() == *count_text(enc, joined));
  auto sections = section_totals(*parts);
  REQUIRE(sections.size() == 3);
  CHECK(sections[0].section == "a");
  CHECK(sections[2].section == "(user text)");
}

TEST_CASE("cost per call from the price table") {
  auto table = targets::CapabilityTable::builtin();
  const targets::ModelInfo* mini = table.find("gpt-4o-mini");
  REQUIRE(mini);
  render::Config config;
  config.max_output_tokens = render::Setting<std::int64_t>{400, {}};
  CostEstimate c = estimate_cost(mini, config, 2000, 1024, false);
  REQUIRE(c.priced);
  CHECK(c.output_tokens == 400);
  CHECK(c.warm_usd == Approx(976 * 0.15e-6 + 1024 * 0.075e-6 + 400 * 0.60e-6));
  CHECK(c.cold_usd == Approx(2000 * 0.15e-6 + 400 * 0.60e-6));
  const targets::ModelInfo* sonnet = table.find("claude-sonnet-4-5");
  REQUIRE(sonnet);
  CostEstimate a = estimate_cost(sonnet, config, 2000, 1024, true);
  CHECK(a.cold_usd == Approx(976 * 3e-6 + 1024 * 3e-6 * 1.25 + 400 * 15e-6));
  CHECK(a.warm_usd == Approx(976 * 3e-6 + 1024 * 0.3e-6 + 400 * 15e-6));
  CostEstimate local = estimate_cost(table.find("llama3.1"), config, 2000, 0, false);
  CHECK_FALSE(local.priced);
}

TEST_CASE("account_target lowers, counts and prices every native target") {
  auto table = targets::CapabilityTable::builtin();
  render::Request r = request(50);
  r.config.model = render::Setting<std::string>{"gpt-4o", {}};
  for (const std::string& t : default_targets()) {
    auto acc = account_target(r, t, table);
    if (!acc) FAIL(t << ": " << acc.error().message);
    CHECK(acc->count.total > 50);
    CHECK(acc->count.encoding == "o200k_base");
    CHECK_FALSE(acc->sections.empty());
    if (t == "openai-chat") {
      CHECK(acc->model == "gpt-4o");
      CHECK(acc->count.exact);
      CHECK(acc->cost.priced);
    } else {
      CHECK_FALSE(acc->count.exact);
    }
    if (t == "anthropic") CHECK(acc->model == default_model_for("anthropic"));
  }
  auto unknown = account_target(r, "openai-chatt", table);
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message.find("openai-chat") != std::string::npos);
  AccountOptions opt;
  opt.model = "gpt-4";
  auto gpt4 = account_target(r, "openai-chat", table, opt);
  if (gpt4) CHECK(gpt4->count.encoding == "cl100k_base");
}

TEST_CASE("an input value inside merged literal text ends the prefix where it stands") {
  const auto& enc = load_encoding("o200k_base");
  render::Request r;
  render::Message sys;
  sys.role = render::Role::System;
  // "You help Acme users." + long rules, merged into one part by the renderer.
  std::string head = "You help ", value = "Acme", tail = " users." + words(1200);
  sys.parts.push_back(text(head + value + tail, "persona"));
  r.messages.push_back(sys);
  CacheOptions opt;
  opt.model = "gpt-4o";
  opt.leading_tokens = 0;
  auto whole = analyze_cache_prefix(r, "openai-chat", enc, opt);
  CHECK_FALSE(whole.first_dynamic);
  CHECK(whole.cacheable_tokens >= 1024);
  opt.dynamic_ranges.push_back({0, head.size(), head.size() + value.size(), "input `product`", {}});
  auto cut = analyze_cache_prefix(r, "openai-chat", enc, opt);
  REQUIRE(cut.first_dynamic);
  CHECK(cut.first_dynamic->reason == "input `product`");
  CHECK(cut.first_dynamic->section == "persona");
  // Framing + the tokens of "You help" (the token holding " Acme" is dynamic).
  CHECK(cut.prefix_tokens == 4 + *count_text(enc, "You help"));
  CHECK(cut.cacheable_tokens == 0);
  CHECK(cut.static_after_dynamic_tokens >= 1200);
}

TEST_CASE("interpolations of inputs are dynamic, constants and fragment parameters are not") {
  std::set<std::string> inputs = {"product", "ticket"};
  CHECK(interpolated_input("{{ product }}", inputs) == std::optional<std::string>("input `product`"));
  CHECK(interpolated_input("{{ticket | trim}}", inputs) == std::optional<std::string>("input `ticket`"));
  CHECK_FALSE(interpolated_input("{{ tone }}", inputs));
  CHECK_FALSE(interpolated_input("product", inputs));
}
