#!/usr/bin/env bash
# Long single pre-tokens: time and peak memory of encoding 1, 10 and 100 MiB
# that the encoding's pattern keeps as ONE piece (one letter repeated, one CJK
# character, random CJK text, random letters, spaces, random digits on
# r50k_base, dashes), to show linear time and bounded memory. The reference,
# measured in the same run on the smaller sizes, is the previous O(n log n)
# heap merge; its ids must equal aep's, else the run fails.
#   bench/tokenizer/long.sh [BUILD_DIR]
#   (AEP_BENCH_LONG_MIB="1 10 100", AEP_BENCH_LONG_HEAP_MIB="1 10", AEP_BENCH_LONG_KINDS="...",
#    AEP_BENCH_LONG_CLI=0 skips the `aep tokenize` runs)
# Columns: encode CPU seconds (the merge and the pre-tokenizer only, from the
# program), MB/s of CPU time, CPU s per MiB (flat = linear), the process's
# peak RSS (input text + ids + scratch + the loaded encoding) and that RSS
# minus the input and the ids, per input byte.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-${AEP_BUILD_DIR:-$ROOT/build}}"
SIZES="${AEP_BENCH_LONG_MIB:-1 10 100}"
HEAP_SIZES="${AEP_BENCH_LONG_HEAP_MIB:-1 10}"
KINDS="${AEP_BENCH_LONG_KINDS:-letter:o200k_base cjk:o200k_base cjk-text:o200k_base letters:o200k_base spaces:cl100k_base digits-random:r50k_base punct:cl100k_base}"
BENCH="$BUILD/bench/tokenizer/bench_tokenizer"
AEP="$BUILD/cli/aep"
if [ ! -x "$BENCH" ]; then
  echo "building bench_tokenizer in $BUILD" >&2
  ninja -C "$BUILD" bench_tokenizer >/dev/null
fi
if [ ! -x /usr/bin/time ]; then echo "needs /usr/bin/time (GNU time) for peak RSS" >&2; exit 2; fi
ONE_CORE=()
if command -v taskset >/dev/null; then ONE_CORE=(taskset -c 0); fi

echo "reproduce: bench/tokenizer/long.sh $BUILD   (AEP_BENCH_LONG_MIB=\"$SIZES\" AEP_BENCH_LONG_HEAP_MIB=\"$HEAP_SIZES\")"
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

field() { sed -n "s/.*\"$2\":\\([^,}]*\\).*/\\1/p" <<<"$1" | tr -d '"'; }
# run KIND ENC MIB ALGO -> "json|peak_kb"
run() {
  local out
  out="$( { /usr/bin/time -f "RSS %M" "${ONE_CORE[@]}" "$BENCH" single "$1" "$2" "$3" "$4"; } 2>&1)"
  echo "$(grep '^{' <<<"$out")|$(sed -n 's/^RSS //p' <<<"$out")"
}
# Baseline RSS: the same program with the encoding loaded and a tiny input.
base_kb() {
  local r; r="$(run "$1" "$2" 0.001 encode)"; echo "${r##*|}"
}

printf '%-14s %-12s %5s %11s %9s %9s %9s %9s %12s  %s\n' kind encoding MiB tokens "CPU s" "MB/s" "s/MiB" "RSS MB" "extra B/B" "check"
status=0
for entry in $KINDS; do
  kind="${entry%%:*}"; enc="${entry##*:}"
  base="$(base_kb "$kind" "$enc")"
  for mib in $SIZES; do
    r="$(run "$kind" "$enc" "$mib" encode)"; j="${r%%|*}"; kb="${r##*|}"
    bytes="$(field "$j" bytes)"; tokens="$(field "$j" tokens)"; cpu="$(field "$j" cpu_s)"
    check="one piece: $([ "$(field "$j" pieces)" = 1 ] && echo yes || echo "NO ($(field "$j" pieces))")"
    for h in $HEAP_SIZES; do
      if [ "$h" = "$mib" ]; then
        hr="$(run "$kind" "$enc" "$mib" heap)"; hj="${hr%%|*}"; hkb="${hr##*|}"
        if [ "$(field "$hj" ids_fnv)" = "$(field "$j" ids_fnv)" ] && [ "$(field "$hj" tokens)" = "$tokens" ]; then
          check="$check; ids = heap's; heap $(field "$hj" cpu_s) s, $(( hkb / 1024 )) MB"
        else
          check="$check; IDS DIFFER FROM THE HEAP MERGE"; status=1
        fi
      fi
    done
    # Memory beyond the input text and the id vector (4 bytes an id, as
    # allocated: vector capacity doubles) and the baseline process.
    extra="$(awk -v kb="$kb" -v base="$base" -v b="$bytes" -v t="$tokens" 'BEGIN{
      cap = 1; while (cap < t) cap *= 2; e = kb * 1024 - base * 1024 - b - 4 * cap;
      printf "%.2f", (e < 0 ? 0 : e) / b }')"
    awk -v k="$kind" -v e="$enc" -v m="$mib" -v t="$tokens" -v c="$cpu" -v b="$bytes" -v kb="$kb" -v x="$extra" -v ch="$check" 'BEGIN{
      printf "%-14s %-12s %5s %11d %9.3f %9.1f %9.4f %9.1f %12s  %s\n", k, e, m, t, c, (c > 0 ? b / 1e6 / c : 0), c / m, kb / 1024, x, ch }'
  done
done

# The CLI streams stdin: the same single-piece runs through `aep tokenize`.
if [ -x "$AEP" ] && [ "${AEP_BENCH_LONG_CLI:-1}" != 0 ]; then
  echo
  echo "aep tokenize (stdin from a file; /usr/bin/time: user+sys CPU, peak RSS)"
  TMP="$(mktemp -d)"
  trap 'rm -rf "$TMP"' EXIT
  for spec in "letter:100" "cjk:100" "letters:100"; do
    kind="${spec%%:*}"; mib="${spec##*:}"
    "$BENCH" single "$kind" o200k_base 0.001 encode >/dev/null  # fail early if the kind is unknown
    # The generators end on SIGPIPE when head has enough: not a failure.
    case "$kind" in
      letter) head -c $((mib * 1048576)) /dev/zero | tr '\0' a > "$TMP/in.txt" || true ;;
      cjk) yes '中' | tr -d '\n' | head -c $((mib * 1048576 / 3 * 3)) > "$TMP/in.txt" || true ;;
      letters) tr -dc 'a-z' < /dev/urandom | head -c $((mib * 1048576)) > "$TMP/in.txt" || true ;;
    esac
    for mode in --count ""; do
      t="$( { /usr/bin/time -f "%U %S %M" "${ONE_CORE[@]}" "$AEP" tokenize $mode < "$TMP/in.txt" > "$TMP/out"; } 2>&1 | tail -1)"
      printf '  %-8s %4s MiB %-8s %7.2f s CPU %8.1f MB peak RSS\n' "$kind" "$mib" "${mode:-ids}" \
        "$(awk -v u="${t%% *}" -v s="$(cut -d' ' -f2 <<<"$t")" 'BEGIN{print u + s}')" "$(awk -v k="${t##* }" 'BEGIN{print k / 1024}')"
    done
  done
fi
exit "$status"
