#!/usr/bin/env bash
# Lint speed (issue 6 "Speed"): a generated project of 1,000 realistic modules
# (bench/render/gen_project.py: ~1.5 KB each, imports and 20-level
# inheritance chains) linted by `aep lint` in a fresh process each time.
#   cold         every module parsed, analysed and checked; no cache
#                (target: median < 300 ms wall)
#   warm         the whole project again with the on-disk cache, nothing changed
#   pre-commit   3 files edited, `aep lint <those 3 files>` with the cache
#                (the hook's run; target: median < 50 ms wall)
#   parent edit  a base module edited, the whole project linted with the
#                cache: its 19 descendants are re-checked, the rest cached
# There is no peer linter for .aep, so figures are absolute; `aep check`
# (parse + sema, no rules) is timed beside them for scale.
#   bench/lint/run.sh [--runs N] [--chains C] [--depth D]
# The build directory is $AEP_BUILD_DIR (default: build); aep is built first.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${AEP_BUILD_DIR:-$root/build}"
runs=10 chains=50 depth=20
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --chains) chains="$2"; shift 2 ;;
    --depth) depth="$2"; shift 2 ;;
    *) echo "usage: bench/lint/run.sh [--runs N] [--chains C] [--depth D]" >&2; exit 2 ;;
  esac
done
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
grep -q "CMAKE_BUILD_TYPE:STRING=Release" "$build/CMakeCache.txt" ||
  echo "warning: $build is not a Release build; figures will be low" >&2
ninja -C "$build" aep >/dev/null
aep="$build/cli/aep"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/render/gen_project.py" "$work/p" "$chains" "$depth"
cd "$work/p"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# median wall and CPU (user+sys) in ms of `runs` runs of a command; a setup
# command runs before each run, outside the timing.
measure() {  # measure LABEL SETUP COMMAND...
  local label="$1" setup="$2"; shift 2
  python3 - "$label" "$setup" "$runs" "$@" <<'PY'
import os, resource, statistics, subprocess, sys, time
label, setup, runs, cmd = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
walls, cpus = [], []
for _ in range(runs):
    if setup:
        subprocess.run(setup, shell=True, check=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls.append((time.perf_counter() - t) * 1000)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    if r.returncode not in (0, 1):
        sys.exit(f"{label}: {' '.join(cmd)} exited with {r.returncode}")
print(f"{label:<34} median wall {statistics.median(walls):7.1f} ms  (min {min(walls):6.1f})   median CPU {statistics.median(cpus):7.1f} ms")
PY
}

echo
echo "== $((chains * depth)) modules, $(cat $(find . -name '*.aep') | wc -c) bytes; $runs runs each"
"$aep" lint --no-cache --stats . 2>&1 >/dev/null | tail -1
"$aep" lint --no-cache . | tail -1
measure "aep check . (parse + sema)" "" "$aep" check .
measure "aep lint --no-cache . (cold)" "" "$aep" lint --no-cache .
"$aep" lint . >/dev/null || true
measure "aep lint . (warm cache, no change)" "" "$aep" lint .
edit3='for f in c01/m05.aep c17/m12.aep c33/m19.aep; do echo "// edited $RANDOM" >> $f; done'
measure "aep lint 3 edited files (pre-commit)" "$edit3" "$aep" lint c01/m05.aep c17/m12.aep c33/m19.aep
measure "aep lint . after a parent edit" 'echo "// edited $RANDOM" >> c07/m01.aep' "$aep" lint .
echo 'echo "// edited" >> c07/m01.aep; aep lint --stats . :'
echo "// edited" >> c07/m01.aep
"$aep" lint --stats . 2>&1 >/dev/null | tail -1
echo
echo "== where the cold run spends its time (AEP_LINT_TIMING=1, one run)"
AEP_LINT_TIMING=1 "$aep" lint --no-cache . 2>&1 >/dev/null | sed 's/^aep lint timing: /  /'
