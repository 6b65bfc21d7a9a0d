// Splitting a file into layout units (see units.hpp) with the syntax phase's
// own Scanner, so the formatter sees exactly the tokens the parser sees.
// Strings are kept byte for byte except the whitespace inside a one-line
// `{{ }}` interpolation, which the lexer skips and which is normalised to
// `{{ expr }}`; an interpolation that spans lines is kept as written.
#include <string_view>

#include "AepLexer.h"
#include "compiler/format/spacing.hpp"
#include "compiler/format/units.hpp"
#include "compiler/syntax/scanner.hpp"
#include "compiler/syntax/text_input.hpp"

namespace aep::format {

using L = grammar::AepLexer;

std::string join_tokens(const std::vector<SpacedToken>& tokens) {
  std::string out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && space_between(tokens[i - 1].type, tokens[i].type, tokens[i].space_before_in_source))
      out += ' ';
    out += tokens[i].text;
  }
  return out;
}

namespace {

constexpr std::size_t kEof = static_cast<std::size_t>(-1);

struct Cursor {
  const SourceFile& file;
  const syntax::OffsetMap& offsets;
  syntax::Scanner scanner;
  syntax::RawToken token{kEof};  // the current token (kEof type at the end)

  Cursor(const SourceFile& f, const syntax::OffsetMap& o, const std::u32string& cps)
      : file(f), offsets(o), scanner(cps) {
    advance();
  }
  // Skips the LINE_END tokens of template mode: whitespace to the formatter.
  std::uint32_t prev_end = 0;  // end of the last token left behind

  void advance() {
    if (token.type != kEof && token.stop + 1 > token.start) prev_end = end();
    do token = scanner.next();
    while (token.type == L::LINE_END);
  }
  std::uint32_t begin() const { return offsets.byte(token.start); }
  std::uint32_t end() const { return offsets.byte(token.stop + 1); }
  std::string_view text() const { return file.text().substr(begin(), end() - begin()); }
  bool at_end() const { return token.type == kEof; }
};

bool whitespace_before(const SourceFile& file, std::uint32_t at) {
  if (at == 0) return false;
  char c = file.text()[at - 1];
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         static_cast<unsigned char>(c) >= 0x80;  // no-break space / BOM end in a continuation byte
}

std::string read_string(Cursor& cur);

std::string normalize_line_ends(const std::string& text) {
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') out += text[i];
    else if (i + 1 < text.size() && text[i + 1] == '\n') continue;  // the '\n' follows
    else out += '\n';
  }
  return out;
}

// An interpolation, the cursor on its `{{`; leaves the cursor after `}}`.
std::string read_interpolation(Cursor& cur) {
  std::uint32_t open_begin = cur.begin();
  std::size_t depth = cur.scanner.mode_stack().size();  // the TEMPLATE mode is pushed
  std::vector<SpacedToken> tokens;
  cur.advance();
  std::uint32_t close_end = open_begin + 2;
  while (!cur.at_end()) {
    if (cur.token.type == L::INTERP_CLOSE && cur.scanner.mode_stack().size() == depth - 1) {
      close_end = cur.end();
      cur.advance();
      break;
    }
    bool space = whitespace_before(cur.file, cur.begin());
    if (cur.token.type == L::STR_OPEN || cur.token.type == L::TSTR_OPEN) {
      std::size_t type = cur.token.type;
      tokens.push_back({type, read_string(cur), space});
      continue;
    }
    tokens.push_back({cur.token.type, std::string(cur.text()), space});
    cur.advance();
  }
  std::string_view source = cur.file.text().substr(open_begin, close_end - open_begin);
  if (source.find_first_of("\r\n") != std::string_view::npos || tokens.empty()) return std::string(source);
  return "{{ " + join_tokens(tokens) + " }}";
}

// A "..." or """...""" string, the cursor on its opening quotes; leaves the
// cursor after the closing quotes.
std::string read_string(Cursor& cur) {
  std::size_t depth = cur.scanner.mode_stack().size();  // STRING or TRIPLE is pushed
  std::string out(cur.text());
  cur.advance();
  while (!cur.at_end()) {
    std::size_t t = cur.token.type;
    if ((t == L::STR_CLOSE || t == L::TSTR_CLOSE) && cur.scanner.mode_stack().size() == depth - 1) {
      out += cur.text();
      cur.advance();
      break;
    }
    if (t == L::INTERP_OPEN) {
      out += read_interpolation(cur);
      continue;
    }
    out += cur.text();
    cur.advance();
  }
  return out;
}

}  // namespace

std::vector<Unit> split_units(const SourceFile& file) {
  std::u32string cps;
  syntax::OffsetMap offsets;
  offsets.build(file.text(), cps);
  Cursor cur(file, offsets, cps);
  std::vector<Unit> units;
  while (!cur.at_end()) {
    Unit unit;
    unit.type = cur.token.type;
    unit.begin = cur.begin();
    if (unit.type == L::STR_OPEN || unit.type == L::TSTR_OPEN) {
      unit.kind = UnitKind::String;
      unit.text = read_string(cur);
      unit.reindentable = unit.type == L::TSTR_OPEN;
      unit.end = cur.prev_end;
    } else {
      unit.kind = cur.token.channel == L::COMMENTS ? UnitKind::Comment : UnitKind::Token;
      unit.end = cur.end();
      unit.text = std::string(cur.text());
      unit.reindentable = unit.type == L::RAW_TRIPLE;
      if (unit.type == L::LINE_COMMENT) {
        while (!unit.text.empty() && (unit.text.back() == ' ' || unit.text.back() == '\t'))
          unit.text.pop_back();
      }
      cur.advance();
    }
    // Line ends inside a triple-quoted string read as '\n' (indentation
    // stripping, rule 4) and mean nothing in a block comment: written as '\n'
    // like every other line end of the output. r#"..."# keeps its bytes.
    if (unit.reindentable || unit.type == L::BLOCK_COMMENT) unit.text = normalize_line_ends(unit.text);
    units.push_back(std::move(unit));
  }
  return units;
}

}  // namespace aep::format
