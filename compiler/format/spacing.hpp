// The spacing rules between two tokens on one line (docs/format.md,
// "Spacing"): which pairs get one space, which none, and which keep what the
// source had (normalised to at most one space). Internal to compiler/format.
#pragma once

#include <cstddef>

namespace aep::format {

// Whether one space separates a token of type `prev` from the next token of
// type `next` on the same line; `had_space` says whether the source had
// whitespace between them (used where the canonical style leaves the choice).
bool space_between(std::size_t prev, std::size_t next, bool had_space);

bool is_opener(std::size_t type);  // { ( [
bool is_closer(std::size_t type);  // } ) ]

}  // namespace aep::format
