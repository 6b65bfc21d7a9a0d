// Text preparation before ANTLR sees a file: the file-level checks (size, NUL
// bytes, UTF-8 validity: E0002-E0004) and the decoding of UTF-8 into the code
// points ANTLR's C++ runtime indexes by, with the map from those code-point
// indices back to byte offsets that every Span needs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::syntax {

// Reports E0004, E0003 and E0002 for `file`; returns false when any was found
// (the text must then not be lexed).
bool check_file_text(const SourceFile& file, std::uint64_t max_file_bytes, DiagnosticSink& sink);

// Code-point index -> byte offset. ASCII files (the common case) need no table.
class OffsetMap {
 public:
  OffsetMap() = default;
  // `text` must be valid UTF-8; fills `code_points` with its decoding.
  void build(std::string_view text, std::u32string& code_points);
  std::uint32_t byte(std::size_t cp_index) const {
    if (identity_) return static_cast<std::uint32_t>(cp_index < size_ ? cp_index : size_);
    return cp_index < table_.size() ? table_[cp_index] : table_.back();
  }

 private:
  bool identity_ = true;
  std::size_t size_ = 0;
  std::vector<std::uint32_t> table_;  // size = code points + 1
};

}  // namespace aep::syntax
