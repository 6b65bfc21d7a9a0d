// Baseline-versus-candidate comparison (see compare.hpp).
#include "eval/compare.hpp"

#include <map>
#include <set>

#include <fmt/format.h>

#include "eval/stats_multiple.hpp"

namespace aep::eval {
namespace {

struct Pair {
  const ItemOutcome* base;
  const ItemOutcome* cand;
};

GroupComparison compare_group(const std::string& name, const std::vector<Pair>& pairs, const CompareOptions& o) {
  GroupComparison g;
  g.name = name;
  g.paired = pairs.size();
  std::vector<char> bp, cp;  // std::vector<bool> has no contiguous storage for std::span
  std::vector<double> bs, cs, bpass, cpass;
  for (const auto& p : pairs) {
    bp.push_back(*p.base->pass);
    cp.push_back(*p.cand->pass);
    bs.push_back(p.base->score);
    cs.push_back(p.cand->score);
    bpass.push_back(*p.base->pass ? 1.0 : 0.0);
    cpass.push_back(*p.cand->pass ? 1.0 : 0.0);
  }
  std::size_t b = 0, c = 0, pp = 0, ff = 0;
  for (std::size_t i = 0; i < bp.size(); ++i) {
    if (bp[i] && cp[i]) ++pp;
    else if (!bp[i] && !cp[i]) ++ff;
    else if (bp[i]) ++b;
    else ++c;
  }
  g.pass_fail = stats::mcnemar_from_counts(b, c, pp, ff);
  g.adjusted_p = g.pass_fail.p_value;
  if (pairs.size() >= 2) {
    if (auto s = stats::paired_bootstrap(bs, cs, o.bootstrap)) g.scores = *s;
    if (auto ni = stats::non_inferiority(bpass, cpass, o.margin, o.alpha, o.bootstrap.resamples, o.bootstrap.seed)) {
      g.non_inferiority = *ni;
      g.non_inferior = ni->non_inferior;
    }
  } else {
    g.non_inferior = false;  // one item shows nothing
  }
  return g;
}

bool drops(const GroupComparison& g, double alpha) {
  return g.adjusted_p < alpha && g.pass_fail.candidate_rate < g.pass_fail.baseline_rate;
}

}  // namespace

Expected<Comparison> compare_runs(const std::vector<ItemOutcome>& baseline, const std::vector<ItemOutcome>& candidate,
                                  const CompareOptions& o) {
  if (!(o.alpha > 0.0 && o.alpha < 0.5)) return Error{fmt::format("alpha must be in (0, 0.5), got {}", o.alpha)};
  if (auto ok = stats::check_options(o.bootstrap); !ok) return ok.error();
  std::map<std::string, const ItemOutcome*> base_by_id;
  for (const auto& item : baseline) {
    if (!base_by_id.emplace(item.id, &item).second) return Error{fmt::format("duplicate item id `{}` in the baseline", item.id)};
  }
  std::set<std::string> seen;
  Comparison cmp;
  std::vector<Pair> all;
  std::map<std::string, std::vector<Pair>> by_slice;
  for (const auto& item : candidate) {
    if (!seen.insert(item.id).second) return Error{fmt::format("duplicate item id `{}` in the candidate", item.id)};
    auto it = base_by_id.find(item.id);
    if (it == base_by_id.end()) {
      ++cmp.only_in_candidate;
      continue;
    }
    if (!item.pass || !it->second->pass) {
      ++cmp.errored;
      continue;
    }
    Pair p{it->second, &item};
    all.push_back(p);
    // The candidate's slice is the one reported: slices come from the data, which both runs share.
    if (!item.slice.empty()) by_slice[item.slice].push_back(p);
    if (*p.base->pass && !*p.cand->pass) cmp.regressions.push_back(item.id);
    if (!*p.base->pass && *p.cand->pass) cmp.improvements.push_back(item.id);
  }
  for (const auto& [id, _] : base_by_id) {
    if (!seen.count(id)) ++cmp.only_in_baseline;
  }
  if (all.empty()) return Error{"the baseline and the candidate have no counted item in common"};

  cmp.overall = compare_group("(all)", all, o);
  std::vector<double> p_values;
  for (const auto& [name, pairs] : by_slice) {
    cmp.slices.push_back(compare_group(name, pairs, o));
    p_values.push_back(cmp.slices.back().pass_fail.p_value);
  }
  auto holm = stats::holm(p_values, o.alpha);
  for (std::size_t i = 0; i < cmp.slices.size(); ++i) cmp.slices[i].adjusted_p = holm.adjusted[i];

  auto& all_g = cmp.overall;
  all_g.significant_drop = drops(all_g, o.alpha);
  if (all_g.significant_drop) {
    cmp.reasons.push_back(fmt::format("pass rate fell from {:.1f}% to {:.1f}% ({} pass -> fail, {} fail -> pass; exact McNemar p = {:.4g})",
                                      100 * all_g.pass_fail.baseline_rate, 100 * all_g.pass_fail.candidate_rate,
                                      all_g.pass_fail.pass_to_fail, all_g.pass_fail.fail_to_pass, all_g.pass_fail.p_value));
  }
  for (auto& s : cmp.slices) {
    s.significant_drop = drops(s, o.alpha);
    if (s.significant_drop) {
      cmp.reasons.push_back(fmt::format("slice `{}`: pass rate fell from {:.1f}% to {:.1f}% (Holm-adjusted p = {:.4g})", s.name,
                                        100 * s.pass_fail.baseline_rate, 100 * s.pass_fail.candidate_rate, s.adjusted_p));
    }
    if (o.require_non_inferiority && !s.non_inferior) {
      double bound = s.non_inferiority ? s.non_inferiority->lower_bound : -1.0;
      cmp.reasons.push_back(fmt::format("slice `{}`: not shown within the margin of {} (lower bound of the change {:.3f})", s.name,
                                        o.margin, bound));
    }
  }
  if (o.require_non_inferiority && !all_g.non_inferior) {
    cmp.reasons.push_back(fmt::format("overall: not shown within the margin of {}", o.margin));
  }
  cmp.regressed = !cmp.reasons.empty();
  return cmp;
}

}  // namespace aep::eval
