// Error bodies of every provider into the neutral ProviderError, with the
// retry hints of PROVIDERS.md (retry-after-ms before retry-after,
// x-should-retry, quota 429s never retried).
#include <catch2/catch.hpp>

#include "runtime/providers/parsers.hpp"

using namespace aep::providers;

TEST_CASE("openai 429 rate limit: retryable, retry-after-ms wins over retry-after") {
  Headers h = {{"retry-after", "20"}, {"Retry-After-Ms", "1500"}, {"x-request-id", "req_1"}};
  auto e = parse_error(Provider::OpenAIChat, 429, h,
                       R"({"error":{"message":"Rate limit reached for gpt-4o","type":"requests","param":null,"code":"rate_limit_exceeded"}})");
  CHECK(e.retryable);
  CHECK_FALSE(e.quota);
  REQUIRE(e.retry_after_s.has_value());
  CHECK(*e.retry_after_s == Approx(1.5));
  CHECK(e.code == "rate_limit_exceeded");
  CHECK(e.to_string() == "openai-chat 429 requests/rate_limit_exceeded: Rate limit reached for gpt-4o (request req_1)");
}

TEST_CASE("openai insufficient_quota 429 is never retryable") {
  auto e = parse_error(Provider::OpenAIChat, 429, {},
                       R"({"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})");
  CHECK(e.quota);
  CHECK_FALSE(e.retryable);
}

TEST_CASE("anthropic 529 overloaded and x-should-retry overrides") {
  auto e = parse_error(Provider::Anthropic, 529, {{"request-id", "req_a"}},
                       R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_a"})");
  CHECK(e.retryable);
  CHECK(e.type == "overloaded_error");
  CHECK(e.request_id == "req_a");
  auto no = parse_error(Provider::Anthropic, 500, {{"x-should-retry", "false"}},
                        R"({"type":"error","error":{"type":"api_error","message":"Internal server error"}})");
  CHECK_FALSE(no.retryable);
  auto yes = parse_error(Provider::Anthropic, 400, {{"x-should-retry", "true"}},
                         R"({"type":"error","error":{"type":"invalid_request_error","message":"x"}})");
  CHECK(yes.retryable);
  auto bad = parse_error(Provider::Anthropic, 400, {},
                         R"({"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}})");
  CHECK_FALSE(bad.retryable);
  CHECK(bad.message == "max_tokens: Field required");
}

TEST_CASE("gemini and ollama error shapes") {
  auto g = parse_error(Provider::Gemini, 429, {},
                       R"([{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}])");
  CHECK(g.type == "RESOURCE_EXHAUSTED");
  CHECK(g.code == "429");
  CHECK(g.retryable);
  auto o = parse_error(Provider::Ollama, 404, {}, R"({"error":"model \"llama9\" not found, try pulling it first"})");
  CHECK(o.message == "model \"llama9\" not found, try pulling it first");
  CHECK_FALSE(o.retryable);
}

TEST_CASE("an error body that is not JSON still gives a usable error") {
  auto e = parse_error(Provider::OpenAIChat, 502, {}, "<html><body>502 Bad Gateway</body></html>");
  CHECK(e.retryable);
  CHECK(e.message.find("502 Bad Gateway") != std::string::npos);
  auto empty = parse_error(Provider::Gemini, 503, {}, "");
  CHECK(empty.message == "(empty error body)");
  auto r = parse_openai_chat_response(503, {}, "");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("openai-chat 503") == 0);
}
