// Lexical diagnostics and end-of-file closing of open modes (see lexer.hpp).
#include "compiler/syntax/lexer.hpp"

#include <fmt/format.h>

#include "antlr4-runtime.h"

namespace aep::syntax {

using grammar::AepLexer;

Lexer::Lexer(antlr4::CharStream* input, const SourceFile& file, const OffsetMap& offsets,
             DiagnosticSink& sink)
    : AepLexer(input), file_(file), offsets_(offsets), sink_(sink) {
  removeErrorListeners();  // every lexical problem is a token we report ourselves
}

Span Lexer::span_of(std::size_t start_cp, std::size_t stop_cp_exclusive) const {
  return file_.span(offsets_.byte(start_cp), offsets_.byte(stop_cp_exclusive));
}

void Lexer::pushMode(size_t m) {
  mode_starts_.push_back(tokenStartCharIndex);
  AepLexer::pushMode(m);
}

size_t Lexer::popMode() {
  if (!mode_starts_.empty()) {
    last_popped_start_ = mode_starts_.back();
    mode_starts_.pop_back();
  }
  last_popped_mode_ = mode;
  return modeStack.empty() ? mode : AepLexer::popMode();
}

void Lexer::report_unterminated(size_t m, std::size_t start_cp) {
  if (m == AepLexer::TEMPLATE) {
    sink_.report(make_diag(DiagKind::UnterminatedInterpolation, span_of(start_cp, start_cp + 2),
                           "unterminated interpolation: expected '}}'")
                     .primary_label("interpolation starts here")
                     .help("close it with '}}', or write '\\{' for a literal brace"));
    return;
  }
  std::size_t width = m == AepLexer::TRIPLE ? 3 : 1;
  auto diag = make_diag(DiagKind::UnterminatedString, span_of(start_cp, start_cp + width),
                        "unterminated string literal");
  diag.primary_label("string starts here");
  if (m == AepLexer::STRING) {
    diag.help("close it with '\"' on the same line; for text over several lines use \"\"\"...\"\"\"");
  } else {
    diag.help("close it with '\"\"\"'");
  }
  sink_.report(diag);
}

std::unique_ptr<antlr4::Token> Lexer::make_marker(const antlr4::Token& at) {
  std::size_t index = at.getStartIndex();
  auto token = std::make_unique<antlr4::CommonToken>(
      std::make_pair(static_cast<antlr4::TokenSource*>(this), _input), AepLexer::UNTERMINATED,
      antlr4::Token::DEFAULT_CHANNEL, index, index - 1);
  token->setLine(at.getLine());
  token->setCharPositionInLine(at.getCharPositionInLine());
  return token;
}

// A line end inside a one-line string, or inside an interpolation of one:
// every construct up to the outermost such string ends here.
std::unique_ptr<antlr4::Token> Lexer::close_line(std::unique_ptr<antlr4::Token> line_end) {
  std::vector<size_t> modes{mode};
  for (std::size_t i = modeStack.size(); i-- > 0;) modes.push_back(modeStack[i]);
  std::size_t outermost = modes.size();
  for (std::size_t k = 0; k < modes.size(); ++k) {
    if (modes[k] == AepLexer::STRING) outermost = k;
    else if (modes[k] != AepLexer::TEMPLATE) break;
  }
  if (outermost == modes.size()) return nullptr;  // inside {{ }} of a """ string: whitespace
  std::size_t start = mode_starts_.size() > outermost ? mode_starts_[mode_starts_.size() - 1 - outermost] : 0;
  report_unterminated(AepLexer::STRING, start);
  shadows_.push_back({line_end->getLine(), start, false});
  queue_.clear();
  queue_next_ = 0;
  for (std::size_t k = 0; k <= outermost; ++k) {
    popMode();
    queue_.push_back(make_marker(*line_end));
  }
  return std::move(queue_[queue_next_++]);
}

std::unique_ptr<antlr4::Token> Lexer::nextToken() {
  if (queue_next_ < queue_.size()) return std::move(queue_[queue_next_++]);
  if (pending_eof_) {
    if (!modeStack.empty()) {
      // One UNTERMINATED token per construct still open, innermost first.
      std::size_t start = mode_starts_.empty() ? 0 : mode_starts_.back();
      report_unterminated(mode, start);
      shadows_.push_back({0, start, true});
      popMode();
      return make_marker(*pending_eof_);
    }
    return std::move(pending_eof_);
  }
  auto token = AepLexer::nextToken();
  if (token->getType() == antlr4::Token::EOF && mode != AepLexer::DEFAULT_MODE) {
    pending_eof_ = std::move(token);
    return nextToken();
  }
  if (token->getType() == AepLexer::LINE_END) {
    if (auto marker = close_line(std::move(token))) return marker;
    return nextToken();
  }
  check_token(*token);
  return token;
}

void Lexer::check_token(const antlr4::Token& token) {
  std::size_t start = token.getStartIndex();
  std::size_t stop = token.getStopIndex() + 1;  // exclusive
  std::uint32_t b = offsets_.byte(start);
  std::uint32_t e = offsets_.byte(stop);
  std::string_view text = file_.text().substr(b, e - b);
  auto ends_with = [&](std::string_view tail, std::size_t min_len) {
    return text.size() >= min_len && text.substr(text.size() - tail.size()) == tail;
  };
  switch (token.getType()) {
    case AepLexer::BLOCK_COMMENT:
      if (!ends_with("*/", 4)) {
        shadows_.push_back({0, start, true});
        sink_.report(make_diag(DiagKind::UnterminatedComment, span_of(start, start + 2),
                               "unterminated block comment")
                         .primary_label("comment starts here")
                         .help("close it with '*/'; block comments do not nest"));
      }
      return;
    case AepLexer::RAW_STRING:
    case AepLexer::RAW_TRIPLE:
    case AepLexer::RAW_HASH: {
      bool closed = token.getType() == AepLexer::RAW_STRING ? ends_with("\"", 3)
                    : token.getType() == AepLexer::RAW_TRIPLE ? ends_with("\"\"\"", 7)
                                                              : ends_with("\"#", 5);
      if (!closed) {
        std::string_view close = token.getType() == AepLexer::RAW_STRING ? "\""
                                 : token.getType() == AepLexer::RAW_TRIPLE ? "\"\"\""
                                                                           : "\"#";
        std::size_t width = token.getType() == AepLexer::RAW_STRING ? 2 : 4;
        shadows_.push_back({token.getLine(), start, token.getType() != AepLexer::RAW_STRING});
        sink_.report(make_diag(DiagKind::UnterminatedString, span_of(start, start + width),
                               "unterminated raw string literal")
                         .primary_label("raw string starts here")
                         .help(fmt::format("close it with '{}'", close)));
      }
      return;
    }
    case AepLexer::QUOTED_ID:
      if (!ends_with("`", 3)) {
        shadows_.push_back({token.getLine(), start, false});
        sink_.report(make_diag(DiagKind::BadQuotedName, span_of(start, stop), "unterminated backquoted name")
                         .help("write a name between backquotes on one line, like `prompt`"));
      }
      return;
    case AepLexer::BAD_CHAR: {
      std::string shown;
      if (text.size() == 1 && static_cast<unsigned char>(text[0]) >= 0x20 &&
          static_cast<unsigned char>(text[0]) < 0x7f) {
        shown = fmt::format("'{}'", text);
      } else {
        // Show invisible or non-ASCII characters by code point.
        std::uint32_t value = 0;
        auto c0 = static_cast<unsigned char>(text.empty() ? 0 : text[0]);
        std::size_t len = c0 < 0x80 ? 1 : c0 < 0xE0 ? 2 : c0 < 0xF0 ? 3 : 4;
        value = len == 1 ? c0 : len == 2 ? (c0 & 0x1F) : len == 3 ? (c0 & 0x0F) : (c0 & 0x07);
        for (std::size_t k = 1; k < len && k < text.size(); ++k) {
          value = (value << 6) | (static_cast<unsigned char>(text[k]) & 0x3F);
        }
        shown = len == 1 ? fmt::format("U+{:04X}", value) : fmt::format("'{}' (U+{:04X})", text, value);
      }
      shadows_.push_back({token.getLine(), start, false});
      auto diag = make_diag(DiagKind::InvalidCharacter, span_of(start, stop),
                            fmt::format("unexpected character {}", shown));
      if (text == "'") diag.help("strings use double quotes: \"...\"");
      else if (text == "#") diag.help("comments start with '//'");
      else if (static_cast<unsigned char>(text[0]) >= 0x80)
        diag.help("names use ASCII letters, digits and '_'; other text belongs in a string");
      else diag.help("outside strings and comments only names, numbers and the punctuation of docs/language.md may appear");
      sink_.report(diag);
      return;
    }
    default:
      return;
  }
}

}  // namespace aep::syntax
