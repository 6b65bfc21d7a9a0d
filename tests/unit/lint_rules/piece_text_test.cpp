// The per-piece text memo (compiler/lint/rules/piece_text.hpp): token counts
// of joined pieces equal the count of the joined string, and findings about
// inherited text are the same, prompt by prompt, whether the memo lasts for
// the run (the engine) or for one module.
#include <catch2/catch.hpp>

#include <random>

#include "compiler/lint/rules/piece_text.hpp"
#include "compiler/source/project.hpp"
#include "compiler/tokenizer/encoding_spec.hpp"
#include "tests/unit/lint_rules/harness.hpp"

using namespace aep;
using namespace aep::lint;

namespace {

// Pieces chosen to meet at every kind of pre-tokenizer boundary: letters
// against letters, spaces, apostrophes (contractions), digits, newlines,
// punctuation, runs of blanks, and multi-byte letters.
const std::vector<std::string> kPool = {
    "Answer the customer",       " politely",       "don",          "'t guess",     "'s",     "they",
    "'re here",                  "  two  spaces ",  "\n",           "\n\n- item",   "- Level 1: quote invoices exactly.",
    "123",                       "4567 units",      " ",            "   ",          "end.",   "x",
    "Ünïcödé wörds and 日本語 text", "émoji 🙂 here", "tab\tseparated", "CamelCase WORDS", "a",   "\r\n",
    "<|endoftext|> is plain text here", "!!", "(parenthesised) words", "trailing space ", " leading space"};

struct ContextFixture {
  testing::Project dir{{}};
  Expected<Project> project = load_project(dir.root / "aep.toml");
  SourceManager sources;
  std::vector<LintModule> modules;
  std::unique_ptr<LintContext> ctx;

  ContextFixture() {
    REQUIRE(project);
    LintContext::Init init;
    init.sources = &sources;
    init.project = &*project;
    init.modules = &modules;
    ctx = std::make_unique<LintContext>(std::move(init));
  }
};

void check_joined_counts(const LintContext& ctx) {
  std::mt19937 rng(12345);
  std::uniform_int_distribution<std::size_t> pick(0, kPool.size() - 1), length(1, 12);
  REQUIRE(ctx.count_tokens("tokenizer data is installed"));
  for (int round = 0; round < 400; ++round) {
    std::vector<const rules::PieceText*> parts;
    std::string joined;
    std::size_t n = length(rng);
    for (std::size_t k = 0; k < n; ++k) {
      const std::string& piece = kPool[pick(rng)];
      parts.push_back(&rules::piece_text(ctx, piece, Span{}));
      joined += piece;
    }
    auto counted = rules::joined_tokens(ctx, parts, "");
    auto expected = ctx.count_tokens(joined, "");
    INFO("joined text: " << joined);
    REQUIRE(counted);
    CHECK(*counted == *expected);
    // cl100k_base (gpt-4) splits differently: the cut rule holds there too.
    CHECK(rules::joined_tokens(ctx, parts, "gpt-4") == ctx.count_tokens(joined, "gpt-4"));
  }
}

}  // namespace

TEST_CASE("joined token counts equal the count of the joined text") {
  ContextFixture f;
  SECTION("memo for the run") {
    RunScratchScope scratch;
    check_joined_counts(*f.ctx);
  }
  SECTION("memo for the module") { check_joined_counts(*f.ctx); }
}

// An encoding of another pattern (PatternKind::Other) cannot reach
// joined_tokens() in a test: ctx.count_tokens() resolves models to the
// shipped encodings only (Encoding::get/for_model know no others). So the
// guard is checked where it decides: only the shipped patterns, for which
// the cut rule is argued, are trusted.
TEST_CASE("the cut rule is trusted for the shipped patterns only") {
  CHECK_FALSE(rules::token_cuts_proven(tokenizer::PatternKind::Other));
  for (const tokenizer::EncodingSpec& spec : tokenizer::all_encoding_specs()) {
    INFO("encoding " << spec.name);
    CHECK(spec.kind != tokenizer::PatternKind::Other);
    CHECK(rules::token_cuts_proven(spec.kind));
  }
}

TEST_CASE("joined counts under an r50k-pattern model equal the joined text's count") {
  ContextFixture f;
  RunScratchScope scratch;
  REQUIRE(f.ctx->count_tokens("tokenizer data is installed"));
  std::vector<const rules::PieceText*> parts;
  std::string joined;
  for (const std::string& piece : kPool) {
    parts.push_back(&rules::piece_text(*f.ctx, piece, Span{}));
    joined += piece;
  }
  // text-davinci-003 uses p50k_base (the r50k pattern).
  auto counted = rules::joined_tokens(*f.ctx, parts, "text-davinci-003");
  REQUIRE(counted);
  CHECK(counted == f.ctx->count_tokens(joined, "text-davinci-003"));
}

TEST_CASE("one span with two texts: the memo keeps them apart") {
  ContextFixture f;
  RunScratchScope scratch;
  Span span{1, 0, 12, 1, 1};  // the same source span for both texts (the memo must not trust it blindly)
  std::string a = "Answer in one sentence.", b = "Explain it all in detail.";
  const rules::PieceText& first = rules::piece_text(*f.ctx, a, span);
  const rules::PieceText& second = rules::piece_text(*f.ctx, b, span);
  CHECK(first.text() == a);
  CHECK(second.text() == b);
  CHECK(second.lower() == "explain it all in detail.");
  std::string a_copy = a;  // another copy of the same text at the same span: the same memo entry
  CHECK(&rules::piece_text(*f.ctx, a_copy, span) == &first);
  REQUIRE(first.sentences().size() == 1);
  CHECK(first.lower_of(first.sentences()[0]) == "answer in one sentence.");
}

namespace {

// A chain of three modules whose inherited text trips the text rules, with
// two prompts of the last module inheriting from each other, so a finding
// about text in that module is reported once per prompt that sends it.
testing::Files chain() {
  std::string rules_text =
      "Never use jargon. Do not be rude. Don't guess. Never mention competitors. Do not use emojis. Avoid long answers.";
  std::string repeated = "Never promise a refund before an agent confirms it.";
  return {
      {"base.aep", "module base\n"
                   "prompt Base {\n"
                   "  input ticket_text: string\n"
                   "  system {\n"
                   "    section rules { \"" + rules_text + " " + repeated + "\" }\n"
                   "    section style { \"Answer in one sentence.\" }\n"
                   "    section tasks { \"Classify the ticket. Summarise it in two lines.\" }\n"
                   "  }\n"
                   "  user { \"{{ ticket_text }}\" }\n"
                   "}\n"},
      {"mid.aep", "module mid\n"
                  "import base.{Base}\n"
                  "prompt Mid extends Base {\n"
                  "  system {\n"
                  "    section more { \"Translate the summary into German. Give a few examples, etc.\" }\n"
                  "  }\n"
                  "}\n"},
      {"leaf.aep", "module leaf\n"
                   "import mid.{Mid}\n"
                   "prompt A extends Mid {\n"
                   "  system {\n"
                   "    section depth { \"Explain your reasoning in detail. " + repeated + "\" }\n"
                   "    section reply { \"Draft a reply to its author.\" }\n"
                   "  }\n"
                   "}\n"
                   "prompt B extends A {\n"
                   "  system { section extra { \"Be warm.\" } }\n"
                   "}\n"},
  };
}

std::vector<std::string> described(const std::vector<testing::Found>& found) {
  std::vector<std::string> out;
  for (const auto& f : found) out.push_back(f.rule + " " + f.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + " " + f.message);
  return out;
}

std::size_t count(const std::vector<testing::Found>& found, std::string_view rule, std::string_view file) {
  std::size_t n = 0;
  for (const auto& f : found) n += f.rule == rule && f.file == file;
  return n;
}

}  // namespace

TEST_CASE("inherited text: findings per descendant are the same with the run-wide memo") {
  testing::RunOptions per_module;
  per_module.run_scratch = false;
  auto with_memo = testing::run("", chain());
  auto without = testing::run("", chain(), per_module);
  CHECK(described(with_memo) == described(without));

  // leaf.aep's "in detail" contradicts base's "one sentence" in A and again
  // in B, which inherits it: one finding per prompt, at the same place.
  CHECK(count(with_memo, "contradictory-instructions", "leaf.aep") == 2);
  CHECK(count(with_memo, "contradictory-instructions", "mid.aep") == 0);
  // The repeated sentence: leaf.aep sends base's again, in A and in B.
  CHECK(count(with_memo, "duplicate-text", "leaf.aep") == 2);
  CHECK(count(with_memo, "duplicate-text", "base.aep") == 0);
  // Four task families reach A (classify, summarise, translate, write) and
  // B; Mid has three. Reported at each prompt's name.
  CHECK(count(with_memo, "god-prompt", "leaf.aep") == 2);
  CHECK(count(with_memo, "god-prompt", "mid.aep") == 0);
  // Base sends 10 instruction sentences, 7 negative; Mid 12, 7 negative
  // (none of its own: not reported there); A and B 15, 8 negative, one of
  // them leaf.aep's repeated "Never promise": reported for both.
  CHECK(count(with_memo, "heavy-negation", "base.aep") == 1);
  CHECK(count(with_memo, "heavy-negation", "mid.aep") == 0);
  CHECK(count(with_memo, "heavy-negation", "leaf.aep") == 2);
  // Vague quantities are findings about a module's own text.
  CHECK(count(with_memo, "vague-quantifier", "mid.aep") == 2);
}
