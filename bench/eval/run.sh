#!/usr/bin/env bash
# Eval benchmark against the peer: the example project's 2,000-item eval
# (support.regression.triage_large: examples/support/evals/triage_large.jsonl,
# two asserts and a metric per item) through `aep emulate`, run by
#   1. aep test --filter support.regression (load and check the project,
#      2,000 runner calls over HTTP, grading, bootstrap intervals, gates,
#      JSON and HTML reports);
#   2. promptfoo 0.123.1 (bench/promptfoo/setup.sh) on the same items: the
#      same rendered triage messages (from `aep render --target openai-chat`,
#      the ticket and plan as promptfoo vars), the same response_format and
#      tools, and a javascript assertion with the same two checks;
# each against a fresh emulator with the same world, latency and
# concurrency, in the same run. Prints wall time, client CPU and peak memory
# (/usr/bin/time -v's "Maximum resident set size") and the ratios.
#
#   bench/eval/run.sh [--build-dir DIR] [--concurrency C] [--latency-ms MS] [--skip-promptfoo]
#
# Differences that remain, stated so the figures are read right: aep sends
# the item id (x-aep-item-id) so the emulator finds the world task by id,
# promptfoo's requests are matched by their text (a scan over the world's
# tasks, which costs the emulator, not the client); for enterprise-plan rows
# aep's system prompt has one more sentence (the prompt's `if`), which the
# single promptfoo template cannot reproduce.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$root/build"
concurrency=64
latency=50
skip_pf=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build-dir) build="$(cd "$2" && pwd)"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --latency-ms) latency="$2"; shift 2 ;;
    --skip-promptfoo) skip_pf=1; shift ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
aep="$build/cli/aep"
[[ -x "$aep" ]] || { echo "run.sh: build aep first (ninja -C $build aep)" >&2; exit 2; }
pfdir="$root/bench/promptfoo"
if [[ "$skip_pf" == 0 ]]; then "$pfdir/setup.sh"; fi

work="$(mktemp -d)"
emu_pid=""
cleanup() { [[ -n "$emu_pid" ]] && kill "$emu_pid" 2>/dev/null || true; [[ -n "${AEP_BENCH_KEEP:-}" ]] || rm -rf "$work"; }
trap cleanup EXIT
cp -r "$root/examples/support" "$work/p"
rm -rf "$work/p/.aep"
# The sim profile at the emulator, with the benchmark's concurrency.
cat >>"$work/p/aep.toml" <<TOML

[providers.bench]
kind = "sim"
concurrency = $concurrency
adaptive = false
TOML
items=$(grep -c . "$work/p/evals/triage_large.jsonl")

start_emulator() {
  local fifo; fifo="$(mktemp -u)"; mkfifo "$fifo"
  "$aep" emulate --port 0 --latency "fixed:${latency}ms" --world "$work/p/sim/world.json" \
    --threads $((concurrency * 2 + 32)) >"$fifo" 2>"$work/emulator.err" &
  emu_pid=$!
  read -r _ _ base <"$fifo"; rm -f "$fifo"
}
stop_emulator() {
  kill -TERM "$emu_pid"; wait "$emu_pid" 2>/dev/null || true; emu_pid=""
  served=$(grep -o 'served [0-9]* requests' "$work/emulator.err" | grep -o '[0-9]*' || echo "?")
}
timed() {  # out-file command...: /usr/bin/time -v figures into out-file
  local out="$1"; shift
  /usr/bin/time -v -o "$out" "$@"
}
figures() {  # time-v file -> "wall user sys rss_kb"
  python3 - "$1" <<'PY'
import sys, re
t = open(sys.argv[1]).read()
def f(label):
    m = re.search(re.escape(label) + r":\s*(.+)", t)
    return m.group(1).strip()
el = f("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(el)))
print(wall, f("User time (seconds)"), f("System time (seconds)"), f("Maximum resident set size (kbytes)"))
PY
}
report() {  # name wall user sys rss_kb served
  python3 - "$@" "$items" <<'PY'
import sys
name, wall, user, sys_, rss, served, items = sys.argv[1:]
wall, user, sys_, items = float(wall), float(user), float(sys_), int(items)
print(f"{name:10s} {items / wall:7.0f} items/s  wall {wall:6.2f} s  CPU {user + sys_:6.2f} s "
      f"({100 * (user + sys_) / wall:4.0f}% of a core)  peak RSS {int(rss) / 1024:6.0f} MB  emulator served {served}")
PY
}

echo "# $items eval items, $concurrency in flight, ${latency} ms emulator latency ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
start_emulator
set +e
(cd "$work/p" && /usr/bin/time -v -o "$work/aep.time" "$aep" test --filter support.regression --provider bench --base-url "$base" \
  --no-cache --no-baseline --progress never --json "$work/aep.json" --html "$work/aep.html" >"$work/aep.out" 2>"$work/aep.err")
rc=$?
set -e
stop_emulator
[[ "$rc" == 0 || "$rc" == 100 ]] || { echo "run.sh: aep test failed (exit $rc)" >&2; tail -n 5 "$work/aep.err" "$work/aep.out" >&2; exit 1; }
read -r a_wall a_user a_sys a_rss < <(figures "$work/aep.time")
report "aep test" "$a_wall" "$a_user" "$a_sys" "$a_rss" "$served"
python3 - "$work/aep.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s = d["suites"][0]
acc = next(m for m in s["metrics"] if m["name"] == "accuracy")
print(f"           (aep: {s['passed']} passed, {s['failed']} failed, {s['errored']} errored; "
      f"accuracy {acc['mean']:.3f} [{acc['ci'][0]:.3f}, {acc['ci'][1]:.3f}]; provider {d['provider']}; sim {d['sim']})")
PY

if [[ "$skip_pf" == 0 ]]; then
  # The same rendered messages as a promptfoo prompt, with the ticket and plan as vars.
  (cd "$work/p" && "$aep" render 'support/triage.aep#TriageTicket' --input ticket=@@TICKET@@ --input customer_tier=free \
    --target openai-chat --compact >"$work/payload.json" 2>"$work/render.err")
  python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
p = json.load(open(f"{work}/payload.json"))
def sub(text):
    return (text.replace("@@TICKET@@", "{{ticket}}").replace("Customer plan: free", "Customer plan: {{customer_tier}}"))
msgs = []
for m in p["messages"]:
    m = dict(m)
    if isinstance(m.get("content"), str):
        m["content"] = sub(m["content"])
    msgs.append(m)
json.dump(msgs, open(f"{work}/prompt.json", "w"))
config = {k: p[k] for k in ("response_format", "tools", "tool_choice", "temperature", "seed") if k in p}
config["max_tokens"] = p.get("max_completion_tokens", 400)
json.dump(config, open(f"{work}/provider_config.json", "w"))
with open(f"{work}/tests.yaml", "w") as out:
    for line in open(f"{work}/p/evals/triage_large.jsonl"):
        r = json.loads(line)
        v = {"ticket": r["ticket"], "customer_tier": r["tier"], "expected_category": r["expected"]["category"],
             "expected_needs_human": r["expected"]["needs_human"]}
        out.write("- vars: " + json.dumps(v, ensure_ascii=False) + "\n")
PY
  start_emulator
  cfg=$(cat "$work/provider_config.json")
  cat >"$work/promptfooconfig.yaml" <<YAML
description: aep eval benchmark peer
prompts: [file://$work/prompt.json]
providers:
  - id: openai:chat:gpt-4o-mini
    config: $(python3 -c "import json,sys; c=json.load(open('$work/provider_config.json')); c.update({'apiBaseUrl': '$base/v1', 'apiKey': 'sk-bench-not-a-key'}); print(json.dumps(c))")
defaultTest:
  assert:
    - type: javascript
      value: "((o) => o.category === context.vars.expected_category && o.needs_human === context.vars.expected_needs_human)(typeof output === 'string' ? JSON.parse(output) : output)"
tests: file://$work/tests.yaml
YAML
  export PROMPTFOO_CONFIG_DIR="$work/promptfoo-home" PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1
  set +e
  timed "$work/pf.time" "$pfdir/bin/promptfoo" eval -c "$work/promptfooconfig.yaml" -j "$concurrency" --no-cache \
    --no-write --no-table --no-progress-bar -o "$work/pf.json" >"$work/pf.out" 2>&1
  set -e
  stop_emulator
  read -r p_wall p_user p_sys p_rss < <(figures "$work/pf.time")
  report "promptfoo" "$p_wall" "$p_user" "$p_sys" "$p_rss" "$served"
  python3 - "$work/pf.json" <<'PY' || tail -5 "$work/pf.out"
import json, sys
d = json.load(open(sys.argv[1]))
r = d["results"]["results"]
ok = sum(1 for x in r if x.get("success"))
err = sum(1 for x in r if x.get("error") and not x.get("gradingResult"))
print(f"           (promptfoo: {len(r)} results, {ok} passed, {len(r) - ok} not passed, {err} errors)")
PY
  python3 -c "print(f'ratio promptfoo / aep: {$p_wall / $a_wall:.1f}x the wall time, {($p_user+$p_sys)/max($a_user+$a_sys,1e-3):.1f}x the CPU, {$p_rss/$a_rss:.1f}x the memory')"
fi
