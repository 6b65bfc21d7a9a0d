// One concurrency pool (a provider and key): decides when the next call may
// start, from the adaptive limit, the rate-limit holds the server announced,
// and the optional requests- and tokens-per-minute caps.
//
// Pure bookkeeping on an explicit clock; the client's event loop asks it and
// sleeps until the time it names, so nothing here blocks.
#pragma once

#include <optional>

#include "runtime/http/aimd.hpp"
#include "runtime/http/clock.hpp"
#include "runtime/http/headers.hpp"
#include "runtime/http/retry.hpp"
#include "runtime/http/token_bucket.hpp"

namespace aep::http {

struct PoolOptions {
  int max_concurrency = 64;
  int initial_concurrency = 0;          // 0: start at max_concurrency
  bool adaptive = true;                 // false: a fixed limit of max_concurrency
  double requests_per_minute = 0;       // 0: no cap
  double tokens_per_minute = 0;         // 0: no cap
  // The buckets hold this much of a minute's allowance, so a cap of 600 rpm
  // admits bursts of 100 calls, not 600 at once.
  Duration burst = std::chrono::seconds(10);
  Duration growth_pause = std::chrono::seconds(10);
  // Longest hold a server's headers can impose on the pool: a reset an hour
  // away must not freeze a run (the calls then meet 429s and their own limits).
  Duration max_hold = std::chrono::seconds(60);
};

struct Admission {
  bool go = false;
  // When not go: the time to ask again, or nullopt when only a finishing
  // call can free a slot.
  std::optional<TimePoint> retry_at;
  const char* waiting_for = "";  // "concurrency", "rate-limit reset", "rpm cap", "tpm cap"
};

struct PoolStats {
  int limit = 0;
  int in_flight = 0;
  long started = 0;
  long rate_limited = 0;
  long overloaded = 0;
};

class Pool {
 public:
  Pool(PoolOptions options, TimePoint now);

  Admission admit(long tokens, TimePoint now);
  void on_start(long tokens, TimePoint now);
  // A finished attempt: its outcome, the response headers (rate-limit
  // headers, retry-after on a 429) and when it was sent.
  void on_finish(Outcome outcome, const Headers& headers, TimePoint started, Now now);
  // A call that never started (cancelled while queued) needs no bookkeeping;
  // a started one that is dropped without an outcome (cancelled in flight):
  void on_abandon();
  // When a pool is reconfigured, the calls already in flight still count.
  void carry_in_flight(int n) { in_flight_ = n; }

  int limit() const;
  int in_flight() const { return in_flight_; }
  std::optional<TimePoint> hold_until() const { return hold_until_; }
  PoolStats stats() const;

 private:
  PoolOptions options_;
  AimdLimiter aimd_;
  TokenBucket requests_;
  TokenBucket tokens_;
  int in_flight_ = 0;
  std::optional<TimePoint> hold_until_;
  PoolStats stats_;
};

}  // namespace aep::http
