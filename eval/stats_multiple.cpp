// Holm's step-down adjustment (see stats_multiple.hpp).
#include "eval/stats_multiple.hpp"

#include <algorithm>
#include <numeric>

namespace aep::eval::stats {

HolmResult holm(const std::vector<double>& p, double alpha) {
  const std::size_t m = p.size();
  HolmResult r;
  r.adjusted.assign(m, 1.0);
  r.reject.assign(m, false);
  std::vector<std::size_t> order(m);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
  double running = 0.0;
  for (std::size_t rank = 0; rank < m; ++rank) {
    std::size_t i = order[rank];
    double adj = std::min(1.0, static_cast<double>(m - rank) * p[i]);
    running = std::max(running, adj);  // step-down: adjusted values never decrease
    r.adjusted[i] = running;
  }
  for (std::size_t i = 0; i < m; ++i) r.reject[i] = r.adjusted[i] <= alpha;
  return r;
}

}  // namespace aep::eval::stats
