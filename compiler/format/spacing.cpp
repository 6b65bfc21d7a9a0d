// Spacing between tokens on one line (see spacing.hpp). The rules only add or
// remove whitespace where the lexer skips it, and never glue two tokens whose
// concatenation would lex differently (`>` `=` stays `> =`, words stay apart):
// format_source() re-parses its output to prove it.
#include "compiler/format/spacing.hpp"

#include "AepLexer.h"

namespace aep::format {

using L = grammar::AepLexer;

bool is_opener(std::size_t t) { return t == L::LBRACE || t == L::LPAREN || t == L::LBRACK; }
bool is_closer(std::size_t t) { return t == L::RBRACE || t == L::RPAREN || t == L::RBRACK; }

namespace {

bool is_comment(std::size_t t) {
  return t == L::LINE_COMMENT || t == L::BLOCK_COMMENT || t == L::DOC_COMMENT;
}

// Names, keywords and literals: two of them in a row always need a space.
bool is_wordlike(std::size_t t) {
  return (t >= L::K_MODULE && t <= L::K_REQUIRED) || t == L::ID || t == L::QUOTED_ID ||
         t == L::ANNOTATION || t == L::INT || t == L::FLOAT || t == L::RAW_STRING ||
         t == L::RAW_TRIPLE || t == L::RAW_HASH || t == L::STR_OPEN || t == L::TSTR_OPEN;
}

bool is_binary_operator(std::size_t t) {
  return t == L::ASSIGN || t == L::ARROW || t == L::EQ || t == L::NE || t == L::LE ||
         t == L::GE || t == L::PIPE;
}

}  // namespace

bool space_between(std::size_t prev, std::size_t next, bool had_space) {
  if (is_comment(prev) || is_comment(next)) return true;
  // Punctuation that hugs what precedes it: `a, b`, `x: int`, `f(x)`, `a.b`, `T?`.
  if (next == L::COMMA || next == L::COLON || next == L::SEMI || next == L::RPAREN ||
      next == L::RBRACK || next == L::DOT || next == L::QUESTION)
    return false;
  // ...and punctuation that hugs what follows it.
  if (prev == L::LPAREN || prev == L::LBRACK || prev == L::DOT) return false;
  if (prev == L::MINUS) return false;  // `-` only makes negative literals
  if (prev == L::COMMA || prev == L::COLON || prev == L::SEMI) return true;
  // Annotations stand apart from what they annotate and from each other:
  // `assert f(x) @weight(2) @metric(m)`, `name: T @range(1, 5)`.
  if (next == L::ANNOTATION) return true;
  if (is_binary_operator(prev) || is_binary_operator(next)) return true;
  if (prev == L::LBRACE && next == L::RBRACE) return false;  // `{}`
  // Braces: `name {`, `{ a }`, `} else {`.
  if (next == L::LBRACE || prev == L::LBRACE || next == L::RBRACE || prev == L::RBRACE) return true;
  if (prev == L::QUESTION) return next != L::GT;  // `T? = x`, `T? @range(...)`, `map<T?>`
  // `f(x)`, `@owner("x")`, `list<T>`, `a < b`: the source decides between none and one.
  if (is_wordlike(prev) && is_wordlike(next)) return true;
  return had_space;
}

}  // namespace aep::format
