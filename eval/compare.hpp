// Comparing a candidate run with a baseline run of the same eval: the entry
// point `aep test` calls for regression gates. Items are matched by id;
// errored items (in either run) and unmatched ids are counted, never compared.
//
// For the whole set and for every slice it reports the exact McNemar test on
// pass/fail, the paired bootstrap on scores and non-inferiority with the
// margin. Slice p-values are Holm-adjusted across slices. A run `regressed`
// when the pass rate drops significantly overall or in a slice (after Holm),
// or, with `require_non_inferiority`, when a slice cannot be shown to be
// within the margin. The pass -> fail items are listed as evidence.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/source/expected.hpp"
#include "eval/stats_bootstrap.hpp"
#include "eval/stats_paired.hpp"

namespace aep::eval {

struct ItemOutcome {
  std::string id;
  std::optional<bool> pass;   // nullopt: errored
  double score = 0.0;         // in [0, 1]
  std::string slice;          // empty: no slice
};

struct CompareOptions {
  double alpha = 0.05;
  double margin = 0.02;                 // non-inferiority margin on the pass rate / mean score
  bool require_non_inferiority = false;
  stats::BootstrapOptions bootstrap;    // resamples, confidence, seed for the score CIs
};

struct GroupComparison {
  std::string name;                     // "(all)" or the slice value
  std::size_t paired = 0;               // items compared
  stats::McNemarResult pass_fail;
  std::optional<stats::PairedDifference> scores;       // absent below 2 items
  std::optional<stats::NonInferiority> non_inferiority;
  double adjusted_p = 1.0;              // Holm across slices (the overall group: its own p)
  bool significant_drop = false;
  bool non_inferior = true;
};

struct Comparison {
  GroupComparison overall;
  std::vector<GroupComparison> slices;  // sorted by slice name
  std::vector<std::string> regressions;   // ids: pass -> fail
  std::vector<std::string> improvements;  // ids: fail -> pass
  std::size_t errored = 0;                // items errored in either run
  std::size_t only_in_baseline = 0;
  std::size_t only_in_candidate = 0;
  bool regressed = false;
  std::vector<std::string> reasons;       // one line per cause, for reports
};

// Errors: duplicate ids in a run, no item common to both runs.
Expected<Comparison> compare_runs(const std::vector<ItemOutcome>& baseline, const std::vector<ItemOutcome>& candidate,
                                  const CompareOptions& options = {});

}  // namespace aep::eval
