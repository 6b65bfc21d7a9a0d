// RunResult to JSON and back. The JSON is the `--json` report, the eval
// record a build stores, and the baseline a later run reads; its shape is
// documented in docs/eval.md ("The JSON report"). `format` names the version.
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "eval/outcome.hpp"

namespace aep::eval {
namespace {

using Json = nlohmann::json;

Json opt(const std::optional<double>& v) { return v ? Json(*v) : Json(); }
Json opt_bool(const std::optional<bool>& v) { return v ? Json(*v) : Json(); }

Json metric_json(const MetricSummary& m) {
  Json j = {{"name", m.name}, {"n", m.n}, {"mean", m.mean}};
  if (m.has_ci) j["ci"] = {m.ci.lower, m.ci.upper};
  return j;
}

// One assertion's result: `assert` (its text, `assert_set NAME` for a set),
// pass, score, weight (0: recorded, not counted), and for sets the threshold
// and the members.
Json check_json(const CheckOutcome& c) {
  Json cj = {{"assert", c.text}, {"pass", opt_bool(c.pass)}, {"score", c.score}, {"weight", c.weight}};
  if (c.weight <= 0) cj["counted"] = false;
  if (!c.message.empty()) cj["message"] = c.message;
  if (!c.metric.empty()) cj["metric"] = c.metric;
  if (!c.error.empty()) cj["error"] = c.error;
  if (c.is_set) {
    cj["threshold"] = opt(c.threshold);
    Json members = Json::array();
    for (const CheckOutcome& m : c.members) members.push_back(check_json(m));
    cj["members"] = std::move(members);
  }
  return cj;
}

Json group_json(const GroupComparison& g) {
  Json j = {{"name", g.name},
            {"paired", g.paired},
            {"baseline_pass_rate", g.pass_fail.baseline_rate},
            {"candidate_pass_rate", g.pass_fail.candidate_rate},
            {"pass_to_fail", g.pass_fail.pass_to_fail},
            {"fail_to_pass", g.pass_fail.fail_to_pass},
            {"mcnemar_p", g.pass_fail.p_value},
            {"mcnemar_mid_p", g.pass_fail.mid_p},
            {"adjusted_p", g.adjusted_p},
            {"significant_drop", g.significant_drop},
            {"non_inferior", g.non_inferior}};
  if (g.scores) {
    j["score_difference"] = {{"mean", g.scores->mean_difference},
                             {"ci", {g.scores->ci.lower, g.scores->ci.upper}},
                             {"p_value", g.scores->p_value},
                             {"exact", g.scores->exact_permutation}};
  }
  if (g.non_inferiority) {
    j["non_inferiority"] = {{"margin", g.non_inferiority->margin},
                            {"alpha", g.non_inferiority->alpha},
                            {"mean_difference", g.non_inferiority->mean_difference},
                            {"lower_bound", g.non_inferiority->lower_bound},
                            {"p_value", g.non_inferiority->p_value}};
  }
  return j;
}

}  // namespace

Json to_json(const SuiteResult& s) {
  Json items = Json::array();
  for (const ItemResult& item : s.items) {
    Json trials = Json::array();
    for (const TrialOutcome& t : item.trials) {
      Json checks = Json::array();
      for (const CheckOutcome& c : t.checks) checks.push_back(check_json(c));
      Json metrics = Json::object();
      for (const auto& [k, v] : t.metrics) metrics[k] = opt(v);
      Json tj = {{"sample", t.sample},       {"pass", opt_bool(t.pass)},  {"score", t.score}, {"checks", checks},
                 {"metrics", metrics},       {"output_text", t.output_text}, {"latency_ms", opt(t.latency_ms)},
                 {"cost_usd", opt(t.cost_usd)}, {"input_tokens", t.input_tokens}, {"output_tokens", t.output_tokens},
                 {"cache_hit", t.cache_hit}};
      if (!t.output.is_null()) tj["output"] = t.output;
      if (!t.error.empty()) tj["error"] = t.error;
      trials.push_back(std::move(tj));
    }
    Json metrics = Json::object();
    for (const auto& [k, v] : item.metrics) metrics[k] = opt(v);
    Json ij = {{"id", item.id}, {"pass", opt_bool(item.pass)}, {"score", item.score}, {"metrics", metrics},
               {"trials", trials}};
    ij["status"] = !item.pass ? "errored" : *item.pass ? "pass" : "fail";
    if (item.line > 0) ij["line"] = item.line;
    if (!item.slice.empty()) ij["slice"] = item.slice;
    items.push_back(std::move(ij));
  }
  Json metrics = Json::array();
  for (const MetricSummary& m : s.metrics) metrics.push_back(metric_json(m));
  Json slices = Json::array();
  for (const SliceSummary& sl : s.slices) {
    slices.push_back({{"name", sl.name}, {"items", sl.items}, {"passed", sl.passed}, {"failed", sl.failed},
                      {"errored", sl.errored}, {"accuracy", metric_json(sl.accuracy)}});
  }
  Json gates = Json::array();
  for (const GateOutcome& g : s.gates) {
    Json gj = {{"gate", g.gate.text}, {"metric", g.gate.metric}, {"op", std::string(to_string(g.gate.op))},
               {"threshold", g.gate.threshold}, {"value", opt(g.value)}, {"passed", g.passed}};
    if (g.ci) gj["ci"] = {g.ci->lower, g.ci->upper};
    if (!g.note.empty()) gj["note"] = g.note;
    gates.push_back(std::move(gj));
  }
  Json j = {{"id", s.id},          {"name", s.name},       {"kind", s.kind},         {"prompt", s.prompt},
            {"passed", s.passed},  {"failed", s.failed},   {"errored", s.errored},   {"samples", s.samples},
            {"metrics", metrics},  {"slices", slices},     {"gates", gates},         {"gates_passed", s.gates_passed()},
            {"problems", s.problems}, {"problems_dropped", s.problems_dropped},
            {"cost_usd", s.cost_known ? Json(s.cost_usd) : Json()},
            {"latency_ms", {{"p50", s.latency_p50}, {"p95", s.latency_p95}}},
            {"tokens", {{"input", s.input_tokens}, {"output", s.output_tokens}}},
            {"calls", s.calls},    {"cache_hits", s.cache_hits}, {"items", items}};
  if (s.threshold) j["threshold"] = *s.threshold;
  if (!s.description.empty()) j["description"] = s.description;
  if (!s.data_file.empty()) j["data"] = {{"file", s.data_file}, {"sha256", s.data_sha256}, {"rows", s.data_rows}};
  if (s.split) j["split"] = *s.split;
  if (s.flaky) {
    Json flaky = Json::array();
    for (const auto& f : s.flaky->flaky) flaky.push_back({{"id", f.id}, {"passes", f.passes}, {"runs", f.runs}});
    j["flaky"] = {{"items", s.flaky->items}, {"flaky_rate", s.flaky->flaky_rate},
                  {"disagreement", s.flaky->disagreement}, {"flaky_items", flaky}};
  }
  return j;
}

Json to_json(const RunResult& run) {
  Json suites = Json::array();
  for (const SuiteResult& s : run.suites) suites.push_back(to_json(s));
  Json j = {{"format", "aep-test-report/1"},
            {"tool", run.tool_version},
            {"project", run.project},
            {"profile", run.profile},
            {"provider", run.provider},
            {"model", run.model},
            {"sim", run.sim},
            {"started", run.started},
            {"seconds", run.seconds},
            {"seed", run.seed},
            {"gates_passed", run.gates_passed()},
            {"regressed", run.regressed()},
            {"notes", run.notes},
            {"suites", suites}};
  if (run.sim) {
    j["sim_notice"] = "figures from the offline sim world: they measure the machinery, not a real model's quality";
    j["world"] = run.world;
  }
  if (run.baseline_source) {
    Json comps = Json::array();
    for (const SuiteComparison& c : run.comparisons) {
      Json slices = Json::array();
      for (const auto& g : c.comparison.slices) slices.push_back(group_json(g));
      comps.push_back({{"suite", c.suite},
                       {"regressed", c.comparison.regressed},
                       {"reasons", c.comparison.reasons},
                       {"overall", group_json(c.comparison.overall)},
                       {"slices", slices},
                       {"pass_to_fail", c.comparison.regressions},
                       {"fail_to_pass", c.comparison.improvements},
                       {"errored", c.comparison.errored},
                       {"only_in_baseline", c.comparison.only_in_baseline},
                       {"only_in_candidate", c.comparison.only_in_candidate},
                       {"baseline_metrics", c.baseline_metrics}});
    }
    j["baseline"] = {{"source", *run.baseline_source}, {"comparisons", comps}};
  }
  return j;
}

Expected<RunResult> run_from_json(const Json& doc) {
  try {
    if (!doc.is_object() || doc.value("format", "") != "aep-test-report/1")
      return Error{"not an `aep test` report (its `format` is not \"aep-test-report/1\")"};
    RunResult run;
    run.profile = doc.value("profile", "");
    run.provider = doc.value("provider", "");
    run.model = doc.value("model", "");
    run.sim = doc.value("sim", false);
    run.started = doc.value("started", "");
    for (const Json& sj : doc.at("suites")) {
      SuiteResult s;
      s.id = sj.at("id").get<std::string>();
      s.name = sj.value("name", "");
      s.kind = sj.value("kind", "");
      s.prompt = sj.value("prompt", "");
      for (const Json& ij : sj.at("items")) {
        ItemResult item;
        item.id = ij.at("id").get<std::string>();
        if (ij.contains("pass") && !ij["pass"].is_null()) item.pass = ij["pass"].get<bool>();
        item.score = ij.value("score", 0.0);
        item.slice = ij.value("slice", "");
        s.items.push_back(std::move(item));
      }
      for (const Json& mj : sj.at("metrics")) {
        MetricSummary m;
        m.name = mj.at("name").get<std::string>();
        m.n = mj.value("n", 0u);
        m.mean = mj.value("mean", 0.0);
        if (mj.contains("ci")) {
          m.ci = {mj["ci"][0].get<double>(), mj["ci"][1].get<double>()};
          m.has_ci = true;
        }
        s.metrics.push_back(std::move(m));
      }
      run.suites.push_back(std::move(s));
    }
    return run;
  } catch (const Json::exception& e) {
    return Error{fmt::format("malformed `aep test` report: {}", e.what())};
  }
}

Expected<Baseline> baseline_from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{fmt::format("{}: cannot open the baseline report", path)};
  std::ostringstream buf;
  buf << in.rdbuf();
  auto doc = nlohmann::json::parse(buf.str(), nullptr, false);
  if (doc.is_discarded()) return Error{fmt::format("{}: the baseline report is not valid JSON", path)};
  auto run = run_from_json(doc);
  if (!run) return Error{fmt::format("{}: {}", path, run.error().message)};
  return Baseline{fmt::format("report {}", path), std::move(*run)};
}

}  // namespace aep::eval
