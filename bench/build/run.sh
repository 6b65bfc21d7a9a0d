#!/usr/bin/env bash
# Build benchmark (docs/builds.md): wall time and peak memory of `aep build` for
#  1. the example project (examples/support, 5 targets), cold store and rebuild;
#  2. the generated 1,000-module project of bench/render/gen_project.py (50 chains
#     of 20 modules, linearizations up to 20 deep) across all five native targets;
# plus `aep builds --verify` and `aep diff` on the generated builds. A rebuild of
# an unchanged project must give the same id (checked here, and the script fails
# if not). Peer: none does this (promptfoo and dotprompt have no build step); the
# figures are compared with `aep check` of the same project, measured in the same
# run, to show what the build adds over parsing and analysis.
#
# usage: bench/build/run.sh [AEP_BINARY]   (default: build/cli/aep)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
aep=${1:-$root/build/cli/aep}
[ -x "$aep" ] || { echo "no aep binary at $aep (build it, or pass its path)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Runs a command, prints "<label>: <seconds> s, <peak RSS MB> MB"; output to $tmp/out.
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || {
    local rc=$?
    if [ "$rc" -ne 0 ] && [ "${ALLOW_FAIL:-0}" != 1 ]; then echo "$label failed ($rc):" >&2; tail -5 "$tmp/err" >&2; exit 1; fi
  }
  read -r secs kb <"$tmp/time"
  printf '%-48s %8.2f s %8.1f MB\n' "$label" "$secs" "$(echo "$kb / 1024" | bc -l)"
  echo "$secs" >"$tmp/last"
}

echo "== example project (examples/support) =="
cp -r "$root/examples/support" "$tmp/example"
rm -rf "$tmp/example/.aep"
measure "aep check (example)" "$aep" check "$tmp/example"
measure "aep build (example, cold store)" "$aep" build -q --progress never "$tmp/example"
first=$(cat "$tmp/out")
measure "aep build (example, unchanged)" "$aep" build -q --progress never "$tmp/example"
[ "$(cat "$tmp/out")" = "$first" ] || { echo "rebuild gave another id" >&2; exit 1; }
echo "example: $(jq -r '.prompts | length' "$tmp/example/.aep/builds/$first/manifest.json") prompts x $(jq -r '.targets | length' "$tmp/example/.aep/builds/$first/manifest.json") targets, $(find "$tmp/example/.aep/builds/$first" -type f | wc -l) files, $(du -sk "$tmp/example/.aep/builds/$first" | cut -f1) KB"

echo "== generated project: 1,000 modules, inheritance chains 20 deep, 5 targets =="
python3 "$root/bench/render/gen_project.py" "$tmp/gen" >/dev/null
# seed is refused by the Responses and Anthropic APIs: keep it for the targets that have it.
find "$tmp/gen" -name '*.aep' -exec sed -i -E 's/  seed: ([0-9]+) \}/ }\n  target gemini { seed: \1 }\n  target ollama { seed: \1 }/' {} +
cat >>"$tmp/gen/aep.toml" <<'TOML'

[build]
targets = ["openai-chat", "openai-responses", "anthropic", "gemini", "ollama"]

[targets.anthropic]
model = "claude-haiku-4-5"

[targets.gemini]
model = "gemini-2.5-flash"

[targets.ollama]
model = "qwen2.5:7b"
TOML
measure "aep check (generated)" "$aep" check "$tmp/gen"
check_secs=$(cat "$tmp/last")
measure "aep build (generated, cold store)" "$aep" build -q --progress never "$tmp/gen"
build_secs=$(cat "$tmp/last")
gen_id=$(cat "$tmp/out")
measure "aep build (generated, unchanged)" "$aep" build -q --progress never "$tmp/gen"
[ "$(cat "$tmp/out")" = "$gen_id" ] || { echo "rebuild of the generated project gave another id" >&2; exit 1; }
manifest="$tmp/gen/.aep/builds/$gen_id/manifest.json"
prompts=$(jq -r '.prompts | length' "$manifest")
payloads=$(jq '[.prompts[].targets[] | select(.ok)] | length' "$manifest")
echo "generated: $prompts prompts, $payloads payloads, $(find "$tmp/gen/.aep/builds/$gen_id" -type f | wc -l) files, $(du -sk "$tmp/gen/.aep/builds/$gen_id" | cut -f1) KB"
printf 'build / check time ratio: %.2f\n' "$(echo "$build_secs / $check_secs" | bc -l)"
printf 'per payload: %.3f ms\n' "$(echo "$build_secs * 1000 / $payloads" | bc -l)"
measure "aep builds --verify (1 generated build)" "$aep" builds --verify --store "$tmp/gen/.aep/builds"
sed -i 's/Write in a/Write in one/' "$tmp/gen/c00/m00.aep"
measure "aep build (generated, one module edited)" "$aep" build -q --progress never "$tmp/gen"
second=$(cat "$tmp/out")
measure "aep diff (generated, one module edited)" "$aep" diff "$gen_id" "$second" --store "$tmp/gen/.aep/builds" --format json
echo "diff: $(jq '.prompts.changed | length' "$tmp/out") prompts changed"
