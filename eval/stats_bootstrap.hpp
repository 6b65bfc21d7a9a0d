// Per-metric means with bootstrap confidence intervals.
//
// Defaults: 10,000 resamples, 95% two-sided, BCa (bias-corrected and
// accelerated, Efron 1987; acceleration from the jackknife), seed 0. The
// seed, method and resample count are returned with the estimate so a report
// can be reproduced exactly. Percentile intervals are available too.
// Assumptions: items are independent draws from the population of interest;
// with fewer than about 20 items every bootstrap interval is too narrow.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "compiler/source/expected.hpp"

namespace aep::eval::stats {

struct Interval {
  double lower = 0.0;
  double upper = 0.0;
};

enum class CiMethod { Percentile, BCa };

struct BootstrapOptions {
  std::size_t resamples = 10000;
  double confidence = 0.95;
  std::uint64_t seed = 0;
  CiMethod method = CiMethod::BCa;
};

struct MeanEstimate {
  std::size_t n = 0;
  double mean = 0.0;
  double std_error = 0.0;   // standard deviation of the bootstrap means
  Interval ci;
  CiMethod method = CiMethod::BCa;
  std::size_t resamples = 0;
  std::uint64_t seed = 0;
  double confidence = 0.95;
};

Expected<MeanEstimate> bootstrap_mean(std::span<const double> values, const BootstrapOptions& options = {});

// Checks shared by every bootstrap: resamples in [100, 10^7], confidence in (0, 1).
Expected<bool> check_options(const BootstrapOptions& options);

// The q-quantile of sorted values, linear between order statistics (the
// "type 7" rule of R and NumPy's default).
double quantile_sorted(std::span<const double> sorted, double q);

}  // namespace aep::eval::stats
