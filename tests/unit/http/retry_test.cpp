// The retry rules of PROVIDERS.md: which outcomes are retried and how long
// the client waits, on a manual clock and fixed jitter draws.
#include <catch2/catch.hpp>

#include "runtime/http/retry.hpp"

using namespace aep::http;
using namespace std::chrono_literals;

namespace {
Response http_response(long status, std::string body = "", Headers headers = {}) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.headers = std::move(headers);
  return r;
}
Response transport(ErrorKind kind) {
  Response r;
  r.error = kind;
  return r;
}
}  // namespace

TEST_CASE("retryable statuses and transport failures are retried") {
  RetryOptions o;
  for (long status : {408L, 409L, 429L, 500L, 502L, 503L, 504L, 529L}) {
    INFO(status);
    REQUIRE(classify(http_response(status), o).retry);
  }
  for (long status : {200L, 201L, 400L, 401L, 403L, 404L, 422L}) {
    INFO(status);
    REQUIRE_FALSE(classify(http_response(status), o).retry);
  }
  REQUIRE(classify(transport(ErrorKind::Timeout), o).retry);
  REQUIRE(classify(transport(ErrorKind::Connect), o).retry);
  REQUIRE(classify(transport(ErrorKind::Partial), o).retry);
  REQUIRE(classify(transport(ErrorKind::Transport), o).retry);
  REQUIRE_FALSE(classify(transport(ErrorKind::Cancelled), o).retry);
  REQUIRE_FALSE(classify(transport(ErrorKind::Deadline), o).retry);
  REQUIRE_FALSE(classify(transport(ErrorKind::Invalid), o).retry);
  REQUIRE(classify(http_response(429), o).outcome == Outcome::RateLimited);
  REQUIRE(classify(http_response(529), o).outcome == Outcome::Overloaded);
  REQUIRE(classify(transport(ErrorKind::Timeout), o).outcome == Outcome::TimedOut);
}

TEST_CASE("x-should-retry overrides the status") {
  RetryOptions o;
  REQUIRE(classify(http_response(400, "", {{"x-should-retry", "true"}}), o).retry);
  REQUIRE_FALSE(classify(http_response(503, "", {{"X-Should-Retry", "false"}}), o).retry);
  REQUIRE_FALSE(classify(http_response(429, "", {{"x-should-retry", "false"}}), o).retry);
}

TEST_CASE("quota and spend-limit errors are never retried") {
  RetryOptions o;
  auto openai = http_response(
      429, R"({"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}})");
  auto d = classify(openai, o);
  REQUIRE_FALSE(d.retry);
  REQUIRE(d.reason == "insufficient_quota");
  // Even when the server says it may be retried.
  openai.headers.add("x-should-retry", "true");
  REQUIRE_FALSE(classify(openai, o).retry);

  auto anthropic = http_response(
      429, R"({"type":"error","error":{"type":"enforced_spend_limit_reached","message":"limit"}})");
  REQUIRE_FALSE(classify(anthropic, o).retry);

  // An ordinary rate limit whose message merely mentions the word still retries.
  auto plain = http_response(429, R"({"error":{"message":"see insufficient_quota docs","type":"rate_limit_error"}})");
  REQUIRE(classify(plain, o).retry);
  // A malformed body is no reason to stop retrying.
  REQUIRE(classify(http_response(429, "insufficient_quota {not json"), o).retry);
}

TEST_CASE("providers add their own body classifiers") {
  RetryOptions o;
  o.classifiers.push_back([](const Response& r) -> BodyClassification {
    if (r.status == 400 && r.body.find("try again") != std::string::npos) return {BodyVerdict::Retry, "transient 400"};
    return {};
  });
  REQUIRE(classify(http_response(400, "please try again"), o).retry);
  REQUIRE_FALSE(classify(http_response(400, "bad field"), o).retry);
}

TEST_CASE("retry-after-ms wins over retry-after, which reads seconds and dates") {
  ManualClock clock;
  WallTime now = clock.now().wall;
  REQUIRE(server_retry_delay({{"retry-after-ms", "1500"}, {"retry-after", "9"}}, now) == Duration(1500ms));
  REQUIRE(server_retry_delay({{"Retry-After", "2"}}, now) == Duration(2s));
  REQUIRE(server_retry_delay({{"retry-after", "0.25"}}, now) == Duration(250ms));
  REQUIRE_FALSE(server_retry_delay({{"retry-after", "soon"}}, now));
  REQUIRE_FALSE(server_retry_delay({{"retry-after", "-3"}}, now));
  REQUIRE_FALSE(server_retry_delay({}, now));
  // An unreadable retry-after-ms falls back to retry-after.
  REQUIRE(server_retry_delay({{"retry-after-ms", "x"}, {"retry-after", "4"}}, now) == Duration(4s));

  auto date = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT");
  REQUIRE(date);
  REQUIRE(std::chrono::system_clock::to_time_t(*date) == 784111777);
  auto later = *date + 30s;
  REQUIRE(server_retry_delay({{"retry-after", "Sun, 06 Nov 1994 08:50:07 GMT"}}, *date) == Duration(30s));
  // A date in the past means "now".
  REQUIRE(server_retry_delay({{"retry-after", "Sun, 06 Nov 1994 08:49:37 GMT"}}, later) == Duration(0));
  REQUIRE(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"));
  REQUIRE(parse_http_date("Sun Nov  6 08:49:37 1994"));
  REQUIRE_FALSE(parse_http_date("yesterday"));
}

TEST_CASE("backoff is full jitter under a doubling ceiling capped at 8 s") {
  RetryOptions o;
  REQUIRE(backoff_delay(0, o, 0.999999) < Duration(500ms));
  REQUIRE(backoff_delay(0, o, 0.999999) > Duration(499ms));
  REQUIRE(backoff_delay(1, o, 0.5) == Duration(500ms));
  REQUIRE(backoff_delay(2, o, 0.5) == Duration(1s));
  REQUIRE(backoff_delay(3, o, 1.0) == Duration(4s));
  REQUIRE(backoff_delay(4, o, 1.0) == Duration(8s));
  REQUIRE(backoff_delay(10, o, 1.0) == Duration(8s));
  REQUIRE(backoff_delay(50, o, 1.0) == Duration(8s));
  REQUIRE(backoff_delay(3, o, 0.0) == Duration(0));
}
