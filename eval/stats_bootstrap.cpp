// Bootstrap means with percentile and BCa intervals (see stats_bootstrap.hpp).
#include "eval/stats_bootstrap.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <Eigen/Dense>
#include <fmt/format.h>

#include "eval/stats_distributions.hpp"

namespace aep::eval::stats {

Expected<bool> check_options(const BootstrapOptions& o) {
  if (o.resamples < 100 || o.resamples > 10'000'000) {
    return Error{fmt::format("resamples must be between 100 and 10,000,000, got {}", o.resamples)};
  }
  if (!(o.confidence > 0.0 && o.confidence < 1.0)) {
    return Error{fmt::format("confidence must be strictly between 0 and 1, got {}", o.confidence)};
  }
  return true;
}

double quantile_sorted(std::span<const double> s, double q) {
  if (s.empty()) return 0.0;
  q = std::clamp(q, 0.0, 1.0);
  double h = q * static_cast<double>(s.size() - 1);
  auto lo = static_cast<std::size_t>(std::floor(h));
  std::size_t hi = std::min(lo + 1, s.size() - 1);
  return s[lo] + (h - static_cast<double>(lo)) * (s[hi] - s[lo]);
}

Expected<MeanEstimate> bootstrap_mean(std::span<const double> values, const BootstrapOptions& o) {
  if (auto ok = check_options(o); !ok) return ok.error();
  if (values.empty()) return Error{"cannot estimate a mean from zero items"};
  for (double v : values) {
    if (!std::isfinite(v)) return Error{"a value is not a finite number"};
  }
  const std::size_t n = values.size();
  Eigen::Map<const Eigen::ArrayXd> x(values.data(), static_cast<Eigen::Index>(n));
  MeanEstimate est;
  est.n = n;
  est.mean = x.mean();
  est.method = o.method;
  est.resamples = o.resamples;
  est.seed = o.seed;
  est.confidence = o.confidence;

  Rng rng(o.seed);
  std::vector<double> means(o.resamples);
  for (std::size_t b = 0; b < o.resamples; ++b) {
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) sum += values[rng.below(n)];
    means[b] = sum / static_cast<double>(n);
  }
  Eigen::Map<Eigen::ArrayXd> m(means.data(), static_cast<Eigen::Index>(means.size()));
  est.std_error = std::sqrt((m - m.mean()).square().sum() / static_cast<double>(means.size() - 1));
  std::sort(means.begin(), means.end());
  const double alpha = 1.0 - o.confidence;

  // All resamples equal (every value the same): the interval is the point.
  if (means.front() == means.back()) {
    est.ci = {means.front(), means.back()};
    return est;
  }
  double q_lo = alpha / 2, q_hi = 1 - alpha / 2;
  if (o.method == CiMethod::BCa && n >= 2) {
    // Bias correction: how far the bootstrap distribution sits from the estimate
    // (ties count half, which keeps z0 = 0 for symmetric discrete data).
    auto lower = std::lower_bound(means.begin(), means.end(), est.mean);
    auto upper = std::upper_bound(means.begin(), means.end(), est.mean);
    double below = static_cast<double>(lower - means.begin()) + 0.5 * static_cast<double>(upper - lower);
    double prop = std::clamp(below / static_cast<double>(means.size()), 0.5 / static_cast<double>(means.size()),
                             1 - 0.5 / static_cast<double>(means.size()));
    double z0 = normal_quantile(prop);
    // Acceleration from the jackknife: the leave-one-out means are (S - x_i)/(n-1).
    Eigen::ArrayXd jack = (x.sum() - x) / static_cast<double>(n - 1);
    Eigen::ArrayXd dev = jack.mean() - jack;
    double num = dev.cube().sum();
    double den = 6.0 * std::pow(dev.square().sum(), 1.5);
    double a = den > 0 ? num / den : 0.0;
    auto adjust = [&](double q) {
      double z = normal_quantile(q);
      return normal_cdf(z0 + (z0 + z) / (1 - a * (z0 + z)));
    };
    q_lo = adjust(alpha / 2);
    q_hi = adjust(1 - alpha / 2);
  }
  est.ci = {quantile_sorted(means, q_lo), quantile_sorted(means, q_hi)};
  return est;
}

}  // namespace aep::eval::stats
