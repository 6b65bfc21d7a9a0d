// The per-piece text memo, a prompt's piece list and token counts of joined
// pieces (piece_text.hpp).
#include "compiler/lint/rules/piece_text.hpp"

#include <cstring>
#include <unordered_map>

#include "compiler/tokenizer/encoding.hpp"

namespace aep::lint::rules {

std::string_view PieceText::lower() const {
  if (!has_lower_) {
    lower_.assign(text_);
    for (char& c : lower_) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    has_lower_ = true;
  }
  return lower_;
}

const std::vector<Sentence>& PieceText::sentences() const {
  if (!has_sentences_) {
    for_each_sentence(text_, [&](const Sentence& s) { sentences_.push_back(s); });
    has_sentences_ = true;
  }
  return sentences_;
}

namespace detail {

struct PieceTableSlots {
  struct Key {
    FileId file;
    std::uint32_t begin, end;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      std::uint64_t h = (static_cast<std::uint64_t>(k.begin) << 32 | k.end) * 0x9E3779B97F4A7C15ull;
      return static_cast<std::size_t>(h ^ (h >> 29) ^ k.file);
    }
  };
  std::unordered_map<Key, std::unique_ptr<PieceText>, KeyHash> by_span;
  // Pieces without a file span (text sema made up), or whose span another
  // text already holds: keyed by their text, which lives for the run.
  std::unordered_map<std::string_view, std::unique_ptr<PieceText>> by_text;
  std::vector<std::pair<const void*, std::shared_ptr<void>>> shared;
};

PieceTableSlots& piece_slots(const LintContext& ctx) {
  static const char tag = 0;
  if (RunScratch* scratch = RunScratchScope::current()) return scratch->slot<PieceTableSlots>(&tag);
  // No run scope (a rule run by hand): the memo lasts for the module. The
  // memo hands out a const view of an object it built non-const, and this
  // context's rules run on one thread, so updating it in place is sound.
  return const_cast<PieceTableSlots&>(ctx.memo<PieceTableSlots>(&ctx, &tag, [](PieceTableSlots&) {}));
}

void* piece_slot(PieceTableSlots& slots, const void* tag, std::shared_ptr<void> (*make)()) {
  for (auto& [t, p] : slots.shared) {
    if (t == tag) return p.get();
  }
  slots.shared.emplace_back(tag, make());
  return slots.shared.back().second.get();
}

}  // namespace detail

const PieceText& piece_text(const LintContext& ctx, std::string_view text, Span span) {
  detail::PieceTableSlots& slots = detail::piece_slots(ctx);
  auto by_text = [&]() -> const PieceText& {
    auto [it, inserted] = slots.by_text.try_emplace(text);
    if (inserted) it->second = std::make_unique<PieceText>(text);
    return *it->second;
  };
  if (span.file == kNoFile) return by_text();
  auto [it, inserted] = slots.by_span.try_emplace({span.file, span.begin, span.end});
  if (inserted) {
    it->second = std::make_unique<PieceText>(text);
    return *it->second;
  }
  // The same span always decodes to the same text; the check keeps the memo
  // exact should some IR text not be the plain decoding of its span.
  std::string_view seen = it->second->text();
  if (seen.size() == text.size() && (seen.data() == text.data() || std::memcmp(seen.data(), text.data(), text.size()) == 0)) {
    return *it->second;
  }
  return by_text();
}

// ---- prompt pieces -------------------------------------------------------------

bool PromptPieces::exclusive(const PromptPiece& a, const PromptPiece& b) const {
  for (std::uint32_t x = a.branch; x != 0; x = branches[x].parent) {
    for (std::uint32_t y = b.branch; y != 0; y = branches[y].parent) {
      if (branches[x].segment == branches[y].segment && branches[x].index != branches[y].index) return true;
    }
  }
  return false;
}

const PromptPieces& prompt_pieces(const LintContext& ctx, const ir::Prompt& prompt) {
  static const char tag = 0;
  return ctx.memo<PromptPieces>(&prompt, &tag, [&](PromptPieces& set) {
    set.branches.push_back({});
    walk_text(
        prompt, std::uint32_t{0},
        [&](const TextPiece& where, std::uint32_t branch) {
          set.pieces.push_back({where, &piece_text(ctx, where.text, where.span), branch});
        },
        [&](const ir::Segment& s, std::size_t b, std::uint32_t parent) {
          set.branches.push_back({parent, &s, b});
          return static_cast<std::uint32_t>(set.branches.size() - 1);
        });
  });
}

const PromptSentences& prompt_sentences(const LintContext& ctx, const ir::Prompt& prompt) {
  static const char tag = 0;
  return ctx.memo<PromptSentences>(&prompt, &tag, [&](PromptSentences& set) {
    const PromptPieces& all = prompt_pieces(ctx, prompt);
    for (const PromptPiece& p : all.pieces) {
      if (!p.where.in_example) set.pieces.push_back(p.where);
    }
    std::size_t k = 0;
    for (const PromptPiece& p : all.pieces) {
      if (p.where.in_example) continue;
      const TextPiece* piece = &set.pieces[k++];
      for (const Sentence& s : p.text->sentences()) {
        // The memo's sentences view its first copy of the text; this
        // prompt's copy holds the same bytes at the same offsets.
        Sentence here{piece->text.substr(s.offset, s.text.size()), s.offset};
        set.sentences.push_back({p.text->lower_of(s), here, piece});
      }
    }
  });
}

// ---- tokens of joined pieces ----------------------------------------------------

namespace {

// Where a text can be cut without changing its token count: before a space
// that follows an ASCII letter. In every pattern tiktoken ships, a piece
// holding a letter never takes a following space (letter pieces are
// `[^\r\n\p{L}\p{N}]?\p{L}+`-like, the contraction suffixes start with an
// apostrophe), and pieces are found left to right, so the pieces before the
// cut are those of the text before it and those after it start there. BPE
// merges within a piece only: the counts add up.
bool cut_before(std::string_view t, std::size_t p) {
  char c = t[p - 1];
  return t[p] == ' ' && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

// The token count of a piece's middle (from its first cut to its last), per model.
struct MiddleTokens {
  mutable std::vector<std::pair<std::string, std::optional<std::size_t>>> per_model;
};

// A junction: the text between two cuts, named by the pieces it is made of
// (the piece before it contributes its tail, the pieces without cuts all of
// their text, the piece after it its head; null marks the start or end of
// the joined text). Pieces are unique per span and text, so the names fix
// the text; the same text under other names (another chain's identical
// line) is found by text.
using Junction = std::vector<const PieceText*>;
struct JunctionHash {
  std::size_t operator()(const Junction& j) const {
    std::size_t h = j.size();
    for (const PieceText* p : j) h = (h ^ reinterpret_cast<std::uintptr_t>(p)) * 0x100000001B3ull;
    return h ^ (h >> 32);
  }
};
struct ModelCounts {
  std::string model;
  bool cuts_hold = true;  // cuts_hold_for(model)
  std::unordered_map<Junction, std::optional<std::size_t>, JunctionHash> by_pieces;
  std::unordered_map<std::string, std::optional<std::size_t>> by_text;
};
struct JoinCounts {
  std::vector<std::unique_ptr<ModelCounts>> per_model;
};

std::optional<std::size_t> count(const LintContext& ctx, std::string_view text, std::string_view model) {
  if (text.empty()) return 0;
  return ctx.count_tokens(text, model);
}

// By value: per_model grows, so a reference into it would not outlive the
// next model's entry.
std::optional<std::size_t> middle_tokens(const LintContext& ctx, const PieceText& piece, std::string_view model) {
  static const char tag = 0;
  const MiddleTokens& m = piece.derived<MiddleTokens>(&tag, [](MiddleTokens&, const PieceText&) {});
  for (const auto& [name, n] : m.per_model) {
    if (name == model) return n;
  }
  auto [first, last] = piece.token_cuts();
  return m.per_model.emplace_back(std::string(model), count(ctx, piece.text().substr(first, last - first), model)).second;
}

// Whether cut_before() holds for the encoding ctx.count_tokens() uses for
// `model` (resolved the same way). When no encoding loads, every count but
// that of empty text is nullopt whichever way it is counted, so the answer
// does not matter and the old path is kept.
bool cuts_hold_for(std::string_view model) {
  auto encoding = model.empty() ? tokenizer::Encoding::get("o200k_base") : tokenizer::Encoding::for_model(model);
  if (!encoding && !model.empty()) encoding = tokenizer::Encoding::get("o200k_base");
  return !encoding || token_cuts_proven((*encoding)->spec().kind);
}

}  // namespace

bool token_cuts_proven(tokenizer::PatternKind kind) {
  switch (kind) {
    case tokenizer::PatternKind::R50k:
    case tokenizer::PatternKind::Cl100k:
    case tokenizer::PatternKind::O200k: return true;
    case tokenizer::PatternKind::Other: return false;  // a custom pattern may let a letter piece take a space
  }
  return false;
}

std::pair<std::size_t, std::size_t> PieceText::token_cuts() const {
  if (!has_cuts_) {
    cut_first_ = cut_last_ = std::string_view::npos;
    for (std::size_t p = 1; p + 1 < text_.size(); ++p) {
      if (!cut_before(text_, p)) continue;
      if (cut_first_ == std::string_view::npos) cut_first_ = p;
      cut_last_ = p;
    }
    has_cuts_ = true;
  }
  return {cut_first_, cut_last_};
}

std::optional<std::size_t> joined_tokens(const LintContext& ctx, const std::vector<const PieceText*>& parts,
                                         std::string_view model) {
  static const char joins_tag = 0;
  JoinCounts& joins = piece_shared<JoinCounts>(ctx, &joins_tag);
  ModelCounts* memo = nullptr;
  for (const auto& m : joins.per_model) {
    if (m->model == model) memo = m.get();
  }
  if (memo == nullptr) {
    memo = joins.per_model.emplace_back(std::make_unique<ModelCounts>()).get();
    memo->model = std::string(model);
    memo->cuts_hold = cuts_hold_for(model);
  }
  if (!memo->cuts_hold) return std::nullopt;  // the caller counts the joined text

  std::size_t total = 0;
  Junction junction{nullptr};  // the start of the text
  std::string text;
  // Counts the junction's text once per run.
  auto close = [&](const PieceText* end) -> bool {
    junction.push_back(end);
    auto [it, inserted] = memo->by_pieces.try_emplace(junction);
    if (inserted) {
      text.clear();
      for (std::size_t k = 0; k < junction.size(); ++k) {
        const PieceText* p = junction[k];
        if (p == nullptr) continue;
        auto [first, last] = p->token_cuts();
        if (first == std::string_view::npos) {
          text.append(p->text());
        } else if (k == 0) {
          text.append(p->text().substr(last));  // the piece before the junction: its tail
        } else {
          text.append(p->text().substr(0, first));  // the piece after it: its head
        }
      }
      auto [t, added] = memo->by_text.try_emplace(text);
      if (added) t->second = count(ctx, text, model);
      it->second = t->second;
    }
    if (!it->second) return false;
    total += *it->second;
    return true;
  };
  for (const PieceText* part : parts) {
    if (part->text().empty()) continue;
    const PieceText& piece = *part;
    if (piece.token_cuts().first == std::string_view::npos) {
      junction.push_back(&piece);
      continue;
    }
    std::optional<std::size_t> middle = middle_tokens(ctx, piece, model);
    if (!middle || !close(&piece)) return std::nullopt;
    total += *middle;
    junction.assign(1, &piece);
  }
  if (!close(nullptr)) return std::nullopt;
  return total;
}

}  // namespace aep::lint::rules
