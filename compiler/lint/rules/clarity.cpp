// Clarity rules over the prompt's own words: instructions that contradict
// each other on length or format (contradictory-instructions), quantities
// left to the model's guess (vague-quantifier), many unrelated tasks in one
// prompt (god-prompt), and instructions that mostly say what not to do
// (heavy-negation). Each works on a fixed, documented lexicon so its
// findings are explainable and stable; the thresholds are in the rationales.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_set>

#include "compiler/lint/rules/piece_text.hpp"
#include "compiler/lint/rules/support.hpp"

namespace aep::lint::rules {
namespace {

bool negated_before(std::string_view sentence_lower, std::size_t at) {
  std::string_view before = sentence_lower.substr(0, at);
  for (std::string_view w : {"not", "never", "don't", "no", "avoid", "without", "instead of", "rather than"}) {
    if (contains_word(before, w)) return true;
  }
  return false;
}

// One sentence of a prompt's instruction text: a sentence of the piece
// memo, at the place this prompt's copy of the piece sits.
struct Instr {
  const PromptPiece* piece = nullptr;
  std::uint32_t sentence = 0;  // index in piece->text->sentences()
  const Sentence& at() const { return piece->text->sentences()[sentence]; }
  std::string_view lower() const { return piece->text->lower_of(at()); }
  bool operator==(const Instr&) const = default;
  bool operator<(const Instr& o) const { return piece != o.piece ? piece < o.piece : sentence < o.sentence; }
};

Span span_of(const LintContext& ctx, const Instr& in, std::size_t begin, std::size_t end) {
  std::size_t offset = in.at().offset;
  return sub_span(ctx, in.piece->where.span, in.piece->where.text, offset + begin, offset + end);
}

Span prompt_name_span(const LintContext& ctx, const ir::Prompt& prompt) {
  const ast::PromptDecl* decl = find_prompt_decl(*ctx.module().ast, prompt.name);
  return decl && decl->name.span.valid() ? decl->name.span : prompt.span;
}

// ---- contradictory-instructions -------------------------------------------

// Whether a sentence speaks of the answer as a whole rather than of a field.
bool about_whole_answer(std::string_view s) {
  if (s.find('`') != std::string_view::npos || contains_word(s, "field") || contains_word(s, "fields")) return false;
  for (std::string_view p : {"answer in", "respond in", "reply in", "output in", "return", "your answer", "your response",
                             "your reply", "your output", "the answer in", "format the answer", "format your"}) {
    if (s.find(p) != std::string_view::npos) return true;
  }
  return false;
}

struct Mention {
  std::string group;  // "short", "long", "json", "markdown", ...
  std::string phrase;
  Instr instr;  // per-piece summaries leave instr.piece null; the prompt's pass sets it
  std::size_t at, len;
  std::optional<long> number;  // at most / at least N units
  std::string unit;
  bool at_most = false;
};

const std::vector<std::pair<std::string, std::vector<std::string>>>& marker_groups() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> kGroups = {
      {"short", {"one sentence", "a single sentence", "one word", "a single word", "one line", "a single line",
                 "be concise", "be brief", "keep it short", "keep it brief", "keep your answer short",
                 "keep answers short", "a short answer", "answer briefly", "respond briefly"}},
      {"long", {"in detail", "be detailed", "a detailed answer", "a detailed explanation", "in depth", "in-depth",
                "be thorough", "a comprehensive answer", "comprehensively", "long-form", "elaborate on"}},
      {"json", {"in json", "as json", "json only", "only json", "valid json", "a json object", "json format",
                "return json", "output json"}},
      {"markdown", {"in markdown", "use markdown", "markdown format", "markdown headings", "as markdown"}},
      {"plain text", {"plain text", "no markdown", "without markdown"}},
      {"yaml", {"in yaml", "as yaml", "yaml format"}},
      {"xml", {"in xml", "as xml", "xml format"}},
      {"csv", {"in csv", "as csv", "csv format"}},
  };
  return kGroups;
}

// Whether a sentence holds a word that some length or format phrase needs
// (every phrase of marker_groups() and numeric_mentions() contains one).
bool has_marker_word(std::string_view s) {
  // Hashed: this runs on every word of every instruction sentence.
  static const std::unordered_set<std::string_view> kWords = {
      "sentence", "word", "line", "concise", "brief", "briefly", "short", "detail", "detailed", "depth", "in-depth",
      "thorough", "comprehensive", "comprehensively", "long-form", "elaborate", "json", "markdown", "plain", "yaml",
      "xml", "csv", "most", "least", "more", "under", "fewer"};
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !is_word_char(s[i]) && s[i] != '-') ++i;
    std::size_t b = i;
    while (i < s.size() && (is_word_char(s[i]) || s[i] == '-')) ++i;
    // Every marker word has 3 to 15 bytes: skip the lookup for the rest.
    if (i - b >= 3 && i - b <= 15 && kWords.count(s.substr(b, i - b))) return true;
  }
  return false;
}

bool conflicting(const std::string& a, const std::string& b) {
  if (a == b) return false;
  if ((a == "short" && b == "long") || (a == "long" && b == "short")) return true;
  static const std::set<std::string> kFormats = {"json", "markdown", "plain text", "yaml", "xml", "csv"};
  return kFormats.count(a) && kFormats.count(b);
}

// "at most 50 words", "no more than 3 sentences", "at least 200 words", "under 100 words".
void numeric_mentions(std::string_view lower, const Instr& in, std::vector<Mention>& out) {
  static const std::array<std::pair<std::string_view, bool>, 6> kLeads = {
      {{"at most ", true}, {"no more than ", true}, {"under ", true}, {"fewer than ", true}, {"at least ", false},
       {"more than ", false}}};
  static const std::set<std::string, std::less<>> kUnits = {"word", "words", "sentence", "sentences",
                                                            "paragraph", "paragraphs", "line", "lines",
                                                            "bullet", "bullets", "characters"};
  for (const auto& [lead, at_most] : kLeads) {
    for (std::size_t pos : find_words(lower, lead.substr(0, lead.size() - 1))) {
      std::size_t p = pos + lead.size();
      std::size_t e = p;
      while (e < lower.size() && lower[e] >= '0' && lower[e] <= '9') ++e;
      if (e == p || e - p > 6) continue;
      long n = std::stol(std::string(lower.substr(p, e - p)));
      std::size_t u = e;
      while (u < lower.size() && lower[u] == ' ') ++u;
      std::size_t ue = u;
      while (ue < lower.size() && lower[ue] >= 'a' && lower[ue] <= 'z') ++ue;
      std::string unit(lower.substr(u, ue - u));
      if (!kUnits.count(unit)) continue;
      if (unit.back() == 's' && unit != "characters") unit.pop_back();
      out.push_back({at_most ? "short" : "long", std::string(lower.substr(pos, ue - pos)), in, pos, ue - pos, n, unit, at_most});
    }
  }
}

// The length and format mentions of one piece of text, sentence by
// sentence, in the order the prompt-level pass consumes them. Computed once
// per piece of text per run (piece_text.hpp).
struct PieceMentions {
  std::vector<Mention> list;
};

const PieceMentions& mentions_of(const PieceText& text) {
  static const char tag = 0;
  return text.derived<PieceMentions>(&tag, [](PieceMentions& out, const PieceText& t) {
    const std::vector<Sentence>& sentences = t.sentences();
    for (std::size_t k = 0; k < sentences.size(); ++k) {
      std::string_view lower = t.lower_of(sentences[k]);
      if (!has_marker_word(lower)) continue;  // most sentences: one pass, no phrase search
      Instr in{nullptr, static_cast<std::uint32_t>(k)};
      for (const auto& [group, phrases] : marker_groups()) {
        for (const std::string& phrase : phrases) {
          bool format = group != "short" && group != "long";
          // A format named for one field ("plain text in the `summary` field") is not the answer's format.
          if (format && (lower.find('`') != std::string_view::npos || contains_word(lower, "field"))) continue;
          for (std::size_t pos : find_words(lower, phrase)) {
            if (group != "plain text" && negated_before(lower, pos)) continue;
            out.list.push_back({group, phrase, in, pos, phrase.size(), std::nullopt, {}, false});
          }
        }
      }
      numeric_mentions(lower, in, out.list);
    }
  });
}

class ContradictoryInstructions final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "contradictory-instructions", Category::Clarity, Level::Warning,
        "instructions that ask for a short and a long answer, or for two output formats, or another format than the output type",
        "When one section says \"answer in one sentence\" and another \"explain in detail\", or one asks for "
        "JSON and another for Markdown, the model picks one at random per call and results flip between runs. "
        "Contradictions usually come from inheritance: a child adds a rule without reading the parent's. The "
        "rule knows a fixed list of length phrases (one sentence, be concise, at most N words... / in detail, "
        "be thorough, at least N words...) and format phrases (JSON, Markdown, plain text, YAML, XML, CSV), "
        "ignores negated mentions (\"not in Markdown\") and two phrases in one sentence (\"concise but "
        "complete\" is a nuance, not a conflict), and treats a declared output type as a request for JSON.",
        "prompt P {\n  system {\n    section style { \"Answer in one sentence.\" }\n    section depth { \"Explain your reasoning in detail.\" }\n  }\n  user { \"Why is the sky blue?\" }\n}\n",
        "prompt P {\n  system {\n    section style { \"Answer in one sentence.\" }\n    section depth { \"Name the physical effect.\" }\n  }\n  user { \"Why is the sky blue?\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr) continue;
      // Instruction text only: examples are answers, not instructions.
      std::vector<Mention> mentions;
      for (const PromptPiece& piece : prompt_pieces(ctx, *prompt).pieces) {
        if (piece.where.in_example) continue;
        for (const Mention& m : mentions_of(*piece.text).list) {
          mentions.push_back(m);
          mentions.back().instr.piece = &piece;
        }
      }
      if (mentions.empty()) continue;
      std::set<std::pair<Instr, Instr>> reported;
      auto report = [&](const Mention& a, const Mention& b, const std::string& why) {
        // Point at the later mention when it is in this module, else the earlier.
        const Mention* at = &b;
        const Mention* other = &a;
        Span sb = span_of(ctx, b.instr, b.at, b.at + b.len), sa = span_of(ctx, a.instr, a.at, a.at + a.len);
        if (!in_current_module(ctx, sb)) {
          std::swap(at, other);
          std::swap(sa, sb);
        }
        if (!in_current_module(ctx, sb) || !reported.emplace(a.instr, b.instr).second) return;
        Finding f{{}, sb, fmt::format("`{}` asks for \"{}\" but also for \"{}\": {}", prompt->name, at->phrase, other->phrase, why),
                  "keep one of the two instructions", {}, std::nullopt};
        if (reportable(ctx, sa)) f.notes.emplace_back(sa, "conflicting instruction");
        out.emit(std::move(f));
      };
      for (std::size_t i = 0; i < mentions.size(); ++i) {
        for (std::size_t j = i + 1; j < mentions.size(); ++j) {
          const Mention& a = mentions[i];
          const Mention& b = mentions[j];
          if (a.instr == b.instr) continue;  // one sentence: a nuance
          bool numeric_clash = a.number && b.number && a.unit == b.unit && a.at_most != b.at_most &&
                               (a.at_most ? *a.number < *b.number : *b.number < *a.number);
          if (a.number && b.number) {
            if (numeric_clash) report(a, b, "no answer can satisfy both");
            continue;
          }
          if (conflicting(a.group, b.group)) {
            report(a, b, a.group == "short" || a.group == "long" ? "the length is left to chance" : "the format is left to chance");
          }
        }
      }
      // A declared output type is JSON: an instruction for another format contradicts it.
      if (prompt->output && !prompt->is_abstract) {
        for (const Mention& m : mentions) {
          if (m.group != "markdown" && m.group != "yaml" && m.group != "xml" && m.group != "csv" && m.group != "plain text") continue;
          // Only an instruction about the answer as a whole: "Use plain text" in
          // a prompt whose output has a `body` string describes that field.
          if (!about_whole_answer(m.instr.lower())) continue;
          Span s = span_of(ctx, m.instr, m.at, m.at + m.len);
          if (!in_current_module(ctx, s)) continue;
          Finding f{{}, s,
                    fmt::format("`{}` asks for \"{}\" for its answer but declares an output type, whose answer is JSON", prompt->name, m.phrase),
                    "remove the format instruction, or describe the format of a string field instead", {}, std::nullopt};
          if (reportable(ctx, prompt->output->origin.span)) f.notes.emplace_back(prompt->output->origin.span, "output declared here");
          out.emit(std::move(f));
        }
      }
    }
  }
};

// ---- vague-quantifier ---------------------------------------------------------

class VagueQuantifier final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "vague-quantifier", Category::Clarity, Level::Warning,
        "\"a few\", \"some\", \"several\" of something countable, \"etc.\", \"as needed\": amounts left to the model",
        "\"Give a few examples\" is three examples on one call and seven on the next; \"etc.\" asks the model "
        "to guess the rest of a list; \"as needed\" hands it the decision. Such words make outputs vary "
        "between runs and models and make evals flaky. The rule fires on `some`, `a few`, `several`, "
        "`a couple of`, `a number of`, `various`, `many` directly before a countable unit (examples, "
        "sentences, bullet points, items, ideas, steps...), and on `etc.`, `and so on`, `as needed`, "
        "`as appropriate`, `as necessary` anywhere in text sent to the model. Say the number or the list.",
        "prompt P {\n  user { \"Suggest a few titles for the post, about cats, dogs, etc.\" }\n}\n",
        "prompt P {\n  user { \"Suggest three titles for the post, about cats and dogs.\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    static const std::vector<std::string> kQuantifiers = {"some", "a few", "several", "a couple of", "a number of",
                                                          "various", "many"};
    static const std::set<std::string, std::less<>> kUnits = {
        "example", "examples", "sentence", "sentences", "word", "words", "paragraph", "paragraphs", "bullet",
        "bullets", "bullet points", "point", "points", "item", "items", "line", "lines", "option", "options",
        "suggestion", "suggestions", "idea", "ideas", "question", "questions", "step", "steps", "reason",
        "reasons", "tip", "tips", "keyword", "keywords", "tag", "tags", "alternative", "alternatives", "title",
        "titles", "variation", "variations", "source", "sources", "reference", "references", "emoji", "emojis",
        "result", "results", "detail", "details", "names", "synonyms", "hashtags"};
    static const std::vector<std::string> kPhrases = {"etc.", "etc", "and so on", "and so forth", "as needed",
                                                      "as appropriate", "as necessary"};
    std::vector<std::pair<Span, Finding>> found;
    for_each_string(*ctx.module().ast, [&](const StringRef& r) {
      if (r.lit == nullptr || !r.sent || r.role == ast::Role::Assistant) return;
      for (const ast::StringPart& part : r.lit->parts) {
        if (!part.is_text() || part.text.empty()) continue;
        std::string lower = lower_ascii(part.text);
        std::set<std::size_t> taken;
        auto add = [&](std::size_t b, std::size_t e, std::string message) {
          if (!taken.insert(b).second) return;
          Span where = sub_span(ctx, part.span, part.text, b, e);
          if (!in_current_module(ctx, where)) return;
          found.emplace_back(where, Finding{{}, where, std::move(message), std::nullopt, {}, std::nullopt});
        };
        for (const std::string& q : kQuantifiers) {
          for (std::size_t pos : find_words(lower, q)) {
            std::size_t u = pos + q.size();
            if (u >= lower.size() || lower[u] != ' ') continue;
            ++u;
            // Allow one adjective in between: "a few short examples".
            for (int hop = 0; hop < 2 && u < lower.size(); ++hop) {
              std::size_t ue = u;
              while (ue < lower.size() && lower[ue] >= 'a' && lower[ue] <= 'z') ++ue;
              std::string word = lower.substr(u, ue - u);
              if (kUnits.count(word)) {
                std::string phrase = part.text.substr(pos, ue - pos);
                add(pos, ue, fmt::format("vague quantity `{}`: say how many", phrase));
                break;
              }
              if (ue >= lower.size() || lower[ue] != ' ') break;
              u = ue + 1;
            }
          }
        }
        for (const std::string& p : kPhrases) {
          for (std::size_t pos : find_words(lower, p)) {
            if (p == "etc" && pos + 3 < lower.size() && lower[pos + 3] == '.') continue;  // counted as "etc."
            add(pos, pos + p.size(),
                p.starts_with("etc") || p.starts_with("and so")
                    ? fmt::format("`{}` leaves the rest of the list to the model: list every item", part.text.substr(pos, p.size()))
                    : fmt::format("`{}` leaves the decision to the model: say when", part.text.substr(pos, p.size())));
          }
        }
      }
    });
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    for (auto& [span, f] : found) out.emit(std::move(f));
  }
};

// ---- god-prompt ---------------------------------------------------------------

class GodPrompt final : public Rule {
 public:
  static constexpr std::size_t kThreshold = 4;

  const RuleInfo& info() const override {
    static const RuleInfo i{
        "god-prompt", Category::Clarity, Level::Warning,
        "one prompt gives instructions for four or more unrelated kinds of task",
        "A prompt that classifies, summarises, translates and drafts a reply at once does each worse than "
        "four focused prompts, cannot be evaluated task by task, and cannot give each task the right model. "
        "The heuristic: sentences of the prompt's messages (examples excluded) that begin with a task verb, "
        "after optional \"please\", \"then\", \"also\", \"first,\" or a list marker, are sorted into task "
        "families (classify/categorise/label/triage; summarise; translate; extract; write/draft/compose/"
        "generate/rewrite; review/critique/grade/evaluate/rate; plan/outline/schedule; implement/debug/"
        "refactor code; rank/sort/prioritise; recommend/suggest). Four or more distinct families fire.",
        "prompt P {\n  input doc: string\n  user {\n    \"Classify the document. Summarise it in two lines. Translate the summary into German. Draft a reply to its author.\\n{{ doc }}\"\n  }\n}\n",
        "prompt P {\n  input doc: string\n  user {\n    \"Classify the document. Summarise it in two lines.\\n{{ doc }}\"\n  }\n}\n"};
    return i;
  }

  // Task families, sorted by name (the order the finding lists them in).
  static constexpr std::array<std::string_view, 10> kFamilies = {
      "classify", "code", "extract", "plan", "rank", "recommend", "review", "summarise", "translate", "write"};

  // The task verbs that open sentences of one piece of text: the first verb
  // of each family, in sentence order. Once per piece of text per run.
  struct PieceTasks {
    std::vector<std::pair<std::uint8_t, std::string_view>> first;  // family index, verb (a view into the memo's lowercase text)
  };

  static const PieceTasks& tasks_of(const PieceText& text) {
    static const char tag = 0;
    return text.derived<PieceTasks>(&tag, [](PieceTasks& out, const PieceText& t) {
      static const std::map<std::string, std::string, std::less<>> kVerbs = {
          {"classify", "classify"},   {"categorize", "classify"}, {"categorise", "classify"},  {"label", "classify"},
          {"triage", "classify"},     {"summarize", "summarise"}, {"summarise", "summarise"},  {"condense", "summarise"},
          {"translate", "translate"}, {"extract", "extract"},     {"write", "write"},          {"draft", "write"},
          {"compose", "write"},       {"generate", "write"},      {"rewrite", "write"},        {"review", "review"},
          {"critique", "review"},     {"grade", "review"},        {"evaluate", "review"},      {"rate", "review"},
          {"score", "review"},        {"plan", "plan"},           {"outline", "plan"},         {"schedule", "plan"},
          {"implement", "code"},      {"debug", "code"},          {"refactor", "code"},        {"rank", "rank"},
          {"sort", "rank"},           {"prioritize", "rank"},     {"prioritise", "rank"},      {"recommend", "recommend"},
          {"suggest", "recommend"}};
      std::array<bool, kFamilies.size()> seen{};
      for (const Sentence& sentence : t.sentences()) {
        std::string_view s = t.lower_of(sentence);
        for (bool stripped = true; stripped;) {
          stripped = false;
          for (std::string_view lead : {"please ", "then ", "also ", "first, ", "finally, ", "next, ", "and ",
                                        "1. ", "2. ", "3. ", "4. ", "5. ", "6. ", "- ", "* "}) {
            if (s.starts_with(lead)) {
              s.remove_prefix(lead.size());
              stripped = true;
            }
          }
        }
        std::size_t e = 0;
        while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
        auto it = kVerbs.find(s.substr(0, e));
        if (it == kVerbs.end()) continue;
        auto family = static_cast<std::size_t>(
            std::lower_bound(kFamilies.begin(), kFamilies.end(), std::string_view(it->second)) - kFamilies.begin());
        if (seen[family]) continue;
        seen[family] = true;
        out.first.emplace_back(static_cast<std::uint8_t>(family), s.substr(0, e));
      }
    });
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || prompt->is_abstract) continue;
      // The prompt's first verb of each family; a family is new to the
      // prompt at the first piece that names it.
      std::array<std::string_view, kFamilies.size()> verbs{};
      std::size_t count = 0;
      bool any_here = false;
      for (const PromptPiece& piece : prompt_pieces(ctx, *prompt).pieces) {
        if (piece.where.in_example) continue;  // examples are answers, not instructions
        for (const auto& [family, verb] : tasks_of(*piece.text).first) {
          if (!verbs[family].empty()) continue;
          verbs[family] = verb;
          ++count;
          any_here = any_here || in_current_module(ctx, piece.where.span);
        }
      }
      if (count < kThreshold || !any_here) continue;
      std::string list;
      for (std::string_view verb : verbs) {
        if (!verb.empty()) list += fmt::format("{}`{}`", list.empty() ? "" : ", ", verb);
      }
      out.emit({{}, prompt_name_span(ctx, *prompt),
                fmt::format("`{}` asks for {} kinds of task ({}): split it into focused prompts", prompt->name, count, list),
                "give each task its own prompt (a shared parent keeps the common rules in one place)", {}, std::nullopt});
    }
  }
};

// ---- heavy-negation -----------------------------------------------------------

class HeavyNegation final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "heavy-negation", Category::Clarity, Level::Note,
        "most instructions of the system and developer messages say what not to do",
        "Models follow \"do X\" better than \"don't do Y\": a prohibition names the unwanted behaviour (and "
        "so primes it) without saying what to do instead, and providers' prompting guides recommend positive "
        "phrasing. The rule counts the instruction sentences of the system and developer messages and those "
        "containing don't, do not, never, not, no, avoid, must not, cannot; with at least 6 sentences of "
        "which 5 or more and at least half are negative, it fires. Safety rules are legitimately negative: "
        "rephrase the others (\"Never use jargon\" -> \"Use words a customer knows\").",
        "prompt P {\n  system {\n    \"Never use jargon. Do not be rude. Don't guess. Never mention competitors. Do not use emojis. Avoid long answers.\"\n  }\n  user { \"Hi\" }\n}\n",
        "prompt P {\n  system {\n    \"Use words a customer knows. Be courteous. Say when you are unsure. Talk only about our products. Write plain text. Answer in three sentences.\"\n  }\n  user { \"Hi\" }\n}\n"};
    return i;
  }

  // Instruction sentences (8 bytes or more) of one piece of text, and how
  // many of them are prohibitions. Once per piece of text per run.
  struct Counts {
    std::size_t total = 0, negative = 0;
  };

  static const Counts& counts_of(const PieceText& text) {
    static const char tag = 0;
    return text.derived<Counts>(&tag, [](Counts& out, const PieceText& t) {
      for (const Sentence& sentence : t.sentences()) {
        std::string_view lower = t.lower_of(sentence);
        if (lower.size() < 8) continue;
        ++out.total;
        for (std::string_view w : {"don't", "do not", "never", "not", "no", "avoid", "must not", "mustn't", "cannot",
                                   "can't", "shouldn't", "should not", "won't"}) {
          if (contains_word(lower, w)) {
            ++out.negative;
            break;
          }
        }
      }
    });
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || prompt->is_abstract) continue;
      std::size_t total = 0, negative = 0;
      bool any_here = false;
      for (const PromptPiece& piece : prompt_pieces(ctx, *prompt).pieces) {
        if (piece.where.in_example) continue;  // examples are answers, not instructions
        // Only the system and developer messages: the operator's rules.
        if (piece.where.role != ast::Role::System && piece.where.role != ast::Role::Developer) continue;
        const Counts& c = counts_of(*piece.text);
        total += c.total;
        negative += c.negative;
        if (c.negative > 0) any_here = any_here || in_current_module(ctx, piece.where.span);
      }
      if (total < 6 || negative < 5 || negative * 2 < total || !any_here) continue;
      out.emit({{}, prompt_name_span(ctx, *prompt),
                fmt::format("{} of the {} instructions of `{}` are prohibitions", negative, total, prompt->name),
                "say what to do instead where you can (\"Never use jargon\" -> \"Use words a customer knows\")", {},
                std::nullopt});
    }
  }
};

}  // namespace

AEP_LINT_RULE(ContradictoryInstructions);
AEP_LINT_RULE(VagueQuantifier);
AEP_LINT_RULE(GodPrompt);
AEP_LINT_RULE(HeavyNegation);

}  // namespace aep::lint::rules
