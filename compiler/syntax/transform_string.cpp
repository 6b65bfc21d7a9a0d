// Transformer, part 5: string literals and interpolations. Decodes escapes
// (reporting unknown ones), normalises line ends to '\n' and strips the
// indentation of triple-quoted strings (rules in docs/language.md):
//   1. a first line holding only whitespace after the opening quotes is dropped;
//   2. a last line holding only whitespace before the closing quotes is dropped;
//   3. the longest whitespace prefix common to all non-blank lines is removed
//      from every line, and blank lines become empty.
// Interpolations and escapes count as content, so they stop the prefix.
#include <optional>

#include <fmt/format.h>

#include "compiler/syntax/transformer.hpp"
#include "compiler/source/utf8.hpp"

namespace aep::syntax {
namespace {

enum class PieceKind { Text, Escape, Interp };
struct Piece {
  PieceKind kind;
  std::string_view raw;
  Span span;
  Ctx* interp = nullptr;
  std::string out;  // text after processing
};

std::string normalize_newlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool is_blank_char(char c) { return c == ' ' || c == '\t'; }

// A line is blank when only spaces/tabs stand before its '\n' or the end of
// the string; content in a following escape or interpolation is not blank.
bool blank_line(const std::string& s, std::size_t pos, std::size_t& ws_end, bool last_piece) {
  std::size_t k = pos;
  while (k < s.size() && is_blank_char(s[k])) ++k;
  ws_end = k;
  if (k < s.size()) return s[k] == '\n';
  return last_piece;
}

// Applies rules 1-3 above to the text pieces of a triple-quoted string.
void dedent(std::vector<Piece>& pieces) {
  for (auto& p : pieces) {
    if (p.kind == PieceKind::Text) p.out = normalize_newlines(p.out);
  }
  if (pieces.empty()) return;
  if (pieces.front().kind == PieceKind::Text) {
    std::string& s = pieces.front().out;
    std::size_t k = s.find_first_not_of(" \t");
    if (k != std::string::npos && s[k] == '\n') s.erase(0, k + 1);
  }
  if (pieces.back().kind == PieceKind::Text) {
    std::string& s = pieces.back().out;
    std::size_t nl = s.rfind('\n');
    if (nl != std::string::npos && s.find_first_not_of(" \t", nl + 1) == std::string::npos) s.erase(nl);
  }
  std::optional<std::string> common;
  bool line_start = true;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].kind != PieceKind::Text) {
      if (line_start) common = std::string();
      line_start = false;
      continue;
    }
    const std::string& s = pieces[i].out;
    std::size_t pos = 0;
    while (true) {
      if (line_start) {
        std::size_t ws_end;
        if (!blank_line(s, pos, ws_end, i + 1 == pieces.size())) {
          std::string_view indent(s.data() + pos, ws_end - pos);
          if (!common) {
            common = std::string(indent);
          } else {
            std::size_t n = 0;
            while (n < common->size() && n < indent.size() && (*common)[n] == indent[n]) ++n;
            common->resize(n);
          }
        }
        line_start = false;
      }
      std::size_t nl = s.find('\n', pos);
      if (nl == std::string::npos) break;
      pos = nl + 1;
      line_start = true;
    }
  }
  std::size_t strip = common ? common->size() : 0;
  line_start = true;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].kind != PieceKind::Text) {
      line_start = false;
      continue;
    }
    const std::string s = std::move(pieces[i].out);
    std::string out;
    out.reserve(s.size());
    std::size_t pos = 0;
    while (pos <= s.size()) {
      if (line_start) {
        std::size_t ws_end;
        if (blank_line(s, pos, ws_end, i + 1 == pieces.size())) {
          pos = ws_end;
        } else {
          pos += std::min(strip, ws_end - pos);
        }
        line_start = false;
      }
      std::size_t nl = s.find('\n', pos);
      if (nl == std::string::npos) {
        out.append(s, pos, std::string::npos);
        break;
      }
      out.append(s, pos, nl + 1 - pos);
      pos = nl + 1;
      line_start = true;
    }
    pieces[i].out = std::move(out);
  }
}

// Decodes one escape sequence; nullopt when it is not a valid one.
std::optional<std::string> decode_escape(std::string_view raw) {
  if (raw.size() < 2) return std::nullopt;
  switch (raw[1]) {
    case 'n': return std::string("\n");
    case 't': return std::string("\t");
    case 'r': return std::string("\r");
    case '0': return std::string(1, '\0');
    case '\\': return std::string("\\");
    case '"': return std::string("\"");
    case '\'': return std::string("'");
    case '{': return std::string("{");
    case '}': return std::string("}");
    case 'u': {
      if (raw.size() < 5 || raw[2] != '{' || raw.back() != '}' || raw.size() > 10) return std::nullopt;
      std::uint32_t cp = 0;
      for (char c : raw.substr(3, raw.size() - 4)) {
        int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (v < 0) return std::nullopt;
        cp = cp * 16 + static_cast<std::uint32_t>(v);
      }
      if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
      std::string out;
      append_utf8(out, cp);
      return out;
    }
    default: return std::nullopt;
  }
}

}  // namespace

ast::StringLit Transformer::transform_string(Ctx* ctx) {
  ast::StringLit lit;
  if (!ctx) return lit;
  lit.span = span(ctx);
  std::vector<Piece> pieces;
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child)) {
      std::string_view raw = text(t);
      switch (t->getType()) {
        case P::TSTR_OPEN: lit.style = ast::StringStyle::Triple; break;
        case P::STR_TEXT: pieces.push_back({PieceKind::Text, raw, span(t), nullptr, std::string(raw)}); break;
        case P::STR_ESCAPE: pieces.push_back({PieceKind::Escape, raw, span(t), nullptr, {}}); break;
        case P::RAW_STRING:
        case P::RAW_HASH:
        case P::RAW_TRIPLE: {
          std::size_t open = t->getType() == P::RAW_STRING ? 2 : t->getType() == P::RAW_HASH ? 3 : 4;
          std::string_view close = t->getType() == P::RAW_STRING ? "\"" : t->getType() == P::RAW_HASH ? "\"#" : "\"\"\"";
          lit.style = t->getType() == P::RAW_STRING ? ast::StringStyle::Raw
                      : t->getType() == P::RAW_HASH ? ast::StringStyle::RawHash
                                                     : ast::StringStyle::RawTriple;
          std::string_view body = raw.size() >= open ? raw.substr(open) : std::string_view();
          if (body.size() >= close.size() && body.substr(body.size() - close.size()) == close &&
              raw.size() >= open + close.size()) {
            body.remove_suffix(close.size());
          }
          Span s = span(t);
          pieces.push_back({PieceKind::Text, body, file_.span(s.begin + static_cast<std::uint32_t>(open),
                                                             s.begin + static_cast<std::uint32_t>(open + body.size())),
                            nullptr, std::string(body)});
          break;
        }
        default: break;
      }
    } else if (auto* part = as_rule(child, P::RuleStrPart)) {
      for (auto* c : part->children) {
        if (auto* t = as_token(c)) {
          std::string_view raw = text(t);
          if (t->getType() == P::STR_TEXT) pieces.push_back({PieceKind::Text, raw, span(t), nullptr, std::string(raw)});
          else if (t->getType() == P::STR_ESCAPE) pieces.push_back({PieceKind::Escape, raw, span(t), nullptr, {}});
        } else if (auto* i = as_rule(c, P::RuleInterpolation)) {
          pieces.push_back({PieceKind::Interp, {}, span(i), i, {}});
        }
      }
    }
  }
  for (auto& p : pieces) {
    if (p.kind != PieceKind::Escape) continue;
    if (auto decoded = decode_escape(p.raw)) {
      p.out = std::move(*decoded);
    } else {
      std::string shown = p.raw.size() <= 1 ? std::string("\\") : std::string(p.raw);
      sink_.report(make_diag(DiagKind::InvalidEscape, p.span,
                             p.raw.size() <= 1 ? std::string("invalid escape sequence '\\' at the end of a line in string")
                                               : fmt::format("invalid escape sequence '{}' in string", shown))
                       .help("valid escapes: \\n \\t \\r \\0 \\\\ \\\" \\' \\{ \\} \\u{1F600}; for text with many "
                             "backslashes use a raw string r\"...\""));
      p.out = std::string(p.raw);
    }
  }
  if (lit.style == ast::StringStyle::Triple || lit.style == ast::StringStyle::RawTriple) dedent(pieces);
  // Adjacent text and escapes form one text part.
  for (auto& p : pieces) {
    if (p.kind == PieceKind::Interp) {
      ast::StringPart part;
      part.interp = std::make_unique<ast::Interpolation>(transform_interpolation(p.interp));
      part.span = p.span;
      lit.parts.push_back(std::move(part));
      continue;
    }
    if (!lit.parts.empty() && lit.parts.back().is_text()) {
      lit.parts.back().text += p.out;
      lit.parts.back().span = join(lit.parts.back().span, p.span);
    } else {
      ast::StringPart part;
      part.text = std::move(p.out);
      part.span = p.span;
      lit.parts.push_back(std::move(part));
    }
  }
  // Text emptied by indentation stripping carries no information.
  std::erase_if(lit.parts, [](const ast::StringPart& part) { return part.is_text() && part.text.empty(); });
  return lit;
}

ast::Interpolation Transformer::transform_interpolation(Ctx* ctx) {
  ast::Interpolation interp;
  interp.span = span(ctx);
  for (auto* child : ctx->children) {
    if (auto* e = as_rule(child, P::RuleExpr)) {
      interp.expr = transform_expr(e);
    } else if (auto* f = as_rule(child, P::RuleFilter)) {
      ast::Filter filter;
      filter.span = span(f);
      for (auto* c : f->children) {
        if (auto* n = as_rule(c, P::RuleName)) filter.name = transform_name(n);
        else if (auto* t = as_token(c); t && t->getType() == P::LPAREN) filter.has_parens = true;
        else if (auto* a = as_rule(c, P::RuleArgs)) transform_args(a, filter.args);
      }
      interp.filters.push_back(std::move(filter));
    }
  }
  if (!interp.expr) interp.expr = error_expr(ctx);
  return interp;
}

}  // namespace aep::syntax
