#!/usr/bin/env bash
# The one golden-test runner every phase shares (see tests/golden/CMakeLists.txt).
#   run_golden.sh --expected FILE [--stream stdout|stderr] [--exit CODE] -- COMMAND...
# Runs COMMAND, checks its exit code, and compares the chosen stream with FILE
# byte for byte, showing a unified diff when they differ. With
# AEP_REFRESH_GOLDEN=1 it writes FILE from the output instead (the exit code is
# still checked, so a `fail_` case that stopped failing is not silently kept).
set -u

expected="" stream="stdout" want_exit=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --expected) expected="$2"; shift 2 ;;
    --stream) stream="$2"; shift 2 ;;
    --exit) want_exit="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "run_golden.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
if [[ -z "$expected" || $# -eq 0 ]]; then
  echo "usage: run_golden.sh --expected FILE [--stream stdout|stderr] [--exit CODE] -- COMMAND..." >&2
  exit 2
fi
if [[ "$stream" != stdout && "$stream" != stderr ]]; then
  echo "run_golden.sh: --stream must be stdout or stderr, not '$stream'" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$@" >"$tmp/stdout" 2>"$tmp/stderr"
got_exit=$?
actual="$tmp/$stream"
other="$tmp/stdout"
[[ "$stream" == stdout ]] && other="$tmp/stderr"

status=0
if [[ "${AEP_REFRESH_GOLDEN:-}" == 1 ]]; then
  if ! cmp -s "$actual" "$expected" 2>/dev/null; then
    cp "$actual" "$expected"
    echo "refreshed $expected"
  fi
elif [[ ! -f "$expected" ]]; then
  echo "FAIL: expected file $expected does not exist; create it with scripts/refresh_golden.sh and review it" >&2
  echo "--- actual $stream ---" >&2
  cat "$actual" >&2
  status=1
elif ! cmp -s "$expected" "$actual"; then
  echo "FAIL: $stream of \`$*\` differs from $expected:" >&2
  diff -u --label "$expected (expected)" --label "$stream (actual)" "$expected" "$actual" >&2
  echo "(if the change is intended: scripts/refresh_golden.sh, then review git diff)" >&2
  status=1
fi

if [[ "$got_exit" != "$want_exit" ]]; then
  echo "FAIL: \`$*\` exited with $got_exit, expected $want_exit" >&2
  if [[ -s "$other" ]]; then
    echo "--- its other output ---" >&2
    head -c 4000 "$other" >&2
  fi
  status=1
fi
exit $status
