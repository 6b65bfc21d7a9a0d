#!/usr/bin/env bash
# Rewrites the generated part of docs/lint-rules.md from the rule registry via
# `aep lint --list-rules --format markdown`. The test
# integration.lint_docs_current fails until this has been run after a rule
# was added or changed. The build directory is $AEP_BUILD_DIR (default: build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${AEP_BUILD_DIR:-$root/build}"
doc="$root/docs/lint-rules.md"
ninja -C "$build" aep >/dev/null
table=$(mktemp)
trap 'rm -f "$table"' EXIT
"$build/cli/aep" lint --list-rules --format markdown >"$table"
begin='<!-- BEGIN GENERATED: aep lint --list-rules --format markdown -->'
end='<!-- END GENERATED -->'
grep -qF "$begin" "$doc" && grep -qF "$end" "$doc" || { echo "markers missing in $doc" >&2; exit 1; }
awk -v begin="$begin" -v end="$end" -v table="$table" '
  $0 == begin { print; while ((getline line < table) > 0) print line; skip = 1; next }
  $0 == end { skip = 0 }
  !skip { print }
' "$doc" >"$doc.tmp"
mv "$doc.tmp" "$doc"
git -C "$root" diff --stat -- docs/lint-rules.md
