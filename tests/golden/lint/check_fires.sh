#!/usr/bin/env bash
# Checks a reviewed expected report against its case's name:
#   check_fires.sh fire|quiet RULE EXPECTED_FILE
# `fire` cases must report RULE at least once, `quiet` cases never. The rule
# id is the part of the case name after the prefix, up to the first `_`
# (rule ids use `-`, so `fire_unused-input_default` checks `unused-input`).
set -u
kind="$1" rule="$2" expected="$3"
if [[ ! -f "$expected" ]]; then
  echo "FAIL: $expected does not exist" >&2
  exit 1
fi
count=$(grep -c -- "\[$rule\]\$" "$expected")
if [[ "$kind" == fire && "$count" -eq 0 ]]; then
  echo "FAIL: $expected never reports [$rule], but the case is named fire_$rule" >&2
  exit 1
fi
if [[ "$kind" == quiet && "$count" -ne 0 ]]; then
  echo "FAIL: $expected reports [$rule] $count time(s), but the case is named quiet_$rule" >&2
  exit 1
fi
exit 0
