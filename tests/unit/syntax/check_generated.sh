#!/bin/sh
# Fails when grammar/generated/ does not match what scripts/regen_grammar.sh
# makes from the .g4 files, naming each file that differs. antlr4 is part of
# the set-up, so its absence is a failure too, not a skip.
set -eu
repo=$(cd "$(dirname "$0")/../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! "$repo/scripts/regen_grammar.sh" --into "$tmp"; then
  echo "check_generated: regeneration failed (is antlr4 installed?)" >&2
  exit 1
fi
status=0
for f in AepLexer.h AepLexer.cpp AepParser.h AepParser.cpp; do
  if ! cmp -s "$tmp/$f" "$repo/grammar/generated/$f"; then
    echo "grammar/generated/$f does not match the grammar: run scripts/regen_grammar.sh and commit" >&2
    status=1
  fi
done
extra=$(ls "$repo/grammar/generated" | grep -v -x -e AepLexer.h -e AepLexer.cpp -e AepParser.h -e AepParser.cpp || true)
if [ -n "$extra" ]; then
  echo "grammar/generated/ holds files the generator does not make: $extra" >&2
  status=1
fi
exit $status
