#!/usr/bin/env bash
# Load-time benchmark of the tokenizer tables, in the same run:
#   bench/tokenizer/load.sh [BUILD_DIR]     (AEP_BENCH_LOAD_RUNS=15)
# For o200k_base and cl100k_base, RUNS fresh processes each of
#   parse:  AEP_TOKENIZER_CACHE=off: read the .tiktoken file, sha256 it, parse
#           it and build the tables (what every command paid before the cache);
#   cached: map the binary cache (<encoding>.v1.rtab) and check it;
# plus the one run that writes the cache (parse + write). Figures are the
# medians of `bench_tokenizer load`'s own clock around Encoding::load_file
# (wall, and CPU of the process, which a busy machine inflates far less),
# so process start-up is not in them; `aep tokenize` of a short text, which
# includes it, is measured with perf stat when perf is installed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-${AEP_BUILD_DIR:-$ROOT/build}}"
RUNS="${AEP_BENCH_LOAD_RUNS:-15}"
BENCH="$BUILD/bench/tokenizer/bench_tokenizer"
AEP="$BUILD/cli/aep"
CACHE="$(mktemp -d)"
trap 'rm -rf "$CACHE"' EXIT

if [ ! -x "$BENCH" ]; then
  echo "building bench_tokenizer in $BUILD" >&2
  ninja -C "$BUILD" bench_tokenizer >/dev/null
fi
echo "reproduce: bench/tokenizer/load.sh $BUILD   (AEP_BENCH_LOAD_RUNS=$RUNS)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M) UTC"

field() { sed -n "s/.*\"$2\":\\([^,}]*\\).*/\\1/p" <<<"$1" | tr -d '"'; }
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
# runs MODE ENCODING -> "wall_median cpu_median", checking how each run loaded
runs() {
  local mode="$1" enc="$2" walls=() cpus=() out
  for _ in $(seq "$RUNS"); do
    out="$(AEP_TOKENIZER_CACHE="$mode" "$BENCH" load "$enc")"
    local want=true; [ "$mode" = off ] && want=false
    if [ "$(field "$out" from_cache)" != "$want" ]; then
      echo "FAIL: expected from_cache=$want: $out" >&2; exit 1
    fi
    walls+=("$(field "$out" load_ms)"); cpus+=("$(field "$out" load_cpu_ms)")
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median)"
}

printf '%-12s %-34s %10s %10s\n' encoding "load (median of $RUNS fresh processes)" "wall ms" "CPU ms"
for enc in o200k_base cl100k_base; do
  read -r pw pc < <(runs off "$enc")
  first="$(AEP_TOKENIZER_CACHE="$CACHE" "$BENCH" load "$enc")"
  case "$(field "$first" note)" in *"cache written"*) ;; *) echo "FAIL: the first cached run did not write: $first" >&2; exit 1 ;; esac
  read -r cw cc < <(runs "$CACHE" "$enc")
  printf '%-12s %-34s %10s %10s\n' "$enc" "parse (cache off)" "$pw" "$pc" \
    "" "parse + write the cache (once)" "$(field "$first" load_ms)" "$(field "$first" load_cpu_ms)" \
    "" "cached (map + check)" "$cw" "$cc"
  awk -v pw="$pw" -v pc="$pc" -v cw="$cw" -v cc="$cc" \
    'BEGIN{printf "%-12s %-34s %9.1fx %9.1fx\n", "", "parse / cached", pw/cw, pc/cc}'
  echo "             cache file: $(stat -c %s "$CACHE/${enc}.v1.rtab") bytes"
done

if [ -x "$AEP" ] && command -v perf >/dev/null && perf stat -e task-clock true >/dev/null 2>&1; then
  echo
  echo "aep tokenize -e o200k_base of 'hi' (whole process, perf stat -r $RUNS; task-clock = CPU ms)"
  for mode in off "$CACHE"; do
    label="cache off"; [ "$mode" != off ] && label="cached"
    stats="$(AEP_TOKENIZER_CACHE="$mode" perf stat -r "$RUNS" -e task-clock -x, \
      sh -c "echo hi | '$AEP' tokenize -e o200k_base >/dev/null" 2>&1 >/dev/null | grep task-clock)"
    printf '  %-10s %8.2f ms CPU\n' "$label" "$(cut -d, -f1 <<<"$stats")"
  done
  stats="$(perf stat -r "$RUNS" -e task-clock -x, "$AEP" --version 2>&1 >/dev/null | grep task-clock)"
  printf '  %-10s %8.2f ms CPU (process start-up alone)\n' "--version" "$(cut -d, -f1 <<<"$stats")"
fi
