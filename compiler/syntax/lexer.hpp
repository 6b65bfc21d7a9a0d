// The .aep lexer as the parser sees it: the Scanner's tokens turned into
// ANTLR tokens, plus what a grammar cannot say well. It reports lexical
// problems as diagnostics (unterminated strings, comments, interpolations and
// backquoted names; stray characters), closes a one-line string and its open
// interpolations at the end of the line, and at end of file closes every
// construct still open with an UNTERMINATED token, so that the parser sees
// complete constructs instead of reporting the same problem in its own words.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "antlr4-runtime.h"
#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/scanner.hpp"
#include "compiler/syntax/text_input.hpp"

namespace aep::syntax {

// A stretch of text after a lexical error where parser errors would only
// repeat it: from `from_cp` to the end of `line`, or to the end of the file.
struct LexicalShadow {
  std::size_t line;
  std::size_t from_cp;
  bool to_eof;
};

class Lexer : public antlr4::TokenSource {
 public:
  Lexer(antlr4::CharStream* input, const std::u32string& code_points, const SourceFile& file,
        const OffsetMap& offsets, DiagnosticSink& sink);

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return line_; }
  size_t getCharPositionInLine() override { return column_; }
  antlr4::CharStream* getInputStream() override { return input_; }
  std::string getSourceName() override { return file_.path(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override {
    return antlr4::CommonTokenFactory::DEFAULT.get();
  }

  const std::vector<LexicalShadow>& shadows() const { return shadows_; }

 private:
  Span span_of(std::size_t start_cp, std::size_t stop_cp_exclusive) const;
  std::unique_ptr<antlr4::Token> make(const RawToken& raw, std::size_t type);
  void check_token(const RawToken& token);
  void report_unterminated(size_t mode, std::size_t start_cp);
  bool close_line(const RawToken& line_end);

  antlr4::CharStream* input_;
  Scanner scanner_;
  const SourceFile& file_;
  const OffsetMap& offsets_;
  DiagnosticSink& sink_;
  std::size_t line_ = 1;
  std::size_t column_ = 0;
  std::vector<std::unique_ptr<antlr4::Token>> queue_;  // markers waiting to be returned, in order
  std::size_t queue_next_ = 0;
  bool eof_seen_ = false;
  RawToken eof_;
  std::vector<LexicalShadow> shadows_;
};

}  // namespace aep::syntax
