#!/usr/bin/env bash
# HTTP client benchmark: 2,000 calls at 64 in flight against a loopback server
# that answers after 50 ms; target >= 95% of 64 / 0.05 s = 1,280 calls/s with
# client CPU well under one core.
#
#   bench/http/run.sh [--build-dir DIR] [--url URL | --emulator] [--calls N] [--concurrency C] [--latency-ms MS]
#
# Without --url it starts its own server (bench_http_server); --emulator
# starts `aep emulate --latency fixed:<MS>ms` instead and drives its OpenAI
# Chat endpoint; with --url it drives whatever answers there, and
# --latency-ms must then state that server's latency.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$root/build"
url=""
calls=2000
concurrency=64
latency=50
emulator=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build-dir) build="$2"; shift 2 ;;
    --url) url="$2"; shift 2 ;;
    --emulator) emulator=1; shift ;;
    --calls) calls="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --latency-ms) latency="$2"; shift 2 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
client="$build/bench/http/bench_http_client"
server_bin="$build/bench/http/bench_http_server"
[[ -x "$client" ]] || { echo "run.sh: build bench_http_client first (ninja -C $build bench_http_client bench_http_server)" >&2; exit 2; }

server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT
if [[ -z "$url" && "$emulator" == 1 ]]; then
  aep="$build/cli/aep"
  [[ -x "$aep" ]] || { echo "run.sh: build aep first (ninja -C $build aep)" >&2; exit 2; }
  fifo="$(mktemp -u)"; mkfifo "$fifo"
  "$aep" emulate --port 0 --latency "fixed:${latency}ms" --threads $((concurrency * 2 + 32)) >"$fifo" 2>/dev/null &
  server_pid=$!
  read -r _ _ base <"$fifo"; rm -f "$fifo"   # "listening on http://127.0.0.1:PORT"
  url="$base/v1/chat/completions"
fi
if [[ -z "$url" ]]; then
  [[ -x "$server_bin" ]] || { echo "run.sh: build bench_http_server first" >&2; exit 2; }
  fifo="$(mktemp -u)"; mkfifo "$fifo"
  "$server_bin" --port 0 --latency-ms "$latency" --threads $((concurrency * 2 + 32)) >"$fifo" &
  server_pid=$!
  read -r _ port <"$fifo"; rm -f "$fifo"
  url="http://127.0.0.1:$port/v1/chat/completions"
fi
echo "# aep::http against $url"
"$client" --url "$url" --calls "$calls" --concurrency "$concurrency" --latency-ms "$latency"
