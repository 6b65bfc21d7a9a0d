// Sample sizes for gates (see stats_power.hpp).
#include "eval/stats_power.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "eval/stats_distributions.hpp"

namespace aep::eval::stats {
namespace {

Expected<bool> check_levels(double alpha, double power) {
  if (!(alpha > 0.0 && alpha < 0.5)) return Error{fmt::format("alpha must be in (0, 0.5), got {}", alpha)};
  if (!(power > 0.0 && power < 1.0)) return Error{fmt::format("power must be in (0, 1), got {}", power)};
  if (power <= alpha) return Error{fmt::format("power {} must exceed alpha {}", power, alpha)};
  return true;
}

// Upper-tail critical value: smallest k with P(X >= k | n, p0) <= alpha, or n+1.
std::size_t upper_critical(const std::vector<double>& pmf0, double alpha) {
  std::size_t n = pmf0.size() - 1;
  double tail = 0.0;
  std::size_t k = n + 1;
  for (std::size_t i = n + 1; i-- > 0;) {
    if (tail + pmf0[i] > alpha * (1 + 1e-12)) break;
    tail += pmf0[i];
    k = i;
  }
  return k;
}

// Picks the stable n: the smallest n from which every searched n reaches the power.
void choose(const std::vector<double>& power_at, double target, PowerResult& r) {
  std::size_t limit = power_at.size() - 1;
  r.n_first = 0;
  for (std::size_t n = 1; n <= limit; ++n) {
    if (power_at[n] >= target) {
      r.n_first = n;
      break;
    }
  }
  if (r.n_first == 0 || power_at[limit] < target) return;
  std::size_t stable = limit;
  while (stable > 1 && power_at[stable - 1] >= target) --stable;
  r.n = stable;
  r.exact = true;
  r.achieved_power = power_at[stable];
}

}  // namespace

double gate_power(std::size_t n, const GatePowerInput& in, std::size_t* critical) {
  // A `<=` gate on p is a `>=` gate on 1 - p.
  double p0 = in.at_least ? in.threshold : 1.0 - in.threshold;
  double p1 = in.at_least ? in.expected : 1.0 - in.expected;
  auto pmf0 = binomial_pmf_all(n, p0);
  std::size_t k = upper_critical(pmf0, in.alpha);
  if (critical) *critical = in.at_least ? k : (k > n ? 0 : n - k);
  if (k > n) return 0.0;
  auto pmf1 = binomial_pmf_all(n, p1);
  double power = 0.0;
  for (std::size_t i = n + 1; i-- > k;) power += pmf1[i];
  return std::min(1.0, power);
}

Expected<PowerResult> gate_sample_size(const GatePowerInput& in) {
  if (auto ok = check_levels(in.alpha, in.power); !ok) return ok.error();
  for (double p : {in.threshold, in.expected}) {
    if (!(p > 0.0 && p < 1.0)) return Error{fmt::format("rates must be strictly between 0 and 1, got {}", p)};
  }
  if (in.at_least ? in.expected <= in.threshold : in.expected >= in.threshold) {
    return Error{fmt::format("the expected rate {} must be {} the gate's {} for the gate to be passable", in.expected,
                             in.at_least ? "above" : "below", in.threshold)};
  }
  PowerResult r;
  double p0 = in.threshold, p1 = in.expected;
  double za = normal_quantile(1 - in.alpha), zb = normal_quantile(in.power);
  double root = (za * std::sqrt(p0 * (1 - p0)) + zb * std::sqrt(p1 * (1 - p1))) / std::abs(p1 - p0);
  r.n_normal = static_cast<std::size_t>(std::ceil(root * root));
  std::size_t limit = std::min(kExactPowerLimit, std::max<std::size_t>(2 * r.n_normal + 50, 100));
  if (r.n_normal <= kExactPowerLimit) {
    std::vector<double> power_at(limit + 1, 0.0);
    for (std::size_t n = 1; n <= limit; ++n) power_at[n] = gate_power(n, in);
    choose(power_at, in.power, r);
  }
  if (r.exact) {
    gate_power(r.n, in, &r.critical);
    r.method = fmt::format("exact one-sided binomial test at alpha {} (power {:.3f} at n = {}; first reached at n = {})",
                           in.alpha, r.achieved_power, r.n, r.n_first);
  } else {
    r.n = r.n_normal;
    r.method = fmt::format("normal approximation (the exact search stops at {} items)", kExactPowerLimit);
  }
  return r;
}

namespace {

// Rejection probability of the exact conditional McNemar test given d
// discordant pairs, when each is a regression with probability pi.
std::vector<double> conditional_power(std::size_t max_d, double pi, double alpha, bool two_sided) {
  std::vector<double> out(max_d + 1, 0.0);
  double level = two_sided ? alpha / 2 : alpha;
  for (std::size_t d = 1; d <= max_d; ++d) {
    auto pmf0 = binomial_pmf_all(d, 0.5);
    std::size_t k = upper_critical(pmf0, level);
    if (k > d) continue;
    auto pmf1 = binomial_pmf_all(d, pi);
    double p = 0.0;
    for (std::size_t i = d + 1; i-- > k;) p += pmf1[i];
    if (two_sided) {
      // The symmetric lower region (improvements) also rejects.
      std::size_t lo = d - k;
      for (std::size_t i = 0; i <= lo && i < k; ++i) p += pmf1[i];
    }
    out[d] = std::min(1.0, p);
  }
  return out;
}

double unconditional(std::size_t n, double psi, const std::vector<double>& cond) {
  auto pd = binomial_pmf_all(n, psi);
  double p = 0.0;
  for (std::size_t d = 1; d <= n; ++d) p += pd[d] * cond[d];
  return std::min(1.0, p);
}

Expected<bool> check_paired(const PairedPowerInput& in) {
  if (auto ok = check_levels(in.alpha, in.power); !ok) return ok.error();
  if (!(in.discordance > 0.0 && in.discordance <= 1.0)) {
    return Error{fmt::format("the discordance (the fraction of items whose outcome changes) must be in (0, 1], got {}",
                             in.discordance)};
  }
  if (!(in.drop > 0.0)) return Error{fmt::format("the drop to detect must be > 0, got {}", in.drop)};
  if (in.drop > in.discordance) {
    return Error{fmt::format("a drop of {} needs at least that fraction of items to change outcome, but the discordance is {}",
                             in.drop, in.discordance)};
  }
  return true;
}

}  // namespace

double paired_power(std::size_t n, const PairedPowerInput& in) {
  double pi = (in.discordance + in.drop) / (2 * in.discordance);
  auto cond = conditional_power(n, pi, in.alpha, in.two_sided);
  return unconditional(n, in.discordance, cond);
}

Expected<PowerResult> paired_sample_size(const PairedPowerInput& in) {
  if (auto ok = check_paired(in); !ok) return ok.error();
  PowerResult r;
  double psi = in.discordance, delta = in.drop;
  double za = normal_quantile(1 - (in.two_sided ? in.alpha / 2 : in.alpha)), zb = normal_quantile(in.power);
  double root = (za * std::sqrt(psi) + zb * std::sqrt(psi - delta * delta)) / delta;
  r.n_normal = static_cast<std::size_t>(std::ceil(root * root));
  if (r.n_normal <= kExactPowerLimit) {
    std::size_t limit = std::min(kExactPowerLimit, std::max<std::size_t>(2 * r.n_normal + 50, 100));
    double pi = (psi + delta) / (2 * psi);
    auto cond = conditional_power(limit, pi, in.alpha, in.two_sided);
    std::vector<double> power_at(limit + 1, 0.0);
    for (std::size_t n = 1; n <= limit; ++n) power_at[n] = unconditional(n, psi, cond);
    choose(power_at, in.power, r);
  }
  if (r.exact) {
    r.method = fmt::format("exact unconditional power of the {} exact McNemar test at alpha {} (power {:.3f} at n = {}; first reached at n = {})",
                           in.two_sided ? "two-sided" : "one-sided", in.alpha, r.achieved_power, r.n, r.n_first);
  } else {
    r.n = r.n_normal;
    r.method = fmt::format("normal approximation of Connor (1987) (the exact search stops at {} items)", kExactPowerLimit);
  }
  return r;
}

}  // namespace aep::eval::stats
