#!/usr/bin/env bash
# Builds the libFuzzer target (clang, ASan + UBSan) in its own build directory
# and fuzzes the front end for a while. Used by the CTest test fuzz/parse_60s
# and by hand for long sessions:
#   tests/fuzz/run_fuzz.sh [--build-dir DIR] [--seconds N] [--jobs N] [-- extra libFuzzer flags]
# The seed corpus is rebuilt each run from the golden cases and the example
# project; inputs the fuzzer finds are kept in DIR/corpus and reused next time.
# Exit status: 0 when nothing was found; otherwise 1, with the offending input
# saved under DIR/crashes/ and printed.
set -uo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build-fuzz"
seconds=60
jobs=1
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "run_fuzz.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done

for tool in clang clang++ cmake ninja; do
  if ! command -v "$tool" >/dev/null; then
    echo "run_fuzz.sh: '$tool' is missing (scripts/setup installs clang and libclang-rt-14-dev)" >&2
    exit 1
  fi
done

# Configure once; later runs only rebuild what changed (ccache helps too).
mkdir -p "$build"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DAEP_FUZZ=ON -DAEP_SANITIZE=ON \
    >"$build/configure.log" 2>&1 || { cat "$build/configure.log" >&2; rm -f "$build/CMakeCache.txt"; exit 1; }
fi
if ! ninja -C "$build" fuzz_parse >"$build/ninja.log" 2>&1; then
  tail -n 60 "$build/ninja.log" >&2
  echo "run_fuzz.sh: building fuzz_parse failed" >&2
  exit 1
fi

seed="$build/seed"
corpus="$build/corpus"
crashes="$build/crashes"
rm -rf "$seed"
mkdir -p "$seed" "$corpus" "$crashes"
n=0
while IFS= read -r -d '' f; do
  cp "$f" "$seed/$(printf '%04d' $n)_$(basename "$f")"
  n=$((n + 1))
done < <(find "$root/tests/golden/syntax" "$root/examples" -name '*.aep' -type f -print0 2>/dev/null | sort -z)
echo "seed corpus: $n files; kept corpus: $(find "$corpus" -type f | wc -l) files"

before=$(mktemp)
trap 'rm -f "$before"' EXIT
find "$crashes" -type f | sort >"$before"

# -timeout: one input taking over 10 s is a hang. -rss_limit_mb: memory blow-up.
# -max_len: big enough for most golden cases to mutate as a whole, small
# enough to keep executions fast.
# ASan's leak checker runs at exit (detect_leaks=1 is the default on Linux).
log="$build/fuzz.log"
ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}" \
UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
"$build/tests/fuzz/fuzz_parse" "$corpus" "$seed" \
  -dict="$root/tests/fuzz/aep.dict" \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=8192 \
  -artifact_prefix="$crashes/" -print_final_stats=1 \
  $([[ "$jobs" -gt 1 ]] && echo "-jobs=$jobs -workers=$jobs") \
  "${extra[@]}" >"$log" 2>&1
status=$?

grep -E "^(stat::|Done|#[0-9]+ +DONE)" "$log" | tail -n 12
new=$(find "$crashes" -type f | sort | comm -13 "$before" -)
if [[ $status -ne 0 || -n "$new" ]]; then
  echo "FAIL: the fuzzer stopped with status $status" >&2
  grep -E -A 40 "ERROR: |runtime error|invariant violated|ALARM|out-of-memory|deadly signal" "$log" | head -n 80 >&2
  for f in $new; do
    echo "--- input kept at $f ($(stat -c %s "$f") bytes), first bytes:" >&2
    od -A d -c "$f" | head -n 20 >&2
    echo "reproduce: $build/tests/fuzz/fuzz_parse $f   (or: aep parse --dump-ast $f)" >&2
  done
  echo "full log: $log" >&2
  exit 1
fi
echo "no crash, leak, hang or timeout in ${seconds}s (log: $log)"
