#!/bin/sh
# Regenerates grammar/generated/ from grammar/AepLexer.g4 and AepParser.g4
# with Debian's antlr4 (4.7.2; the C++ runtime is 4.9). The output is
# normalised so that any machine produces identical bytes: antlr4 runs from
# inside the grammar folder (the generated comments name the .g4 file, never
# an absolute path) and only the four C++ files are kept.
#
#   scripts/regen_grammar.sh            regenerate grammar/generated/ in place
#   scripts/regen_grammar.sh --into DIR generate into DIR (used by the check test)
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
out="$repo/grammar/generated"
if [ "${1:-}" = "--into" ]; then
  out=$2
fi

if ! command -v antlr4 >/dev/null 2>&1; then
  echo "regen_grammar: antlr4 not found (apt-get install -y antlr4)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$repo/grammar/AepLexer.g4" "$repo/grammar/AepParser.g4" "$work/"
(
  cd "$work"
  antlr4 -Dlanguage=Cpp -no-visitor -no-listener -package aep::grammar \
    -Xexact-output-dir -o gen AepLexer.g4 AepParser.g4
)
mkdir -p "$out"
for f in AepLexer.h AepLexer.cpp AepParser.h AepParser.cpp; do
  # Drop trailing whitespace so editors and the generator agree byte for byte.
  sed -e 's/[[:space:]]*$//' "$work/gen/$f" > "$out/$f"
done
