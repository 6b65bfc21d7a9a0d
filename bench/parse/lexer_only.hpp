// ANTLR's generated lexer alone over a text: the floor under any ANTLR-based
// parser's time, shown beside the full parse for scale.
#pragma once

#include <cstddef>
#include <string>

namespace aep::bench {

// Tokenizes `text` with the generated AepLexer; returns the number of tokens.
std::size_t lex_only(const std::string& text);

}  // namespace aep::bench
