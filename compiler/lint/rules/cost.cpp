// Cost and latency rules, measured with the exact tokenizer of the prompt's
// model (o200k_base when unknown): fixed text over the prompt's budget
// (over-budget), input-dependent text in front of a long fixed part so no
// provider can cache it (dynamic-before-cache-prefix), examples that dwarf
// the instructions (oversized-few-shot), the same sentence sent twice
// (duplicate-text), and a `max_tokens` too small for even the smallest
// answer of the output type (max-tokens-below-output).
#include <fmt/format.h>

#include <map>
#include <set>
#include <unordered_map>

#include "compiler/lint/rules/piece_text.hpp"
#include "compiler/lint/rules/support.hpp"

namespace aep::lint::rules {
namespace {

// Providers cache only a prefix of at least this many identical tokens
// (OpenAI's documented minimum, Anthropic's for most models).
constexpr std::size_t kCacheMinimum = 1024;

std::size_t tokens(const LintContext& ctx, std::string_view text, const std::optional<std::string>& model) {
  if (text.empty()) return 0;
  if (auto n = ctx.count_tokens(text, model.value_or(""))) return *n;
  return (text.size() + 3) / 4;  // no tokenizer data installed: the usual 4 bytes a token
}

// tokens() of the joined pieces, counted piece by piece (piece_text.hpp).
std::size_t tokens(const LintContext& ctx, const std::vector<const PieceText*>& parts, const std::optional<std::string>& model) {
  if (auto n = joined_tokens(ctx, parts, model.value_or(""))) return *n;
  std::string joined;  // no tokenizer data, or text it refuses: as the joined string counts
  for (const PieceText* p : parts) joined.append(p->text());
  return tokens(ctx, joined, model);
}

std::string thousands(std::size_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

Span prompt_name_span(const LintContext& ctx, const ir::Prompt& prompt) {
  const ast::PromptDecl* decl = find_prompt_decl(*ctx.module().ast, prompt.name);
  return decl && decl->name.span.valid() ? decl->name.span : prompt.span;
}

class OverBudget final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "over-budget", Category::Cost, Level::Error,
        "the fixed text of a prompt, with its reserved output, exceeds the prompt's token budget",
        "`budget N tokens` promises that every request fits in N tokens; rendering shrinks the sections marked "
        "`shrink` (lowest priority first) to keep it. Text outside shrinkable sections cannot shrink, so when "
        "that text alone plus the tokens reserved for output exceeds the budget, every call overflows before "
        "any input is added. Counted exactly with the model's tokenizer.",
        "prompt P {\n  budget 20 tokens reserve 10 for output\n  system { \"You are a meticulous assistant who reads every word of the request carefully before answering it.\" }\n  user { \"Hi\" }\n}\n",
        "prompt P {\n  budget 200 tokens reserve 10 for output\n  system { \"You are a meticulous assistant who reads every word of the request carefully before answering it.\" }\n  user { \"Hi\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || prompt->is_abstract || !prompt->budget || prompt->budget->tokens <= 0) continue;
      auto model = prompt_model(*prompt);
      std::string fixed;
      for_each_text(*prompt, [&](const TextPiece& p) {
        if (p.section_info && p.section_info->shrink) return;  // can be dropped or truncated
        fixed.append(p.text);
      });
      std::int64_t reserve = prompt->budget->reserve_output.value_or(0);
      // A token is at least one byte: text shorter than the budget fits without counting.
      if (static_cast<std::int64_t>(fixed.size()) + reserve <= prompt->budget->tokens) continue;
      std::size_t n = tokens(ctx, fixed, model);
      if (static_cast<std::int64_t>(n) + reserve <= prompt->budget->tokens) continue;
      Span where = in_current_module(ctx, prompt->budget->origin.span) ? prompt->budget->origin.span : prompt_name_span(ctx, *prompt);
      out.emit({{}, where,
                fmt::format("the fixed text of `{}` is {} tokens{}, over its budget of {} tokens", prompt->name, thousands(n),
                            reserve ? fmt::format(" plus {} reserved for output", thousands(static_cast<std::size_t>(reserve))) : "",
                            thousands(static_cast<std::size_t>(prompt->budget->tokens))),
                "raise the budget, shorten the text, or mark long sections `shrink drop|truncate` with a priority", {},
                std::nullopt});
    }
  }
};

// Walks messages in send order and finds the first input-dependent piece.
// The fixed text on either side is kept as a list of pieces (a deep
// prompt's text is mostly its ancestors'), joined only if a count needs it.
struct PrefixScan {
  using Parts = std::vector<const PieceText*>;
  const LintContext& ctx;
  // The prompt's pieces with their memo, and the next one this walk should
  // meet (both walks visit a message's text in the same order, so the memo
  // is found without looking it up again).
  const PromptPieces& pieces;
  std::size_t cursor = 0;
  std::optional<std::string> model;
  Parts before, after;  // fixed text before / after the first dynamic piece
  std::size_t before_bytes = 0, after_bytes = 0;
  bool dynamic = false;
  Span first_dynamic;
  std::string what;

  void mark(Span span, std::string description) {
    if (!dynamic) {
      dynamic = true;
      first_dynamic = span;
      what = std::move(description);
    }
  }

  const PieceText* memo_of(const ir::Segment& s) {
    if (cursor < pieces.pieces.size() && pieces.pieces[cursor].where.text.data() == s.text.data()) {
      return pieces.pieces[cursor++].text;
    }
    return &piece_text(ctx, s.text, s.span);
  }

  // Places the cursor on the first piece of message `message` (an example's
  // index when `example`).
  void seek(std::size_t message, bool example) {
    cursor = 0;
    while (cursor < pieces.pieces.size() && (pieces.pieces[cursor].where.in_example != example ||
                                             pieces.pieces[cursor].where.message != message)) {
      ++cursor;
    }
  }

  void walk(const ir::Segments& segs, bool constant_scope) {
    for (const ir::Segment& s : segs) {
      switch (s.kind) {
        case ir::SegmentKind::Text:
          (dynamic ? after : before).push_back(memo_of(s));
          (dynamic ? after_bytes : before_bytes) += s.text.size();
          break;
        case ir::SegmentKind::Interpolation:
          // Only the first dynamic piece is described: the others cost no formatting.
          if (!constant_scope && !dynamic) mark(s.span, s.interp ? fmt::format("`{}`", ctx.text(s.interp->span)) : "an interpolation");
          break;
        case ir::SegmentKind::If:
          if (!constant_scope && !dynamic) mark(s.span, "a condition on an input");
          for (const ir::Branch& b : s.branches) walk(b.body, constant_scope);
          break;
        case ir::SegmentKind::For:
          if (!constant_scope && !dynamic) mark(s.span, "a loop over an input");
          walk(s.body, constant_scope);
          break;
        case ir::SegmentKind::Fragment: {
          // Constant arguments make the fragment's text the same on every call
          // (which matters only until the first dynamic piece is found).
          bool constant = constant_scope;
          if (!constant && !dynamic) {
            constant = true;
            for (const ir::Binding& b : s.bindings) {
              if (reads_names(b.value)) constant = false;
            }
          }
          walk(s.body, constant);
          break;
        }
        default: walk(s.body, constant_scope); break;
      }
    }
  }
};

class DynamicBeforeCachePrefix final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "dynamic-before-cache-prefix", Category::Cost, Level::Warning,
        "input-dependent text sits in front of 1,024 or more tokens of fixed text, so the fixed part is never cached",
        "OpenAI, Anthropic and Gemini cache a request's prefix: tokens identical to an earlier request's "
        "beginning cost a fraction and arrive faster, but only from the first token up to the first "
        "difference, and only for prefixes of at least 1,024 tokens. An interpolation near the top of the "
        "system message (a date, a user name, a product) makes every request differ early, so the long "
        "instructions after it are paid in full on every call. Move the dynamic part after the fixed "
        "instructions and examples (usually into the user turn).",
        "// abridged: the policy section holds 1,500 tokens of fixed text\nprompt P {\n  input user_name: string\n  system {\n    \"You are helping {{ user_name }}.\"\n    section policy { \"...\" }\n  }\n  user { \"Hi\" }\n}\n",
        "// abridged: the policy section holds 1,500 tokens of fixed text\nprompt P {\n  input user_name: string\n  system {\n    section policy { \"...\" }\n  }\n  user { \"I am {{ user_name }}. Hi\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || prompt->is_abstract) continue;
      PrefixScan scan{ctx, prompt_pieces(ctx, *prompt), 0, prompt_model(*prompt), {}, {}, 0, 0, false, {}, {}};
      // Backends send system and developer text first, then examples, then the turns.
      for (std::size_t i = 0; i < prompt->messages.size(); ++i) {
        const ir::Message& m = prompt->messages[i];
        if (m.role != ast::Role::System && m.role != ast::Role::Developer) continue;
        scan.seek(i, false);
        scan.walk(m.body, false);
      }
      for (std::size_t e = 0; e < prompt->examples.size(); ++e) {
        scan.seek(e, true);
        for (const ir::Message& m : prompt->examples[e].messages) scan.walk(m.body, false);
      }
      for (std::size_t i = 0; i < prompt->messages.size(); ++i) {
        const ir::Message& m = prompt->messages[i];
        if (m.role == ast::Role::System || m.role == ast::Role::Developer) continue;
        scan.seek(i, false);
        if (m.kind == ir::MessageKind::History) {
          if (!scan.dynamic) scan.mark(m.origin.span, fmt::format("history `{}`", m.history_input));
          continue;
        }
        scan.walk(m.body, false);
      }
      // Tokens never outnumber bytes, so short texts are decided without counting.
      if (!scan.dynamic || scan.after_bytes < kCacheMinimum) continue;
      if (scan.before_bytes >= kCacheMinimum && tokens(ctx, scan.before, scan.model) >= kCacheMinimum) continue;
      std::size_t after = tokens(ctx, scan.after, scan.model);
      if (after < kCacheMinimum) continue;
      Span where = in_current_module(ctx, scan.first_dynamic) ? scan.first_dynamic : prompt_name_span(ctx, *prompt);
      Finding f{{}, where,
                fmt::format("{} comes before {} tokens of fixed text in `{}`, so no provider can cache them", scan.what,
                            thousands(after), prompt->name),
                "move input-dependent text after the fixed instructions and examples, e.g. into the user turn", {},
                std::nullopt};
      if (!in_current_module(ctx, scan.first_dynamic) && reportable(ctx, scan.first_dynamic)) {
        f.notes.emplace_back(scan.first_dynamic, "dynamic text here");
      }
      out.emit(std::move(f));
    }
  }
};

class OversizedFewShot final : public Rule {
 public:
  static constexpr std::size_t kMaxExamples = 10;
  static constexpr std::size_t kMinTokens = 2000;

  const RuleInfo& info() const override {
    static const RuleInfo i{
        "oversized-few-shot", Category::Cost, Level::Warning,
        "more than 10 examples, or examples of 2,000+ tokens that outweigh the rest of the prompt",
        "Few-shot examples pay off quickly and then stop: past a handful, each extra example adds cost and "
        "latency on every call for little accuracy, and long examples crowd out the instructions (models "
        "copy examples more than they follow rules). The rule fires above 10 examples, or when the examples "
        "are 2,000 tokens or more and more than 60% of the prompt's fixed text. Keep the few most diverse "
        "examples, or move the rest into an eval set.",
        "// abridged: eleven examples in all\nprompt P {\n  input q: string\n  example { user { \"a\" } assistant { \"1\" } }\n  example { user { \"b\" } assistant { \"2\" } }\n  user { \"{{ q }}\" }\n}\n",
        "prompt P {\n  input q: string\n  example { user { \"a\" } assistant { \"1\" } }\n  example { user { \"b\" } assistant { \"2\" } }\n  user { \"{{ q }}\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || prompt->is_abstract || prompt->examples.empty()) continue;
      auto model = prompt_model(*prompt);
      std::string ex, rest;
      for_each_text(*prompt, [&](const TextPiece& p) { (p.in_example ? ex : rest).append(p.text); });
      std::string outputs;
      for (const ir::Example& e : prompt->examples) {
        if (e.ast && e.ast->output) outputs += ir::expression_text(e.ast->output.get());
      }
      bool too_many = prompt->examples.size() > kMaxExamples;
      if (!too_many && ex.size() + outputs.size() < kMinTokens) continue;  // fewer bytes than the threshold's tokens
      std::size_t ex_tokens = tokens(ctx, ex, model) + tokens(ctx, outputs, model), rest_tokens = tokens(ctx, rest, model);
      bool too_big = ex_tokens >= kMinTokens && ex_tokens * 10 > (ex_tokens + rest_tokens) * 6;
      if (!too_many && !too_big) continue;
      // Report where this module adds examples, else at the prompt.
      Span where = prompt_name_span(ctx, *prompt);
      if (!in_current_module(ctx, where)) continue;
      out.emit({{}, where,
                fmt::format("`{}` sends {} examples of {} tokens, against {} tokens of other fixed text", prompt->name,
                            prompt->examples.size(), thousands(ex_tokens), thousands(rest_tokens)),
                "keep the few most diverse examples and move the others into an eval set", {}, std::nullopt});
    }
  }
};

// Sentences of 40 characters or more, compared in a normalised form
// (lowercase, runs of blanks as one space, no final '.', '!' or ';').
std::string normalized(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  while (!out.empty() && (out.back() == '.' || out.back() == '!' || out.back() == ';')) out.pop_back();
  return out;
}

// Normalised sentences get small ids, so a prompt's repetitions are found by
// id (the key text is built once per piece of text per run).
struct SentenceKeys {
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<const std::string*> text;  // id -> key (the map's nodes do not move)
  // Per id: the last prompt that saw it and where it first appeared there.
  std::vector<std::uint32_t> stamp, first;
  std::uint32_t prompt = 0;
};

SentenceKeys& sentence_keys(const LintContext& ctx) {
  static const char tag = 0;
  return piece_shared<SentenceKeys>(ctx, &tag);
}

// The long sentences of one piece of text: (key id, sentence index).
struct PieceKeys {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> list;
};

const PieceKeys& keys_of(const LintContext& ctx, const PieceText& text) {
  static const char tag = 0;
  return text.derived<PieceKeys>(&tag, [&](PieceKeys& out, const PieceText& t) {
    SentenceKeys& keys = sentence_keys(ctx);
    const std::vector<Sentence>& sentences = t.sentences();
    for (std::size_t k = 0; k < sentences.size(); ++k) {
      // normalized() never lengthens a sentence: short ones cannot reach 40.
      if (sentences[k].text.size() < 40) continue;
      std::string key = normalized(sentences[k].text);
      if (key.size() < 40) continue;
      auto [it, inserted] = keys.ids.try_emplace(std::move(key), static_cast<std::uint32_t>(keys.text.size()));
      if (inserted) {
        keys.text.push_back(&it->first);
        keys.stamp.push_back(0);
        keys.first.push_back(0);
      }
      out.list.emplace_back(it->second, static_cast<std::uint32_t>(k));
    }
  });
}

class DuplicateText final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "duplicate-text", Category::Cost, Level::Warning,
        "the same sentence (40 characters or more) is sent twice in one prompt",
        "Inheritance and fragments make it easy to send one instruction twice: a parent's rule repeated in a "
        "child's section, a fragment used in two places. The copy costs tokens on every call, and when one "
        "copy is later edited the prompt contradicts itself. Alternatives of one `if` are not repetitions "
        "and are not reported. Keep one copy, in the section it belongs to.",
        "prompt P {\n  system {\n    section rules { \"Never promise a refund before an agent confirms it.\" }\n    section tone { \"Be warm. Never promise a refund before an agent confirms it.\" }\n  }\n  user { \"Hi\" }\n}\n",
        "prompt P {\n  system {\n    section rules { \"Never promise a refund before an agent confirms it.\" }\n    section tone { \"Be warm.\" }\n  }\n  user { \"Hi\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr) continue;
      SentenceKeys& keys = sentence_keys(ctx);
      const PromptPieces& pieces = prompt_pieces(ctx, *prompt);
      struct Seen {
        const PromptPiece* piece;
        const Sentence* sentence;
      };
      // Every later occurrence of a sentence with its first, in the order a
      // map from key text to occurrences would list them.
      struct Repeat {
        std::uint32_t key;
        Seen first, again;
      };
      std::vector<Seen> seen;
      std::vector<Repeat> repeats;
      ++keys.prompt;
      for (const PromptPiece& p : pieces.pieces) {
        if (p.where.in_example) continue;  // the messages only: examples repeat by design
        const PieceKeys& piece_keys = keys_of(ctx, *p.text);
        for (const auto& [key, sentence] : piece_keys.list) {
          Seen here{&p, &p.text->sentences()[sentence]};
          if (keys.stamp[key] != keys.prompt) {
            keys.stamp[key] = keys.prompt;
            keys.first[key] = static_cast<std::uint32_t>(seen.size());
            seen.push_back(here);
          } else {
            repeats.push_back({key, seen[keys.first[key]], here});
          }
        }
      }
      if (repeats.empty()) continue;
      std::stable_sort(repeats.begin(), repeats.end(),
                       [&](const Repeat& a, const Repeat& b) { return *keys.text[a.key] < *keys.text[b.key]; });
      std::vector<std::pair<Span, Finding>> found;
      for (const Repeat& r : repeats) {
        const Seen& first = r.first;
        const Seen& again = r.again;
        if (again.piece->where.span == first.piece->where.span || pieces.exclusive(*first.piece, *again.piece)) continue;
        Span where = sub_span(ctx, again.piece->where.span, again.piece->where.text, again.sentence->offset,
                              again.sentence->offset + again.sentence->text.size());
        if (!in_current_module(ctx, where)) continue;
        Span first_span = sub_span(ctx, first.piece->where.span, first.piece->where.text, first.sentence->offset,
                                   first.sentence->offset + first.sentence->text.size());
        std::string shown(again.sentence->text.substr(0, 60));
        if (again.sentence->text.size() > 60) shown += "…";
        Finding f{{}, where, fmt::format("`{}` sends \"{}\" a second time", prompt->name, shown),
                  "keep one copy, in the section it belongs to", {}, std::nullopt};
        if (reportable(ctx, first_span)) f.notes.emplace_back(first_span, "first sent here");
        found.emplace_back(where, std::move(f));
      }
      std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
      std::set<std::pair<std::uint32_t, std::uint32_t>> emitted;
      for (auto& [span, f] : found) {
        if (emitted.emplace(span.begin, span.end).second) out.emit(std::move(f));
      }
    }
  }
};

// The smallest JSON answer of a type: empty strings, zeros, one-item lists
// (an empty list is legal, but a list field almost always holds something).
nlohmann::ordered_json smallest(const sema::TypeRef& t, int depth = 0) {
  if (!t || depth > 16) return nullptr;
  switch (t->tag) {
    case sema::TypeTag::String: return "";
    case sema::TypeTag::Int: return 0;
    case sema::TypeTag::Float: return 0.5;
    case sema::TypeTag::Bool: return false;
    case sema::TypeTag::Enum: {
      std::string shortest;
      for (const auto& v : t->values) {
        if (shortest.empty() || v.name.size() < shortest.size()) shortest = v.name;
      }
      return shortest;
    }
    case sema::TypeTag::List: return nlohmann::ordered_json::array();
    case sema::TypeTag::Record: {
      nlohmann::ordered_json o = nlohmann::ordered_json::object();
      for (const auto& f : t->fields) o[f.name] = f.type && f.type->optional ? nlohmann::ordered_json(nullptr) : smallest(f.type, depth + 1);
      return o;
    }
    default: return nullptr;
  }
}

class MaxTokensBelowOutput final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "max-tokens-below-output", Category::Cost, Level::Error,
        "`max_tokens` is smaller than the smallest possible answer of the output type",
        "An answer cut off by `max_tokens` is invalid JSON: every call fails to parse and is paid for anyway. "
        "The rule builds the smallest answer the output type allows (every field present, strings empty, "
        "lists empty, optional fields null) and counts its tokens; a limit below that can never produce a "
        "valid answer. Real answers are longer: leave generous room.",
        "prompt P {\n  config { max_tokens: 5 }\n  output { category: string  urgency: int  summary: string }\n  user { \"Answer in JSON.\" }\n}\n",
        "prompt P {\n  config { max_tokens: 300 }\n  output { category: string  urgency: int  summary: string }\n  user { \"Answer in JSON.\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || prompt->is_abstract || !prompt->output || !prompt->output->type) continue;
      Span where;
      auto limit = max_output_tokens(*prompt, &where);
      if (!limit || *limit <= 0) continue;
      std::string answer = smallest(prompt->output->type).dump();
      std::size_t need = tokens(ctx, answer, prompt_model(*prompt));
      if (static_cast<std::int64_t>(need) <= *limit) continue;
      Span at = in_current_module(ctx, where) ? where : prompt_name_span(ctx, *prompt);
      Finding f{{}, at,
                fmt::format("`max_tokens` of `{}` is {}, but the smallest answer of its output type is {} tokens",
                            prompt->name, *limit, need),
                "raise `max_tokens` well above the size of a typical answer", {}, std::nullopt};
      if (!in_current_module(ctx, where) && reportable(ctx, where)) f.notes.emplace_back(where, "set here");
      out.emit(std::move(f));
    }
  }
};

}  // namespace

AEP_LINT_RULE(OverBudget);
AEP_LINT_RULE(DynamicBeforeCachePrefix);
AEP_LINT_RULE(OversizedFewShot);
AEP_LINT_RULE(DuplicateText);
AEP_LINT_RULE(MaxTokensBelowOutput);

}  // namespace aep::lint::rules
