#!/usr/bin/env bash
# Render benchmark: aep vs dotprompt 1.1.2 (npm) on the same prompt, in one run.
#   bench/render/run.sh [BUILD_DIR]    (default build/; AEP_BENCH_RENDERS=200000,
#                                       AEP_BENCH_REPS=3, AEP_BENCH_COLD_RUNS=30)
# 1. both prompts render the same text for the same inputs (modulo whitespace);
# 2. warm renders/s: program loaded and analyzed once and its RenderPlan
#    compiled once (aep), template compiled once (dotprompt), N renders
#    cycling through 1,024 prepared input objects, each render a fresh result
#    (and, for aep, also into one reused RenderResult, and both again with
#    RenderOptions::source_map off, since dotprompt builds none); wall and CPU time;
#    median of REPS runs;
# 3. cold process: `aep render FILE#Prompt --inputs f.json` vs a node process
#    that loads dotprompt, parses, compiles and renders once (hyperfine);
# 4. load + analyze + render every prompt of examples/support and of a
#    generated 1,000-module project (deep inheritance chains): wall, CPU, peak RSS.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-${AEP_BUILD_DIR:-$ROOT/build}}"
N="${AEP_BENCH_RENDERS:-200000}"
REPS="${AEP_BENCH_REPS:-3}"
COLD_RUNS="${AEP_BENCH_COLD_RUNS:-30}"
HERE="$ROOT/bench/render"
BENCH="$BUILD/bench/render/bench_render"
AEP="$BUILD/cli/aep"
PROMPT="$HERE/project/bench/reply.aep#ReplyDraft"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "reproduce: bench/render/run.sh $BUILD   (AEP_BENCH_RENDERS=$N AEP_BENCH_REPS=$REPS AEP_BENCH_COLD_RUNS=$COLD_RUNS)"
if [ ! -x "$BENCH" ] || [ ! -x "$AEP" ]; then
  echo "building aep and bench_render in $BUILD" >&2
  ninja -C "$BUILD" aep bench_render >/dev/null
fi
for tool in node hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required" >&2; exit 2; }
done
ONE_CORE=()
if command -v taskset >/dev/null; then ONE_CORE=(taskset -c 0); fi
echo "machine: $(nproc) cores, $(uname -m), node $(node --version), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "both warm loops run pinned to one core (${ONE_CORE[*]:-no taskset}); node's JIT/GC helper threads share it"
echo

# 1. Same inputs for both sides, and the same text out.
node "$HERE/dotprompt.mjs" pool 1024 "$TMP/pool.json"
for i in 0 1 2 3 4; do
  python3 -c "import json,sys; json.dump(json.load(open('$TMP/pool.json'))[$i], open('$TMP/in$i.json','w'))"
  "$AEP" render "$PROMPT" --inputs "$TMP/in$i.json" > "$TMP/aep$i.json"
  node "$HERE/dotprompt.mjs" once "$TMP/in$i.json" > "$TMP/dot$i.json"
  if ! node "$HERE/dotprompt.mjs" compare "$TMP/aep$i.json" "$TMP/dot$i.json" > "$TMP/cmp$i.txt"; then
    cat "$TMP/cmp$i.txt"
    echo "run.sh: the two prompts do not render the same text for input $i" >&2
    exit 1
  fi
done
echo "equivalence: $(cat "$TMP/cmp0.txt") (5 inputs checked)"

# 2. Warm renders, alternating the two sides so drifting load hits both.
for r in $(seq "$REPS"); do
  "${ONE_CORE[@]}" "$BENCH" warm "$N" "$TMP/pool.json" "$PROMPT" >> "$TMP/warm_aep.jsonl"
  "${ONE_CORE[@]}" "$BENCH" warm-reuse "$N" "$TMP/pool.json" "$PROMPT" >> "$TMP/warm_aep_reuse.jsonl"
  "${ONE_CORE[@]}" "$BENCH" warm-nosm "$N" "$TMP/pool.json" "$PROMPT" >> "$TMP/warm_aep_nosm.jsonl"
  "${ONE_CORE[@]}" "$BENCH" warm-reuse-nosm "$N" "$TMP/pool.json" "$PROMPT" >> "$TMP/warm_aep_reuse_nosm.jsonl"
  "${ONE_CORE[@]}" node "$HERE/dotprompt.mjs" warm "$N" "$TMP/pool.json" >> "$TMP/warm_dot.jsonl"
  "${ONE_CORE[@]}" node "$HERE/dotprompt.mjs" full $((N / 20)) "$TMP/pool.json" >> "$TMP/full_dot.jsonl"
done

# 3. Cold processes.
hyperfine -N --warmup 3 --runs "$COLD_RUNS" --export-json "$TMP/cold.json" \
  -n aep "$AEP render $PROMPT --inputs $TMP/in0.json" \
  -n dotprompt "node $HERE/dotprompt.mjs once $TMP/in0.json" > "$TMP/hyperfine.txt" 2>&1 ||
  { cat "$TMP/hyperfine.txt"; exit 1; }

# 4. Whole projects: one process each, peak RSS from /usr/bin/time.
python3 "$HERE/gen_project.py" "$TMP/generated" > "$TMP/gen.txt"
project() {  # name dir
  for r in $(seq "$REPS"); do
    /usr/bin/time -f '%e %U %S %M' -o "$TMP/$1.time$r" "$BENCH" project "$2" > "$TMP/$1.out$r" 2> "$TMP/$1.err$r" || true
  done
}
project support "$ROOT/examples/support"
project generated "$TMP/generated"

python3 - "$TMP" "$REPS" "$N" <<'PY'
import json, statistics, sys, os
tmp, reps, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def lines(name): return [json.loads(l) for l in open(os.path.join(tmp, name)) if l.strip()]
med = statistics.median
wa, wd, fd = lines("warm_aep.jsonl"), lines("warm_dot.jsonl"), lines("full_dot.jsonl")
wr = lines("warm_aep_reuse.jsonl")
r_s, r_c = med(x["per_s"] for x in wr), med(x["per_cpu_s"] for x in wr)
wn, wrn = lines("warm_aep_nosm.jsonl"), lines("warm_aep_reuse_nosm.jsonl")
n_s, n_c = med(x["per_s"] for x in wn), med(x["per_cpu_s"] for x in wn)
rn_s, rn_c = med(x["per_s"] for x in wrn), med(x["per_cpu_s"] for x in wrn)
a_s, d_s = med(x["per_s"] for x in wa), med(x["per_s"] for x in wd)
a_c, d_c = med(x["per_cpu_s"] for x in wa), med(x["per_cpu_s"] for x in wd)
f_s = med(x["per_s"] for x in fd)
cold = {r["command"]: r for r in json.load(open(os.path.join(tmp, "cold.json")))["results"]}
ca, cd = med(cold["aep"]["times"]) * 1e3, med(cold["dotprompt"]["times"]) * 1e3
cua, cud = cold["aep"]["user"] * 1e3 + cold["aep"]["system"] * 1e3, cold["dotprompt"]["user"] * 1e3 + cold["dotprompt"]["system"] * 1e3
print(f"prompt: {wa[0]['avg_chars']:.0f} characters rendered on average; {n} renders per run, median of {reps} runs\n")
print(f"{'measure':<52} {'aep':>14} {'dotprompt':>14} {'aep/dotprompt':>14}")
# The like-for-like line first: a fresh result and no source map is the work
# dotprompt's render() does (it builds no map back to its template); the
# source map is an extra aep output (`aep render --source-map`, lint), shown
# below with its own ratio.
print(f"{'fresh result, no source map (= dotprompt): renders/s':<52} {n_s:>14,.0f} {d_s:>14,.0f} {n_s / d_s:>13.1f}x   (target >= 20x)")
print(f"{'  the same, per CPU second':<52} {n_c:>14,.0f} {d_c:>14,.0f} {n_c / d_c:>13.1f}x")
print(f"{'  the same, latency (us, wall)':<52} {1e6 / n_s:>14.2f} {1e6 / d_s:>14.2f}")
print(f"{'fresh result, with source map: renders/s (wall)':<52} {a_s:>14,.0f} {d_s:>14,.0f} {a_s / d_s:>13.1f}x")
print(f"{'  the same, per CPU second':<52} {a_c:>14,.0f} {d_c:>14,.0f} {a_c / d_c:>13.1f}x")
print(f"{'reused RenderResult, no source map: renders/s':<52} {rn_s:>14,.0f} {d_s:>14,.0f} {rn_s / d_s:>13.1f}x")
print(f"{'  the same, per CPU second':<52} {rn_c:>14,.0f} {d_c:>14,.0f} {rn_c / d_c:>13.1f}x")
print(f"{'reused RenderResult, with source map: renders/s':<52} {r_s:>14,.0f} {d_s:>14,.0f} {r_s / d_s:>13.1f}x")
print(f"{'  the same, per CPU second':<52} {r_c:>14,.0f} {d_c:>14,.0f} {r_c / d_c:>13.1f}x")
print(f"{'dotprompt parse+compile+render each time, /s':<52} {'':>14} {f_s:>14,.0f}")
print(f"{'aep load + analyze of the prompt once (ms)':<52} {med(x['load_analyze_ms'] for x in wa):>14.2f}")
print(f"{'cold process, median wall (ms)':<52} {ca:>14.1f} {cd:>14.1f} {ca / cd:>13.3f}x   (target < 0.1x)")
print(f"{'cold process, mean user+sys CPU (ms)':<52} {cua:>14.1f} {cud:>14.1f} {cua / cud:>13.3f}x")
print()
print(open(os.path.join(tmp, "gen.txt")).read().strip())
print(f"\n{'project (one process: load + analyze all, render all)':<56} {'modules':>8} {'prompts':>8} {'errors':>7} {'load+analyze ms':>16} {'render-all ms':>14} {'process wall ms':>15} {'CPU s':>7} {'peak RSS MiB':>13}")
for name in ("support", "generated"):
    outs, times = [], []
    for r in range(1, reps + 1):
        try:
            outs.append(json.loads(open(os.path.join(tmp, f"{name}.out{r}")).read()))
        except Exception:
            print(f"{name}: bench_render failed:\n" + open(os.path.join(tmp, f"{name}.err{r}")).read()); break
        e, u, s, m = open(os.path.join(tmp, f"{name}.time{r}")).read().split()[-4:]
        times.append((float(e), float(u) + float(s), int(m)))
    if not outs: continue
    o = outs[0]
    print(f"{name:<56} {o['modules']:>8} {o['rendered']:>8} {o['errors']:>7} {med(x['load_analyze_ms'] for x in outs):>16.1f} "
          f"{med(x['render_all_ms'] for x in outs):>14.2f} {('<10' if med(t[0] for t in times) < 0.01 else format(med(t[0] for t in times) * 1e3, '.0f')):>15} {med(t[1] for t in times):>7.2f} {max(t[2] for t in times) / 1024:>13.1f}")
    if o["errors"]:
        err = open(os.path.join(tmp, f"{name}.err1")).read().strip().splitlines()
        print(f"  ({name} has {o['errors']} sema error(s); its other prompts were rendered: {err[0]})")
PY
echo
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
