// Where a run's baseline comes from, and how eval results travel with
// builds (docs/eval.md, "Regression-tested builds"):
// - a `--json` report given by the user, or
// - the eval record attached to the build that holds the `production`
//   label: `aep build --eval` runs the suites and attaches one document
//   (the `aep test` JSON report, plus the build id) under the name
//   "aep-test"; the newest such attachment is the build's record.
// label_gate() is the veto `aep label BUILD production` uses: it refuses a
// build without an eval record, one whose gates fail, or one that regresses
// against the current production build's record.
#pragma once

#include <filesystem>
#include <string>

#include "compiler/build/labels.hpp"
#include "compiler/build/store.hpp"
#include "compiler/source/expected.hpp"
#include "compiler/source/project.hpp"
#include "eval/outcome.hpp"

namespace aep::eval {

inline constexpr const char* kEvalRecordName = "aep-test";

// The newest eval record of `build`; an Error when it has none.
Expected<RunResult> build_eval_record(const build::Build& build);

// The record of the build labelled `label` in the project's store. The Error
// says why there is none (no store, no such label, no eval record), which
// `aep test` prints as a note.
Expected<Baseline> labelled_baseline(const Project& project, const std::string& label = "production");

// Attaches `run` to `build` (the JSON report with the build id added).
Expected<std::string> attach_run(const build::Store& store, const build::Build& build, const RunResult& run);

// The label gate (see the file comment).
build::LabelGate label_gate(const CompareOptions& options);

}  // namespace aep::eval
