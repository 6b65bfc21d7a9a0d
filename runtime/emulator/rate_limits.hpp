// Per-minute request and token windows behind the emulator's rate-limit
// headers (OpenAI x-ratelimit-*, Anthropic anthropic-ratelimit-*). Limits
// are enforced (a real 429 with retry-after) only when set on the command
// line; otherwise the headers report generous limits, as a paid tier does.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace aep::emulator {

struct RateDecision {
  bool allowed = true;
  double retry_after_s = 0;
  std::int64_t request_limit = 0, requests_remaining = 0;
  std::int64_t token_limit = 0, tokens_remaining = 0;
  double reset_s = 0;  // until the window resets
};

class RateWindow {
 public:
  RateWindow(std::optional<std::int64_t> rpm, std::optional<std::int64_t> tpm);
  // Counts one request of `tokens` tokens, unless it would pass a limit.
  RateDecision take(std::int64_t tokens);

 private:
  std::mutex mutex_;
  std::optional<std::int64_t> rpm_, tpm_;
  std::chrono::steady_clock::time_point window_start_;
  std::int64_t requests_ = 0, tokens_ = 0;
};

// Headers for one response in the given format ("openai-chat",
// "openai-responses", "anthropic"; none for the others).
std::vector<std::pair<std::string, std::string>> rate_limit_headers(const std::string& format,
                                                                    const RateDecision& d);

}  // namespace aep::emulator
