// Pool admission; see pool.hpp.
#include "runtime/http/pool.hpp"

#include <algorithm>

#include "runtime/http/rate_limit_headers.hpp"

namespace aep::http {

namespace {
TokenBucket per_minute_bucket(double per_minute, Duration burst, TimePoint now) {
  if (per_minute <= 0) return TokenBucket();
  double rate = per_minute / 60.0;
  return TokenBucket(rate, rate * to_seconds(burst), now);
}
}  // namespace

Pool::Pool(PoolOptions options, TimePoint now)
    : options_(options),
      aimd_(AimdOptions{options.max_concurrency, options.initial_concurrency, 0.5, options.growth_pause}, now),
      requests_(per_minute_bucket(options.requests_per_minute, options.burst, now)),
      tokens_(per_minute_bucket(options.tokens_per_minute, options.burst, now)) {}

int Pool::limit() const { return options_.adaptive ? aimd_.limit() : std::max(1, options_.max_concurrency); }

Admission Pool::admit(long tokens, TimePoint now) {
  if (hold_until_ && now < *hold_until_) return {false, *hold_until_, "rate-limit reset"};
  hold_until_.reset();
  if (in_flight_ >= limit()) return {false, std::nullopt, "concurrency"};
  TimePoint r = requests_.available_at(1, now);
  if (r > now) return {false, r, "rpm cap"};
  if (tokens > 0) {
    TimePoint t = tokens_.available_at(static_cast<double>(tokens), now);
    if (t > now) return {false, t, "tpm cap"};
  }
  return {true, std::nullopt, ""};
}

void Pool::on_start(long tokens, TimePoint now) {
  ++in_flight_;
  ++stats_.started;
  requests_.take(1, now);
  if (tokens > 0) tokens_.take(static_cast<double>(tokens), now);
}

void Pool::on_abandon() { in_flight_ = std::max(0, in_flight_ - 1); }

void Pool::on_finish(Outcome outcome, const Headers& headers, TimePoint started, Now now) {
  in_flight_ = std::max(0, in_flight_ - 1);
  if (outcome == Outcome::RateLimited) ++stats_.rate_limited;
  if (outcome == Outcome::Overloaded) ++stats_.overloaded;
  if (options_.adaptive) aimd_.on_outcome(outcome, started, now.steady);

  auto hold = [&](Duration d) {
    TimePoint until = now.steady + std::min(d, options_.max_hold);
    if (!hold_until_ || until > *hold_until_) hold_until_ = until;
  };
  // A 429 that names its wait applies to the whole key, not only this call.
  if (outcome == Outcome::RateLimited) {
    if (auto d = server_retry_delay(headers, now.wall)) hold(*d);
  }
  RateLimitSnapshot s = read_rate_limit_headers(headers, now.wall);
  if (s.requests_remaining && *s.requests_remaining == 0 && s.requests_reset) hold(*s.requests_reset);
  if (s.tokens_remaining && *s.tokens_remaining == 0 && s.tokens_reset) hold(*s.tokens_reset);
}

PoolStats Pool::stats() const {
  PoolStats s = stats_;
  s.limit = limit();
  s.in_flight = in_flight_;
  return s;
}

}  // namespace aep::http
