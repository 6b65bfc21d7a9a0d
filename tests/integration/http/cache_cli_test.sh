#!/bin/sh
# `aep cache stats|prune|clear` end to end on a cache filled by real writes.
#   cache_cli_test.sh <aep> <cache_crash_writer>
set -eu
aep="$1"; writer="$2"
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

out="$("$aep" cache stats --cache-dir "$dir/c")"
echo "$out" | grep -q "no cache at" || fail "stats on a missing cache: $out"
[ ! -e "$dir/c" ] || fail "stats created a cache directory"

"$writer" "$dir/c" w 40 >/dev/null
out="$("$aep" cache stats --cache-dir "$dir/c")"
echo "$out" | grep -q "^entries   40 (0 expired)" || fail "stats: $out"
"$aep" cache stats --cache-dir "$dir/c" --json | grep -q '"entries": 40' || fail "stats --json"

set +e
"$aep" cache prune --cache-dir "$dir/c" --older-than 7x 2>"$dir/err"; rc=$?
set -e
[ "$rc" = 2 ] || fail "bad --older-than exit $rc"
grep -q "is not an age" "$dir/err" || fail "bad --older-than message"
"$aep" cache prune --cache-dir "$dir/c" --older-than 7d | grep -q "removed 0 entries" || fail "prune 7d removed something"

# clear without --yes on a non-terminal stdin refuses at once (no hang).
set +e
"$aep" cache clear --cache-dir "$dir/c" </dev/null 2>"$dir/err"; rc=$?
set -e
[ "$rc" = 2 ] || fail "clear without --yes exit $rc"
grep -q "without --yes" "$dir/err" || fail "clear refusal message"
"$aep" cache stats --cache-dir "$dir/c" | grep -q "^entries   40" || fail "refused clear deleted entries"
"$aep" cache clear --cache-dir "$dir/c" --yes | grep -q "removed 40 entries" || fail "clear --yes"
"$aep" cache stats --cache-dir "$dir/c" | grep -q "^entries   0" || fail "entries after clear"

# A file that is not a cache: a clear message and exit 2, no crash.
rm -f "$dir/c/"*
echo "not a database, not a database, not a database, not a database, not a database" >"$dir/c/responses.sqlite3"
set +e
"$aep" cache stats --cache-dir "$dir/c" 2>"$dir/err"; rc=$?
set -e
[ "$rc" = 2 ] || fail "stats on junk exit $rc"
grep -q "responses.sqlite3" "$dir/err" || fail "junk message names no file"
echo "cache cli: ok"
