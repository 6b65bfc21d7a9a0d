// Adaptive concurrency (AIMD), token buckets and rate-limit holds, on a
// manual clock.
#include <catch2/catch.hpp>

#include "runtime/http/aimd.hpp"
#include "runtime/http/pool.hpp"
#include "runtime/http/token_bucket.hpp"

using namespace aep::http;
using namespace std::chrono_literals;

TEST_CASE("AIMD halves on a 429 once per round and grows by one per round of successes") {
  ManualClock clock;
  AimdLimiter a({/*max=*/16, /*initial=*/0, 0.5, 10s}, clock.now().steady);
  REQUIRE(a.limit() == 16);
  TimePoint sent = clock.now().steady;
  clock.advance(100ms);
  a.on_outcome(Outcome::RateLimited, sent, clock.now().steady);
  REQUIRE(a.limit() == 8);
  // 429s of calls sent before the cut do not cut again.
  a.on_outcome(Outcome::RateLimited, sent, clock.now().steady);
  a.on_outcome(Outcome::RateLimited, sent, clock.now().steady);
  REQUIRE(a.limit() == 8);
  // A call sent after the cut that is still limited cuts again.
  clock.advance(10ms);
  TimePoint sent2 = clock.now().steady;
  clock.advance(10ms);
  a.on_outcome(Outcome::RateLimited, sent2, clock.now().steady);
  REQUIRE(a.limit() == 4);
  // Growth: one per `limit` successes.
  for (int i = 0; i < 3; ++i) a.on_outcome(Outcome::Success, clock.now().steady, clock.now().steady);
  REQUIRE(a.limit() == 4);
  a.on_outcome(Outcome::Success, clock.now().steady, clock.now().steady);
  REQUIRE(a.limit() == 5);
  for (int i = 0; i < 5; ++i) a.on_outcome(Outcome::Success, clock.now().steady, clock.now().steady);
  REQUIRE(a.limit() == 6);
}

TEST_CASE("AIMD never goes below one nor above the maximum") {
  ManualClock clock;
  AimdLimiter a({4, 2, 0.5, 10s}, clock.now().steady);
  REQUIRE(a.limit() == 2);
  for (int i = 0; i < 10; ++i) {
    clock.advance(1s);
    a.on_outcome(Outcome::RateLimited, clock.now().steady, clock.now().steady);
  }
  REQUIRE(a.limit() == 1);
  for (int i = 0; i < 1000; ++i) a.on_outcome(Outcome::Success, clock.now().steady, clock.now().steady);
  REQUIRE(a.limit() == 4);
}

TEST_CASE("overloads and timeouts pause growth without shrinking") {
  ManualClock clock;
  AimdLimiter a({8, 2, 0.5, 10s}, clock.now().steady);
  a.on_outcome(Outcome::Overloaded, clock.now().steady, clock.now().steady);
  REQUIRE(a.limit() == 2);
  for (int i = 0; i < 20; ++i) a.on_outcome(Outcome::Success, clock.now().steady, clock.now().steady);
  REQUIRE(a.limit() == 2);  // paused
  clock.advance(9s);
  a.on_outcome(Outcome::TimedOut, clock.now().steady, clock.now().steady);  // pause extends
  clock.advance(9s);
  for (int i = 0; i < 20; ++i) a.on_outcome(Outcome::Success, clock.now().steady, clock.now().steady);
  REQUIRE(a.limit() == 2);
  clock.advance(2s);
  for (int i = 0; i < 2; ++i) a.on_outcome(Outcome::Success, clock.now().steady, clock.now().steady);
  REQUIRE(a.limit() == 3);
  // Client errors say nothing about the server's capacity.
  a.on_outcome(Outcome::ClientError, clock.now().steady, clock.now().steady);
  REQUIRE(a.limit() == 3);
}

TEST_CASE("a token bucket refills at its rate and lets an oversized cost go when full") {
  ManualClock clock;
  TokenBucket b(10.0, 5.0, clock.now().steady);  // 10 per second, 5 deep
  for (int i = 0; i < 5; ++i) {
    REQUIRE(b.available_at(1, clock.now().steady) == clock.now().steady);
    b.take(1, clock.now().steady);
  }
  TimePoint next = b.available_at(1, clock.now().steady);
  REQUIRE(next - clock.now().steady == Duration(100ms));
  clock.advance(100ms);
  REQUIRE(b.available_at(1, clock.now().steady) == clock.now().steady);
  // A cost of 50 on a 5-deep bucket waits for a full bucket, then leaves debt.
  clock.advance(1s);
  REQUIRE(b.available_at(50, clock.now().steady) == clock.now().steady);
  b.take(50, clock.now().steady);
  REQUIRE(b.level(clock.now().steady) == Approx(-45.0));
  REQUIRE(b.available_at(1, clock.now().steady) - clock.now().steady == Duration(4600ms));
  TokenBucket unlimited;
  REQUIRE(unlimited.available_at(1e9, clock.now().steady) == clock.now().steady);
}

TEST_CASE("a pool admits up to its limit and frees a slot on finish") {
  ManualClock clock;
  PoolOptions o;
  o.max_concurrency = 2;
  Pool p(o, clock.now().steady);
  TimePoint t = clock.now().steady;
  REQUIRE(p.admit(0, t).go);
  p.on_start(0, t);
  REQUIRE(p.admit(0, t).go);
  p.on_start(0, t);
  auto a = p.admit(0, t);
  REQUIRE_FALSE(a.go);
  REQUIRE_FALSE(a.retry_at);  // only a finishing call frees a slot
  REQUIRE(std::string(a.waiting_for) == "concurrency");
  p.on_finish(Outcome::Success, {}, t, clock.now());
  REQUIRE(p.admit(0, t).go);
}

TEST_CASE("a pool holds back until reset when the server says nothing remains") {
  ManualClock clock;
  Pool p({}, clock.now().steady);
  TimePoint t = clock.now().steady;
  p.on_start(0, t);
  p.on_finish(Outcome::Success,
              {{"x-ratelimit-remaining-requests", "0"}, {"x-ratelimit-reset-requests", "1.5s"}}, t, clock.now());
  auto a = p.admit(0, t);
  REQUIRE_FALSE(a.go);
  REQUIRE(a.retry_at == t + Duration(1500ms));
  clock.advance(1499ms);
  REQUIRE_FALSE(p.admit(0, clock.now().steady).go);
  clock.advance(1ms);
  REQUIRE(p.admit(0, clock.now().steady).go);
}

TEST_CASE("a 429 with retry-after holds the whole pool and halves its limit") {
  ManualClock clock;
  PoolOptions o;
  o.max_concurrency = 10;
  Pool p(o, clock.now().steady);
  TimePoint t = clock.now().steady;
  p.on_start(0, t);
  clock.advance(10ms);
  p.on_finish(Outcome::RateLimited, {{"retry-after", "2"}}, t, clock.now());
  REQUIRE(p.limit() == 5);
  auto a = p.admit(0, clock.now().steady);
  REQUIRE_FALSE(a.go);
  REQUIRE(a.retry_at == clock.now().steady + Duration(2s));
}

TEST_CASE("requests- and tokens-per-minute caps space calls out") {
  ManualClock clock;
  PoolOptions o;
  o.requests_per_minute = 60;  // one a second, bursts of ten
  o.tokens_per_minute = 6000;  // 100 a second, bursts of 1,000
  Pool p(o, clock.now().steady);
  int started = 0;
  TimePoint t = clock.now().steady;
  while (p.admit(0, t).go) {
    p.on_start(0, t);
    p.on_finish(Outcome::Success, {}, t, clock.now());
    ++started;
  }
  REQUIRE(started == 10);
  auto a = p.admit(0, t);
  REQUIRE(std::string(a.waiting_for) == "rpm cap");
  REQUIRE(*a.retry_at - t == Duration(1s));

  ManualClock c2;
  Pool q(o, c2.now().steady);
  TimePoint u = c2.now().steady;
  REQUIRE(q.admit(800, u).go);
  q.on_start(800, u);
  q.on_finish(Outcome::Success, {}, u, c2.now());
  auto b = q.admit(800, u);
  REQUIRE_FALSE(b.go);
  REQUIRE(std::string(b.waiting_for) == "tpm cap");
  REQUIRE(*b.retry_at - u == Duration(6s));  // 600 missing at 100 a second
}

TEST_CASE("a fixed pool ignores 429s for its limit") {
  ManualClock clock;
  PoolOptions o;
  o.max_concurrency = 8;
  o.adaptive = false;
  Pool p(o, clock.now().steady);
  TimePoint t = clock.now().steady;
  p.on_start(0, t);
  clock.advance(1ms);
  p.on_finish(Outcome::RateLimited, {}, t, clock.now());
  REQUIRE(p.limit() == 8);
}

TEST_CASE("a far-off reset holds the pool no longer than max_hold") {
  ManualClock clock;
  PoolOptions o;
  o.max_hold = std::chrono::seconds(5);
  Pool p(o, clock.now().steady);
  TimePoint t = clock.now().steady;
  p.on_start(0, t);
  p.on_finish(Outcome::Success, {{"x-ratelimit-remaining-tokens", "0"}, {"x-ratelimit-reset-tokens", "1h"}}, t,
              clock.now());
  auto a = p.admit(0, t);
  REQUIRE_FALSE(a.go);
  REQUIRE(a.retry_at == t + Duration(5s));
}
