#!/usr/bin/env bash
# `aep lint` as users drive it: exit codes (0 clean or warnings, 1 errors or
# --deny warnings, 2 usage and I/O), --fix (atomic, then re-lint) and
# --fix --diff (changes nothing), the cache's --stats, --explain, formats.
#   cli_test.sh <repo-root> <aep-binary>
set -uo pipefail
repo="$1" aep="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expect_exit() {  # expect_exit CODE command...
  local want="$1"; shift
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  [[ "$got" == "$want" ]] || { echo "--- stdout"; cat "$tmp/out"; echo "--- stderr"; cat "$tmp/err"; fail "\`$*\` exited $got, expected $want"; }
}

cd "$tmp"
printf '[project]\nname = "t"\nroots = ["."]\n' > aep.toml
cat > clean.aep <<'AEP'
module clean

prompt Clean {
  user { "Say hello." }
}
AEP
# An unused suppression (a warning with a fix) and nothing else.
cat > warn.aep <<'AEP'
module warn

prompt Warn {
  user { "Say hello." }  // aep: ignore[unused-input]
}
AEP

expect_exit 0 "$aep" lint --select unused-suppression,unused-input clean.aep
grep -q "no problems found" "$tmp/out" || fail "no summary for a clean file"
expect_exit 0 "$aep" lint --select unused-suppression,unused-input warn.aep
grep -q "^warn.aep:4:41: warning: .*\[unused-suppression\]$" "$tmp/out" || fail "unexpected report: $(cat "$tmp/out")"
expect_exit 1 "$aep" lint --select unused-suppression,unused-input --deny warnings warn.aep
expect_exit 2 "$aep" lint --select no-such-rule warn.aep
grep -q "did you mean" "$tmp/err" || true
expect_exit 2 "$aep" lint missing.aep
expect_exit 2 "$aep" lint --format xml warn.aep
expect_exit 2 "$aep" lint --explain no-such-rule
expect_exit 0 "$aep" lint --explain unused-suppression
grep -q "Suppress one line" "$tmp/out" || fail "--explain lacks its usage lines"
echo "ok: exit codes"

# --fix --diff shows the fix and changes nothing.
cp warn.aep warn.orig
expect_exit 0 "$aep" lint --select unused-suppression,unused-input --fix --diff warn.aep
grep -q '^-  user { "Say hello." }  // aep: ignore\[unused-input\]$' "$tmp/out" || fail "--diff does not show the fix: $(cat "$tmp/out")"
cmp -s warn.aep warn.orig || fail "--fix --diff changed the file"
# --fix applies it, lints again, and the file is clean and still parses.
expect_exit 0 "$aep" lint --select unused-suppression,unused-input --fix warn.aep
grep -q "fixed 1 problem in warn.aep" "$tmp/err" || fail "--fix did not say what it fixed: $(cat "$tmp/err")"
grep -q "no problems found" "$tmp/out" || fail "--fix left problems: $(cat "$tmp/out")"
grep -q 'user { "Say hello." }$' warn.aep || fail "the fixed file is not as expected: $(cat warn.aep)"
"$aep" check warn.aep >/dev/null || fail "the fixed file does not check"
echo "ok: --fix and --diff"

# The cache: a second run of the folder reads every module from it; editing
# one file re-checks that file only.
expect_exit 0 "$aep" lint --stats --select unused-suppression,unused-input .
expect_exit 0 "$aep" lint --stats --select unused-suppression,unused-input .
grep -q "2 files linted, 2 from the cache, 0 modules parsed" "$tmp/err" || fail "second run not cached: $(cat "$tmp/err")"
echo '// touched' >> clean.aep
expect_exit 0 "$aep" lint --stats --select unused-suppression,unused-input .
grep -q "2 files linted, 1 from the cache" "$tmp/err" || fail "an edit did not re-check exactly one file: $(cat "$tmp/err")"
ls .aep-cache/lint.bin >/dev/null || fail "no cache file"
expect_exit 0 "$aep" lint --no-cache --stats --select unused-suppression,unused-input .
grep -q "0 from the cache" "$tmp/err" || fail "--no-cache read the cache"
echo "ok: cache"

# Formats are well formed.
cp warn.orig warn.aep
expect_exit 0 "$aep" lint --select unused-suppression,unused-input --format json warn.aep
python3 -c "import json,sys; d=json.load(open('$tmp/out')); assert d['warnings']==1 and d['results'][0]['fix']['replacement']==''" || fail "bad JSON report"
expect_exit 0 "$aep" lint --select unused-suppression,unused-input --format github warn.aep
grep -q "^::warning file=warn.aep,line=4,col=41,endLine=4,endColumn=53,title=aep unused-suppression::" "$tmp/out" || fail "bad github annotation: $(cat "$tmp/out")"
expect_exit 0 "$aep" lint --select unused-suppression,unused-input --format rich --color never warn.aep
grep -q "warning\[unused-suppression\]" "$tmp/out" || fail "rich form lacks the rule id: $(cat "$tmp/out")"
grep -q "^ *4 |   user" "$tmp/out" || fail "rich form lacks the source line"
expect_exit 0 "$aep" lint --select unused-suppression,unused-input --format sarif -o report.sarif warn.aep
python3 -c "import json; d=json.load(open('report.sarif')); assert d['version']=='2.1.0'" || fail "-o did not write SARIF"
echo "ok: formats"
