// Baselines from files and builds, and the label gate (see baseline.hpp).
#include "eval/baseline.hpp"

#include <fmt/format.h>

#include "compiler/build/build_config.hpp"
#include "compiler/build/evals.hpp"

namespace aep::eval {

Expected<RunResult> build_eval_record(const build::Build& b) {
  auto evals = build::list_evals(b);
  if (!evals) return evals.error();
  for (auto it = evals->rbegin(); it != evals->rend(); ++it) {
    if (it->name != kEvalRecordName) continue;
    auto doc = build::read_eval(b, it->sha256);
    if (!doc) return doc.error();
    return run_from_json(nlohmann::json::parse(doc->dump()));
  }
  return Error{fmt::format("build {} has no eval record (run `aep build --eval`)", b.short_id())};
}

Expected<Baseline> labelled_baseline(const Project& project, const std::string& label) {
  auto folder = build::locate_store(project.root, "");
  if (!folder) return Error{fmt::format("no baseline: {}", folder.error().message)};
  auto store = build::open_store(*folder, false);
  if (!store) return Error{fmt::format("no baseline: {}", store.error().message)};
  auto labels = build::current_labels(*store);
  if (!labels) return Error{fmt::format("no baseline: {}", labels.error().message)};
  auto it = labels->find(label);
  if (it == labels->end()) return Error{fmt::format("no baseline: no build holds the `{}` label", label)};
  auto b = build::open_build(*store, it->second);
  if (!b) return Error{fmt::format("no baseline: {}", b.error().message)};
  auto run = build_eval_record(*b);
  if (!run) return Error{fmt::format("no baseline: {}", run.error().message)};
  return Baseline{fmt::format("build {} (label {})", b->short_id(), label), std::move(*run)};
}

Expected<std::string> attach_run(const build::Store& store, const build::Build& b, const RunResult& run) {
  nlohmann::json doc = to_json(run);
  doc["build"] = b.id;
  auto attached = build::attach_eval(store, b, kEvalRecordName, build::Json::parse(doc.dump()));
  if (!attached) return attached.error();
  return attached->sha256;
}

build::LabelGate label_gate(const CompareOptions& options) {
  return [options](const build::Build& candidate, const build::Build* current) -> Expected<build::GatePass> {
    auto record = build_eval_record(candidate);
    if (!record) return Error{fmt::format("{}; a build needs eval results before it can be labelled", record.error().message)};
    // The verdicts of the gates as the run recorded them.
    std::string failed;
    std::size_t gates = 0;
    auto evals = build::list_evals(candidate);
    if (!evals) return evals.error();
    for (auto it = evals->rbegin(); it != evals->rend(); ++it) {
      if (it->name != kEvalRecordName) continue;
      auto doc = build::read_eval(candidate, it->sha256);
      if (!doc) return doc.error();
      for (const auto& s : (*doc)["suites"]) {
        for (const auto& g : s["gates"]) {
          ++gates;
          if (g.value("passed", false)) continue;
          failed += fmt::format("{}gate `{}` of {} fails (measured {})", failed.empty() ? "" : "; ", g.value("gate", "?"),
                                s.value("id", "?"),
                                g["value"].is_number() ? fmt::format("{:.3f}", g["value"].get<double>()) : std::string("nothing"));
        }
        if (s.value("kind", "") == "test" && s.value("failed", 0) > 0)
          failed += fmt::format("{}test {} fails", failed.empty() ? "" : "; ", s.value("id", "?"));
      }
      break;
    }
    if (!failed.empty()) return Error{fmt::format("build {}: {}", candidate.short_id(), failed)};
    if (current == nullptr || current->id == candidate.id)
      return build::GatePass{fmt::format("{} gates pass; no current build to compare with", gates)};
    auto base = build_eval_record(*current);
    if (!base) return build::GatePass{fmt::format("{} gates pass; the current build {} has no eval record to compare with",
                                                  gates, current->short_id())};
    RunResult cand = std::move(*record);
    compare_with_baseline(cand, *base, options);
    if (cand.regressed()) {
      std::string why;
      for (const auto& c : cand.comparisons) {
        if (!c.comparison.regressed) continue;
        for (const auto& r : c.comparison.reasons) why += fmt::format("{}{}: {}", why.empty() ? "" : "; ", c.suite, r);
        if (!c.comparison.regressions.empty()) {
          std::string ids;
          for (std::size_t i = 0; i < c.comparison.regressions.size() && i < 10; ++i)
            ids += (i ? ", " : "") + c.comparison.regressions[i];
          why += fmt::format(" (pass -> fail: {}{})", ids, c.comparison.regressions.size() > 10 ? ", ..." : "");
        }
      }
      return Error{fmt::format("build {} regresses against {}: {}", candidate.short_id(), current->short_id(), why)};
    }
    return build::GatePass{fmt::format("{} gates pass; no regression against {}", gates, current->short_id())};
  };
}

}  // namespace aep::eval
