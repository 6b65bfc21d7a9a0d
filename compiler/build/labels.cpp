// Label moves over the chained log.
#include "compiler/build/labels.hpp"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <pwd.h>
#include <unistd.h>

#include <fmt/format.h>

#include "compiler/build/chain_log.hpp"
#include "compiler/build/sha256.hpp"

namespace aep::build {

bool valid_label_name(const std::string& name) {
  if (name.empty() || name.size() > 64 || is_sha256_hex(name)) return false;
  if (!((name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z'))) return false;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string current_user() {
  for (const char* var : {"AEP_USER", "USER", "LOGNAME"}) {
    const char* v = std::getenv(var);
    if (v && *v) return v;
  }
  if (const passwd* pw = ::getpwuid(::getuid())) return pw->pw_name;
  return "unknown";
}

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  // SOURCE_DATE_EPOCH (reproducible-builds.org) pins the recorded times, for
  // golden tests and for reproducible pipelines.
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    long long v = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && v >= 0) t = static_cast<std::time_t>(v);
  }
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Expected<std::map<std::string, std::string>> current_labels(const Store& store) {
  auto log = read_chain(store.root / "labels.log");
  if (!log) return log.error();
  std::map<std::string, std::string> out;
  for (const Json& e : *log) {
    if (e.contains("label") && e["label"].is_string() && e.contains("to") && e["to"].is_string()) {
      out[e["label"].get<std::string>()] = e["to"].get<std::string>();
    }
  }
  return out;
}

Expected<std::vector<Json>> label_history(const Store& store, const std::string& label) {
  auto log = read_chain(store.root / "labels.log");
  if (!log) return log.error();
  std::vector<Json> out;
  for (Json& e : *log) {
    if (label.empty() || e.value("label", "") == label) out.push_back(std::move(e));
  }
  return out;
}

Expected<LabelMove> move_label(const Store& store, const std::string& label, const std::string& build_ref,
                               const LabelOptions& options, const LabelGate& gate) {
  if (!valid_label_name(label)) {
    return Error{fmt::format("`{}` is not a valid label name (a letter, then letters, digits, `.`, `_` or `-`; at most 64)", label)};
  }
  if (options.force && options.reason.empty()) return Error{"--force needs --reason \"...\": a forced move is recorded with its reason"};
  auto lock = FileLock::acquire(store.root / ".lock");
  if (!lock) return lock.error();

  auto candidate = resolve_build(store, build_ref);
  if (!candidate) return candidate.error();
  auto labels = current_labels(store);
  if (!labels) return labels.error();

  LabelMove move;
  move.label = label;
  move.to = candidate->id;
  std::optional<Build> current;
  if (auto it = labels->find(label); it != labels->end()) {
    move.from = it->second;
    if (it->second == candidate->id) {
      move.unchanged = true;
      return move;
    }
    auto opened = open_build(store, it->second);
    // A damaged current build cannot be compared against; the gate decides
    // with no current build, and the history says so.
    if (opened) current = std::move(*opened);
    else move.gate = "current build unreadable: " + opened.error().message;
  }

  if (gate) {
    auto verdict = gate(*candidate, current ? &*current : nullptr);
    if (!verdict) {
      if (!options.force) {
        return Error{fmt::format("label `{}` not moved to {}: {}\n(use --force --reason \"...\" to move it anyway; the "
                                 "refusal is recorded)",
                                 label, candidate->short_id(), verdict.error().message)};
      }
      move.forced = true;
      move.gate = "refused: " + verdict.error().message;
    } else {
      move.gate = verdict->summary;
    }
  } else if (options.force) {
    move.forced = true;
  }

  Json entry = Json::object();
  entry["label"] = label;
  entry["from"] = move.from ? Json(*move.from) : Json(nullptr);
  entry["to"] = move.to;
  entry["who"] = options.who.empty() ? current_user() : options.who;
  entry["when"] = options.when.empty() ? utc_now() : options.when;
  entry["reason"] = options.reason;
  entry["forced"] = move.forced;
  entry["gate"] = move.gate;
  auto written = append_chain(store.root / "labels.log", std::move(entry));
  if (!written) return written.error();
  move.entry = std::move(*written);
  return move;
}

}  // namespace aep::build
