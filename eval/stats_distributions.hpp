// Distributions and a portable seeded RNG for the statistics. Results must be
// identical on every platform for a given seed, so index sampling does not use
// std::uniform_int_distribution (its algorithm differs between standard
// libraries): it draws from std::mt19937_64, whose output the standard fixes,
// with Lemire's unbiased multiply-and-reject method.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace aep::eval::stats {

double normal_cdf(double x);
// Inverse of normal_cdf for p in (0, 1) (Acklam's rational approximation with
// one Halley refinement step: about 1e-15 relative error).
double normal_quantile(double p);

// Probabilities of Binomial(n, p) for k = 0..n, computed from the mode outwards
// in ratios so that large n neither overflows nor loses the bulk.
std::vector<double> binomial_pmf_all(std::size_t n, double p);
// P(X >= k) and P(X <= k) for X ~ Binomial(n, p).
double binomial_sf(std::size_t k, std::size_t n, double p);
double binomial_cdf(std::size_t k, std::size_t n, double p);

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}
  // Uniform in [0, bound), bound >= 1.
  std::uint64_t below(std::uint64_t bound);
  bool coin() { return (engine_() >> 63) != 0; }

 private:
  std::mt19937_64 engine_;
};

}  // namespace aep::eval::stats
