// Special-token policy, with tiktoken's semantics for encode(text,
// allowed_special=..., disallowed_special=...):
//   - allowed special text becomes the special token's id;
//   - disallowed special text anywhere in the input is an error (tiktoken
//     raises ValueError), checked before anything is encoded;
//   - special text that is neither is encoded as ordinary text.
// tiktoken's defaults are allowed = none, disallowed = "all", where "all"
// means every special token that is not allowed. encode_ordinary is
// allowed = none, disallowed = none.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "compiler/source/expected.hpp"
#include "compiler/tokenizer/encoding_spec.hpp"

namespace aep::tokenizer {

struct SpecialSet {
  bool all = false;
  std::vector<std::string> tokens;  // used when !all
};

struct SpecialPolicy {
  SpecialSet allowed;                 // tiktoken default: set()
  SpecialSet disallowed{true, {}};    // tiktoken default: "all"

  // tiktoken's encode() defaults: any special text is an error.
  static SpecialPolicy tiktoken_default() { return {}; }
  // allowed_special="all".
  static SpecialPolicy allow_all() { return {{true, {}}, {false, {}}}; }
  // encode_ordinary: special text is ordinary text.
  static SpecialPolicy ordinary() { return {{false, {}}, {false, {}}}; }
};

// A policy resolved against one encoding's special tokens: bit i stands for
// spec.special_tokens[i].
struct SpecialMasks {
  std::uint32_t allowed = 0;
  std::uint32_t disallowed = 0;
};

// Unknown token names are an error listing the encoding's special tokens
// (tiktoken ignores them silently; a typo there would hide a real token).
Expected<SpecialMasks> resolve_special(const EncodingSpec& spec, const SpecialPolicy& policy);

// Earliest occurrence at or after `from` of a special token in `mask`.
// Returns text.size() when there is none; *which gets the token's index.
std::size_t find_special(const EncodingSpec& spec, std::uint32_t mask, std::string_view text,
                         std::size_t from, std::size_t* which);

}  // namespace aep::tokenizer
