#!/usr/bin/env bash
# Runs `aep lint` on one golden case and prints its report with the
# machine-specific part (the absolute path of the checkout in SARIF's
# %SRCROOT%) replaced, so expected files are the same on every clone.
#   run_case.sh AEP FORMAT CASE_PATH [extra lint args...]
# CASE_PATH is a .aep file or a project folder, relative to the repository
# root (the test's working directory). The cache is off: goldens state what
# the rules find, not what a previous run left behind.
set -u
aep="$1" format="$2" case_path="$3"
shift 3
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$aep" lint --no-cache --color never --format "$format" "$@" "$case_path" >"$out"
status=$?
sed "s|file://$(pwd)/|file:///SRCROOT/|g" "$out"
exit $status
