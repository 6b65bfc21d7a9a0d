// A token bucket on an explicit clock: the requests-per-minute and
// tokens-per-minute caps of a pool.
//
// The bucket refills continuously at `rate_per_second` up to `capacity`. A
// cost larger than the capacity may still go once the bucket is full (so one
// huge prompt cannot wait forever) and leaves the bucket in debt, which the
// following calls wait out: the long-run rate never exceeds the cap.
#pragma once

#include "runtime/http/clock.hpp"

namespace aep::http {

class TokenBucket {
 public:
  TokenBucket() = default;  // unlimited
  TokenBucket(double rate_per_second, double capacity, TimePoint now);

  bool limited() const { return rate_ > 0; }
  // Earliest time at which `cost` may be taken (now or later).
  TimePoint available_at(double cost, TimePoint now);
  void take(double cost, TimePoint now);
  double level(TimePoint now);

 private:
  void refill(TimePoint now);
  double rate_ = 0;
  double capacity_ = 0;
  double level_ = 0;
  TimePoint updated_{};
};

}  // namespace aep::http
