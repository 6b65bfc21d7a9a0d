// The encodings aep knows: for each, the rank file it reads, that file's
// pinned size and sha256, the pre-tokenization pattern and the special
// tokens, exactly as tiktoken defines them (tiktoken_ext/openai_public.py and
// the registry of the npm `tiktoken` build). Nothing here touches the disk.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/tokenizer/splitter.hpp"

namespace aep::tokenizer {

using Rank = std::uint32_t;

struct SpecialToken {
  std::string_view text;
  Rank rank;
};

struct EncodingSpec {
  std::string_view name;
  std::string_view rank_file;      // file name inside the data directory
  std::uint64_t rank_file_size;    // bytes, pinned with the hash
  std::string_view rank_file_sha256;
  std::string_view pattern;        // tiktoken's pat_str (Rust regex syntax)
  PatternKind kind;                // which hand-written splitter matches `pattern`
  std::span<const SpecialToken> special_tokens;
  std::uint32_t n_vocab;           // tiktoken's n_vocab (max token + 1)
};

// Every known encoding, in a stable order (newest first).
std::span<const EncodingSpec> all_encoding_specs();
// nullptr when the name is unknown.
const EncodingSpec* find_encoding_spec(std::string_view name);
// "o200k_base, cl100k_base, ..." for error messages.
std::string known_encoding_names();

}  // namespace aep::tokenizer
