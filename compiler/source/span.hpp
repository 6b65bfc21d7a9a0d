// Span: where a piece of the program came from. Every AST node, IR segment and
// diagnostic carries one, so any output can be traced back to .aep text.
#pragma once

#include <cstdint>

namespace aep {

using FileId = std::uint32_t;
inline constexpr FileId kNoFile = 0;  // ids of real files start at 1

struct Span {
  FileId file = kNoFile;
  std::uint32_t begin = 0;   // byte offset of the first byte
  std::uint32_t end = 0;     // byte offset one past the last byte
  std::uint32_t line = 0;    // 1-based line of `begin`; 0 when unknown
  std::uint32_t column = 0;  // 1-based column of `begin`, in code points

  bool valid() const { return file != kNoFile && line != 0; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace aep
