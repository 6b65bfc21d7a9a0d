// Adaptive concurrency limit, AIMD-style, on an explicit clock.
//
// Additive increase: after `limit` consecutive successes (about one round of
// calls) the limit grows by one, up to the maximum. Multiplicative decrease:
// a 429 halves it (never below 1), once per round: 429s of calls that were
// already in flight when we cut do not cut again, or one burst would
// collapse the limit to 1. Overloads (5xx, 529), timeouts and transport
// failures do not shrink the limit (they are not about our rate) but pause
// growth for a while, so we do not push harder into a struggling server.
#pragma once

#include "runtime/http/clock.hpp"
#include "runtime/http/retry.hpp"

namespace aep::http {

struct AimdOptions {
  int max = 64;
  int initial = 0;                     // 0: start at max
  double decrease = 0.5;               // factor on a 429
  Duration growth_pause = std::chrono::seconds(10);
};

class AimdLimiter {
 public:
  AimdLimiter(AimdOptions options, TimePoint now);
  int limit() const { return limit_; }
  // `started` is when the finished call was sent: a 429 for a call sent
  // before the last cut does not cut again.
  void on_outcome(Outcome outcome, TimePoint started, TimePoint now);
  bool growth_paused(TimePoint now) const { return now < paused_until_; }

 private:
  AimdOptions options_;
  int limit_;
  int successes_ = 0;
  TimePoint last_cut_{};
  TimePoint paused_until_{};
};

}  // namespace aep::http
