#!/usr/bin/env bash
# docs/lint-rules.md is generated from the rule registry: its generated part
# must equal `aep lint --list-rules --format markdown`, so a rule added or
# changed without running scripts/update_lint_docs.sh fails here.
#   docs_current.sh <repo-root> <aep-binary>
set -uo pipefail
repo="$1" aep="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$aep" lint --list-rules --format markdown > "$tmp/rules.md" || { echo "FAIL: aep lint --list-rules failed"; exit 1; }
doc="$repo/docs/lint-rules.md"
grep -q '<!-- BEGIN GENERATED' "$doc" || { echo "FAIL: $doc has no generated part"; exit 1; }
awk '/<!-- BEGIN GENERATED/{skip=1; next} /<!-- END GENERATED/{skip=0; next} skip' "$doc" > "$tmp/doc_part.md"
if ! cmp -s "$tmp/rules.md" "$tmp/doc_part.md"; then
  diff -u "$tmp/doc_part.md" "$tmp/rules.md" | head -60
  echo "FAIL: docs/lint-rules.md is stale: run scripts/update_lint_docs.sh"
  exit 1
fi
echo "ok: docs/lint-rules.md lists the $(grep -c '^### ' "$tmp/rules.md") registered rules"
