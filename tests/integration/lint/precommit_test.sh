#!/usr/bin/env bash
# Runs Debian's real `pre-commit` with the hooks this repository ships
# (.pre-commit-hooks.yaml) on a scratch git repository, offline: the hooks
# repository is a local git repository made from the working tree's manifest
# (pre-commit clones it from its path, no network), the hooks run the `aep`
# under test. A commit with a file that fails lint and one that fails fmt
# must be blocked, naming both hooks; after fixing both it must pass.
#   precommit_test.sh <repo-root> <aep-binary>
set -euo pipefail
repo="$1" aep="$2"
command -v pre-commit >/dev/null || { echo "FAIL: pre-commit is not installed (Debian package pre-commit)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" PRE_COMMIT_HOME="$tmp/pre-commit-cache" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME" "$tmp/bin"
ln -s "$aep" "$tmp/bin/aep"
export PATH="$tmp/bin:$PATH"
git config --global user.email test@example.invalid
git config --global user.name test
git config --global init.defaultBranch main
# No network: any attempt to reach a remote fails at once.
export GIT_ALLOW_PROTOCOL=file
export HTTPS_PROXY=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9

# The hooks repository: the manifest as it is in the working tree.
hooks="$tmp/hooks"
mkdir -p "$hooks"
cp "$repo/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" init -q
git -C "$hooks" add .pre-commit-hooks.yaml
git -C "$hooks" commit -qm hooks
rev=$(git -C "$hooks" rev-parse HEAD)

project="$tmp/project"
mkdir -p "$project"
cd "$project"
git init -q
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: aep-lint
      - id: aep-fmt
YAML
cat > aep.toml <<'TOML'
[project]
name = "scratch"
roots = ["."]
TOML
# Fails lint: extends a prompt that does not exist (an error, E0206).
cat > broken.aep <<'AEP'
module broken

prompt Child extends Missing {
  user { "Hello." }
}
AEP
# Fails fmt: valid, but not in the canonical layout.
printf 'module messy\n\nprompt Messy {\n      user {   "Hello."   }\n}\n' > messy.aep
git add .
pre-commit install >/dev/null
if git commit -qm "first try" >"$tmp/out1" 2>&1; then
  echo "FAIL: the commit went through with a lint error and an unformatted file"
  cat "$tmp/out1"
  exit 1
fi
grep -q "aep lint.*Failed" "$tmp/out1" || { echo "FAIL: aep-lint did not fail:"; cat "$tmp/out1"; exit 1; }
grep -q "aep fmt --check.*Failed" "$tmp/out1" || { echo "FAIL: aep-fmt did not fail:"; cat "$tmp/out1"; exit 1; }
grep -q "broken.aep:3:22: error: .*\[E0206\]" "$tmp/out1" || { echo "FAIL: the lint error is not reported:"; cat "$tmp/out1"; exit 1; }
grep -q "^messy.aep$" "$tmp/out1" || { echo "FAIL: fmt does not name messy.aep:"; cat "$tmp/out1"; exit 1; }
echo "ok: the commit is blocked by aep-lint and aep-fmt"

cat > broken.aep <<'AEP'
module broken

prompt Child {
  user { "Hello." }
}
AEP
aep fmt messy.aep 2>/dev/null
git add .
if ! git commit -qm "fixed" >"$tmp/out2" 2>&1; then
  echo "FAIL: the commit is still blocked after fixing both files:"
  cat "$tmp/out2"
  exit 1
fi
grep -q "aep lint.*Passed" "$tmp/out2" || { echo "FAIL: aep-lint did not pass:"; cat "$tmp/out2"; exit 1; }
grep -q "aep fmt --check.*Passed" "$tmp/out2" || { echo "FAIL: aep-fmt did not pass:"; cat "$tmp/out2"; exit 1; }
echo "ok: the fixed commit passes"
# The hooks only ever saw the staged .aep files, and the lint cache stayed
# out of the commit.
git ls-files | grep -q "aep-cache" && { echo "FAIL: the lint cache was committed"; exit 1; }
echo "ok: pre-commit $(pre-commit --version | cut -d' ' -f2)"
