#!/usr/bin/env bash
# Parse throughput of .aep text (MB/s, one core), the front end (load + parse,
# analyze) over a generated 1,000-module project in process, and the time of
# `aep check` over the example project. There is no peer tool that parses
# .aep, so the figures are absolute; ANTLR's lexer-only speed is printed beside
# the parse for scale.
#   bench/parse/run.sh [--corpus-mb N] [--file-mb N] [--runs N]
# The build directory is $AEP_BUILD_DIR (default: build); it is built first.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${AEP_BUILD_DIR:-$root/build}"
cd "$root"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
grep -q "CMAKE_BUILD_TYPE:STRING=Release" "$build/CMakeCache.txt" ||
  echo "warning: $build is not a Release build; figures will be low" >&2
ninja -C "$build" bench_parse aep >/dev/null

echo "== parse throughput"
echo "\$ $build/bench/parse/bench_parse --examples examples $*"
"$build/bench/parse/bench_parse" --examples examples "$@"

echo
echo "== front end over a generated project (bench/render/gen_project.py: 50 chains x 20 levels)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/render/gen_project.py" "$work/p" 50 20
ninja -C "$build" bench_front >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "\$ $build/bench/parse/bench_front <project> --runs 7"
"$build/bench/parse/bench_front" "$work/p" --runs 7

echo
echo "== aep check examples/support ($(find examples/support -name '.*' -prune -o -type f -name '*.aep' -print | wc -l) modules, $(cat $(find examples/support -name '.*' -prune -o -type f -name '*.aep' -print) | wc -c) bytes)"
if command -v hyperfine >/dev/null; then
  echo "\$ hyperfine --warmup 3 --runs 30 '$build/cli/aep check examples/support'"
  hyperfine --warmup 3 --runs 30 --style basic "$build/cli/aep check examples/support" 2>&1 | grep -E "Time|Range"
else
  echo "\$ time (for i in \$(seq 30); do $build/cli/aep check examples/support; done)"
  time (for i in $(seq 30); do "$build/cli/aep" check examples/support >/dev/null; done)
fi
