// UTF-8 checks for the tokenizer. tiktoken only ever sees Unicode strings
// (Python str, JS string), so raw bytes that are not UTF-8 never reach it;
// aep meets such bytes on stdin and in files, and either reports the first
// bad byte or replaces bad sequences with U+FFFD exactly as the WHATWG
// decoder (JS TextDecoder) does, which is what tiktoken's JS build receives
// when a caller decodes the same bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace aep::tokenizer {

inline constexpr std::size_t kValidUtf8 = static_cast<std::size_t>(-1);

// Byte offset of the first byte that starts an ill-formed sequence, or
// kValidUtf8. Surrogates (ED A0..BF) and overlong forms are ill-formed.
std::size_t find_invalid_utf8(std::string_view text);

// Replaces each maximal ill-formed subpart with U+FFFD (WHATWG "decode",
// identical to new TextDecoder().decode(bytes)).
std::string replace_invalid_utf8(std::string_view text);

// Appends the UTF-8 form of a code point (callers pass valid scalars).
void append_utf8(std::string& out, char32_t cp);

}  // namespace aep::tokenizer
