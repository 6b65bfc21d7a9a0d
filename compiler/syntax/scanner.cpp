// The hand-written scanner (see scanner.hpp). Each function mirrors one mode
// of grammar/AepLexer.g4, applying ANTLR's rule: the longest match wins, and
// between equal lengths the rule written first.
#include "compiler/syntax/scanner.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "AepLexer.h"

namespace aep::syntax {
namespace {

using L = grammar::AepLexer;
constexpr std::size_t kEof = static_cast<std::size_t>(-1);

bool is_name_start(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_name_char(char32_t c) { return is_name_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_hex(char32_t c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

struct Keyword {
  std::string_view text;
  std::size_t type;
};

// Sorted by text for binary search.
constexpr std::array kKeywords = {
    Keyword{"abstract", L::K_ABSTRACT}, Keyword{"and", L::K_AND},
    Keyword{"append", L::K_APPEND},     Keyword{"as", L::K_AS},
    Keyword{"assert", L::K_ASSERT},     Keyword{"assert_set", L::K_ASSERT_SET},
    Keyword{"assistant", L::K_ASSISTANT},
    Keyword{"budget", L::K_BUDGET},     Keyword{"by", L::K_BY},
    Keyword{"config", L::K_CONFIG},     Keyword{"data", L::K_DATA},
    Keyword{"description", L::K_DESCRIPTION}, Keyword{"developer", L::K_DEVELOPER},
    Keyword{"else", L::K_ELSE},         Keyword{"enum", L::K_ENUM},
    Keyword{"eval", L::K_EVAL},         Keyword{"example", L::K_EXAMPLE},
    Keyword{"extends", L::K_EXTENDS},   Keyword{"false", L::K_FALSE},
    Keyword{"final", L::K_FINAL},       Keyword{"for", L::K_FOR},
    Keyword{"fragment", L::K_FRAGMENT}, Keyword{"gate", L::K_GATE},
    Keyword{"if", L::K_IF},             Keyword{"import", L::K_IMPORT},
    Keyword{"in", L::K_IN},             Keyword{"input", L::K_INPUT},
    Keyword{"messages", L::K_MESSAGES}, Keyword{"metric", L::K_METRIC},
    Keyword{"mixin", L::K_MIXIN},       Keyword{"module", L::K_MODULE},
    Keyword{"not", L::K_NOT},           Keyword{"null", L::K_NULL},
    Keyword{"or", L::K_OR},             Keyword{"output", L::K_OUTPUT},
    Keyword{"override", L::K_OVERRIDE}, Keyword{"owner", L::K_OWNER},
    Keyword{"prepend", L::K_PREPEND},   Keyword{"priority", L::K_PRIORITY},
    Keyword{"prompt", L::K_PROMPT},     Keyword{"remove", L::K_REMOVE},
    Keyword{"required", L::K_REQUIRED}, Keyword{"reserve", L::K_RESERVE},
    Keyword{"section", L::K_SECTION},   Keyword{"shrink", L::K_SHRINK},
    Keyword{"slice", L::K_SLICE},       Keyword{"super", L::K_SUPER},
    Keyword{"system", L::K_SYSTEM},     Keyword{"target", L::K_TARGET},
    Keyword{"test", L::K_TEST},         Keyword{"tokens", L::K_TOKENS},
    Keyword{"tool", L::K_TOOL},         Keyword{"tool_choice", L::K_TOOL_CHOICE},
    Keyword{"tools", L::K_TOOLS},       Keyword{"true", L::K_TRUE},
    Keyword{"type", L::K_TYPE},         Keyword{"use", L::K_USE},
    Keyword{"user", L::K_USER},         Keyword{"version", L::K_VERSION},
    Keyword{"with", L::K_WITH},
};

// The token type of an identifier: a keyword's, or ID. Inside {{ }} only the
// expression keywords exist (AepLexer.g4, mode TEMPLATE).
std::size_t keyword_type(const std::u32string& text, std::size_t start, std::size_t end, bool in_template) {
  std::size_t n = end - start;
  if (n > 11) return L::ID;
  char buf[12];
  for (std::size_t i = 0; i < n; ++i) buf[i] = static_cast<char>(text[start + i]);
  std::string_view word(buf, n);
  auto it = std::lower_bound(kKeywords.begin(), kKeywords.end(), word,
                             [](const Keyword& k, std::string_view w) { return k.text < w; });
  if (it == kKeywords.end() || it->text != word) return L::ID;
  if (!in_template) return it->type;
  switch (it->type) {
    case L::K_TRUE: case L::K_FALSE: case L::K_NULL: case L::K_AND: case L::K_OR: case L::K_NOT: case L::K_IN:
      return it->type;
    default:
      return L::ID;
  }
}

}  // namespace

void Scanner::advance(std::size_t n) {
  for (std::size_t i = 0; i < n && pos_ < text_.size(); ++i) {
    if (text_[pos_] == '\n') {
      ++line_;
      column_ = 0;
    } else {
      ++column_;
    }
    ++pos_;
  }
}

void Scanner::push_mode(std::size_t m, std::size_t start) {
  stack_.push_back(mode_);
  starts_.push_back(start);
  mode_ = m;
}

void Scanner::pop_mode() {
  if (stack_.empty()) return;
  mode_ = stack_.back();
  stack_.pop_back();
  starts_.pop_back();
}

RawToken Scanner::make(std::size_t type, std::size_t start, std::size_t line, std::size_t column,
                       std::size_t channel) const {
  return RawToken{type, channel, start, pos_ - 1, line, column};
}

RawToken Scanner::next() {
  switch (mode_) {
    case L::STRING: return next_string(false);
    case L::TRIPLE: return next_string(true);
    case L::TEMPLATE: return next_template();
    default: return next_default();
  }
}

std::size_t Scanner::scan_number() {
  auto digits = [&] {
    advance();
    while (is_digit(la()) || (la() == '_' && is_digit(la(1)))) advance(la() == '_' ? 2 : 1);
  };
  digits();
  bool is_float = false;
  if (la() == '.' && is_digit(la(1))) {
    advance();
    digits();
    is_float = true;
  }
  if (la() == 'e' || la() == 'E') {
    std::size_t k = (la(1) == '+' || la(1) == '-') ? 2 : 1;
    if (is_digit(la(k))) {
      advance(k);
      while (is_digit(la())) advance();
      is_float = true;
    }
  }
  return is_float ? L::FLOAT : L::INT;
}

void Scanner::scan_escape(bool triple) {
  advance();  // the backslash
  char32_t c = la();
  if (c == kEnd) return;
  if (c == 'u' && la(1) == '{') {
    advance(2);
    while (is_hex(la())) advance();
    if (la() == '}') advance();
    return;
  }
  if (!triple && (c == '\r' || c == '\n')) return;
  advance();
}

// `!=`, `<`, `<=`, `>`, `>=`: the same tokens in the default and template
// modes. Returns the token type, or 0 (consuming nothing) for a lone `!`,
// which is no token in either mode.
std::size_t Scanner::scan_comparison() {
  char32_t c = la();
  bool with_eq = la(1) == '=';
  if (c == '!' && !with_eq) return 0;
  advance(with_eq ? 2 : 1);
  if (c == '!') return L::NE;
  if (c == '<') return with_eq ? L::LE : L::LT;
  return with_eq ? L::GE : L::GT;
}

RawToken Scanner::next_default() {
  while (true) {
    std::size_t start = pos_, line = line_, col = column_;
    char32_t c = la();
    if (c == kEnd) return RawToken{kEof, 0, pos_, pos_ - 1, line, col};
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0xA0 || c == 0xFEFF) {
      advance();
      continue;
    }
    if (c == '/' && la(1) == '/') {
      bool doc = la(2) == '/' && la(3) != '/';
      while (la() != kEnd && la() != '\r' && la() != '\n') advance();
      return make(doc ? L::DOC_COMMENT : L::LINE_COMMENT, start, line, col, L::COMMENTS);
    }
    if (c == '/' && la(1) == '*') {
      advance(2);
      while (la() != kEnd && !(la() == '*' && la(1) == '/')) advance();
      if (la() != kEnd) advance(2);
      return make(L::BLOCK_COMMENT, start, line, col, L::COMMENTS);
    }
    if (c == 'r' && la(1) == '"') {
      if (la(2) == '"' && la(3) == '"') {
        advance(4);
        while (la() != kEnd && !(la() == '"' && la(1) == '"' && la(2) == '"')) advance();
        if (la() != kEnd) advance(3);
        return make(L::RAW_TRIPLE, start, line, col);
      }
      advance(2);
      while (la() != kEnd && la() != '"' && la() != '\r' && la() != '\n') advance();
      if (la() == '"') advance();
      return make(L::RAW_STRING, start, line, col);
    }
    if (c == 'r' && la(1) == '#' && la(2) == '"') {
      advance(3);
      while (la() != kEnd && !(la() == '"' && la(1) == '#')) advance();
      if (la() != kEnd) advance(2);
      return make(L::RAW_HASH, start, line, col);
    }
    if (is_name_start(c)) {
      while (is_name_char(la())) advance();
      return make(keyword_type(text_, start, pos_, false), start, line, col);
    }
    if (is_digit(c)) return make(scan_number(), start, line, col);
    switch (c) {
      case '{':
        if (la(1) == '{') {
          advance(2);
          push_mode(L::TEMPLATE, start);
          return make(L::INTERP_OPEN, start, line, col);
        }
        advance();
        return make(L::LBRACE, start, line, col);
      case '}': advance(); return make(L::RBRACE, start, line, col);
      case '(': advance(); return make(L::LPAREN, start, line, col);
      case ')': advance(); return make(L::RPAREN, start, line, col);
      case '[': advance(); return make(L::LBRACK, start, line, col);
      case ']': advance(); return make(L::RBRACK, start, line, col);
      case ',': advance(); return make(L::COMMA, start, line, col);
      case ':': advance(); return make(L::COLON, start, line, col);
      case ';': advance(); return make(L::SEMI, start, line, col);
      case '.': advance(); return make(L::DOT, start, line, col);
      case '?': advance(); return make(L::QUESTION, start, line, col);
      case '|': advance(); return make(L::PIPE, start, line, col);
      case '-':
        advance(la(1) == '>' ? 2 : 1);
        return make(pos_ - start == 2 ? L::ARROW : L::MINUS, start, line, col);
      case '=':
        advance(la(1) == '=' ? 2 : 1);
        return make(pos_ - start == 2 ? L::EQ : L::ASSIGN, start, line, col);
      case '!':
      case '<':
      case '>':
        if (std::size_t type = scan_comparison()) return make(type, start, line, col);
        break;
      case '@':
        if (is_name_start(la(1))) {
          advance();
          while (is_name_char(la())) advance();
          return make(L::ANNOTATION, start, line, col);
        }
        break;
      case '`':
        if (is_name_start(la(1))) {
          advance();
          while (is_name_char(la())) advance();
          if (la() == '`') advance();
          return make(L::QUOTED_ID, start, line, col);
        }
        break;
      case '"':
        if (la(1) == '"' && la(2) == '"') {
          advance(3);
          push_mode(L::TRIPLE, start);
          return make(L::TSTR_OPEN, start, line, col);
        }
        advance();
        push_mode(L::STRING, start);
        return make(L::STR_OPEN, start, line, col);
      default:
        break;
    }
    advance();
    return make(L::BAD_CHAR, start, line, col, antlr4::Token::HIDDEN_CHANNEL);
  }
}

RawToken Scanner::next_string(bool triple) {
  std::size_t start = pos_, line = line_, col = column_;
  char32_t c = la();
  if (c == kEnd) return RawToken{kEof, 0, pos_, pos_ - 1, line, col};
  if (c == '"') {
    if (!triple) {
      advance();
      pop_mode();
      return make(L::STR_CLOSE, start, line, col);
    }
    if (la(1) == '"' && la(2) == '"') {
      advance(3);
      pop_mode();
      return make(L::TSTR_CLOSE, start, line, col);
    }
    advance();
    return make(L::STR_TEXT, start, line, col);
  }
  if (c == '\\') {
    scan_escape(triple);
    return make(L::STR_ESCAPE, start, line, col);
  }
  if (c == '{') {
    if (la(1) == '{') {
      advance(2);
      push_mode(L::TEMPLATE, start);
      return make(L::INTERP_OPEN, start, line, col);
    }
    advance();
    return make(L::STR_TEXT, start, line, col);
  }
  if (!triple && (c == '\r' || c == '\n')) {
    advance(c == '\r' && la(1) == '\n' ? 2 : 1);
    return make(L::LINE_END, start, line, col);
  }
  while (true) {
    char32_t d = la();
    if (d == kEnd || d == '"' || d == '\\' || d == '{') break;
    if (!triple && (d == '\r' || d == '\n')) break;
    advance();
  }
  return make(L::STR_TEXT, start, line, col);
}

RawToken Scanner::next_template() {
  while (true) {
    std::size_t start = pos_, line = line_, col = column_;
    char32_t c = la();
    if (c == kEnd) return RawToken{kEof, 0, pos_, pos_ - 1, line, col};
    if (c == ' ' || c == '\t' || c == '\f') {
      advance();
      continue;
    }
    if (c == '\r' || c == '\n') {
      advance(c == '\r' && la(1) == '\n' ? 2 : 1);
      return make(L::LINE_END, start, line, col);
    }
    if (c == 'r' && la(1) == '"') {
      advance(2);
      while (la() != kEnd && la() != '"' && la() != '\r' && la() != '\n') advance();
      if (la() == '"') advance();
      return make(L::RAW_STRING, start, line, col);
    }
    if (is_name_start(c)) {
      while (is_name_char(la())) advance();
      return make(keyword_type(text_, start, pos_, true), start, line, col);
    }
    if (is_digit(c)) return make(scan_number(), start, line, col);
    switch (c) {
      case '}':
        if (la(1) == '}') {
          advance(2);
          pop_mode();
          return make(L::INTERP_CLOSE, start, line, col);
        }
        break;
      case '(': advance(); return make(L::LPAREN, start, line, col);
      case ')': advance(); return make(L::RPAREN, start, line, col);
      case '[': advance(); return make(L::LBRACK, start, line, col);
      case ']': advance(); return make(L::RBRACK, start, line, col);
      case ',': advance(); return make(L::COMMA, start, line, col);
      case ':': advance(); return make(L::COLON, start, line, col);
      case '.': advance(); return make(L::DOT, start, line, col);
      case '|': advance(); return make(L::PIPE, start, line, col);
      case '-': advance(); return make(L::MINUS, start, line, col);
      case '=':
        if (la(1) == '=') {
          advance(2);
          return make(L::EQ, start, line, col);
        }
        break;
      case '!':
      case '<':
      case '>':
        if (std::size_t type = scan_comparison()) return make(type, start, line, col);
        break;
      case '`':
        if (is_name_start(la(1))) {
          advance();
          while (is_name_char(la())) advance();
          if (la() == '`') advance();
          return make(L::QUOTED_ID, start, line, col);
        }
        break;
      case '"':
        advance();
        push_mode(L::STRING, start);
        return make(L::STR_OPEN, start, line, col);
      default:
        break;
    }
    advance();
    return make(L::BAD_CHAR, start, line, col, antlr4::Token::HIDDEN_CHANNEL);
  }
}

}  // namespace aep::syntax
