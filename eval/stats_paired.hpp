// Paired comparisons of a candidate against a baseline on the same items.
//
// mcnemar_exact: pass/fail outcomes. Only discordant pairs carry evidence:
//   b = baseline pass -> candidate fail, c = fail -> pass. Under H0 (equal
//   pass rates) b ~ Binomial(b + c, 1/2); the two-sided exact p-value is
//   min(1, 2 * P(X <= min(b, c))), the mid-p variant subtracts P(X = min(b,c)).
// paired_bootstrap: scores. The mean difference (candidate - baseline) with a
//   bootstrap CI over items (BCa by default), and a two-sided p-value from a
//   sign-flip permutation test (exact enumeration up to 20 items, else
//   Monte Carlo with the same seed), which assumes the differences are
//   symmetric under H0.
// non_inferiority: is the candidate no worse than baseline by more than
//   `margin`? Decided by the one-sided (1 - alpha) lower confidence bound of
//   the mean difference (percentile bootstrap): non-inferior iff bound > -margin.
//   The p-value tests H0: mean difference <= -margin with the shifted sign-flip
//   test. Works for 0/1 outcomes and for scores.
#pragma once

#include <cstdint>
#include <span>

#include "compiler/source/expected.hpp"
#include "eval/stats_bootstrap.hpp"

namespace aep::eval::stats {

struct McNemarResult {
  std::size_t n = 0;
  std::size_t both_pass = 0;
  std::size_t both_fail = 0;
  std::size_t pass_to_fail = 0;   // b: regressions
  std::size_t fail_to_pass = 0;   // c: improvements
  double p_value = 1.0;           // two-sided exact
  double mid_p = 1.0;             // two-sided mid-p
  double baseline_rate = 0.0;
  double candidate_rate = 0.0;
};

McNemarResult mcnemar_from_counts(std::size_t pass_to_fail, std::size_t fail_to_pass, std::size_t both_pass = 0,
                                  std::size_t both_fail = 0);
// The two lists are outcomes of the same items in the same order.
Expected<McNemarResult> mcnemar_exact(std::span<const bool> baseline, std::span<const bool> candidate);

struct PairedDifference {
  std::size_t n = 0;
  double baseline_mean = 0.0;
  double candidate_mean = 0.0;
  double mean_difference = 0.0;   // candidate - baseline
  Interval ci;                    // of the mean difference
  double p_value = 1.0;           // two-sided sign-flip test of mean difference = 0
  bool exact_permutation = false;
  std::size_t resamples = 0;
  std::uint64_t seed = 0;
};

Expected<PairedDifference> paired_bootstrap(std::span<const double> baseline, std::span<const double> candidate,
                                            const BootstrapOptions& options = {});

struct NonInferiority {
  std::size_t n = 0;
  double margin = 0.0;
  double alpha = 0.05;
  double mean_difference = 0.0;
  double lower_bound = 0.0;       // one-sided (1 - alpha) lower confidence bound
  bool non_inferior = false;
  double p_value = 1.0;           // of H0: mean difference <= -margin
};

Expected<NonInferiority> non_inferiority(std::span<const double> baseline, std::span<const double> candidate,
                                         double margin, double alpha = 0.05, std::size_t resamples = 10000,
                                         std::uint64_t seed = 0);

// The sign-flip permutation p-value of mean(d) (two-sided: |mean|; one-sided:
// P(mean >= observed)). Exact for n <= 20.
double sign_flip_p_value(std::span<const double> d, bool two_sided, std::size_t resamples, std::uint64_t seed,
                         bool* exact = nullptr);

}  // namespace aep::eval::stats
