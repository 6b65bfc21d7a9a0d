#!/usr/bin/env bash
# `aep tokenize` end to end: output forms, errors with their exit codes and
# locations, and that streaming a multi-MB stdin gives the ids of the whole.
#   tests/integration/tokenizer/cli_test.sh path/to/aep
set -uo pipefail
AEP="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
pass=0 failed=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" == "$3" ]; then pass=$((pass + 1)); else failed=$((failed + 1)); echo "FAIL: $1: expected [$2] got [$3]"; fi
}
contains() {  # contains NAME NEEDLE HAYSTACK
  if [[ "$3" == *"$2"* ]]; then pass=$((pass + 1)); else failed=$((failed + 1)); echo "FAIL: $1: [$2] not in [$3]"; fi
}

check "array" "[13225,11,2375,0]" "$(printf 'Hello, world!' | "$AEP" tokenize)"
check "model" "[15339,1917]" "$(printf 'hello world' | "$AEP" tokenize --model gpt-4)"
check "count" "4" "$(printf 'Hello, world!' | "$AEP" tokenize --count)"
check "empty" "[]" "$(printf '' | "$AEP" tokenize)"
check "special all" "[64,199999,65]" "$(printf 'a<|endoftext|>b' | "$AEP" tokenize --allowed-special all)"
none="$(printf 'a<|endoftext|>b' | "$AEP" tokenize --allowed-special none)"
check "special none is text" "a<|endoftext|>b" "$(printf '%s' "$none" | "$AEP" tokenize --decode)"
err="$(printf 'ab <|endoftext|>' | "$AEP" tokenize 2>&1)"; rc=$?
check "special default exit" "1" "$rc"
contains "special default message" "<|endoftext|>\` at byte 3" "$err"
err="$(printf 'ok\nab\xffc' | "$AEP" tokenize 2>&1)"; rc=$?
check "invalid utf8 exit" "1" "$rc"
contains "invalid utf8 location" "line 2, column 3 (byte offset 5)" "$err"
check "invalid utf8 replace" "$(printf 'ab\xef\xbf\xbdc' | "$AEP" tokenize)" "$(printf 'ab\xffc' | "$AEP" tokenize --invalid-utf8 replace)"
err="$(printf 'x' | "$AEP" tokenize --encoding o300k 2>&1)"; rc=$?
check "unknown encoding exit" "2" "$rc"
contains "unknown encoding lists known" "cl100k_base" "$err"
err="$(printf 'x' | "$AEP" tokenize --model llama-3 2>&1)"; rc=$?
check "unknown model exit" "2" "$rc"
out="$(printf '"one"\n"two"\nnot json\n"four"\n' | "$AEP" tokenize --jsonl 2>"$TMP/err")"; rc=$?
check "jsonl malformed exit" "2" "$rc"
check "jsonl earlier lines written" "2" "$(printf '%s\n' "$out" | wc -l | tr -d ' ')"
contains "jsonl malformed line number" "line 3, column 1" "$(cat "$TMP/err")"
check "jsonl lone surrogate replace" "$(printf '"\\ufffd"\n' | "$AEP" tokenize --jsonl)" \
  "$(printf '"\\ud800"\n' | "$AEP" tokenize --jsonl --invalid-utf8 replace)"
printf '"\\ud800"\n' | "$AEP" tokenize --jsonl >/dev/null 2>&1; check "jsonl lone surrogate error" "1" "$?"
check "decode jsonl" '"Hello"' "$(printf '[13225]\n' | "$AEP" tokenize --decode --jsonl)"
printf '[1, 99999999]' | "$AEP" tokenize --decode >/dev/null 2>&1; check "decode unknown id" "1" "$?"
"$AEP" tokenize --help | grep -q "Exit codes"; check "help" "0" "$?"

# Streaming: a 12 MB input (cut into chunks internally) gives the same ids
# as the same text sent whole as one JSONL string.
node -e '
const parts = ["The quick brown fox.\n", "  indented line\n", "x = 42; // code\r\n", "中文字符测试\n", "emoji 😀👍🏽\n", "trailing   \n\n"];
let s = ""; let i = 0; while (s.length < 12e6) s += parts[(i++ * 7) % parts.length] + "w" + i + "\n";
require("fs").writeFileSync(process.argv[1], s);
require("fs").writeFileSync(process.argv[2], JSON.stringify(s) + "\n");' "$TMP/big.txt" "$TMP/big.jsonl"
"$AEP" tokenize < "$TMP/big.txt" > "$TMP/stream.json"
"$AEP" tokenize --jsonl < "$TMP/big.jsonl" > "$TMP/whole.json"
check "streamed ids equal whole-text ids" "$(md5sum < "$TMP/whole.json")" "$(md5sum < "$TMP/stream.json")"
check "streamed count" "$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).length)' "$TMP/whole.json")" \
  "$("$AEP" tokenize --count < "$TMP/big.txt")"

# Bounded memory: 40 MB of text in 4 MB chunks stays under a 200 MB address
# space limit; so does a 20 MB run with no split point (one pre-token, merged
# whole in linear time with 1/8 byte of scratch a byte); a 150 MB run cannot
# be held in 200 MB and must fail with a clear message, not a crash. Skipped
# under sanitizers, which reserve terabytes of address space.
if (ulimit -v 200000; printf 'x' | "$AEP" tokenize --count >/dev/null 2>&1); then
  for _ in 1 2 3 4; do cat "$TMP/big.txt"; done > "$TMP/big48.txt"
  got="$( (ulimit -v 200000; "$AEP" tokenize --count < "$TMP/big48.txt") 2>&1)"; rc=$?
  check "48 MB streams within 200 MB of address space" "0" "$rc"
  check "48 MB count" "$(( $("$AEP" tokenize --count < "$TMP/big.txt") * 4 ))" "$got"
  head -c 20971520 /dev/zero | tr '\0' a > "$TMP/run.txt"
  got="$( (ulimit -v 200000; "$AEP" tokenize --count < "$TMP/run.txt") 2>&1)"; rc=$?
  check "20 MB single piece within 200 MB exit" "0" "$rc"
  # o200k_base merges a run of 'a' into 8-letter tokens from the left.
  check "20 MB single piece count" "2621440" "$got"
  head -c 157286400 /dev/zero | tr '\0' a > "$TMP/run.txt"
  err="$( (ulimit -v 200000; "$AEP" tokenize --count < "$TMP/run.txt") 2>&1)"; rc=$?
  rm -f "$TMP/run.txt"
  check "unsplittable run out of memory exit" "2" "$rc"
  contains "unsplittable run message" "bytes of stdin from byte offset 0 that hold no point where the ids allow a cut" "$err"
else
  echo "skipped the memory-limit checks: the binary cannot start under ulimit -v (sanitizer build?)"
fi

echo "aep tokenize CLI: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
