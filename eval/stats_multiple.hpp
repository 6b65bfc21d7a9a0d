// Multiple-comparison correction across slices: Holm's step-down method
// (Holm 1979) controls the family-wise error rate at alpha without
// assuming independence, and is uniformly more powerful than Bonferroni.
#pragma once

#include <vector>

namespace aep::eval::stats {

struct HolmResult {
  std::vector<double> adjusted;  // Holm-adjusted p-values, in input order, monotone, <= 1
  std::vector<bool> reject;      // adjusted < = alpha
};

HolmResult holm(const std::vector<double>& p_values, double alpha = 0.05);

}  // namespace aep::eval::stats
