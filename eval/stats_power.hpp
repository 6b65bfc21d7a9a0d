// How many items a gate needs.
//
// One-sample gate `accuracy >= p0` (or `<=`): the gate passes when an exact
// one-sided binomial test rejects H0: p <= p0 at level alpha (for `<=`:
// H0: p >= p0). Given the true rate p1 the user expects, the exact power at n
// items is P(X >= k_n | p1) with k_n the smallest count whose tail under p0 is
// <= alpha. Exact power saw-tooths in n, so two figures are given: the
// smallest n that reaches the target power, and the smallest n from which
// every larger n (up to the search limit) reaches it — the one to use.
// Normal approximation for comparison:
//   n = ((z_{1-a} sqrt(p0 q0) + z_{1-b} sqrt(p1 q1)) / (p1 - p0))^2.
//
// Paired regression gate (exact McNemar on pass/fail, as `aep test` runs it):
// a fraction `discordance` of items change outcome between baseline and
// candidate, and the pass rate drops by `drop` (so (discordance + drop) / 2 of
// items go pass -> fail). Exact unconditional power sums, over the number of
// discordant items D ~ Binomial(n, discordance), the power of the exact
// conditional test. Normal approximation (Connor 1987, Biometrics 43:207):
//   n = (z_{1-a/2} sqrt(psi) + z_{1-b} sqrt(psi - delta^2))^2 / delta^2
// (z_{1-a} when one-sided).
//
// The exact search runs up to 20,000 items (and to twice the approximation);
// beyond that the normal approximation is reported and marked as such.
#pragma once

#include <cstddef>
#include <string>

#include "compiler/source/expected.hpp"

namespace aep::eval::stats {

struct PowerResult {
  std::size_t n = 0;             // recommended: the stable exact n, else the approximation
  std::size_t n_first = 0;       // smallest exact n reaching the power (0 when not searched)
  std::size_t n_normal = 0;      // normal approximation
  bool exact = false;            // false when n comes from the approximation
  double achieved_power = 0.0;   // exact power at n (when exact)
  std::size_t critical = 0;      // one-sample: passes needed at n (for `<=`: at most this many)
  std::string method;            // one line for reports
};

struct GatePowerInput {
  double threshold = 0.0;     // p0
  double expected = 0.0;      // p1
  bool at_least = true;       // `>=`/`>` gates; false for `<=`/`<`
  double alpha = 0.05;
  double power = 0.8;
};

struct PairedPowerInput {
  double discordance = 0.0;   // psi = P(outcome differs)
  double drop = 0.0;          // delta = pass-rate drop to detect
  double alpha = 0.05;
  double power = 0.8;
  bool two_sided = true;
};

inline constexpr std::size_t kExactPowerLimit = 20000;

Expected<PowerResult> gate_sample_size(const GatePowerInput& in);
Expected<PowerResult> paired_sample_size(const PairedPowerInput& in);

// Exact power at a given n (for reports and tests).
double gate_power(std::size_t n, const GatePowerInput& in, std::size_t* critical = nullptr);
double paired_power(std::size_t n, const PairedPowerInput& in);

}  // namespace aep::eval::stats
