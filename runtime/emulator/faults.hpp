// Seeded fault injection for `aep emulate --faults SPEC`.
//
// SPEC is a comma-separated list of KIND:PROBABILITY[:OPTION=VALUE...]:
//   429         rate limited; options retry-after=SECONDS (default 1),
//               retry-after-ms=MS (also sent when given)
//   quota       429 that must not be retried (OpenAI insufficient_quota,
//               x-should-retry: false)
//   500 503 529 server error, unavailable, overloaded (each provider's body)
//   hang        no answer for for=DURATION (default 30s), past a client's
//               timeout; then the normal answer if the client still waits
//   truncate    Content-Length promises the whole body, half is sent, the
//               connection closes
//   malformed   a 200 whose JSON body (or one stream frame) is cut short
//   cut-stream  a stream that stops half-way and closes the connection (on a
//               non-streaming call it behaves as truncate)
// Probabilities add up to at most 1. Which fault a call gets is a pure
// function of (seed, the request's method, path and body, and how many
// times this emulator has seen that same request), so a rerun against a
// fresh emulator meets the same faults, and a retried call can succeed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/expected.hpp"

namespace aep::emulator {

enum class FaultKind { None, RateLimit, Quota, ServerError, Unavailable, Overloaded, Hang, Truncate, Malformed, CutStream };

struct FaultRule {
  FaultKind kind = FaultKind::None;
  double probability = 0;
  double retry_after_s = 1;       // 429
  double retry_after_ms = -1;     // 429, sent only when >= 0
  double hang_ms = 30000;         // hang
};

struct FaultPlan {
  std::vector<FaultRule> rules;
};

Expected<FaultPlan> parse_faults(std::string_view spec);

// The rule that applies for a uniform draw in [0, 1), or a None rule.
const FaultRule& pick_fault(const FaultPlan& plan, double unit);

std::string_view fault_name(FaultKind kind);

}  // namespace aep::emulator
