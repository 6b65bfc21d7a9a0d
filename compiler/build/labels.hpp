// Labels: names (production, staging, ...) that point at builds. Every move
// is one line of `<store>/labels.log`, a hash-chained append-only log
// (chain_log.hpp) holding who, when, from, to, why and whether it was
// forced; a label's current build is its last line. Nothing is ever
// rewritten, so the history of `production` is the log filtered by label.
//
// A move can be vetoed by a gate: move_label() calls it with the candidate
// build and the build the label points at now (null for a new label). The
// evaluation layer supplies a gate that refuses a build whose eval gates
// fail or that regresses against the current one; --force with a reason
// overrides the veto, and the refusal is recorded beside the reason.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compiler/build/store.hpp"

namespace aep::build {

// What a passing gate says about the candidate (recorded in the history).
struct GatePass {
  std::string summary;  // e.g. "3 gates pass; no regression against 1a2b3c4d5e6f"
};
// Error = the gate refuses, with the evidence as the message.
using LabelGate = std::function<Expected<GatePass>(const Build& candidate, const Build* current)>;

struct LabelOptions {
  bool force = false;   // move despite a refusing gate (needs `reason`)
  std::string reason;   // recorded; required with force
  std::string who;      // recorded; default: $AEP_USER, else $USER, else the login name
  std::string when;     // recorded UTC timestamp; default: now (tests pin it)
};

struct LabelMove {
  std::string label;
  std::optional<std::string> from;  // the build it pointed at before
  std::string to;
  bool forced = false;
  bool unchanged = false;           // it already pointed there: nothing recorded
  std::string gate;                 // the gate's summary, or the refusal overridden by --force
  Json entry;                       // the history line written
};

// Label names: [A-Za-z][A-Za-z0-9._-]{0,63}, and not 64 hex digits.
bool valid_label_name(const std::string& name);

// Moves `label` to the build `build_ref` resolves to (id, prefix or label).
// Holds the store lock from reading the current target to appending the
// line, so two concurrent moves cannot both pass a gate against a stale
// current build.
Expected<LabelMove> move_label(const Store& store, const std::string& label, const std::string& build_ref,
                               const LabelOptions& options, const LabelGate& gate = {});

// label -> build id, from the verified log.
Expected<std::map<std::string, std::string>> current_labels(const Store& store);

// Every recorded move of `label` (all labels when empty), oldest first.
Expected<std::vector<Json>> label_history(const Store& store, const std::string& label);

// The current user and time, as recorded in history lines and record.json
// (the time honours SOURCE_DATE_EPOCH).
std::string current_user();
std::string utc_now();

}  // namespace aep::build
