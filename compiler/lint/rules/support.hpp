// Shared helpers of the lint rules: walking the resolved IR (every piece of
// text a prompt sends, with its role and span; every name a template reads),
// walking the AST of a module (every string literal, every prompt), and the
// small text utilities the clarity and cost rules share (word search,
// sentence splitting). Rules stay short because the walking lives here once.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/lint/context.hpp"
#include "compiler/lint/rule.hpp"

namespace aep::lint::rules {

// ---- IR walking -------------------------------------------------------------

// One literal piece of text a prompt sends, as the IR holds it.
struct TextPiece {
  std::string_view text;
  Span span;
  ast::Role role = ast::Role::User;
  std::size_t message = 0;          // index in Prompt::messages (examples: index of the example)
  bool in_example = false;
  std::string_view section;         // innermost section name, empty outside sections
  const ir::Section* section_info = nullptr;
  bool in_fragment = false;
};

// Every literal text segment of the prompt's messages, then of its examples,
// in order (both branches of conditionals, loop bodies once).
void for_each_text(const ir::Prompt& prompt, const std::function<void(const TextPiece&)>& fn);
// The walk for_each_text() makes, for callers that also track the `if`
// branch each piece sits in: on_text(piece, state) for each text segment,
// and the state inside branch b of `if` segment s is
// on_branch(s, b, state of the `if`); the walk starts with `root` in every
// message. A template so the hot callers (prompt_pieces()) pay no
// std::function call per piece.
template <class State, class OnText, class OnBranch>
void walk_text(const ir::Prompt& prompt, State root, OnText&& on_text, OnBranch&& on_branch);
// All literal text of the prompt's messages (and examples when asked), joined by newlines.
std::string all_text(const ir::Prompt& prompt, bool with_examples = true);

// An input read by the prompt: interpolated, tested, looped over, passed to a
// fragment or spliced as history.
struct InputUse {
  std::string input;
  Span span;
  ast::Role role = ast::Role::User;
  std::size_t message = 0;
  bool in_example = false;
  bool placed = true;   // false for conditions and loop sources (no text is placed)
  bool history = false; // a `messages` splice
};
// Every read of a prompt input (loop variables over an input count as that
// input; names inside fragment bodies are fragment parameters and do not).
std::vector<InputUse> input_uses(const ir::Prompt& prompt);
// The same, computed once per prompt and shared by the rules of a run.
const std::vector<InputUse>& input_uses(const LintContext& ctx, const ir::Prompt& prompt);
// The root names an expression reads (`a.b[c]` reads `a` and `c`).
void expr_names(const ast::Expr* expr, std::vector<std::pair<std::string, Span>>& out);
// Whether it reads any name (expr_names() would not be empty), without building the list.
bool reads_names(const ast::Expr* expr);

// Every section of the prompt's messages, depth first.
void for_each_section(const ir::Prompt& prompt,
                      const std::function<void(const ir::Segment&, ast::Role, std::size_t message)>& fn);
// The section segments of `segs` in the order for_each_section() visits
// them; stops at the first for which fn(segment) returns true and says
// whether it did.
template <class Fn>
bool find_section(const ir::Segments& segs, Fn&& fn);

// ---- AST walking ------------------------------------------------------------

struct StringRef {
  const ast::StringLit* lit = nullptr;
  bool sent = false;       // text the model receives (messages, fragments, examples)
  bool test_input = false; // a literal in a test or eval input
  ast::Role role = ast::Role::User;
};
// Every string literal of the module: message and fragment text, examples,
// defaults, config values, test inputs. Null pieces of a partial AST are skipped.
void for_each_string(const ast::Module& module, const std::function<void(const StringRef&)>& fn);
// The module's declaration named `name`, or null.
const ast::PromptDecl* find_prompt_decl(const ast::Module& module, std::string_view name);
// The resolved prompt a `test` or `eval` names (null without sema or when unresolved).
const ir::Prompt* prompt_of_test(const LintContext& ctx, const ast::TestDecl& test);
// The module of `ctx` that declared `prompt`, or null.
const LintModule* module_of(const LintContext& ctx, const ir::Prompt& prompt);

// ---- config -----------------------------------------------------------------

const ast::Expr* config_expr(const ir::Prompt& prompt, std::string_view key);
std::optional<std::string> config_string(const ir::Prompt& prompt, std::string_view key);
std::optional<double> config_number(const ir::Prompt& prompt, std::string_view key);
Span config_span(const ir::Prompt& prompt, std::string_view key);
// `max_tokens` or `max_output_tokens`, whichever the prompt sets.
std::optional<std::int64_t> max_output_tokens(const ir::Prompt& prompt, Span* where = nullptr);
// The model a prompt runs on: its config `model`, else none.
std::optional<std::string> prompt_model(const ir::Prompt& prompt);

// ---- text -------------------------------------------------------------------

std::string lower_ascii(std::string_view text);
bool is_word_char(char c);
// Offsets of `word` in `haystack` (both already lowercase) at word boundaries.
std::vector<std::size_t> find_words(std::string_view haystack, std::string_view word);
bool contains_word(std::string_view haystack, std::string_view word);

// A sentence or line of instruction text with its offset in the source text.
struct Sentence {
  std::string_view text;
  std::size_t offset = 0;
};
// Splits at '.', '!', '?', ';' followed by a space or line end, and at line ends.
std::vector<Sentence> split_sentences(std::string_view text);
// Calls fn(sentence) for each sentence split_sentences() would return, without a vector.
template <class Fn>
void for_each_sentence(std::string_view text, Fn&& fn);

// One instruction sentence of a prompt's messages, with its lowercase form
// and the text piece it came from.
struct Instruction {
  std::string_view lower;  // lowercase sentence (a view into the run's piece memo)
  Sentence sentence;       // into piece->text
  const TextPiece* piece = nullptr;
};
// The sentences of a prompt's message text (examples excluded: they are
// answers, not instructions), built once per prompt from the per-piece memo
// of piece_text.hpp (each piece of text is split and lowercased once per
// run, however many prompts inherit it).
struct PromptSentences {
  std::vector<TextPiece> pieces;
  std::vector<Instruction> sentences;
};
const PromptSentences& prompt_sentences(const LintContext& ctx, const ir::Prompt& prompt);

// A span covering bytes [begin, end) of `text`, which lies at `base` in the
// source. Text pieces of the IR are decoded (escapes, stripped indentation),
// so the result points inside `base` when the piece is not byte-identical.
Span sub_span(const LintContext& ctx, Span base, std::string_view text, std::size_t begin, std::size_t end);

// Whether a finding may point at `span` (a span of a real file of this run).
bool reportable(const LintContext& ctx, Span span);
// Whether `span` lies in the file of the module being checked.
bool in_current_module(const LintContext& ctx, Span span);

std::string_view role_name(ast::Role role);

// ---- inline ------------------------------------------------------------------

namespace text_walk {
template <class State, class OnText, class OnBranch>
void walk_text_segments(const ir::Segments& segs, const TextPiece& where, State state, OnText& on_text,
                        OnBranch& on_branch) {
  for (const ir::Segment& s : segs) {
    switch (s.kind) {
      case ir::SegmentKind::Text: {
        TextPiece p = where;
        p.text = s.text;
        p.span = s.span;
        on_text(static_cast<const TextPiece&>(p), state);
        break;
      }
      case ir::SegmentKind::If:
        for (std::size_t b = 0; b < s.branches.size(); ++b) {
          walk_text_segments(s.branches[b].body, where, on_branch(s, b, state), on_text, on_branch);
        }
        break;
      case ir::SegmentKind::For: walk_text_segments(s.body, where, state, on_text, on_branch); break;
      case ir::SegmentKind::Fragment: {
        TextPiece inner = where;
        inner.in_fragment = true;
        walk_text_segments(s.body, inner, state, on_text, on_branch);
        break;
      }
      case ir::SegmentKind::Section: {
        TextPiece inner = where;
        if (s.section) {
          inner.section = s.section->name;
          inner.section_info = s.section.get();
        }
        walk_text_segments(s.body, inner, state, on_text, on_branch);
        break;
      }
      default: break;
    }
  }
}
}  // namespace text_walk

template <class State, class OnText, class OnBranch>
void walk_text(const ir::Prompt& prompt, State root, OnText&& on_text, OnBranch&& on_branch) {
  for (std::size_t i = 0; i < prompt.messages.size(); ++i) {
    TextPiece where;
    where.role = prompt.messages[i].role;
    where.message = i;
    text_walk::walk_text_segments(prompt.messages[i].body, where, root, on_text, on_branch);
  }
  for (std::size_t e = 0; e < prompt.examples.size(); ++e) {
    for (const ir::Message& m : prompt.examples[e].messages) {
      TextPiece where;
      where.role = m.role;
      where.message = e;
      where.in_example = true;
      text_walk::walk_text_segments(m.body, where, root, on_text, on_branch);
    }
  }
}

template <class Fn>
bool find_section(const ir::Segments& segs, Fn&& fn) {
  for (const ir::Segment& s : segs) {
    if (s.kind == ir::SegmentKind::Section && fn(s)) return true;
    if (s.kind == ir::SegmentKind::If) {
      for (const ir::Branch& b : s.branches) {
        if (find_section(b.body, fn)) return true;
      }
    } else if (!s.body.empty() && find_section(s.body, fn)) {
      return true;
    }
  }
  return false;
}

inline bool is_sentence_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

template <class Fn>
void for_each_sentence(std::string_view text, Fn&& fn) {
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {
    std::size_t b = start, e = end;
    while (b < e && (is_sentence_blank(text[b]) || text[b] == '-' || text[b] == '*')) ++b;
    while (e > b && is_sentence_blank(text[e - 1])) --e;
    if (e > b) fn(Sentence{text.substr(b, e - b), b});
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      flush(i);
      start = i + 1;
    } else if ((c == '.' || c == '!' || c == '?' || c == ';') &&
               (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      flush(i + 1);
      start = i + 1;
    }
  }
  flush(text.size());
}

}  // namespace aep::lint::rules
