#!/bin/sh
# `aep render --build B --target T` against rendering the same prompt from the
# sources: byte-identical payloads for every target, from the build id and
# from a label; an edited build is refused; an unknown build is a usage error.
# Usage: render_from_build.sh AEP REPO
set -eu
AEP="$1"
REPO="$2"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cp -r "$REPO/examples/support" "$WORK/p"
rm -rf "$WORK/p/.aep"
cd "$WORK/p"
P='support/triage.aep#TriageTicket'
id=$("$AEP" build . --progress never 2>/dev/null) || fail "aep build failed"
"$AEP" label "$id" staging --reason "render test" >/dev/null 2>&1 || fail "aep label failed"
for t in openai-chat openai-responses anthropic gemini ollama; do
  "$AEP" render "$P" --target "$t" --input ticket="charged twice" --compact >"$WORK/src.$t" 2>/dev/null || fail "render from sources for $t"
  "$AEP" render "$P" --build "$id" --target "$t" --input ticket="charged twice" --compact >"$WORK/bld.$t" 2>/dev/null || fail "render from build for $t"
  "$AEP" render "$P" --build staging --target "$t" --input ticket="charged twice" --compact >"$WORK/lbl.$t" 2>/dev/null || fail "render from label for $t"
  [ -s "$WORK/src.$t" ] || fail "empty payload for $t"
  cmp -s "$WORK/src.$t" "$WORK/bld.$t" || fail "payload from the build differs for $t"
  cmp -s "$WORK/src.$t" "$WORK/lbl.$t" || fail "payload from the label differs for $t"
done

# A later edit of the sources does not change what the build renders.
sed -i 's/You are a support specialist/You are a senior support specialist/' support/common.aep
grep -q "senior support specialist" support/common.aep || fail "the source edit did not apply"
"$AEP" render "$P" --target anthropic --input ticket="charged twice" --compact 2>/dev/null | grep -q "senior support" \
  || fail "the edited sources do not render the edit"
"$AEP" render "$P" --build "$id" --target anthropic --input ticket="charged twice" --compact >"$WORK/after" 2>/dev/null
cmp -s "$WORK/bld.anthropic" "$WORK/after" || fail "the build's render changed after a source edit"

# An edited snapshot is refused, naming the damage.
snap=$(find .aep/builds/"$id"/sources -name common.aep | head -1)
echo "// edited" >>"$snap"
set +e
"$AEP" render "$P" --build "$id" --input ticket=x >"$WORK/out" 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -ne 0 ] || fail "an edited build was used"
grep -q "damaged\|edited" "$WORK/err" || fail "no damage message: $(cat "$WORK/err")"

set +e
"$AEP" render "$P" --build nosuchbuild --input ticket=x >/dev/null 2>"$WORK/err"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "unknown build: exit $rc, expected 2"
echo "ok: render --build matches the sources for 5 targets, survives source edits, refuses an edited build"
