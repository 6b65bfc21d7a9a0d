#!/usr/bin/env bash
# Shared by the scripts that keep a generated table in a doc current
# (update_diagnostics_doc.sh, update_lint_docs.sh): builds aep, runs it with
# the given arguments and replaces what stands between the doc's markers
#   <!-- BEGIN GENERATED: aep ARGS... -->  and  <!-- END GENERATED -->
# with its output, then shows what changed.
#   splice_generated_doc DOC ARGS...      (build dir: $AEP_BUILD_DIR, default build)
splice_generated_doc() {
  local doc="$1"; shift
  local root build table begin end
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  build="${AEP_BUILD_DIR:-$root/build}"
  ninja -C "$build" aep >/dev/null
  table=$(mktemp)
  "$build/cli/aep" "$@" >"$table" || { rm -f "$table"; return 1; }
  begin="<!-- BEGIN GENERATED: aep $* -->"
  end='<!-- END GENERATED -->'
  if ! grep -qF "$begin" "$doc" || ! grep -qF "$end" "$doc"; then
    rm -f "$table"; echo "markers missing in $doc" >&2; return 1
  fi
  awk -v begin="$begin" -v end="$end" -v table="$table" '
    $0 == begin { print; while ((getline line < table) > 0) print line; skip = 1; next }
    $0 == end { skip = 0 }
    !skip { print }
  ' "$doc" >"$doc.tmp"
  rm -f "$table"
  mv "$doc.tmp" "$doc"
  git -C "$root" diff --stat -- "$doc"
}
