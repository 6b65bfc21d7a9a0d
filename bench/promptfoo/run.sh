#!/usr/bin/env bash
# Runner benchmark against the peer: N calls (default 2,000) through
# `aep emulate` at a fixed latency (50 ms) with C in flight (64), made by
#   1. aep run --inputs items.jsonl (the runner: render, lower, provider
#      call over HTTP, output handling — the path aep run and aep test use);
#   2. promptfoo 0.123.1 (`promptfoo eval -j C`, OpenAI provider pointed at
#      the same emulator), installed by setup.sh;
# each against a fresh emulator, in the same run. Prints calls/s, the share
# of the C / latency limit (1,280 calls/s), wall, client CPU, peak memory,
# the requests the emulator served, and the ratio aep / promptfoo.
#
#   bench/promptfoo/run.sh [--build-dir DIR] [--calls N] [--concurrency C] [--latency-ms MS] [--skip-promptfoo]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$root/build"
calls=2000
concurrency=64
latency=50
skip_pf=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --calls) calls="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --latency-ms) latency="$2"; shift 2 ;;
    --skip-promptfoo) skip_pf=1; shift ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
aep="$build/cli/aep"
[[ -x "$aep" ]] || { echo "run.sh: build aep first (ninja -C $build aep)" >&2; exit 2; }
if [[ "$skip_pf" == 0 ]]; then "$here/setup.sh"; fi

work="$(mktemp -d)"
emu_pid=""
cleanup() { [[ -n "$emu_pid" ]] && kill "$emu_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

python3 - "$calls" "$work" <<'PY'
import csv, json, sys
n, work = int(sys.argv[1]), sys.argv[2]
with open(f"{work}/items.jsonl", "w") as j, open(f"{work}/tests.csv", "w", newline="") as c:
    w = csv.writer(c); w.writerow(["ticket"])
    for i in range(n):
        t = f"Bench ticket {i}: the export button does nothing."
        j.write(json.dumps({"ticket": t}) + "\n"); w.writerow([t])
PY

start_emulator() {
  local fifo; fifo="$(mktemp -u)"; mkfifo "$fifo"
  "$aep" emulate --port 0 --latency "fixed:${latency}ms" --world "$here/data/world.json" \
    --threads $((concurrency * 2 + 32)) >"$fifo" 2>"$work/emulator.err" &
  emu_pid=$!
  read -r _ _ base <"$fifo"; rm -f "$fifo"
}
stop_emulator() {
  kill -TERM "$emu_pid"; wait "$emu_pid" 2>/dev/null || true; emu_pid=""
  served=$(grep -o 'served [0-9]* requests' "$work/emulator.err" | grep -o '[0-9]*' || echo "?")
}
limit=$(python3 -c "print($concurrency / ($latency / 1000))")
report() {  # name wall user sys rss_kb served
  python3 - "$@" "$calls" "$limit" <<'PY'
import sys
name, wall, user, sys_, rss, served, calls, limit = sys.argv[1:]
wall, user, sys_, calls, limit = float(wall), float(user), float(sys_), int(calls), float(limit)
rate = calls / wall
print(f"{name:10s} {rate:8.0f} calls/s  {100*rate/limit:5.1f}% of {limit:.0f}  wall {wall:6.2f} s  "
      f"CPU {user+sys_:6.2f} s ({100*(user+sys_)/wall:4.0f}% of a core)  peak RSS {int(rss)/1024:6.0f} MB  emulator served {served}")
PY
}

echo "# $calls calls, $concurrency in flight, ${latency} ms emulator latency ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
start_emulator
/usr/bin/time -f "%e %U %S %M" -o "$work/aep.time" \
  "$aep" run "$here/data/label.aep#Label" --inputs "$work/items.jsonl" --provider sim --base-url "$base" \
  --concurrency "$concurrency" --no-cache --no-progress >"$work/aep.out" 2>"$work/aep.err" || { cat "$work/aep.err" >&2; exit 1; }
stop_emulator
read -r a_wall a_user a_sys a_rss <"$work/aep.time"
ok=$(grep -c . "$work/aep.out" || true)
[[ "$ok" == "$calls" ]] || { echo "run.sh: aep printed $ok outputs for $calls calls" >&2; tail -3 "$work/aep.err" >&2; exit 1; }
report "aep" "$a_wall" "$a_user" "$a_sys" "$a_rss" "$served"
grep -o '[0-9]* calls in [0-9.]* s' "$work/aep.err" | sed 's/^/           (inside the run: /; s/$/, after loading and checking the prompt)/'

if [[ "$skip_pf" == 0 ]]; then
  start_emulator
  cat >"$work/promptfooconfig.yaml" <<YAML
description: aep benchmark peer
prompts: [file://$here/data/prompt.json]
providers:
  - id: openai:chat:gpt-4o-mini
    config: { apiBaseUrl: "$base/v1", apiKey: "sk-bench-not-a-key", temperature: 0, max_tokens: 50 }
tests: file://$work/tests.csv
YAML
  export PROMPTFOO_CONFIG_DIR="$work/promptfoo-home" PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1
  /usr/bin/time -f "%e %U %S %M" -o "$work/pf.time" \
    "$here/bin/promptfoo" eval -c "$work/promptfooconfig.yaml" -j "$concurrency" --no-cache --no-write --no-table \
    --no-progress-bar -o "$work/pf.json" >"$work/pf.out" 2>&1 || true
  stop_emulator
  read -r p_wall p_user p_sys p_rss <"$work/pf.time"
  results=$(python3 -c "import json;d=json.load(open('$work/pf.json'));r=d['results']['results'];print(len(r), sum(1 for x in r if x.get('response',{}).get('output')))" 2>/dev/null || echo "? ?")
  report "promptfoo" "$p_wall" "$p_user" "$p_sys" "$p_rss" "$served"
  echo "           (promptfoo results: $(echo "$results" | cut -d' ' -f1), with output: $(echo "$results" | cut -d' ' -f2))"
  python3 -c "print(f'ratio aep / promptfoo: {$p_wall / $a_wall:.1f}x the throughput, {($p_user+$p_sys)/max($a_user+$a_sys,1e-3):.1f}x less CPU, {$p_rss/$a_rss:.1f}x less memory')"
fi
