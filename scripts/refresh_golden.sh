#!/usr/bin/env bash
# Rewrites the expected outputs of the golden tests from what the current build
# produces, then shows what changed so the diff gets reviewed before a commit.
#   scripts/refresh_golden.sh [phase-regex]     e.g. `syntax`, `targets`, `syntax|sema`
# Every golden test (CTest label `golden`, any phase under tests/golden/) writes
# its expected file when AEP_REFRESH_GOLDEN=1 is set; see tests/golden/CMakeLists.txt.
# The build directory is $AEP_BUILD_DIR (default: build).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="${AEP_BUILD_DIR:-$root/build}"
phase="${1:-}"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release
fi
# Re-configure so cases added since the last configure get their tests.
cmake "$build" >/dev/null
ninja -C "$build" aep

args=(-L golden --output-on-failure -j 2)
if [[ -n "$phase" ]]; then
  args+=(-R "$phase")
fi
# Tests still fail when a refreshed case no longer exits as its name says
# (a `fail_` case that parses cleanly): report that, but show the diff anyway.
set +e
AEP_REFRESH_GOLDEN=1 ctest --test-dir "$build" "${args[@]}"
ctest_status=$?
set -e

cd "$root"
echo
echo "== git status --short tests/golden"
git status --short tests/golden
echo
echo "== git diff --stat tests/golden"
git diff --stat tests/golden
echo
echo "Review the changes (git diff tests/golden) before committing them."
exit "$ctest_status"
