// Retry rules of PROVIDERS.md as pure functions: which outcomes are retried,
// and how long to wait before the next attempt.
//
// Retried: 408, 409, 429, every 5xx (529 is Anthropic's "overloaded"),
// transport failures (connect, timeout, truncated body, reset), and any
// response carrying `x-should-retry: true`. Never retried: `x-should-retry:
// false`, and quota or spend-limit errors, which a body classifier
// recognises (OpenAI `insufficient_quota`, Anthropic
// `enforced_spend_limit_reached` are built in; providers add theirs).
// The wait is `retry-after-ms`, else `retry-after` (seconds or an
// HTTP-date), else exponential backoff with full jitter: a uniform draw in
// [0, min(cap, initial * 2^n)], 0.5 s initial and 8 s cap like the official
// SDKs, so a herd of failed calls spreads out instead of retrying together.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "runtime/http/clock.hpp"
#include "runtime/http/response.hpp"

namespace aep::http {

// What a provider's body classifier may say about a non-2xx response.
enum class BodyVerdict { NoOpinion, Retry, NeverRetry };
struct BodyClassification {
  BodyVerdict verdict = BodyVerdict::NoOpinion;
  std::string reason;  // e.g. "insufficient_quota"
};
using BodyClassifier = std::function<BodyClassification(const Response&)>;

// The built-in classifiers: OpenAI quota and Anthropic spend limit.
std::vector<BodyClassifier> default_body_classifiers();

struct RetryOptions {
  // Default 4, above the SDKs' 2: evaluation runs keep many calls in flight
  // and meet more transient 429s and 5xx than one interactive call; each
  // retry still honours the server's delay and the request's deadline.
  int max_retries = 4;
  Duration initial_backoff = std::chrono::milliseconds(500);
  Duration max_backoff = std::chrono::seconds(8);
  // A server asking for a longer wait than this ends the call instead: retrying
  // earlier than asked only earns another 429, and waiting longer silently
  // stalls a run.
  Duration max_retry_after = std::chrono::seconds(60);
  std::vector<BodyClassifier> classifiers = default_body_classifiers();
};

// How a finished attempt counts: for retries and for adaptive concurrency.
enum class Outcome {
  Success,      // 2xx
  RateLimited,  // 429 (not quota)
  Overloaded,   // 5xx, 529
  TimedOut,     // transport timeout
  Failed,       // other transport failure (connect, partial, reset)
  ClientError,  // other 4xx: the request is wrong, retrying will not help
  Final,        // cancelled, deadline, invalid request: stop now
};

struct RetryDecision {
  bool retry = false;
  Outcome outcome = Outcome::Final;
  std::string reason;  // short: "429", "timeout", "insufficient_quota", "x-should-retry: false"
};

RetryDecision classify(const Response& response, const RetryOptions& options);

// The delay a server asked for, from `retry-after-ms` then `retry-after`
// (seconds or IMF-fixdate, against `wall_now`). nullopt when absent or unreadable.
std::optional<Duration> server_retry_delay(const Headers& headers, WallTime wall_now);

// Full-jitter backoff before retry number `retry_index` (0 = first retry);
// `unit_random` is a uniform draw in [0, 1).
Duration backoff_delay(int retry_index, const RetryOptions& options, double unit_random);

// Parses an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); also RFC 850 and asctime forms.
std::optional<WallTime> parse_http_date(std::string_view text);

}  // namespace aep::http
