// The one place outside compiler/syntax that touches ANTLR: a benchmark of the
// generated lexer by itself. It is not part of the compiler, and measuring the
// lexer in isolation needs its type; no header exposes it.
#include "lexer_only.hpp"

#include "AepLexer.h"
#include "antlr4-runtime.h"

namespace aep::bench {

std::size_t lex_only(const std::string& text) {
  antlr4::ANTLRInputStream input(text);
  aep::grammar::AepLexer lexer(&input);
  lexer.removeErrorListeners();
  std::size_t count = 0;
  for (auto token = lexer.nextToken(); token->getType() != antlr4::Token::EOF; token = lexer.nextToken()) {
    ++count;
  }
  return count;
}

}  // namespace aep::bench
