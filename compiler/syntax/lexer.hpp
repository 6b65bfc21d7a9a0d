// The .aep lexer: ANTLR's generated AepLexer plus what a grammar cannot say
// well. It reports lexical problems as diagnostics (unterminated strings,
// comments, interpolations and backquoted names; stray characters) and, at
// end of file, closes every string or interpolation still open with an
// UNTERMINATED token so the parser sees a complete construct instead of
// reporting the same problem again in its own words.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "AepLexer.h"
#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/text_input.hpp"

namespace aep::syntax {

// A stretch of text after a lexical error where parser errors would only
// repeat it: from `from_cp` to the end of `line`, or to the end of the file.
struct LexicalShadow {
  std::size_t line;
  std::size_t from_cp;
  bool to_eof;
};

class Lexer : public grammar::AepLexer {
 public:
  Lexer(antlr4::CharStream* input, const SourceFile& file, const OffsetMap& offsets,
        DiagnosticSink& sink);

  std::unique_ptr<antlr4::Token> nextToken() override;
  void pushMode(size_t m) override;
  size_t popMode() override;

  const std::vector<LexicalShadow>& shadows() const { return shadows_; }

 private:
  Span span_of(std::size_t start_cp, std::size_t stop_cp_exclusive) const;
  void check_token(const antlr4::Token& token);
  void report_unterminated(size_t mode, std::size_t start_cp);

  const SourceFile& file_;
  const OffsetMap& offsets_;
  DiagnosticSink& sink_;
  std::vector<std::size_t> mode_starts_;  // code-point index where each pushed mode began
  std::size_t last_popped_start_ = 0;
  std::size_t last_popped_mode_ = 0;
  std::unique_ptr<antlr4::Token> make_marker(const antlr4::Token& at);
  std::unique_ptr<antlr4::Token> close_line(std::unique_ptr<antlr4::Token> line_end);

  std::unique_ptr<antlr4::Token> pending_eof_;
  std::vector<std::unique_ptr<antlr4::Token>> queue_;  // markers waiting to be returned, in order
  std::size_t queue_next_ = 0;
  std::vector<LexicalShadow> shadows_;
};

}  // namespace aep::syntax
