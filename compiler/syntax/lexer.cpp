// Lexical diagnostics and end-of-file closing of open modes (see lexer.hpp).
#include "compiler/syntax/lexer.hpp"

#include <fmt/format.h>

#include "AepLexer.h"

namespace aep::syntax {

using AepLexer = grammar::AepLexer;

namespace {

// ANTLR's token stream owns its tokens one heap block each and frees them
// all when it goes: hundreds of blocks per file, and on a busy thread those
// frees and mallocs go through malloc's slow paths (the freed blocks pile
// up in its fast bins, which the next large allocation consolidates). The
// tokens of this lexer recycle their blocks through a per-thread free list
// instead: after the first file a thread parses, making a token allocates
// nothing. The list is bounded; blocks beyond it go back to malloc.
class PooledToken final : public antlr4::CommonToken {
 public:
  using antlr4::CommonToken::CommonToken;
  static void* operator new(std::size_t size);
  static void operator delete(void* block, std::size_t size);
};

struct TokenPool {
  static constexpr std::size_t kMaxBlocks = 16384;  // ~2 MB of tokens per thread
  std::vector<void*> blocks;
  TokenPool() { blocks.reserve(kMaxBlocks); }
  ~TokenPool() {
    for (void* block : blocks) ::operator delete(block);
  }
};

thread_local TokenPool token_pool;

void* PooledToken::operator new(std::size_t size) {
  std::vector<void*>& blocks = token_pool.blocks;
  if (size == sizeof(PooledToken) && !blocks.empty()) {
    void* block = blocks.back();
    blocks.pop_back();
    return block;
  }
  return ::operator new(size);
}

// Reached through Token's virtual destructor with the size of this type.
void PooledToken::operator delete(void* block, std::size_t size) {
  std::vector<void*>& blocks = token_pool.blocks;
  if (size == sizeof(PooledToken) && blocks.size() < TokenPool::kMaxBlocks) {
    blocks.push_back(block);
    return;
  }
  ::operator delete(block);
}

}  // namespace

Lexer::Lexer(antlr4::CharStream* input, const std::u32string& code_points, const SourceFile& file,
             const OffsetMap& offsets, DiagnosticSink& sink)
    : input_(input), scanner_(code_points), file_(file), offsets_(offsets), sink_(sink) {}

Span Lexer::span_of(std::size_t start_cp, std::size_t stop_cp_exclusive) const {
  return file_.span(offsets_.byte(start_cp), offsets_.byte(stop_cp_exclusive));
}

std::unique_ptr<antlr4::Token> Lexer::make(const RawToken& raw, std::size_t type) {
  auto token = std::make_unique<PooledToken>(std::make_pair(static_cast<antlr4::TokenSource*>(this), input_), type,
                                             raw.channel, raw.start, raw.stop);
  token->setLine(raw.line);
  token->setCharPositionInLine(raw.column);
  line_ = raw.line;
  column_ = raw.column;
  return token;
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

// A line end inside a one-line string, or inside an interpolation of one:
// every construct up to the outermost such string ends here. Returns false
// when the line end is mere whitespace (inside {{ }} of a """ string).
bool Lexer::close_line(const RawToken& line_end) {
  std::vector<std::size_t> modes{scanner_.mode()};
  const auto& stack = scanner_.mode_stack();
  for (std::size_t i = stack.size(); i-- > 0;) modes.push_back(stack[i]);
  std::size_t outermost = modes.size();
  for (std::size_t k = 0; k < modes.size(); ++k) {
    if (modes[k] == AepLexer::STRING) outermost = k;
    else if (modes[k] != AepLexer::TEMPLATE) break;
  }
  if (outermost == modes.size()) return false;
  const auto& starts = scanner_.mode_starts();
  std::size_t start = starts.size() > outermost ? starts[starts.size() - 1 - outermost] : 0;
  report_unterminated(AepLexer::STRING, start);
  shadows_.push_back({line_end.line, start, false});
  queue_.clear();
  queue_next_ = 0;
  RawToken marker = line_end;
  marker.stop = marker.start - 1;
  marker.channel = 0;
  for (std::size_t k = 0; k <= outermost; ++k) {
    scanner_.pop_mode();
    queue_.push_back(make(marker, AepLexer::UNTERMINATED));
  }
  return true;
}

std::unique_ptr<antlr4::Token> Lexer::nextToken() {
  while (true) {
    if (queue_next_ < queue_.size()) return std::move(queue_[queue_next_++]);
    if (eof_seen_) {
      if (!scanner_.mode_stack().empty()) {
        // One UNTERMINATED token per construct still open, innermost first.
        report_unterminated(scanner_.mode(), scanner_.mode_starts().back());
        shadows_.push_back({0, scanner_.mode_starts().back(), true});
        scanner_.pop_mode();
        return make(eof_, AepLexer::UNTERMINATED);
      }
      return make(eof_, antlr4::Token::EOF);
    }
    RawToken raw = scanner_.next();
    if (raw.type == static_cast<std::size_t>(antlr4::Token::EOF)) {
      eof_seen_ = true;
      eof_ = raw;
      continue;
    }
    if (raw.type == AepLexer::LINE_END) {
      close_line(raw);
      continue;
    }
    check_token(raw);
    return make(raw, raw.type);
  }
}

void Lexer::check_token(const RawToken& token) {
  std::size_t start = token.start;
  std::size_t stop = token.stop + 1;  // exclusive
  std::uint32_t b = offsets_.byte(start);
  std::uint32_t e = offsets_.byte(stop);
  std::string_view text = file_.text().substr(b, e - b);
  auto ends_with = [&](std::string_view tail, std::size_t min_len) {
    return text.size() >= min_len && text.substr(text.size() - tail.size()) == tail;
  };
  switch (token.type) {
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
      bool closed = token.type == AepLexer::RAW_STRING ? ends_with("\"", 3)
                    : token.type == AepLexer::RAW_TRIPLE ? ends_with("\"\"\"", 7)
                                                              : ends_with("\"#", 5);
      if (!closed) {
        std::string_view close = token.type == AepLexer::RAW_STRING ? "\""
                                 : token.type == AepLexer::RAW_TRIPLE ? "\"\"\""
                                                                           : "\"#";
        std::size_t width = token.type == AepLexer::RAW_STRING ? 2 : 4;
        shadows_.push_back({token.line, start, token.type != AepLexer::RAW_STRING});
        sink_.report(make_diag(DiagKind::UnterminatedString, span_of(start, start + width),
                               "unterminated raw string literal")
                         .primary_label("raw string starts here")
                         .help(fmt::format("close it with '{}'", close)));
      }
      return;
    }
    case AepLexer::QUOTED_ID:
      if (!ends_with("`", 3)) {
        shadows_.push_back({token.line, start, false});
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
      shadows_.push_back({token.line, start, false});
      auto diag = make_diag(DiagKind::InvalidCharacter, span_of(start, stop),
                            fmt::format("unexpected character {}", shown));
      if (text == "}" && scanner_.mode() == AepLexer::TEMPLATE) diag.help("an interpolation ends with '}}'");
      else if (text == "'") diag.help("strings use double quotes: \"...\"");
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
