#!/bin/sh
# `aep test --batch` against `aep emulate`: the triage eval's 48 calls go out
# as one OpenAI batch (a file upload and one batch, not 48 chat requests), the
# graded result equals the live run's, and a second run submits nothing new
# (the answers are in the cache).
# Usage: batch.sh AEP REPO
set -eu
AEP="$1"
REPO="$2"
WORK=$(mktemp -d)
EMU_PID=""
cleanup() { [ -n "$EMU_PID" ] && kill "$EMU_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

cp -r "$REPO/examples/support" "$WORK/p"
rm -rf "$WORK/p/.aep"
"$AEP" emulate --port 0 --latency fixed:1ms --batch-delay 1s --world "$WORK/p/sim/world.json" >"$WORK/emu.log" 2>&1 &
EMU_PID=$!
for _ in $(seq 1 50); do grep -q "listening on" "$WORK/emu.log" && break; sleep 0.1; done
PORT=$(grep -o '127.0.0.1:[0-9]*' "$WORK/emu.log" | head -1 | cut -d: -f2)
[ -n "$PORT" ] || fail "the emulator did not start: $(cat "$WORK/emu.log")"
URL="http://127.0.0.1:$PORT"
cd "$WORK/p"
export OPENAI_API_KEY=sk-test-not-a-real-key

"$AEP" test --filter support.evals.triage_accuracy --provider openai --base-url "$URL" --no-baseline \
  --progress never --no-cache >"$WORK/live.txt" 2>&1 || true
live_requests=$(curl -s "$URL/aep/stats" | sed -n 's/.*"requests":\([0-9]*\).*/\1/p')
[ "$live_requests" -ge 48 ] || fail "the live run sent $live_requests requests, expected 48 or more"

"$AEP" test --filter support.evals.triage_accuracy --provider openai --base-url "$URL" --no-baseline \
  --progress never --batch >"$WORK/batch.txt" 2>&1 || true
stats=$(curl -s "$URL/aep/stats")
echo "$stats" | grep -q '"batches":1' || fail "expected one batch at the emulator: $stats"
batch_requests=$(echo "$stats" | sed -n 's/.*"requests":\([0-9]*\).*/\1/p')
[ $((batch_requests - live_requests)) -le 4 ] || fail "the batch run sent $((batch_requests - live_requests)) requests (expected a file upload and one batch)"

# Same grading as the live run: the sim is deterministic per item.
counts() { grep -o '[0-9]* passed, [0-9]* failed, [0-9]* errored' "$1" | head -1; }
[ -n "$(counts "$WORK/batch.txt")" ] || fail "no counts in the batch report: $(head -c 400 "$WORK/batch.txt")"
case "$(counts "$WORK/batch.txt")" in *" 0 errored") ;; *) fail "errored items in the batch run: $(counts "$WORK/batch.txt")" ;; esac
[ "$(counts "$WORK/live.txt")" = "$(counts "$WORK/batch.txt")" ] \
  || fail "live: $(counts "$WORK/live.txt"); batch: $(counts "$WORK/batch.txt")"

# A rerun finds every answer in the cache: no new batch.
"$AEP" test --filter support.evals.triage_accuracy --provider openai --base-url "$URL" --no-baseline \
  --progress never --batch >"$WORK/again.txt" 2>&1 || true
curl -s "$URL/aep/stats" | grep -q '"batches":1' || fail "the rerun submitted another batch"
echo "ok: batch run graded like the live run, one batch, rerun served from the cache"
