#!/usr/bin/env bash
# Rewrites the generated part of docs/lint-rules.md from the rule registry via
# `aep lint --list-rules --format markdown`. The test
# integration.lint_docs_current fails until this has been run after a rule
# was added or changed. The build directory is $AEP_BUILD_DIR (default: build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/splice_generated_doc.sh"
splice_generated_doc "$root/docs/lint-rules.md" lint --list-rules --format markdown
