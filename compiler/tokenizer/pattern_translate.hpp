// tiktoken's patterns are written for Rust's regex engine, whose Unicode
// tables are version 16.0; Debian 12's PCRE2 10.42 has 14.0, and its \s
// (with UCP) also matches U+180E, which Unicode no longer calls white space.
// Left as is, PCRE2 would split text differently for ~9,500 letters and
// marks added since Unicode 14 (e.g. CJK Extension H and I) and for U+180E.
// This rewrite adds the missing code points to each \p{..} and spells \s/\S
// out as Unicode 16 White_Space, so PCRE2 matches exactly what tiktoken does.
#pragma once

#include <string>
#include <string_view>

#include "compiler/source/expected.hpp"

namespace aep::tokenizer {

// The PCRE2 form of a tiktoken pattern. Errors on constructs the rewrite
// does not handle (\S or \P inside a character class).
Expected<std::string> translate_for_pcre2(std::string_view pattern);

}  // namespace aep::tokenizer
