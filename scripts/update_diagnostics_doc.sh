#!/usr/bin/env bash
# Rewrites the table of diagnostic codes in docs/diagnostics.md from the
# registry (compiler/diag/kinds.def) via `aep diagnostics --format markdown`.
# The test "cli/docs/diagnostics.md lists every registered diagnostic" fails
# until this has been run after a kind was added or changed.
# The build directory is $AEP_BUILD_DIR (default: build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/splice_generated_doc.sh"
splice_generated_doc "$root/docs/diagnostics.md" diagnostics --format markdown
