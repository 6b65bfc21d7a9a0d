// Unicode 16 character classes for the hand-written pre-tokenizer: one byte
// of class bits per code point, from the same Unicode data tiktoken's Rust
// regex uses (generated into unicode_classes.inc by gen_unicode_delta.mjs).
// The table is built once per process (1.1 MB, about a millisecond).
#pragma once

#include <cstdint>

namespace aep::tokenizer {

enum CharClass : std::uint8_t {
  kClsUpper = 1,      // Lu, Lt
  kClsLower = 2,      // Ll
  kClsModOther = 4,   // Lm, Lo
  kClsMark = 8,       // M (Mn, Mc, Me)
  kClsNumber = 16,    // N (Nd, Nl, No)
  kClsSpace = 32,     // White_Space (Rust regex's \s)
  kClsLetter = kClsUpper | kClsLower | kClsModOther,
};

// Class bits indexed by code point (0 .. 0x10FFFF).
const std::uint8_t* char_class_table();

}  // namespace aep::tokenizer
