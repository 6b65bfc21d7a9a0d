// Flaky items: with `samples: N`, an item whose runs disagree (some pass,
// some fail) is flaky. Errored runs are left out by the caller and never
// count as either outcome. An item with one counted run cannot be judged.
#pragma once

#include <string>
#include <vector>

namespace aep::eval::stats {

struct FlakyItem {
  std::string id;
  std::size_t passes = 0;
  std::size_t runs = 0;
  double pass_rate = 0.0;
};

struct FlakyReport {
  std::size_t items = 0;             // items with at least two counted runs
  std::vector<FlakyItem> flaky;      // in input order
  double flaky_rate = 0.0;           // flaky / items
  // Mean over items of the probability that two runs drawn without
  // replacement disagree: 0 for a deterministic eval, up to ~0.5.
  double disagreement = 0.0;
};

FlakyReport find_flaky(const std::vector<std::string>& ids, const std::vector<std::vector<bool>>& outcomes);

}  // namespace aep::eval::stats
