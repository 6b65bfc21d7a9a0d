#!/usr/bin/env bash
# Every diagnostic kind of the sema ranges (E02xx-E04xx, W02xx-W04xx) in
# compiler/diag/kinds.def must be expected by at least one golden case.
set -euo pipefail
missing=0
codes=$(sed -n 's/^AEP_DIAG([A-Za-z]*, "\([EW]0[234][0-9][0-9]\)".*/\1/p' compiler/diag/kinds.def)
[ -n "$codes" ] || { echo "no sema codes found in kinds.def"; exit 1; }
for code in $codes; do
  if ! grep -rqF -- "[$code]" tests/golden/sema --include='*.diag'; then
    echo "no golden case expects $code"
    missing=1
  fi
done
exit $missing
