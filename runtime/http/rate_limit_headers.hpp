// Reads the rate-limit headers providers attach to every response, so a pool
// can hold back before the server starts answering 429.
//
// OpenAI: `x-ratelimit-{limit,remaining,reset}-{requests,tokens}`, resets as
// Go-style durations ("1s", "6m0s", "20ms"). Anthropic:
// `anthropic-ratelimit-{requests,tokens,input-tokens,output-tokens}-{limit,
// remaining,reset}`, resets as RFC 3339 times. Unknown or malformed values are
// ignored: a header we cannot read must never stop a run.
#pragma once

#include <optional>
#include <string_view>

#include "runtime/http/clock.hpp"
#include "runtime/http/headers.hpp"

namespace aep::http {

struct RateLimitSnapshot {
  std::optional<long> requests_limit;
  std::optional<long> requests_remaining;
  std::optional<Duration> requests_reset;  // from now
  std::optional<long> tokens_limit;
  std::optional<long> tokens_remaining;    // the tightest of the token budgets
  std::optional<Duration> tokens_reset;    // reset of that tightest budget
  bool empty() const { return !requests_remaining && !tokens_remaining; }
};

RateLimitSnapshot read_rate_limit_headers(const Headers& headers, WallTime wall_now);

// "1h2m3.5s", "6m0s", "20ms", "1.5s", or a bare number of seconds.
std::optional<Duration> parse_go_duration(std::string_view text);
// "2025-01-01T00:00:30Z", with optional fraction and numeric offset.
std::optional<WallTime> parse_rfc3339(std::string_view text);

}  // namespace aep::http
