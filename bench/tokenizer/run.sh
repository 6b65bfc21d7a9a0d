#!/usr/bin/env bash
# Tokenizer benchmark: aep vs the official tiktoken WASM build vs gpt-tokenizer
# (the fastest JS tokenizer, with its merge cache) in one run, on one core.
#   bench/tokenizer/run.sh [BUILD_DIR]      (default: build/; AEP_BENCH_MIB=8, AEP_BENCH_REPS=5)
# 1. throughput on the same seeded mixed corpus (prose in many languages,
#    code, CJK, numbers, whitespace, emoji), o200k_base and cl100k_base;
#    aep's ids must equal tiktoken's, else the run fails (gpt-tokenizer's
#    agreement is reported: it is not exact on every input);
# 2. a cold process: load o200k_base and encode one string;
# 3. memory of a loaded encoding: peak RSS of that cold process minus the
#    same program's RSS when it loads nothing.
# 4. load time of the tables: parse vs the binary cache (bench/tokenizer/load.sh).
# Long single pre-tokens (1/10/100 MiB of one piece: time and peak RSS, the
# heap merge as reference) are measured by bench/tokenizer/long.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-${AEP_BUILD_DIR:-$ROOT/build}}"
MIB="${AEP_BENCH_MIB:-8}"
REPS="${AEP_BENCH_REPS:-5}"
HERE="$ROOT/bench/tokenizer"
BENCH="$BUILD/bench/tokenizer/bench_tokenizer"
AEP="$BUILD/cli/aep"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "reproduce: bench/tokenizer/run.sh $BUILD   (AEP_BENCH_MIB=$MIB AEP_BENCH_REPS=$REPS)"
if [ ! -x "$BENCH" ]; then
  echo "building bench_tokenizer in $BUILD" >&2
  ninja -C "$BUILD" bench_tokenizer >/dev/null
fi
ONE_CORE=()
if command -v taskset >/dev/null; then ONE_CORE=(taskset -c 0); fi

node --input-type=module -e "
import { benchText } from '$ROOT/tests/integration/tokenizer/corpus.mjs';
import { writeFileSync } from 'node:fs';
writeFileSync('$TMP/corpus.txt', benchText(20261125, $MIB * 1024 * 1024));"
echo "corpus: $(wc -c < "$TMP/corpus.txt") bytes, seeded mix of prose (15 languages), code, CJK, numbers, whitespace, emoji"
echo "machine: $(nproc) cores, $(uname -m), node $(node --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "aep runs pinned to one core (${ONE_CORE[*]:-no taskset}); node runs unpinned, so its JIT and GC threads"
echo "may use the other core: the ratios below favour the JS peers, never aep"
echo

field() { sed -n "s/.*\"$2\":\\([^,}]*\\).*/\\1/p" <<<"$1" | tr -d '"'; }
for enc in o200k_base cl100k_base; do
  a="$("${ONE_CORE[@]}" "$BENCH" throughput "$enc" "$TMP/corpus.txt" "$REPS" "$TMP/aep.bin")"
  t="$(node "$HERE/peers.mjs" throughput tiktoken "$enc" "$TMP/corpus.txt" "$REPS" "$TMP/tiktoken.bin")"
  g="$(node "$HERE/peers.mjs" throughput gpt-tokenizer "$enc" "$TMP/corpus.txt" "$REPS" "$TMP/gpt.bin")"
  same="ids identical to tiktoken's"
  if ! cmp -s "$TMP/aep.bin" "$TMP/tiktoken.bin"; then same="IDS DIFFER FROM TIKTOKEN"; fi
  # gpt-tokenizer is not always tiktoken-exact (e.g. runs of U+FEFF): say where.
  gpt_note="$(node -e "
    const fs = require('fs');
    const a = new Uint32Array(fs.readFileSync('$TMP/tiktoken.bin').buffer.slice(0));
    const g = new Uint32Array(fs.readFileSync('$TMP/gpt.bin').buffer.slice(0));
    let i = 0; while (i < a.length && i < g.length && a[i] === g[i]) i++;
    console.log(i === a.length && a.length === g.length ? 'identical to tiktoken'
      : 'differs from tiktoken from id ' + i + ' (' + g.length + ' ids vs ' + a.length + ')');")"
  am="$(field "$a" mb_s)"; tm="$(field "$t" mb_s)"; gm="$(field "$g" mb_s)"
  best="$(awk -v a="$tm" -v b="$gm" 'BEGIN{print (a>b)?a:b}')"
  ac="$(field "$a" cpu_mb_s)"; tc="$(field "$t" cpu_mb_s)"; gc="$(field "$g" cpu_mb_s)"
  bestc="$(awk -v a="$tc" -v b="$gc" 'BEGIN{print (a>b)?a:b}')"
  echo "== $enc: $(field "$a" tokens) tokens, aep $same; gpt-tokenizer $gpt_note"
  printf '  %-28s %8s MB/s wall %8s MB/s CPU\n' "aep (encode)" "$am" "$ac" "aep (count only)" "$(field "$a" count_mb_s)" "-" \
    "tiktoken 1.0.22 (WASM)" "$tm" "$tc" "gpt-tokenizer 4.0.0 (cache)" "$gm" "$gc"
  awk -v a="$am" -v t="$tm" -v g="$gm" -v b="$best" 'BEGIN{printf "  wall ratio: aep/tiktoken %.1fx, aep/gpt-tokenizer %.1fx, aep/fastest JS %.1fx (target >= 3x)\n", a/t, a/g, a/b}'
  awk -v a="$ac" -v t="$tc" -v g="$gc" -v b="$bestc" 'BEGIN{printf "  CPU ratio:  aep/tiktoken %.1fx, aep/gpt-tokenizer %.1fx, aep/fastest JS %.1fx (CPU time of all threads; robust on a busy machine)\n", a/t, a/g, a/b}'
  echo "  aep load $(field "$a" load_ms) ms in process, table memory $(( $(field "$a" table_bytes) / 1024 )) KiB"
  if [ "$same" != "ids identical to tiktoken's" ]; then echo "FAIL: aep's ids differ from tiktoken's" >&2; exit 1; fi
done
echo

# Cold process: median wall time of N runs of a whole process.
cold_ms() {
  local n=11 times=()
  for _ in $(seq $n); do
    local s e
    s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N)
    times+=($(( (e - s) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( n / 2 + 1 ))p" | awk '{printf "%.1f", $1/1000}'
}
rss_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
echo "== cold process: load o200k_base and encode one string (median of 11)"
printf '  %-34s %8s ms\n' "aep (bench_tokenizer cold)" "$(cold_ms "${ONE_CORE[@]}" "$BENCH" cold o200k_base 'Hello, world!')"
if [ -x "$AEP" ]; then
  printf '  %-34s %8s ms\n' "aep tokenize (CLI, incl. sh + pipe)" "$(cold_ms sh -c "echo 'Hello, world!' | ${ONE_CORE[*]} $AEP tokenize -e o200k_base")"
fi
printf '  %-34s %8s ms\n' "tiktoken (WASM)" "$(cold_ms node "$HERE/peers.mjs" cold tiktoken o200k_base 'Hello, world!')"
printf '  %-34s %8s ms\n' "gpt-tokenizer" "$(cold_ms node "$HERE/peers.mjs" cold gpt-tokenizer o200k_base 'Hello, world!')"
printf '  %-34s %8s ms\n' "empty node (for reference)" "$(cold_ms node -e '')"
echo
if [ -x /usr/bin/time ]; then
  echo "== memory of a loaded o200k_base (peak RSS of the cold process minus its no-load baseline)"
  base="$(rss_kb "$BENCH" baseline)"; cold="$(rss_kb "$BENCH" cold o200k_base 'Hello, world!')"
  echo "  aep:           $(( cold - base )) KiB (peak $cold KiB, baseline $base KiB)"
  nbase="$(rss_kb node "$HERE/peers.mjs" baseline)"
  for peer in tiktoken gpt-tokenizer; do
    p="$(rss_kb node "$HERE/peers.mjs" cold "$peer" o200k_base 'Hello, world!')"
    printf '  %-14s %s KiB (peak %s KiB, node baseline %s KiB)\n' "$peer:" "$(( p - nbase ))" "$p" "$nbase"
  done
fi
echo
echo "== load time of the tables: parse vs binary cache (bench/tokenizer/load.sh)"
"$HERE/load.sh" "$BUILD"
