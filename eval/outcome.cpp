// Combining trials into items, items into suite summaries, and comparing a
// run with its baseline (see outcome.hpp).
#include "eval/outcome.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace aep::eval {

const CheckOutcome* first_failed_check(const TrialOutcome& trial) {
  for (const CheckOutcome& c : trial.checks)
    if (c.weight > 0 && c.pass == std::optional<bool>(false)) return &c;
  return nullptr;
}

std::string describe_failure(const CheckOutcome& c) {
  if (c.is_set) {
    std::string why = c.error;
    if (!c.threshold) {
      // Name the member that failed, as deep as the sets go.
      for (const CheckOutcome& m : c.members) {
        if (m.weight > 0 && m.pass == std::optional<bool>(false)) {
          why = describe_failure(m);
          break;
        }
      }
    }
    return fmt::format("assertion set `{}` failed: {}", c.text.substr(c.text.find(' ') + 1), why);
  }
  std::string why = c.message.empty() ? fmt::format("`{}` is false", c.text) : fmt::format("{} (`{}`)", c.message, c.text);
  if (!c.error.empty()) why += ": " + c.error;
  return why;
}

void combine_trials(ItemResult& item) {
  std::size_t counted = 0, passes = 0;
  std::map<std::string, std::pair<double, std::size_t>> sums;
  for (const TrialOutcome& t : item.trials) {
    if (t.pass) {
      ++counted;
      if (*t.pass) ++passes;
    }
    for (const auto& [name, v] : t.metrics) {
      auto& s = sums[name];
      if (v) {
        s.first += *v;
        ++s.second;
      }
    }
  }
  if (counted == 0) {
    item.pass.reset();
    item.score = 0.0;
  } else {
    item.score = static_cast<double>(passes) / static_cast<double>(counted);
    item.pass = 2 * passes >= counted;
  }
  item.metrics.clear();
  for (const auto& [name, s] : sums) {
    item.metrics[name] = s.second == 0 ? std::nullopt : std::optional<double>(s.first / static_cast<double>(s.second));
  }
}

namespace {

MetricSummary summarize_values(const std::string& name, const std::vector<double>& values,
                               const stats::BootstrapOptions& bootstrap) {
  MetricSummary m;
  m.name = name;
  m.n = values.size();
  if (values.empty()) return m;
  double sum = 0;
  for (double v : values) sum += v;
  m.mean = sum / static_cast<double>(values.size());
  if (values.size() >= 2) {
    auto est = stats::bootstrap_mean(values, bootstrap);
    if (est) {
      m.ci = est->ci;
      m.has_ci = true;
    }
  } else {
    m.ci = {m.mean, m.mean};
  }
  return m;
}

double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  return stats::quantile_sorted(v, q);
}

}  // namespace

bool SuiteResult::gates_passed() const {
  return std::all_of(gates.begin(), gates.end(), [](const GateOutcome& g) { return g.passed; });
}

void summarize(SuiteResult& r, const Suite& suite, const stats::BootstrapOptions& bootstrap) {
  r.passed = r.failed = r.errored = 0;
  r.cost_usd = 0;
  r.cost_known = true;
  r.input_tokens = r.output_tokens = 0;
  r.cache_hits = r.calls = 0;
  std::vector<double> pass_values, latencies;
  std::map<std::string, std::vector<double>> metric_values;
  std::map<std::string, SliceSummary> slices;
  std::map<std::string, std::vector<double>> slice_passes;
  std::vector<std::string> ids;
  std::vector<std::vector<bool>> repeats;
  for (const ItemResult& item : r.items) {
    for (const TrialOutcome& t : item.trials) {
      ++r.calls;
      if (t.cache_hit) ++r.cache_hits;
      if (t.latency_ms) latencies.push_back(*t.latency_ms);
      if (t.cost_usd) r.cost_usd += *t.cost_usd;
      else if (t.pass || !t.error.empty()) r.cost_known = r.cost_known && t.cost_usd.has_value();
      r.input_tokens += t.input_tokens;
      r.output_tokens += t.output_tokens;
    }
    if (!item.pass) ++r.errored;
    else if (*item.pass) ++r.passed;
    else ++r.failed;
    if (item.pass) pass_values.push_back(*item.pass ? 1.0 : 0.0);
    for (const auto& [name, v] : item.metrics) {
      if (v && item.pass) metric_values[name].push_back(*v);
    }
    if (!item.slice.empty()) {
      SliceSummary& s = slices[item.slice];
      s.name = item.slice;
      ++s.items;
      if (!item.pass) ++s.errored;
      else if (*item.pass) ++s.passed;
      else ++s.failed;
      if (item.pass) slice_passes[item.slice].push_back(*item.pass ? 1.0 : 0.0);
    }
    if (r.samples > 1) {
      std::vector<bool> outcomes;
      for (const TrialOutcome& t : item.trials)
        if (t.pass) outcomes.push_back(*t.pass);
      ids.push_back(item.id);
      repeats.push_back(std::move(outcomes));
    }
  }
  r.metrics.clear();
  r.metrics.push_back(summarize_values("accuracy", pass_values, bootstrap));
  for (const MetricDef& m : suite.metrics) r.metrics.push_back(summarize_values(m.name, metric_values[m.name], bootstrap));
  r.slices.clear();
  for (auto& [name, s] : slices) {
    s.accuracy = summarize_values("accuracy", slice_passes[name], bootstrap);
    r.slices.push_back(s);
  }
  r.gates.clear();
  for (const GateDef& g : suite.gates) {
    GateOutcome go;
    go.gate = g;
    auto it = std::find_if(r.metrics.begin(), r.metrics.end(), [&](const MetricSummary& m) { return m.name == g.metric; });
    if (it == r.metrics.end() || it->n == 0) {
      go.passed = false;
      go.note = "nothing to measure: no item was graded";
    } else {
      go.value = it->mean;
      go.passed = gate_holds(g, it->mean);
      if (it->has_ci) {
        go.ci = it->ci;
        bool lower_side = g.op == GateOp::Ge || g.op == GateOp::Gt;
        double bound = lower_side ? it->ci.lower : it->ci.upper;
        if (go.passed && !gate_holds(g, bound))
          go.note = fmt::format("passes on the mean, but the {}% interval reaches {:.3f}: more items would settle it",
                                static_cast<int>(std::round(bootstrap.confidence * 100)), bound);
      }
    }
    r.gates.push_back(std::move(go));
  }
  if (r.samples > 1) r.flaky = stats::find_flaky(ids, repeats);
  r.latency_p50 = percentile(latencies, 0.5);
  r.latency_p95 = percentile(latencies, 0.95);
}

std::vector<ItemOutcome> item_outcomes(const SuiteResult& suite) {
  std::vector<ItemOutcome> out;
  out.reserve(suite.items.size());
  for (const ItemResult& item : suite.items) out.push_back(ItemOutcome{item.id, item.pass, item.score, item.slice});
  return out;
}

bool RunResult::gates_passed() const {
  return std::all_of(suites.begin(), suites.end(), [](const SuiteResult& s) { return s.gates_passed(); });
}

bool RunResult::regressed() const {
  return std::any_of(comparisons.begin(), comparisons.end(),
                     [](const SuiteComparison& c) { return c.comparison.regressed; });
}

void compare_with_baseline(RunResult& candidate, const RunResult& baseline, const CompareOptions& options) {
  for (const SuiteResult& s : candidate.suites) {
    auto it = std::find_if(baseline.suites.begin(), baseline.suites.end(),
                           [&](const SuiteResult& b) { return b.id == s.id; });
    if (it == baseline.suites.end()) {
      candidate.notes.push_back(fmt::format("suite `{}` is new: the baseline has no results for it", s.id));
      continue;
    }
    auto cmp = compare_runs(item_outcomes(*it), item_outcomes(s), options);
    if (!cmp) {
      candidate.notes.push_back(fmt::format("suite `{}`: not compared with the baseline: {}", s.id, cmp.error().message));
      continue;
    }
    SuiteComparison sc;
    sc.suite = s.id;
    sc.comparison = std::move(*cmp);
    for (const MetricSummary& m : it->metrics) sc.baseline_metrics[m.name] = m.mean;
    candidate.comparisons.push_back(std::move(sc));
  }
  for (const SuiteResult& b : baseline.suites) {
    bool present = std::any_of(candidate.suites.begin(), candidate.suites.end(),
                               [&](const SuiteResult& s) { return s.id == b.id; });
    if (!present) candidate.notes.push_back(fmt::format("suite `{}` of the baseline was not run", b.id));
  }
}

}  // namespace aep::eval
