// Rate-limit windows and headers (see rate_limits.hpp).
#include "runtime/emulator/rate_limits.hpp"

#include <cmath>
#include <ctime>

#include <fmt/chrono.h>
#include <fmt/format.h>

namespace aep::emulator {

namespace {
constexpr std::int64_t kReportedRpm = 1'000'000;
constexpr std::int64_t kReportedTpm = 1'000'000'000;
}  // namespace

RateWindow::RateWindow(std::optional<std::int64_t> rpm, std::optional<std::int64_t> tpm)
    : rpm_(rpm), tpm_(tpm), window_start_(std::chrono::steady_clock::now()) {}

RateDecision RateWindow::take(std::int64_t tokens) {
  std::lock_guard lock(mutex_);
  auto now = std::chrono::steady_clock::now();
  if (now - window_start_ >= std::chrono::minutes(1)) {
    window_start_ = now;
    requests_ = 0;
    tokens_ = 0;
  }
  RateDecision d;
  d.request_limit = rpm_.value_or(kReportedRpm);
  d.token_limit = tpm_.value_or(kReportedTpm);
  d.reset_s = 60.0 - std::chrono::duration<double>(now - window_start_).count();
  bool over = (rpm_ && requests_ + 1 > *rpm_) || (tpm_ && tokens_ + tokens > *tpm_);
  if (over) {
    d.allowed = false;
    d.retry_after_s = std::ceil(d.reset_s);
  } else {
    ++requests_;
    tokens_ += tokens;
  }
  d.requests_remaining = std::max<std::int64_t>(0, d.request_limit - requests_);
  d.tokens_remaining = std::max<std::int64_t>(0, d.token_limit - tokens_);
  return d;
}

std::vector<std::pair<std::string, std::string>> rate_limit_headers(const std::string& format,
                                                                    const RateDecision& d) {
  std::vector<std::pair<std::string, std::string>> h;
  if (format == "openai-chat" || format == "openai-responses") {
    std::string reset = fmt::format("{}ms", static_cast<std::int64_t>(d.reset_s * 1000));
    h = {{"x-ratelimit-limit-requests", std::to_string(d.request_limit)},
         {"x-ratelimit-remaining-requests", std::to_string(d.requests_remaining)},
         {"x-ratelimit-reset-requests", reset},
         {"x-ratelimit-limit-tokens", std::to_string(d.token_limit)},
         {"x-ratelimit-remaining-tokens", std::to_string(d.tokens_remaining)},
         {"x-ratelimit-reset-tokens", reset}};
  } else if (format == "anthropic") {
    std::time_t reset_at = std::time(nullptr) + static_cast<std::time_t>(std::ceil(d.reset_s));
    std::string reset = fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(reset_at));
    h = {{"anthropic-ratelimit-requests-limit", std::to_string(d.request_limit)},
         {"anthropic-ratelimit-requests-remaining", std::to_string(d.requests_remaining)},
         {"anthropic-ratelimit-requests-reset", reset},
         {"anthropic-ratelimit-tokens-limit", std::to_string(d.token_limit)},
         {"anthropic-ratelimit-tokens-remaining", std::to_string(d.tokens_remaining)},
         {"anthropic-ratelimit-tokens-reset", reset},
         {"anthropic-ratelimit-input-tokens-limit", std::to_string(d.token_limit)},
         {"anthropic-ratelimit-input-tokens-remaining", std::to_string(d.tokens_remaining)},
         {"anthropic-ratelimit-input-tokens-reset", reset}};
  }
  return h;
}

}  // namespace aep::emulator
