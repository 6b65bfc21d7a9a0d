// Token bucket arithmetic; see token_bucket.hpp.
#include "runtime/http/token_bucket.hpp"

#include <algorithm>

namespace aep::http {

TokenBucket::TokenBucket(double rate_per_second, double capacity, TimePoint now)
    : rate_(rate_per_second), capacity_(std::max(capacity, 1.0)), level_(capacity_), updated_(now) {}

void TokenBucket::refill(TimePoint now) {
  if (now <= updated_) return;
  level_ = std::min(capacity_, level_ + to_seconds(now - updated_) * rate_);
  updated_ = now;
}

double TokenBucket::level(TimePoint now) {
  refill(now);
  return level_;
}

TimePoint TokenBucket::available_at(double cost, TimePoint now) {
  if (!limited()) return now;
  refill(now);
  double need = std::min(cost, capacity_);
  if (level_ >= need) return now;
  // Round up to a whole microsecond so that waking at the returned time
  // always finds enough in the bucket.
  auto wait = std::chrono::ceil<std::chrono::microseconds>(from_seconds((need - level_) / rate_));
  return now + wait;
}

void TokenBucket::take(double cost, TimePoint now) {
  if (!limited()) return;
  refill(now);
  level_ -= cost;
}

}  // namespace aep::http
