// The formatter's view of a file: a flat list of layout units. A unit is one
// token of the default mode, one comment, or one whole string literal (its
// interpolations included), with its byte range in the source and the text
// the layout prints for it. Internal to compiler/format.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "compiler/source/source_file.hpp"

namespace aep::format {

enum class UnitKind : std::uint8_t { Token, Comment, String };

struct Unit {
  UnitKind kind = UnitKind::Token;
  std::size_t type = 0;      // ANTLR token type (of the opening token for strings)
  std::uint32_t begin = 0;   // byte range in the source
  std::uint32_t end = 0;
  std::string text;          // what the layout prints (strings: interpolations normalised)
  bool reindentable = false; // a """ / r""" string whose body may be shifted (see reindent.hpp)
};

// Splits a file that lexes without errors into units.
std::vector<Unit> split_units(const SourceFile& file);

// Canonical text of one interpolation's tokens: `{{ a | f(x) }}`.
// (Declared here because strings and the layout share the spacing rules.)
struct SpacedToken {
  std::size_t type;
  std::string text;
  bool space_before_in_source;
};
std::string join_tokens(const std::vector<SpacedToken>& tokens);

}  // namespace aep::format
