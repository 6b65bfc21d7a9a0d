// Moving a multi-line unit (a """ or r""" string, a block comment) left or
// right with the line that holds its start, without changing what it means.
// Internal to compiler/format.
#pragma once

#include <optional>
#include <string>

namespace aep::format {

// Shifts every line after the first of `text` by `delta` columns (spaces).
// For a string (`is_string`) this is done only when it keeps the value the
// indentation-stripping rule of docs/language.md computes: the opening line
// holds nothing after the quotes, the text has no '\r', and every non-blank
// later line has at least -delta leading spaces when delta < 0. Blank lines
// become empty (the rule makes them empty anyway), and the trailing spaces of
// the opening line go (the rule drops that line). Returns nullopt when the
// shift is not safe; the caller then keeps the text as written.
std::optional<std::string> shift_lines(const std::string& text, long delta, bool is_string);

}  // namespace aep::format
