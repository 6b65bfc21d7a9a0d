// McNemar, paired bootstrap and non-inferiority (see stats_paired.hpp).
#include "eval/stats_paired.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "eval/stats_distributions.hpp"

namespace aep::eval::stats {

McNemarResult mcnemar_from_counts(std::size_t b, std::size_t c, std::size_t both_pass, std::size_t both_fail) {
  McNemarResult r;
  r.pass_to_fail = b;
  r.fail_to_pass = c;
  r.both_pass = both_pass;
  r.both_fail = both_fail;
  r.n = b + c + both_pass + both_fail;
  if (r.n > 0) {
    r.baseline_rate = static_cast<double>(both_pass + b) / static_cast<double>(r.n);
    r.candidate_rate = static_cast<double>(both_pass + c) / static_cast<double>(r.n);
  }
  std::size_t d = b + c;
  if (d == 0) return r;  // no discordant pairs: no evidence, p = 1
  std::size_t k = std::min(b, c);
  auto pmf = binomial_pmf_all(d, 0.5);
  double tail = 0.0;
  for (std::size_t i = 0; i <= k; ++i) tail += pmf[i];
  r.p_value = std::min(1.0, 2.0 * tail);
  r.mid_p = std::min(1.0, 2.0 * tail - pmf[k]);
  return r;
}

Expected<McNemarResult> mcnemar_exact(std::span<const bool> baseline, std::span<const bool> candidate) {
  if (baseline.size() != candidate.size()) {
    return Error{fmt::format("paired outcomes differ in length: {} baseline, {} candidate", baseline.size(),
                             candidate.size())};
  }
  std::size_t b = 0, c = 0, pp = 0, ff = 0;
  for (std::size_t i = 0; i < baseline.size(); ++i) {
    if (baseline[i] && candidate[i]) ++pp;
    else if (!baseline[i] && !candidate[i]) ++ff;
    else if (baseline[i]) ++b;
    else ++c;
  }
  return mcnemar_from_counts(b, c, pp, ff);
}

double sign_flip_p_value(std::span<const double> d, bool two_sided, std::size_t resamples, std::uint64_t seed,
                         bool* exact) {
  const std::size_t n = d.size();
  double observed = 0.0;
  for (double v : d) observed += v;
  // Compare sums (same order as means) with a tolerance so ties count as extreme.
  const double eps = 1e-9 * (1.0 + std::abs(observed));
  auto extreme = [&](double s) { return two_sided ? std::abs(s) >= std::abs(observed) - eps : s >= observed - eps; };
  if (n <= 20) {
    if (exact) *exact = true;
    std::uint64_t count = 0;
    const std::uint64_t total = 1ull << n;
    for (std::uint64_t mask = 0; mask < total; ++mask) {
      double s = 0.0;
      for (std::size_t i = 0; i < n; ++i) s += (mask >> i & 1) ? -d[i] : d[i];
      if (extreme(s)) ++count;
    }
    return static_cast<double>(count) / static_cast<double>(total);
  }
  if (exact) *exact = false;
  Rng rng(seed ^ 0x5eed5eed5eed5eedull);
  std::size_t count = 0;
  for (std::size_t b = 0; b < resamples; ++b) {
    double s = 0.0;
    for (std::size_t i = 0; i < n; ++i) s += rng.coin() ? -d[i] : d[i];
    if (extreme(s)) ++count;
  }
  // (count + 1) / (B + 1): a Monte Carlo p-value is never 0.
  return static_cast<double>(count + 1) / static_cast<double>(resamples + 1);
}

namespace {

Expected<std::vector<double>> differences(std::span<const double> baseline, std::span<const double> candidate) {
  if (baseline.size() != candidate.size()) {
    return Error{fmt::format("paired scores differ in length: {} baseline, {} candidate", baseline.size(),
                             candidate.size())};
  }
  if (baseline.empty()) return Error{"cannot compare zero items"};
  std::vector<double> d(baseline.size());
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (!std::isfinite(baseline[i]) || !std::isfinite(candidate[i])) return Error{"a score is not a finite number"};
    d[i] = candidate[i] - baseline[i];
  }
  return d;
}

}  // namespace

Expected<PairedDifference> paired_bootstrap(std::span<const double> baseline, std::span<const double> candidate,
                                            const BootstrapOptions& options) {
  auto d = differences(baseline, candidate);
  if (!d) return d.error();
  auto est = bootstrap_mean(*d, options);
  if (!est) return est.error();
  PairedDifference r;
  r.n = d->size();
  for (std::size_t i = 0; i < r.n; ++i) {
    r.baseline_mean += baseline[i];
    r.candidate_mean += candidate[i];
  }
  r.baseline_mean /= static_cast<double>(r.n);
  r.candidate_mean /= static_cast<double>(r.n);
  r.mean_difference = est->mean;
  r.ci = est->ci;
  r.resamples = options.resamples;
  r.seed = options.seed;
  r.p_value = sign_flip_p_value(*d, /*two_sided=*/true, options.resamples, options.seed, &r.exact_permutation);
  return r;
}

Expected<NonInferiority> non_inferiority(std::span<const double> baseline, std::span<const double> candidate,
                                         double margin, double alpha, std::size_t resamples, std::uint64_t seed) {
  if (!(margin >= 0.0)) return Error{fmt::format("the margin must be >= 0, got {}", margin)};
  if (!(alpha > 0.0 && alpha < 0.5)) return Error{fmt::format("alpha must be in (0, 0.5), got {}", alpha)};
  auto d = differences(baseline, candidate);
  if (!d) return d.error();
  // A one-sided (1 - alpha) bound is the alpha quantile: a two-sided
  // percentile interval at confidence 1 - 2 alpha has it as its lower end.
  BootstrapOptions o{resamples, 1.0 - 2.0 * alpha, seed, CiMethod::Percentile};
  auto est = bootstrap_mean(*d, o);
  if (!est) return est.error();
  NonInferiority r;
  r.n = d->size();
  r.margin = margin;
  r.alpha = alpha;
  r.mean_difference = est->mean;
  r.lower_bound = est->ci.lower;
  r.non_inferior = r.lower_bound > -margin;
  std::vector<double> shifted(*d);
  for (double& v : shifted) v += margin;
  r.p_value = sign_flip_p_value(shifted, /*two_sided=*/false, resamples, seed);
  return r;
}

}  // namespace aep::eval::stats
