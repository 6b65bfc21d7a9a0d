// Time types shared by the HTTP layer, and a manual clock for tests.
//
// Scheduling (timeouts, backoff, rate-limit holds, token buckets) runs on the
// monotonic clock; only two header formats need the wall clock (an HTTP-date
// in `retry-after`, an RFC 3339 reset time in `anthropic-ratelimit-*`). The
// policy code takes both times as arguments instead of reading a clock, so
// tests drive it with a ManualClock and every outcome is deterministic.
#pragma once

#include <chrono>

namespace aep::http {

using Duration = std::chrono::nanoseconds;
using TimePoint = std::chrono::steady_clock::time_point;
using WallTime = std::chrono::system_clock::time_point;

struct Now {
  TimePoint steady;
  WallTime wall;
  static Now system() { return {std::chrono::steady_clock::now(), std::chrono::system_clock::now()}; }
};

// A clock that moves only when told to: tests of backoff, AIMD and buckets.
class ManualClock {
 public:
  ManualClock() : now_{TimePoint{} + std::chrono::hours(1), WallTime{} + std::chrono::hours(24 * 365 * 50)} {}
  Now now() const { return now_; }
  void advance(Duration d) {
    now_.steady += d;
    now_.wall += std::chrono::duration_cast<WallTime::duration>(d);
  }

 private:
  Now now_;
};

inline double to_seconds(Duration d) { return std::chrono::duration<double>(d).count(); }
inline Duration from_seconds(double s) {
  return std::chrono::duration_cast<Duration>(std::chrono::duration<double>(s));
}

}  // namespace aep::http
