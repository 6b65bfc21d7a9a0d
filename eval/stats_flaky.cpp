// Flaky-item detection across repeats (see stats_flaky.hpp).
#include "eval/stats_flaky.hpp"

namespace aep::eval::stats {

FlakyReport find_flaky(const std::vector<std::string>& ids, const std::vector<std::vector<bool>>& outcomes) {
  FlakyReport report;
  double disagreement = 0.0;
  for (std::size_t i = 0; i < outcomes.size() && i < ids.size(); ++i) {
    const auto& runs = outcomes[i];
    if (runs.size() < 2) continue;
    ++report.items;
    std::size_t passes = 0;
    for (bool p : runs) passes += p ? 1 : 0;
    std::size_t n = runs.size();
    std::size_t fails = n - passes;
    disagreement += 2.0 * static_cast<double>(passes) * static_cast<double>(fails) /
                    (static_cast<double>(n) * static_cast<double>(n - 1));
    if (passes > 0 && fails > 0) {
      report.flaky.push_back(FlakyItem{ids[i], passes, n, static_cast<double>(passes) / static_cast<double>(n)});
    }
  }
  if (report.items > 0) {
    report.flaky_rate = static_cast<double>(report.flaky.size()) / static_cast<double>(report.items);
    report.disagreement = disagreement / static_cast<double>(report.items);
  }
  return report;
}

}  // namespace aep::eval::stats
