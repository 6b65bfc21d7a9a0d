// Pre-tokenization: splits text into the pieces BPE works on, with the
// encoding's tiktoken pattern compiled by PCRE2 in UTF + UCP mode and JIT.
// Matches are found left to right like tiktoken's find_iter (text no
// alternative matches is skipped, as there; the shipped patterns match
// everything). Callers validate UTF-8 once up front, so PCRE2's per-call
// check is off: without that every call would rescan the whole subject.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "compiler/source/expected.hpp"

namespace aep::tokenizer {

class Pattern {
 public:
  // Compiles a tiktoken pattern (rewritten first, see pattern_translate.hpp).
  static Expected<std::shared_ptr<const Pattern>> compile(std::string_view tiktoken_pattern);
  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  // Calls on_piece(begin, end) for every match in text[0, size), where
  // `text` must be valid UTF-8. Returns false (and stops) if PCRE2 reports
  // a matching error such as its resource limits, which the shipped
  // patterns never reach.
  template <class F>
  bool for_each_piece(std::string_view text, F&& on_piece) const;

  struct PassKey {
   private:
    PassKey() = default;
    friend class Pattern;
  };
  explicit Pattern(PassKey);

 private:
  // This thread's PCRE2 match data for this pattern.
  void* match_data() const;
  // Finds the next match at or after `from`; false when there is none.
  // Sets *error on a PCRE2 failure.
  bool next_match(void* md, std::string_view text, std::size_t from, std::size_t* begin,
                  std::size_t* end, bool* error) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

template <class F>
bool Pattern::for_each_piece(std::string_view text, F&& on_piece) const {
  std::size_t pos = 0;
  bool error = false;
  std::size_t b, e;
  void* md = match_data();
  while (pos < text.size() && next_match(md, text, pos, &b, &e, &error)) {
    if (e == b) {
      // An empty match cannot come from the shipped patterns; step over one
      // character so a custom pattern cannot loop forever.
      ++e;
      while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
      pos = e;
      continue;
    }
    on_piece(b, e);
    pos = e;
  }
  return !error;
}

}  // namespace aep::tokenizer
