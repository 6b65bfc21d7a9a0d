// Normal and binomial helpers and the portable RNG (see stats_distributions.hpp).
#include "eval/stats_distributions.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace aep::eval::stats {

double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double normal_quantile(double p) {
  if (p <= 0.0) return -std::numeric_limits<double>::infinity();
  if (p >= 1.0) return std::numeric_limits<double>::infinity();
  static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                             1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
  static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                             6.680131188771972e+01, -1.328068155288572e+01};
  static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                             -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
  static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                             3.754408661907416e+00};
  const double lo = 0.02425;
  double x;
  if (p < lo) {
    double q = std::sqrt(-2 * std::log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - lo) {
    double q = p - 0.5;
    double r = q * q;
    x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    double q = std::sqrt(-2 * std::log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  // One Halley step on erfc brings the approximation to full double precision.
  double e = normal_cdf(x) - p;
  double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
  return x - u / (1 + x * u / 2);
}

std::vector<double> binomial_pmf_all(std::size_t n, double p) {
  std::vector<double> pmf(n + 1, 0.0);
  if (p <= 0.0) {
    pmf[0] = 1.0;
    return pmf;
  }
  if (p >= 1.0) {
    pmf[n] = 1.0;
    return pmf;
  }
  auto mode = static_cast<std::size_t>(std::floor((static_cast<double>(n) + 1) * p));
  mode = std::min(mode, n);
  double nd = static_cast<double>(n);
  double md = static_cast<double>(mode);
  double log_mode = std::lgamma(nd + 1) - std::lgamma(md + 1) - std::lgamma(nd - md + 1) + md * std::log(p) +
                    (nd - md) * std::log1p(-p);
  pmf[mode] = std::exp(log_mode);
  double odds = p / (1 - p);
  for (std::size_t k = mode; k < n; ++k) {
    pmf[k + 1] = pmf[k] * (static_cast<double>(n - k) / static_cast<double>(k + 1)) * odds;
  }
  for (std::size_t k = mode; k > 0; --k) {
    pmf[k - 1] = pmf[k] * (static_cast<double>(k) / static_cast<double>(n - k + 1)) / odds;
  }
  return pmf;
}

double binomial_sf(std::size_t k, std::size_t n, double p) {
  if (k == 0) return 1.0;
  if (k > n) return 0.0;
  auto pmf = binomial_pmf_all(n, p);
  double s = 0.0;
  for (std::size_t i = n + 1; i-- > k;) s += pmf[i];  // smallest terms first
  return std::min(1.0, s);
}

double binomial_cdf(std::size_t k, std::size_t n, double p) {
  if (k >= n) return 1.0;
  auto pmf = binomial_pmf_all(n, p);
  double s = 0.0;
  for (std::size_t i = 0; i <= k; ++i) s += pmf[i];
  return std::min(1.0, s);
}

std::uint64_t Rng::below(std::uint64_t bound) {
  // Lemire, "Fast random integer generation in an interval" (2019).
  std::uint64_t x = engine_();
  __uint128_t m = static_cast<__uint128_t>(x) * bound;
  auto low = static_cast<std::uint64_t>(m);
  if (low < bound) {
    std::uint64_t threshold = (0 - bound) % bound;
    while (low < threshold) {
      x = engine_();
      m = static_cast<__uint128_t>(x) * bound;
      low = static_cast<std::uint64_t>(m);
    }
  }
  return static_cast<std::uint64_t>(m >> 64);
}

}  // namespace aep::eval::stats
