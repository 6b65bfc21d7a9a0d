// Line layout (see layout.hpp). The author's line breaks are kept: a file is
// written for people, and where a declaration is split carries meaning to its
// readers. What is canonical is everything around them:
// - indentation: two spaces per level, one level per line that opened
//   brackets still open (so `f({` followed by its body indents once);
//   a line starting with closers is indented like the line that opened them;
// - blank lines: at most one in a row, none at the start or end of the file
//   or right inside a bracket, exactly one after a top-level block;
// - a top-level block's closing `}` ends its line: the next declaration
//   starts on a line of its own;
// - spacing inside a line follows spacing.hpp; a comment is one space after
//   the code it trails;
// - the file ends with one line end, lines never end with spaces.
#include "compiler/format/layout.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>

#include "AepLexer.h"
#include "compiler/format/reindent.hpp"
#include "compiler/format/spacing.hpp"

namespace aep::format {

using L = grammar::AepLexer;

namespace {

constexpr std::size_t kIndentWidth = 2;

// Line ends in source[from, to) ("\r\n", "\n" and "\r" each count once).
std::size_t count_line_ends(std::string_view text, std::uint32_t from, std::uint32_t to) {
  std::size_t n = 0;
  for (std::uint32_t i = from; i < to; ++i) {
    if (text[i] == '\n') ++n;
    else if (text[i] == '\r' && (i + 1 >= to || text[i + 1] != '\n')) ++n;
  }
  return n;
}

// Columns of leading whitespace of the source line holding byte `at`, or
// nullopt when that indentation has tabs (its width is then unknown).
std::optional<long> source_indent(std::string_view text, std::uint32_t at) {
  std::uint32_t start = at;
  while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r') --start;
  long n = 0;
  for (std::uint32_t i = start; i < at && (text[i] == ' ' || text[i] == '\t'); ++i) {
    if (text[i] == '\t') return std::nullopt;
    ++n;
  }
  return n;
}

struct Open {
  std::size_t type;
  std::size_t line;  // output line where it was opened
  bool tight;        // `{` of an import list (`a.b.{x, y}`): no spaces inside
};

class Layout {
 public:
  Layout(const SourceFile& file, const std::vector<Unit>& units) : file_(file), units_(units) {}

  std::string run() {
    for (std::size_t i = 0; i < units_.size(); ++i) place(i);
    while (!out_.empty() && (out_.back() == '\n' || out_.back() == ' ')) out_.pop_back();
    if (!out_.empty()) out_ += '\n';
    return out_;
  }

 private:
  std::size_t indent_level(std::size_t open_count) const {
    std::size_t levels = 0;
    for (std::size_t k = 0; k < open_count; ++k) {
      if (k == 0 || stack_[k].line != stack_[k - 1].line) ++levels;
    }
    return levels;
  }

  void place(std::size_t i) {
    const Unit& u = units_[i];
    std::string_view text = file_.text();
    std::size_t breaks = i == 0 ? 0 : count_line_ends(text, units_[i - 1].end, u.begin);
    bool first = i == 0;
    if (!first && breaks == 0 && force_break_) breaks = 1;
    if (!first && breaks == 0) {
      bool had_space = u.begin > units_[i - 1].end;
      bool tight = !stack_.empty() && stack_.back().tight &&
                   ((units_[i - 1].type == L::LBRACE && units_[i - 1].kind == UnitKind::Token) ||
                    (u.type == L::RBRACE && u.kind == UnitKind::Token));
      tight = tight || in_type_angles(i);
      if (!tight && space_between(units_[i - 1].type, u.type, had_space)) out_ += ' ';
      if (!tight && separates_entries(i)) out_ += ' ';
    } else {
      if (!first) {
        bool blank = breaks >= 2;
        const Unit& prev = units_[i - 1];
        if (prev.kind == UnitKind::Token && is_opener(prev.type)) blank = false;
        if (u.kind == UnitKind::Token && is_closer(u.type)) blank = false;
        if (force_blank_) blank = true;
        out_ += blank ? "\n\n" : "\n";
        line_ += blank ? 2 : 1;
      }
      // Closers leading this line take the indentation of their openers.
      std::size_t closers = 0;
      for (std::size_t j = i; j < units_.size(); ++j) {
        if (units_[j].kind != UnitKind::Token || !is_closer(units_[j].type)) break;
        if (j > i && count_line_ends(text, units_[j - 1].end, units_[j].begin) > 0) break;
        ++closers;
      }
      std::size_t open = stack_.size() - std::min(closers, stack_.size());
      source_line_indent_ = source_indent(text, u.begin);
      bool continuation = false;
      if (closers == 0 && u.kind != UnitKind::Comment && source_line_indent_) {
        // A statement continued on the next line keeps one extra level, as
        // long as the source indents it deeper than the statement's start.
        auto base = bases_.find(open);
        if (base != bases_.end() && !first && *source_line_indent_ > base->second && continues(u))
          continuation = true;
        else bases_[open] = *source_line_indent_;
      }
      line_indent_ = static_cast<long>((indent_level(open) + (continuation ? 1 : 0)) * kIndentWidth);
      out_.append(static_cast<std::size_t>(line_indent_), ' ');
    }
    force_break_ = false;
    force_blank_ = false;
    append_unit(u);
    track_brackets(u, i);
    track_angles(u, i);
  }

  // Tokens that cannot start a member or declaration, so a deeper-indented
  // line starting with one continues the statement above (`-> T`, a tool's
  // description string, `extends X`). Other lines start statements, however
  // the source indented them.
  static bool continues(const Unit& u) {
    if (u.kind == UnitKind::String) return true;
    switch (u.type) {
      case L::ARROW: case L::PIPE: case L::ASSIGN: case L::K_AND: case L::K_OR: case L::K_EXTENDS:
      case L::K_WITH: case L::ANNOTATION: case L::DOT: case L::EQ: case L::NE: case L::LE: case L::GE:
      case L::LT: case L::GT: case L::K_IN: case L::K_RESERVE: case L::K_PRIORITY: case L::K_SHRINK:
      case L::COMMA: case L::COLON: case L::RAW_STRING: case L::RAW_HASH: case L::RAW_TRIPLE:
      case L::INT: case L::FLOAT: case L::K_TOKENS: case L::K_BY: case L::K_NOT:
        return true;
      default:
        return false;
    }
  }

  // `list<string>`, `map<list<int>?>`: the angle brackets of a type hug their contents.
  bool in_type_angles(std::size_t i) const {
    const Unit& prev = units_[i - 1];
    const Unit& u = units_[i];
    if (u.kind != UnitKind::Token && prev.kind != UnitKind::Token) return false;
    if (prev.type == L::LT && angle_depth_ > 0 && angle_opened_at_ == i - 1) return true;
    if (u.type == L::LT && prev.kind == UnitKind::Token && prev.type == L::ID &&
        (prev.text == "list" || prev.text == "map"))
      return true;
    if (u.type == L::GT && angle_depth_ > 0) return true;
    return false;
  }

  void track_angles(const Unit& u, std::size_t i) {
    if (u.kind != UnitKind::Token) return;
    if (u.type == L::LT && i > 0 && units_[i - 1].type == L::ID &&
        (units_[i - 1].text == "list" || units_[i - 1].text == "map")) {
      ++angle_depth_;
      angle_opened_at_ = i;
    } else if (u.type == L::GT && angle_depth_ > 0) {
      --angle_depth_;
    } else if (angle_depth_ > 0 && (u.type == L::LBRACE || u.type == L::RBRACE)) {
      angle_depth_ = 0;  // never spans a block: stay safe after odd input
    }
  }

  // `{ a: 1  b: 2 }`: entries of one line that no comma separates get two
  // spaces between them, so the eye still sees where each entry starts: always
  // before a `key:`, and wherever the author put two or more spaces between a
  // value and a name or string (`{ input s: string  user { ... } }`).
  bool separates_entries(std::size_t i) const {
    if (stack_.empty() || stack_.back().type != L::LBRACE) return false;
    const Unit& prev = units_[i - 1];
    const Unit& u = units_[i];
    bool keyed = i + 1 < units_.size() && units_[i + 1].kind == UnitKind::Token && units_[i + 1].type == L::COLON;
    std::string_view gap = file_.text().substr(prev.end, u.begin - prev.end);
    bool wide = gap.size() >= 2 && gap.find_first_not_of(" \t") == std::string_view::npos;
    if (!keyed && !wide) return false;
    if (u.kind == UnitKind::Comment) return false;
    if (u.kind == UnitKind::Token && u.type != L::ID && u.type != L::QUOTED_ID &&
        !(u.type >= L::K_MODULE && u.type <= L::K_REQUIRED))
      return false;
    if (prev.kind == UnitKind::String) return true;
    if (prev.kind == UnitKind::Comment) return false;
    switch (prev.type) {
      case L::ID: case L::QUOTED_ID: case L::INT: case L::FLOAT: case L::RAW_STRING: case L::RAW_HASH:
      case L::RAW_TRIPLE: case L::K_TRUE: case L::K_FALSE: case L::K_NULL: case L::RBRACK:
      case L::RBRACE: case L::RPAREN: case L::GT: case L::QUESTION: case L::ANNOTATION:
        return true;
      default:
        return false;
    }
  }

  void append_unit(const Unit& u) {
    std::string piece = u.text;
    bool multiline = piece.find('\n') != std::string::npos;
    if (multiline && source_line_indent_) {
      long delta = line_indent_ - *source_line_indent_;
      bool movable = u.reindentable || u.type == L::BLOCK_COMMENT;
      if (movable && delta != 0) {
        if (auto shifted = shift_lines(piece, delta, u.type != L::BLOCK_COMMENT)) piece = *shifted;
      }
    }
    line_ += static_cast<std::size_t>(std::count(piece.begin(), piece.end(), '\n'));
    out_ += piece;
  }

  void track_brackets(const Unit& u, std::size_t i) {
    if (pending_blank_after_comment_) {
      // The comment trailing a top-level block's `}`: what follows it is the
      // next declaration.
      pending_blank_after_comment_ = false;
      force_break_ = true;
      force_blank_ = true;
    }
    if (u.kind != UnitKind::Token) return;
    if (is_opener(u.type)) {
      bool tight = u.type == L::LBRACE && i > 0 && units_[i - 1].type == L::DOT;
      stack_.push_back({u.type, line_, tight});
      bases_.erase(bases_.upper_bound(stack_.size() - 1), bases_.end());
      return;
    }
    if (!is_closer(u.type) || stack_.empty()) return;
    std::size_t opened = stack_.back().line;
    stack_.pop_back();
    bases_.erase(bases_.upper_bound(stack_.size()), bases_.end());
    if (stack_.empty() && u.type == L::RBRACE && i + 1 < units_.size()) {
      // The end of a top-level block: the next declaration gets its own line,
      // after a blank one, unless a comment trails the brace.
      const Unit& next = units_[i + 1];
      bool same_line = count_line_ends(file_.text(), u.end, next.begin) == 0;
      bool trailing_comment = next.kind == UnitKind::Comment && same_line;
      if (!trailing_comment) {
        force_break_ = true;
        force_blank_ = opened != line_;
      } else {
        pending_blank_after_comment_ = opened != line_;
      }
    }
  }

  const SourceFile& file_;
  const std::vector<Unit>& units_;
  std::string out_;
  std::vector<Open> stack_;
  std::map<std::size_t, long> bases_;  // open-bracket count -> source indent of its current statement
  std::size_t line_ = 0;
  long line_indent_ = 0;
  std::optional<long> source_line_indent_;
  bool force_break_ = false;
  bool force_blank_ = false;
  bool pending_blank_after_comment_ = false;
  std::size_t angle_depth_ = 0;     // open `<` of `list<`/`map<` types
  std::size_t angle_opened_at_ = 0; // unit index of the innermost such `<`
};

}  // namespace

std::string layout_units(const SourceFile& file, const std::vector<Unit>& units) {
  return Layout(file, units).run();
}

}  // namespace aep::format
