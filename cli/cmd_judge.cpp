// `aep judge calibrate --labels FILE`: how far to trust a judge. Each line of
// FILE is a human verdict on one answer; the judge (prompts/judges/, or
// --judges DIR) grades the same answers and the agreement is reported as
// accuracy with a bootstrap interval, Cohen's kappa and the confusion
// matrix, for the ensemble and for each judge model alone. See docs/eval.md.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "eval/dataset.hpp"
#include "eval/judge_aep.hpp"
#include "eval/stats_bootstrap.hpp"
#include "runtime/runner/prompt_load.hpp"

namespace aep::cli {
namespace {

struct JudgeArgs {
  std::string labels;
  std::string project = ".";
  std::string kind = "llm-rubric";
  std::string provider;
  std::vector<std::string> models;
  std::uint32_t samples = 1;
  std::string combine = "majority";
  std::string judges_dir;
  std::string world;
  bool no_cache = false;
  std::string format = "text";
};

int fail(const std::string& message, int code = kExitDiagnostics) {
  std::cerr << "aep judge calibrate: error: " << message << "\n";
  return code;
}

struct Agreement {
  std::size_t tp = 0, fp = 0, fn = 0, tn = 0, failed = 0;
  std::vector<double> hits;  // 1 when the judge agrees with the human
  std::size_t n() const { return tp + fp + fn + tn; }
  void add(bool human, std::optional<bool> judge) {
    if (!judge) {
      ++failed;
      return;
    }
    if (human && *judge) ++tp;
    else if (!human && *judge) ++fp;
    else if (human && !*judge) ++fn;
    else ++tn;
    hits.push_back(human == *judge ? 1.0 : 0.0);
  }
  double accuracy() const { return n() ? static_cast<double>(tp + tn) / static_cast<double>(n()) : 0.0; }
  // Cohen's kappa for two raters and two categories; nullopt when chance
  // agreement is total (both rate everything the same way).
  std::optional<double> kappa() const {
    double total = static_cast<double>(n());
    if (total == 0) return std::nullopt;
    double po = accuracy();
    double human_yes = (tp + fn) / total, judge_yes = (tp + fp) / total;
    double pe = human_yes * judge_yes + (1 - human_yes) * (1 - judge_yes);
    if (pe >= 1.0) return std::nullopt;
    return (po - pe) / (1 - pe);
  }
  nlohmann::json to_json(const std::string& who) const {
    nlohmann::json j = {{"judge", who}, {"items", n()}, {"failed", failed}, {"accuracy", accuracy()},
                        {"confusion", {{"human_pass_judge_pass", tp}, {"human_fail_judge_pass", fp},
                                       {"human_pass_judge_fail", fn}, {"human_fail_judge_fail", tn}}}};
    auto k = kappa();
    j["kappa"] = k ? nlohmann::json(*k) : nlohmann::json();
    if (hits.size() >= 2) {
      eval::stats::BootstrapOptions b;
      if (auto est = eval::stats::bootstrap_mean(hits, b)) j["accuracy_ci"] = {est->ci.lower, est->ci.upper};
    }
    return j;
  }
};

std::string describe(const nlohmann::json& j) {
  std::string ci = j.contains("accuracy_ci") ? fmt::format(" [{:.3f}, {:.3f}]", j["accuracy_ci"][0].get<double>(),
                                                           j["accuracy_ci"][1].get<double>())
                                             : "";
  std::string kappa = j["kappa"].is_null() ? "undefined (one rater gives a single verdict)"
                                           : fmt::format("{:.3f}", j["kappa"].get<double>());
  const auto& c = j["confusion"];
  return fmt::format("{}: {} items, accuracy {:.3f}{}, Cohen's kappa {}\n"
                     "    human pass: judge pass {}, judge fail {}; human fail: judge pass {}, judge fail {}{}\n",
                     j["judge"].get<std::string>(), j["items"].get<std::size_t>(), j["accuracy"].get<double>(), ci, kappa,
                     c["human_pass_judge_pass"].get<std::size_t>(), c["human_pass_judge_fail"].get<std::size_t>(),
                     c["human_fail_judge_pass"].get<std::size_t>(), c["human_fail_judge_fail"].get<std::size_t>(),
                     j["failed"].get<std::size_t>() ? fmt::format("; {} judge call(s) failed", j["failed"].get<std::size_t>()) : "");
}

int calibrate(const JudgeArgs& a) {
  static const std::map<std::string, std::string> kinds = {
      {"llm-rubric", "llm-rubric"}, {"rubric", "llm-rubric"}, {"factuality", "factuality"},
      {"closedqa", "model-graded-closedqa"}, {"model-graded-closedqa", "model-graded-closedqa"}};
  if (!kinds.count(a.kind)) return fail("--kind takes llm-rubric, factuality or closedqa", kExitUsage);
  if (a.combine != "majority" && a.combine != "mean") return fail("--combine takes majority or mean", kExitUsage);
  if (a.samples < 1 || a.samples > 100) return fail("--samples takes 1 to 100", kExitUsage);
  auto project = load_project(a.project);
  if (!project) return fail(project.error().message);

  std::ifstream in(a.labels, std::ios::binary);
  if (!in) return fail(fmt::format("{}: cannot open the labels file", a.labels), kExitUsage);
  std::ostringstream buf;
  buf << in.rdbuf();
  eval::LoadOptions lo;
  lo.format = eval::DataFormat::Jsonl;
  eval::Dataset data = eval::parse_jsonl(buf.str(), a.labels, lo);
  struct Row {
    std::string id, kind, candidate, value;
    bool human = false;
  };
  std::vector<Row> rows;
  std::size_t bad = data.problems.size();
  for (const auto& p : data.problems) std::cerr << "aep judge calibrate: " << eval::format_problem(p) << "\n";
  for (const auto& item : data.items) {
    const auto& f = item.fields;
    auto str = [&](const char* key) -> std::optional<std::string> {
      auto it = f.find(key);
      if (it == f.end() || !it->is_string()) return std::nullopt;
      return it->get<std::string>();
    };
    auto candidate = str("candidate");
    auto value = str("reference");
    if (!value) value = str("rubric");
    if (!value) value = str("criterion");
    auto label = f.find("label");
    std::string why;
    if (!candidate) why = "no string `candidate` (the answer that was judged)";
    else if (!value) why = "no string `reference` (or `rubric`, `criterion`)";
    else if (label == f.end() || !label->is_boolean()) why = "no boolean `label` (the human verdict: true = pass)";
    if (!why.empty()) {
      std::cerr << fmt::format("aep judge calibrate: {}:{}: {}; line skipped\n", a.labels, item.line, why);
      ++bad;
      continue;
    }
    std::string kind = a.kind;
    if (auto k = str("kind")) {
      if (!kinds.count(*k)) {
        std::cerr << fmt::format("aep judge calibrate: {}:{}: unknown kind `{}`; line skipped\n", a.labels, item.line, *k);
        ++bad;
        continue;
      }
      kind = *k;
    }
    // The line's own `id` names it in the report; without one, its line number.
    rows.push_back(Row{str("id").value_or(item.id), kinds.at(kind), *candidate, *value, label->get<bool>()});
  }
  if (rows.empty()) return fail(fmt::format("{}: no usable labelled line", a.labels));

  runner::RunnerOptions ro;
  auto profiles = runner::project_profiles(*project);
  if (!profiles) return fail(profiles.error().message);
  ro.profiles = std::move(*profiles);
  ro.default_profile = a.provider.empty() ? "sim" : a.provider;
  if (ro.profiles.find(ro.default_profile) == nullptr) return fail(fmt::format("unknown provider profile `{}`", ro.default_profile), kExitUsage);
  if (!a.world.empty()) {
    ro.world = a.world;
  } else if (auto w = runner::project_world(*project); w && *w) {
    ro.world = **w;
  }
  if (!a.no_cache) ro.cache_dir = project->root / ".aep" / "cache";
  SourceManager sources;
  ro.sources = &sources;
  auto runner = runner::Runner::create(std::move(ro));
  if (!runner) return fail(runner.error().message);
  auto judges = eval::AepJudges::load(a.judges_dir, &sources);
  if (!judges) return fail(judges.error().message);

  eval::JudgeSetup setup;
  setup.models = a.models;
  setup.samples = a.samples;
  setup.combine = a.combine == "mean" ? eval::JudgeCombine::Mean : eval::JudgeCombine::Majority;
  Agreement ensemble;
  std::map<std::string, Agreement> per_model;
  std::vector<nlohmann::json> disagreements;
  for (const Row& r : rows) {
    std::vector<eval::JudgeVote> votes;
    auto verdict = (*judges)->judge(**runner, setup, eval::JudgeCall{r.kind, r.candidate, r.value}, &votes);
    ensemble.add(r.human, verdict ? std::optional<bool>(verdict->pass) : std::nullopt);
    if (verdict && verdict->pass != r.human)
      disagreements.push_back({{"id", r.id}, {"human", r.human}, {"judge", verdict->pass}, {"reason", verdict->reason}});
    if (setup.models.size() > 1 || setup.samples > 1) {
      std::map<std::string, std::vector<eval::JudgeVote>> by_model;
      for (const auto& v : votes) by_model[v.model].push_back(v);
      for (const auto& [model, vs] : by_model) {
        auto one = eval::combine_votes(vs, setup.combine);
        per_model[model].add(r.human, one ? std::optional<bool>(one->pass) : std::nullopt);
      }
    }
  }
  bool sim = (*runner)->resolve("").ok() && (*runner)->resolve("")->provider == "sim";
  nlohmann::json report = {{"labels", a.labels}, {"kind_default", kinds.at(a.kind)}, {"skipped_lines", bad},
                           {"sim", sim}, {"ensemble", ensemble.to_json(setup.models.size() > 1 || setup.samples > 1 ? "ensemble" : "judge")}};
  nlohmann::json models = nlohmann::json::array();
  for (const auto& [model, agr] : per_model) models.push_back(agr.to_json(model));
  report["models"] = models;
  report["disagreements"] = disagreements;
  if (a.format == "json") {
    std::cout << report.dump(2) << "\n";
  } else {
    if (sim)
      std::cout << "SIM: the judge is the offline sim; its agreement is the world's setting, not a model's\n\n";
    std::cout << describe(report["ensemble"]);
    for (const auto& m : models) std::cout << "  " << describe(m);
    std::size_t shown = 0;
    for (const auto& d : disagreements) {
      if (shown++ == 10) break;
      std::cout << fmt::format("  disagrees on {}: human {}, judge {} ({})\n", d["id"].get<std::string>(),
                               d["human"].get<bool>() ? "pass" : "fail", d["judge"].get<bool>() ? "pass" : "fail",
                               d["reason"].get<std::string>());
    }
    if (bad) std::cout << fmt::format("{} line(s) of {} skipped (see stderr)\n", bad, a.labels);
  }
  if (ensemble.n() == 0) return fail("every judge call failed");
  return kExitOk;
}

std::function<int()> setup(CLI::App& app) {
  auto args = std::make_shared<JudgeArgs>();
  auto* judge = app.add_subcommand("judge", "Work with the judge models behind llm_rubric, factuality and closedqa");
  judge->require_subcommand(1);
  auto* cal = judge->add_subcommand("calibrate", "Measure a judge's agreement with human labels (accuracy, Cohen's kappa)");
  cal->add_option("--labels", args->labels, "JSONL file of human verdicts (see docs/eval.md)")->required();
  cal->add_option("--project", args->project, "Project whose providers and sim world to use (default: .)");
  cal->add_option("--kind", args->kind, "Judge for lines without `kind`: llm-rubric (default), factuality, closedqa");
  cal->add_option("--provider", args->provider, "Provider profile of the judge (default: sim)");
  cal->add_option("--judge-model", args->models, "A judge model; repeat for an ensemble");
  cal->add_option("--samples", args->samples, "Samples per judge model (default 1; >1 at temperature 1)");
  cal->add_option("--combine", args->combine, "Ensemble rule: majority (default) or mean");
  cal->add_option("--judges", args->judges_dir, "A folder named `judges` with your own judge prompts");
  cal->add_option("--world", args->world, "Sim world file (default: the project's)");
  cal->add_flag("--no-cache", args->no_cache, "Neither read nor write the response cache");
  cal->add_option("--format", args->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  cal->footer(
      "Each line of the labels file: {\"id\": \"...\", \"candidate\": \"<answer>\", \"reference\": \"<rubric,\n"
      "reference answer or criterion>\", \"label\": true|false, \"kind\": \"llm-rubric\"} (kind optional).\n"
      "Malformed lines are reported with file:line and skipped. Accuracy is the share of items where the\n"
      "judge agrees with the human (95% bootstrap interval); Cohen's kappa corrects it for chance.\n"
      "Exit codes: 0 measured, 1 nothing could be measured or an I/O error, 2 bad command line.");
  return [args, judge, cal] {
    if (cal->parsed()) return calibrate(*args);
    std::cerr << judge->help();
    return kExitUsage;
  };
}

AEP_COMMAND("judge", 62, setup);

}  // namespace
}  // namespace aep::cli
