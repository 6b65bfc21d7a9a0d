// Outcomes of a run: per trial (one call of one case), per item (its trials
// combined) and per suite (metrics with bootstrap intervals, slices, gates,
// flaky items, cost and latency). This is what reports print, what a build
// stores, and what a later run compares itself with.
//
// Rules (docs/eval.md, "Outcomes"):
// - A trial whose call failed (provider error after retries, inputs the
//   prompt refuses, a judge that failed) is `errored`: neither pass nor fail.
//   A response that does not parse into the output type is a real answer and
//   is graded (its fields read as null).
// - An item's score is the share of its counted trials that pass; it passes
//   when that share is at least one half (with one sample: its trial). An
//   item whose every trial errored is errored.
// - `accuracy` is the mean of item passes over counted items; each metric is
//   the mean over items of the item's mean over trials.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/compare.hpp"
#include "eval/stats_bootstrap.hpp"
#include "eval/stats_flaky.hpp"
#include "eval/suite.hpp"

namespace aep::eval {

struct CheckOutcome {
  std::string text;       // the assertion as written (`assert_set NAME` for a set)
  std::string message;    // its message, may be empty
  std::optional<bool> pass;  // nullopt: could not be evaluated
  std::string error;      // why it could not (or the judge's reason)
  double score = 0.0;     // in [0, 1]: 1/0 by pass, a judge's score, a set's weighted mean
  double weight = 1.0;    // 0: metric only, not counted in pass or score
  std::string metric;     // the suite metric it feeds, may be empty
  bool is_set = false;
  std::optional<double> threshold;   // a set's @threshold
  std::vector<CheckOutcome> members; // a set's members
};

struct TrialOutcome {
  std::uint32_t sample = 0;
  std::optional<bool> pass;   // nullopt: errored
  std::string error;          // why errored
  double score = 0.0;         // weighted mean score of the counted assertions (1 when none counts)
  std::vector<CheckOutcome> checks;
  std::map<std::string, std::optional<double>> metrics;
  std::string output_text;    // the model's text (truncated in reports)
  nlohmann::json output;      // parsed output, null when none
  std::optional<double> latency_ms;
  std::optional<double> cost_usd;
  std::uint64_t input_tokens = 0, output_tokens = 0;
  bool cache_hit = false;
};

struct ItemResult {
  std::string id;
  std::uint32_t line = 0;
  std::string slice;
  std::vector<TrialOutcome> trials;
  std::optional<bool> pass;   // nullopt: errored
  double score = 0.0;         // share of counted trials that pass
  std::map<std::string, std::optional<double>> metrics;  // mean over counted trials
};

void combine_trials(ItemResult& item);

// The first counted assertion of a trial that failed (weight-0 assertions
// never fail a trial), or null.
const CheckOutcome* first_failed_check(const TrialOutcome& trial);
// A failed assertion in words, for reports: `message (`text`)` or
// "`text` is false", with the error; for a set, its name, score and why
// ("assertion set `tone` failed: score 0.33 < threshold 0.66").
std::string describe_failure(const CheckOutcome& check);

struct MetricSummary {
  std::string name;        // "accuracy" first, then the suite's metrics
  std::size_t n = 0;       // items with a value
  double mean = 0.0;
  stats::Interval ci;      // bootstrap (BCa) interval
  bool has_ci = false;
};

struct SliceSummary {
  std::string name;
  std::size_t items = 0, passed = 0, failed = 0, errored = 0;
  MetricSummary accuracy;
};

struct GateOutcome {
  GateDef gate;
  std::optional<double> value;  // nullopt: nothing to measure (every item errored)
  bool passed = false;
  std::optional<stats::Interval> ci;
  std::string note;             // e.g. "the interval's lower bound is below the gate"
};

struct SuiteResult {
  std::string id, name, kind, prompt;
  std::string description;
  std::string data_file, data_sha256;
  std::size_t data_rows = 0;
  std::vector<std::string> problems;   // "file:line: message" lines
  std::size_t problems_dropped = 0;
  std::optional<nlohmann::json> split;  // seed, fraction, part, method, membership_sha256
  std::uint32_t samples = 1;
  std::optional<double> threshold;  // the suite's @threshold on its assertions' score
  std::vector<ItemResult> items;
  std::vector<MetricSummary> metrics;
  std::vector<SliceSummary> slices;
  std::vector<GateOutcome> gates;
  std::optional<stats::FlakyReport> flaky;
  std::size_t passed = 0, failed = 0, errored = 0;
  double cost_usd = 0.0;
  bool cost_known = true;
  double latency_p50 = 0.0, latency_p95 = 0.0;
  std::uint64_t input_tokens = 0, output_tokens = 0;
  std::size_t cache_hits = 0, calls = 0;
  bool gates_passed() const;
};

// Fills metrics, slices, gates, flaky items and totals from `items`.
void summarize(SuiteResult& result, const Suite& suite, const stats::BootstrapOptions& bootstrap);

struct SuiteComparison {
  std::string suite;
  Comparison comparison;
  std::map<std::string, double> baseline_metrics;  // means, for the charts
  std::vector<std::string> only_in_baseline_metrics;
};

struct RunResult {
  std::string tool_version;
  std::string project;
  std::string profile, provider, model;  // model may be "(per prompt)" when prompts differ
  bool sim = false;                      // every answer came from the sim world
  std::string world;                     // the sim world file, when sim
  std::string started;                   // ISO 8601 UTC
  double seconds = 0.0;
  std::uint64_t seed = 0;
  std::vector<SuiteResult> suites;
  // Against the baseline, when one was found.
  std::optional<std::string> baseline_source;  // "build <hash> (label production)" or a file
  std::vector<SuiteComparison> comparisons;
  std::vector<std::string> notes;              // e.g. "no production build: no baseline comparison"

  bool gates_passed() const;
  bool regressed() const;
};

nlohmann::json to_json(const RunResult& run);
nlohmann::json to_json(const SuiteResult& suite);
// Reads what to_json wrote (a `--json` report or the eval record of a build):
// enough to serve as a baseline (items with pass, score, slice; metrics).
Expected<RunResult> run_from_json(const nlohmann::json& doc);

struct Baseline {
  std::string source;  // "report base.json" or "build 1a2b3c4d5e6f (label production)"
  RunResult run;
};
// A `--json` report read back as a baseline.
Expected<Baseline> baseline_from_file(const std::string& path);

// Item outcomes in the shape compare_runs() takes.
std::vector<ItemOutcome> item_outcomes(const SuiteResult& suite);

// Compares each suite of `candidate` with the suite of the same id in
// `baseline`; suites missing on either side are noted.
void compare_with_baseline(RunResult& candidate, const RunResult& baseline, const CompareOptions& options);

}  // namespace aep::eval
