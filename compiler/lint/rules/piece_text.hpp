// What the text rules derive from one literal piece of prompt text (its
// lowercase form, its sentences, each rule's own summary), memoized by the
// piece's identity in the source, and a prompt's pieces listed once per
// prompt with that memo attached.
//
// Why: sema gives every resolved prompt its own copy of its ancestors'
// section text, so in a chain of 20 levels the same parent sentence reaches
// 20 prompts. Splitting, lowercasing and scanning it once per prompt made
// the text rules quadratic in the chain's depth; keyed by the piece's source
// span (and checked against its text), that work is done once per run. Rules
// then combine the per-piece summaries per prompt, which keeps their
// findings exactly as before (a finding about inherited text is still
// reported where it was: the combination is per prompt).
//
// Lifetime and threads: the memo lives in the thread's RunScratch (rule.hpp)
// for the whole run, else (no scope open: a rule run by hand) in the
// context's per-module memo. Either way one thread owns it: nothing here
// locks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compiler/lint/rules/support.hpp"
#include "compiler/tokenizer/splitter.hpp"

namespace aep::lint::rules {

class PieceText {
 public:
  explicit PieceText(std::string_view text) : text_(text) {}
  PieceText(const PieceText&) = delete;
  PieceText& operator=(const PieceText&) = delete;

  std::string_view text() const { return text_; }
  // ASCII-lowercase copy of text(), same length (built on first use).
  std::string_view lower() const;
  // The sentences for_each_sentence() finds in text() (built on first use);
  // a sentence's lowercase form is lower_of(sentence).
  const std::vector<Sentence>& sentences() const;
  std::string_view lower_of(const Sentence& s) const { return lower().substr(s.offset, s.text.size()); }
  // The first and last offsets where the text can be cut without changing
  // its token count (see joined_tokens()); npos when there is none.
  std::pair<std::size_t, std::size_t> token_cuts() const;

  // A rule's own summary of this text, built by make(T&, const PieceText&)
  // on first use. `tag`: the address of a static of the rule.
  template <class T, class Make>
  const T& derived(const void* tag, Make&& make) const {
    for (const auto& [t, p] : derived_) {
      if (t == tag) return *static_cast<const T*>(p.get());
    }
    auto value = std::make_shared<T>();
    make(*value, *this);
    derived_.emplace_back(tag, value);
    return *value;
  }

 private:
  std::string_view text_;  // the IR's copy that was seen first (it lives for the run)
  mutable std::string lower_;
  mutable std::vector<Sentence> sentences_;
  mutable bool has_lower_ = false;
  mutable bool has_sentences_ = false;
  mutable bool has_cuts_ = false;
  mutable std::size_t cut_first_ = 0, cut_last_ = 0;
  mutable std::vector<std::pair<const void*, std::shared_ptr<void>>> derived_;
};

// The memo of `text`, which the IR placed at `span`.
const PieceText& piece_text(const LintContext& ctx, std::string_view text, Span span);

// Run-wide state beside the piece memo (tables the per-piece summaries refer
// to, such as interned sentence keys), with the memo's lifetime.
template <class T>
T& piece_shared(const LintContext& ctx, const void* tag);

// A prompt's literal text pieces, in for_each_text() order (messages, then
// examples), each with its memo and the innermost `if` branch it sits in.
struct PromptPiece {
  TextPiece where;
  const PieceText* text = nullptr;
  std::uint32_t branch = 0;  // index in PromptPieces::branches; 0 outside any `if`
};
struct PromptPieces {
  struct Branch {
    std::uint32_t parent = 0;
    const ir::Segment* segment = nullptr;  // the `if`
    std::size_t index = 0;                 // which of its branches
  };
  std::vector<PromptPiece> pieces;
  std::vector<Branch> branches;  // [0]: the root
  // Whether a and b sit in different branches of one `if` (never sent together).
  bool exclusive(const PromptPiece& a, const PromptPiece& b) const;
};
// Built once per prompt and shared by the rules of the module.
const PromptPieces& prompt_pieces(const LintContext& ctx, const ir::Prompt& prompt);

// Tokens of the concatenation of the pieces' texts for `model`, exactly as
// ctx.count_tokens() counts the joined string, without joining it: each
// piece is cut where no pre-tokenizer piece can straddle (an ASCII letter
// followed by a space), its middle is counted once per run and the text
// between two pieces' cuts once per run. nullopt when the tokenizer cannot
// count a part (no data installed, invalid UTF-8): the caller then counts
// the joined text.
// nullopt too when the model's encoding splits text by a pattern the cut
// rule is not proven for (tokenizer::PatternKind::Other).
std::optional<std::size_t> joined_tokens(const LintContext& ctx, const std::vector<const PieceText*>& parts,
                                         std::string_view model);
// Whether the cut rule holds for a pre-tokenizer pattern: only for the
// patterns tiktoken ships (r50k/p50k/gpt2, cl100k, o200k).
bool token_cuts_proven(tokenizer::PatternKind kind);

// ---- inline ------------------------------------------------------------------

namespace detail {
struct PieceTableSlots;
PieceTableSlots& piece_slots(const LintContext& ctx);
void* piece_slot(PieceTableSlots& slots, const void* tag, std::shared_ptr<void> (*make)());
}  // namespace detail

template <class T>
T& piece_shared(const LintContext& ctx, const void* tag) {
  return *static_cast<T*>(detail::piece_slot(detail::piece_slots(ctx), tag,
                                             [] { return std::shared_ptr<void>(std::make_shared<T>()); }));
}

}  // namespace aep::lint::rules
