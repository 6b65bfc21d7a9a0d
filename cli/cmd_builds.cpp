// `aep builds`: lists the builds of the store with their labels, shows a
// label's history, and verifies every build and the label log.
#include <iostream>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "compiler/build/build_config.hpp"
#include "compiler/build/chain_log.hpp"
#include "compiler/build/labels.hpp"

namespace aep::cli {
namespace {

using Json = nlohmann::ordered_json;

struct BuildsArgs {
  std::string store;
  std::string project = ".";
  bool verify = false;
  std::string history;
  bool all_history = false;
  std::string format = "text";
};

std::string short_or_dash(const std::optional<std::string>& id) { return id ? id->substr(0, 12) : "-"; }

int show_history(const build::Store& store, const BuildsArgs& args) {
  auto history = build::label_history(store, args.all_history ? "" : args.history);
  if (!history) {
    std::cerr << "aep builds: error: " << history.error().message << '\n';
    return kExitDiagnostics;
  }
  if (args.format == "json") {
    std::cout << Json(*history).dump(2) << '\n';
    return kExitOk;
  }
  if (history->empty()) {
    std::cout << (args.all_history ? "no label was ever moved\n" : fmt::format("label `{}` was never set\n", args.history));
    return kExitOk;
  }
  for (const Json& e : *history) {
    std::string from = e["from"].is_string() ? e["from"].get<std::string>().substr(0, 12) : "(new)";
    std::cout << fmt::format("{}  {}  {} -> {}  by {}{}\n", e.value("when", "?"), e.value("label", "?"), from,
                             e.value("to", "?").substr(0, 12), e.value("who", "?"), e.value("forced", false) ? "  FORCED" : "");
    if (!e.value("reason", "").empty()) std::cout << "    reason: " << e.value("reason", "") << '\n';
    if (!e.value("gate", "").empty()) std::cout << "    gate: " << e.value("gate", "") << '\n';
  }
  return kExitOk;
}

int run(const BuildsArgs& args) {
  auto root = build::locate_store(args.project, args.store);
  if (!root) {
    std::cerr << "aep builds: error: " << root.error().message << '\n';
    return kExitUsage;
  }
  auto store = build::open_store(*root, false);
  if (!store) {
    std::cerr << "aep builds: error: " << store.error().message << '\n';
    return kExitUsage;
  }
  if (!args.history.empty() || args.all_history) return show_history(*store, args);

  auto ids = build::list_build_ids(*store);
  if (args.verify) {
    std::size_t bad = 0;
    Json report = Json::array();
    for (const auto& id : ids) {
      auto problems = build::verify_build_dir(store->root / id, id);
      Json j = {{"build", id}, {"ok", problems.empty()}, {"problems", Json::array()}};
      for (const auto& p : problems) {
        j["problems"].push_back({{"file", p.file}, {"what", p.what}, {"expected", p.expected}, {"actual", p.actual}});
      }
      if (!problems.empty()) ++bad;
      if (args.format != "json") {
        std::cout << fmt::format("{}  {}\n", id.substr(0, 12), problems.empty() ? "ok" : "DAMAGED");
        for (const auto& p : problems) std::cout << "    " << build::describe(p) << '\n';
      }
      report.push_back(std::move(j));
    }
    auto log = build::read_chain(store->root / "labels.log");
    bool log_ok = static_cast<bool>(log);
    auto labels = build::current_labels(*store);
    Json dangling = Json::array();
    if (labels) {
      for (const auto& [name, id] : *labels) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) dangling.push_back({{"label", name}, {"build", id}});
      }
    }
    if (args.format == "json") {
      std::cout << Json{{"builds", report}, {"labels_ok", log_ok}, {"labels_error", log_ok ? "" : log.error().message},
                        {"dangling_labels", dangling}}
                       .dump(2)
                << '\n';
    } else {
      std::cout << (log_ok ? "labels.log  ok\n" : "labels.log  DAMAGED\n    " + log.error().message + "\n");
      for (const auto& d : dangling) {
        std::cout << fmt::format("label {} points at {}, which is not in the store\n", d["label"].get<std::string>(),
                                 d["build"].get<std::string>().substr(0, 12));
      }
      std::cout << fmt::format("{} builds checked, {} damaged\n", ids.size(), bad);
    }
    return bad || !log_ok || !dangling.empty() ? kExitDiagnostics : kExitOk;
  }

  auto labels = build::current_labels(*store);
  if (!labels) {
    std::cerr << "aep builds: error: " << labels.error().message << '\n';
    return kExitDiagnostics;
  }
  std::map<std::string, std::vector<std::string>> labels_of;
  for (const auto& [name, id] : *labels) labels_of[id].push_back(name);
  Json list = Json::array();
  bool damaged = false;
  if (args.format != "json") {
    std::cout << fmt::format("{:<12}  {:<20}  {:<12}  {:>7}  {:<40}  {}\n", "BUILD", "CREATED", "PARENT", "PROMPTS", "TARGETS", "LABELS");
  }
  // Newest first, as `git log` lists commits.
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
    auto b = build::open_build_manifest(*store, *it);
    std::string label_text;
    for (const auto& l : labels_of[*it]) label_text += (label_text.empty() ? "" : ",") + l;
    if (!b) {
      damaged = true;
      if (args.format == "json") list.push_back({{"id", *it}, {"error", b.error().message}});
      else std::cout << fmt::format("{:<12}  DAMAGED: {}\n", it->substr(0, 12), b.error().message);
      continue;
    }
    std::string targets;
    for (const auto& t : b->targets()) targets += (targets.empty() ? "" : ",") + t;
    if (args.format == "json") {
      list.push_back({{"id", b->id}, {"created", b->record.value("created", "")}, {"parent", b->parent() ? Json(*b->parent()) : Json(nullptr)},
                      {"prompts", b->prompts().size()}, {"targets", b->targets()}, {"labels", labels_of[*it]},
                      {"complete", b->manifest.value("complete", true)}});
    } else {
      std::cout << fmt::format("{:<12}  {:<20}  {:<12}  {:>7}  {:<40}  {}{}\n", b->short_id(), b->record.value("created", "?"),
                               short_or_dash(b->parent()), b->prompts().size(), targets, label_text,
                               b->manifest.value("complete", true) ? "" : " (incomplete: --keep-going)");
    }
  }
  if (args.format == "json") {
    Json l = Json::object();
    for (const auto& [name, id] : *labels) l[name] = id;
    std::cout << Json{{"store", store->root.string()}, {"builds", list}, {"labels", l}}.dump(2) << '\n';
  } else if (ids.empty()) {
    std::cout << "no builds yet: run `aep build`\n";
  }
  return damaged ? kExitDiagnostics : kExitOk;
}

AEP_COMMAND("builds", 43, [](CLI::App& app) {
  auto args = std::make_shared<BuildsArgs>();
  auto* sub = app.add_subcommand("builds", "List the builds and labels of the store, a label's history, or verify them");
  sub->description(
      "List the builds of the project's store, newest first: id prefix, creation time,\n"
      "parent build, number of prompts, targets and the labels pointing at each.\n"
      "Listing checks each manifest against its id; --verify hashes every file of\n"
      "every build (and attached eval results) against its manifest, checks the label\n"
      "history's hash chain and reports each damaged file with the expected and actual\n"
      "sha256. --history LABEL prints the moves of one label (--history-all: of all).\n\n"
      "Exit status: 0 listed (with --verify: everything intact), 1 something is damaged,\n"
      "2 bad command line or no build store.\n\n"
      "Examples:\n"
      "  aep builds\n"
      "  aep builds --verify\n"
      "  aep builds --history production");
  sub->add_option("--store", args->store, "Build store folder (default: the project's, from aep.toml)");
  sub->add_option("--project", args->project, "A file or folder of the project (default: .)");
  sub->add_flag("--verify", args->verify, "Hash every file of every build and check the label history");
  sub->add_option("--history", args->history, "Show the history of one label");
  sub->add_flag("--history-all", args->all_history, "Show the history of every label");
  sub->add_option("--format", args->format, "Output: text or json")->check(CLI::IsMember({"text", "json"}));
  return [args] { return run(*args); };
});

}  // namespace
}  // namespace aep::cli
