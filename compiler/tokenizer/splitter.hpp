// Splitter: the fast pre-tokenizer. For the three pattern families tiktoken
// ships (r50k/p50k/gpt2, cl100k_base, o200k_base) it finds exactly the
// pieces the regex would, by hand, following the regex's leftmost-first,
// backtracking semantics alternative by alternative (each step is argued in
// splitter.cpp). It is 5-10x faster than PCRE2 JIT on the same patterns
// once those carry Unicode 16's classes (see pattern_translate.hpp), which
// is what made the speed target reachable. Any other pattern goes through
// PCRE2 (Pattern), which the tests also use as the oracle for this code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace aep::tokenizer {

enum class PatternKind : std::uint8_t {
  Other,   // use PCRE2
  R50k,    // r50k_base, p50k_base, p50k_edit, gpt2
  Cl100k,  // cl100k_base
  O200k,   // o200k_base
};

class Splitter {
 public:
  explicit Splitter(PatternKind kind);
  PatternKind kind() const { return kind_; }

  // End of the piece that starts at `pos` (< text.size()); text must be
  // valid UTF-8. Always > pos.
  std::size_t piece_end(std::string_view text, std::size_t pos) const;

  template <class F>
  void for_each_piece(std::string_view text, F&& on_piece) const {
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t end = piece_end(text, pos);
      on_piece(pos, end);
      pos = end;
    }
  }

 private:
  PatternKind kind_;
  const std::uint8_t* cls_;
};

// Where a long text can be cut into chunks that encode independently to the
// same ids as the whole: the last position p with text[p-1] == '\n',
// text[p] an ASCII letter and text[p-2] printable non-space ASCII. No piece
// of any shipped pattern spans "\n" + letter (no letter piece takes '\n' as
// its prefix), and the lone '\n' before p is one piece whether or not the
// text goes on (\s+(?!\S) and \s+ agree for one character). Special tokens
// contain no '\n'. Returns 0 when there is no such point. Only points
// p >= from are considered: a caller that appends to a buffer passes the
// old size, so a long run without a point is scanned once, not on every
// append (which was quadratic in the run's length).
std::size_t safe_split_point(std::string_view text, std::size_t from = 0);

}  // namespace aep::tokenizer
