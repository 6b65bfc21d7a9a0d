#!/bin/sh
# The regression walkthrough of docs/eval.md as a test, on the sim: a copy
# of examples/support is tested once to make a baseline; a deliberately
# weakened triage prompt must then be reported as a regression with its
# p-value (exit 100), and a harmless rewording must not (exit 0). Also:
# reports are written, malformed data lines are reported with file:line
# while the rest is evaluated, and failed calls make items errored.
# Usage: regression.sh AEP_BINARY REPO_ROOT
set -u
AEP=$1
REPO=$2
WORK=$(mktemp -d "${TMPDIR:-/tmp}/aep-eval-it-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expect_rc() { [ "$1" = "$2" ] || fail "$3: exit code $1, expected $2"; }
expect_in() { grep -q -- "$2" "$1" || { echo "--- $1"; cat "$1"; fail "$3: missing: $2"; }; }

cp -r "$REPO/examples/support" "$WORK/p"
rm -rf "$WORK/p/.aep"
cd "$WORK/p" || fail "cd"

# 1. The baseline: the production prompt passes its tests and gates.
"$AEP" test --filter support.regression --filter support.triage --json "$WORK/base.json" >"$WORK/base.txt" 2>&1
expect_rc $? 0 "baseline run"
expect_in "$WORK/base.txt" "SIM: these figures come from the offline sim world" "sim notice"
expect_in "$WORK/base.txt" "PASS eval support.regression.triage_large" "large eval passes"

# 2. The weakened prompt: a regression, with the McNemar p-value and the slice.
cp "$REPO/examples/regression/weakened/support/triage.aep" support/triage.aep
"$AEP" test --filter support.regression --filter support.triage --baseline "$WORK/base.json" \
  --html "$WORK/weak.html" --junit "$WORK/weak.xml" --json "$WORK/weak.json" >"$WORK/weak.txt" 2>&1
expect_rc $? 100 "weakened run"
expect_in "$WORK/weak.txt" "REGRESSED support.regression.triage_large" "regression flagged"
expect_in "$WORK/weak.txt" "exact McNemar p = 0.0" "p-value shown"
expect_in "$WORK/weak.txt" "slice \`outages\`: pass rate fell" "slice evidence"
expect_in "$WORK/weak.txt" "pass -> fail: L-" "pass->fail items listed"
expect_in "$WORK/weak.html" "<svg" "html charts"
expect_in "$WORK/weak.html" "SIM: these figures" "html sim notice"
expect_in "$WORK/weak.xml" "no regression against the baseline" "junit comparison case"
expect_in "$WORK/weak.xml" "<failure" "junit failure"
expect_in "$WORK/weak.json" "\"regressed\": true" "json verdict"

# 3. The harmless rewording: no regression.
cp "$REPO/examples/regression/reworded/support/triage.aep" support/triage.aep
"$AEP" test --filter support.regression --filter support.triage --baseline "$WORK/base.json" >"$WORK/reword.txt" 2>&1
expect_rc $? 0 "reworded run"
expect_in "$WORK/reword.txt" "ok support.regression.triage_large" "no regression flagged"
expect_in "$WORK/reword.txt" "no regression;" "summary"

# 4. A malformed data line is reported with file:line; the other rows still run.
cp "$REPO/examples/support/support/triage.aep" support/triage.aep
printf '{"id": "T-9999", "ticket": "broken line\n' >>evals/triage.jsonl
"$AEP" test --filter support.evals.triage_accuracy --no-baseline >"$WORK/bad.txt" 2>&1
expect_rc $? 0 "malformed line run"
expect_in "$WORK/bad.txt" "evals/triage.jsonl:49" "malformed line located"
expect_in "$WORK/bad.txt" "(n=48)" "other rows graded"

# 5. Failed calls: items are errored (never pass or fail) and the run is an error.
cat >>aep.toml <<'TOML'

[providers.down]
kind = "openai"
base_url = "http://127.0.0.1:9"
api_key_env = "AEP_EVAL_TEST_KEY"
max_retries = 0
timeout = "2s"
TOML
AEP_EVAL_TEST_KEY=not-a-real-key "$AEP" test --filter support.evals.triage_accuracy --provider down --no-cache --no-baseline >"$WORK/down.txt" 2>&1
expect_rc $? 1 "provider down"
expect_in "$WORK/down.txt" "0 passed, 0 failed, 48 errored" "errored items"
if grep -q "not-a-real-key" "$WORK/down.txt"; then fail "the API key leaked into the output"; fi

# 6. Judge calibration against the shipped human labels.
"$AEP" judge calibrate --labels evals/judge_labels.jsonl --project . >"$WORK/cal.txt" 2>&1
expect_rc $? 0 "judge calibrate"
expect_in "$WORK/cal.txt" "Cohen's kappa" "kappa"
printf '{"id": "x", "candidate": "c"}\n' >"$WORK/labels.jsonl"
cat evals/judge_labels.jsonl >>"$WORK/labels.jsonl"
"$AEP" judge calibrate --labels "$WORK/labels.jsonl" --project . >"$WORK/cal2.txt" 2>&1
expect_rc $? 0 "judge calibrate with a bad line"
expect_in "$WORK/cal2.txt" "labels.jsonl:1: no string \`reference\`" "bad label line located"
echo "all eval integration checks passed"
