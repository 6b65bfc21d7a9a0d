// Rate-limit headers of OpenAI and Anthropic.
#include <catch2/catch.hpp>

#include "runtime/http/rate_limit_headers.hpp"

using namespace aep::http;
using namespace std::chrono_literals;

TEST_CASE("Go-style durations from OpenAI reset headers") {
  REQUIRE(parse_go_duration("1s") == Duration(1s));
  REQUIRE(parse_go_duration("6m0s") == Duration(6min));
  REQUIRE(parse_go_duration("20ms") == Duration(20ms));
  REQUIRE(parse_go_duration("1h2m3.5s") == Duration(3723500ms));
  REQUIRE(parse_go_duration("0.5s") == Duration(500ms));
  REQUIRE(parse_go_duration("7") == Duration(7s));
  REQUIRE_FALSE(parse_go_duration(""));
  REQUIRE_FALSE(parse_go_duration("3 days"));
  REQUIRE_FALSE(parse_go_duration("5x"));
}

TEST_CASE("RFC 3339 times from Anthropic reset headers") {
  auto t = parse_rfc3339("2025-01-01T00:00:30Z");
  REQUIRE(t);
  REQUIRE(std::chrono::system_clock::to_time_t(*t) == 1735689630);
  auto frac = parse_rfc3339("2025-01-01T00:00:30.5Z");
  REQUIRE(frac);
  REQUIRE(*frac - *t == std::chrono::milliseconds(500));
  auto offset = parse_rfc3339("2025-01-01T01:00:30+01:00");
  REQUIRE(offset);
  REQUIRE(*offset == *t);
  REQUIRE_FALSE(parse_rfc3339("2025-01-01"));
  REQUIRE_FALSE(parse_rfc3339("2025-01-01T00:00:30 PST"));
}

TEST_CASE("OpenAI rate-limit headers are read") {
  Headers h{{"x-ratelimit-limit-requests", "500"},
            {"x-ratelimit-remaining-requests", "0"},
            {"x-ratelimit-reset-requests", "120ms"},
            {"x-ratelimit-limit-tokens", "30000"},
            {"x-ratelimit-remaining-tokens", "29000"},
            {"x-ratelimit-reset-tokens", "2s"}};
  auto s = read_rate_limit_headers(h, std::chrono::system_clock::now());
  REQUIRE(s.requests_limit == 500);
  REQUIRE(s.requests_remaining == 0);
  REQUIRE(s.requests_reset == Duration(120ms));
  REQUIRE(s.tokens_remaining == 29000);
  REQUIRE(s.tokens_reset == Duration(2s));
}

TEST_CASE("Anthropic rate-limit headers: the tightest token budget decides") {
  auto now = *parse_rfc3339("2025-01-01T00:00:00Z");
  Headers h{{"anthropic-ratelimit-requests-limit", "50"},
            {"anthropic-ratelimit-requests-remaining", "49"},
            {"anthropic-ratelimit-requests-reset", "2025-01-01T00:00:01Z"},
            {"anthropic-ratelimit-input-tokens-remaining", "900"},
            {"anthropic-ratelimit-input-tokens-reset", "2025-01-01T00:00:05Z"},
            {"anthropic-ratelimit-output-tokens-remaining", "0"},
            {"anthropic-ratelimit-output-tokens-reset", "2025-01-01T00:00:12Z"}};
  auto s = read_rate_limit_headers(h, now);
  REQUIRE(s.requests_remaining == 49);
  REQUIRE(s.requests_reset == Duration(1s));
  REQUIRE(s.tokens_remaining == 0);
  REQUIRE(s.tokens_reset == Duration(12s));
}

TEST_CASE("malformed rate-limit headers are ignored") {
  Headers h{{"x-ratelimit-remaining-requests", "lots"}, {"x-ratelimit-reset-requests", "whenever"}};
  auto s = read_rate_limit_headers(h, std::chrono::system_clock::now());
  REQUIRE_FALSE(s.requests_remaining);
  REQUIRE_FALSE(s.requests_reset);
  REQUIRE(s.empty());
}
