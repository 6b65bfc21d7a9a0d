// Scanner: a hand-written equivalent of the ANTLR lexer generated from
// grammar/AepLexer.g4. The .g4 file stays the specification; this scanner
// exists because ANTLR 4.9's C++ lexer takes a lock per character and was
// half of the parse time. It produces exactly the tokens (type, channel,
// code-point start/stop, line, column) and mode changes of the generated
// lexer, which tests/unit/syntax/scanner_test.cpp checks token by token
// against the generated one on every test file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace aep::syntax {

struct RawToken {
  std::size_t type = 0;
  std::size_t channel = 0;
  std::size_t start = 0;  // code-point index of the first character
  std::size_t stop = 0;   // code-point index of the last character (start - 1 when empty)
  std::size_t line = 1;   // 1-based; only '\n' starts a line (as in ANTLR)
  std::size_t column = 0; // 0-based, in code points
};

class Scanner {
 public:
  explicit Scanner(const std::u32string& text) : text_(text) {}

  // The next token, whitespace skipped; EOF (type -1 as size_t) at the end.
  RawToken next();

  std::size_t mode() const { return mode_; }
  const std::vector<std::size_t>& mode_stack() const { return stack_; }
  // Code-point index of the token that entered each pushed mode (parallel to mode_stack()).
  const std::vector<std::size_t>& mode_starts() const { return starts_; }
  void pop_mode();

 private:
  char32_t la(std::size_t k = 0) const { return pos_ + k < text_.size() ? text_[pos_ + k] : kEnd; }
  void advance(std::size_t n = 1);
  void push_mode(std::size_t m, std::size_t start);
  RawToken make(std::size_t type, std::size_t start, std::size_t line, std::size_t column,
                std::size_t channel = 0) const;
  RawToken next_default();
  RawToken next_string(bool triple);
  RawToken next_template();
  std::size_t scan_comparison();  // token type of a comparison operator, 0 for a lone `!`
  std::size_t scan_number();  // returns INT or FLOAT; position after it
  void scan_escape(bool triple);

  static constexpr char32_t kEnd = 0xFFFFFFFF;
  const std::u32string& text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t column_ = 0;
  std::size_t mode_ = 0;
  std::vector<std::size_t> stack_;
  std::vector<std::size_t> starts_;
};

}  // namespace aep::syntax
