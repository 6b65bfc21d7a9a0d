// AIMD concurrency limit; see aimd.hpp for the rules.
#include "runtime/http/aimd.hpp"

#include <algorithm>
#include <cmath>

namespace aep::http {

AimdLimiter::AimdLimiter(AimdOptions options, TimePoint now) : options_(options) {
  options_.max = std::max(1, options_.max);
  limit_ = options_.initial > 0 ? std::min(options_.initial, options_.max) : options_.max;
  last_cut_ = now - std::chrono::hours(24);
  paused_until_ = now;
}

void AimdLimiter::on_outcome(Outcome outcome, TimePoint started, TimePoint now) {
  switch (outcome) {
    case Outcome::Success:
      if (growth_paused(now)) {
        successes_ = 0;
        return;
      }
      if (++successes_ >= limit_) {
        successes_ = 0;
        limit_ = std::min(options_.max, limit_ + 1);
      }
      return;
    case Outcome::RateLimited:
      successes_ = 0;
      if (started < last_cut_) return;  // already answered by the last cut
      limit_ = std::max(1, static_cast<int>(std::floor(limit_ * options_.decrease)));
      last_cut_ = now;
      return;
    case Outcome::Overloaded:
    case Outcome::TimedOut:
    case Outcome::Failed:
      successes_ = 0;
      paused_until_ = std::max(paused_until_, now + options_.growth_pause);
      return;
    case Outcome::ClientError:
    case Outcome::Final:
      return;
  }
}

}  // namespace aep::http
