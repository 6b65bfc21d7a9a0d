// Evaluation hygiene: prompts nothing tests (untested-prompt), eval data that
// is missing or broken (eval-data-missing, eval-data-malformed), an eval that
// reads a column its data does not have (unknown-data-column), an eval too
// small for the gate it declares (underpowered-eval, exact binomial power
// from eval/stats_power), a tuned prompt with no held-out split
// (tuned-without-holdout) and one model for every kind of task across the
// project (one-model-everywhere).
//
// Data files are read through LintContext::read_file, which confines them to
// the project's roots and records them so the lint cache re-checks an eval
// when its data changes. A path that leaves the roots is sema's E0208 and is
// not read here.
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <set>

#include "compiler/lint/rules/support.hpp"
#include "eval/dataset.hpp"
#include "eval/stats_power.hpp"

namespace aep::lint::rules {
namespace {

const ast::DataCheck* data_of(const ast::TestDecl& eval) {
  for (const auto& item : eval.items) {
    if (item && item->kind == ast::CheckItemKind::Data) return static_cast<const ast::DataCheck*>(item.get());
  }
  return nullptr;
}

// `@format("csv")` on the data line, else the extension.
eval::DataFormat format_of(const ast::DataCheck& data, const std::string& path) {
  for (const auto& a : data.annotations) {
    if (a.name.text != "format" || a.args.empty() || !a.args[0].value || a.args[0].value->kind != ast::ExprKind::String) continue;
    std::string f = lower_ascii(static_cast<const ast::StringExpr&>(*a.args[0].value).value.plain_text());
    if (f == "csv") return eval::DataFormat::Csv;
    if (f == "jsonl" || f == "ndjson") return eval::DataFormat::Jsonl;
  }
  std::string lower = lower_ascii(path);
  return lower.ends_with(".csv") ? eval::DataFormat::Csv : eval::DataFormat::Jsonl;
}

struct LoadedData {
  bool outside = false;  // refused by the roots (sema reports it)
  std::optional<std::string> read_error;
  std::optional<eval::Dataset> data;
};

void load_into(const LintContext& ctx, const ast::DataCheck& data, LoadedData& out) {
  if (data.path.has_interpolation()) {
    out.outside = true;  // not a fixed path: nothing to check statically
    return;
  }
  std::string path = data.path.plain_text();
  if (!ctx.project().resolve_inside(path, ctx.project().root)) {
    out.outside = true;
    return;
  }
  auto text = ctx.read_file(path, ctx.module());
  if (!text) {
    out.read_error = text.error().message;
    return;
  }
  out.data = format_of(data, path) == eval::DataFormat::Csv ? eval::parse_csv(*text, path) : eval::parse_jsonl(*text, path);
}

// The eval's data, read and parsed once per run however many rules look at it.
const LoadedData& load(const LintContext& ctx, const ast::DataCheck& data) {
  static const char tag = 0;
  return ctx.memo<LoadedData>(&data, &tag, [&](LoadedData& out) { load_into(ctx, data, out); });
}

// Every eval of the module being checked with its `data` line (null when it has none).
struct EvalWithData {
  const ast::TestDecl* eval;
  const ast::DataCheck* data;
};
std::vector<EvalWithData> evals_of(const LintContext& ctx) {
  std::vector<EvalWithData> out;
  for (const auto& d : ctx.module().ast->decls) {
    if (!d || d->kind != ast::DeclKind::Eval) continue;
    const auto* ev = static_cast<const ast::TestDecl*>(d.get());
    out.push_back({ev, data_of(*ev)});
  }
  return out;
}

class UntestedPrompt final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "untested-prompt", Category::Evaluation, Level::Warning,
        "a concrete prompt that no `test` or `eval` of the project exercises",
        "A prompt without a test changes behaviour silently: a model upgrade, an edit to a shared parent or a "
        "fragment, or an optimizer run can break it and nothing in CI notices. One `test` block with a "
        "typical input and an assertion on the output is enough to catch the worst regressions; an `eval` "
        "with a data set and a gate measures the rest. Abstract prompts are covered by their children's "
        "tests. The rule needs the whole project, so it runs when a directory is linted.",
        "prompt Greet {\n  input name: string\n  user { \"Say hello to {{ name }}.\" }\n}\n",
        "prompt Greet {\n  input name: string\n  user { \"Say hello to {{ name }}.\" }\n}\ntest greets_by_name for Greet {\n  input { name: \"Ada\" }\n  assert contains(output, \"Ada\")\n}\n",
        false, RuleInfo::Scope::Project};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const LintModule& m : ctx.modules()) {
      if (!m.linted) continue;
      for (const ir::Prompt* prompt : m.prompts) {
        if (prompt == nullptr || prompt->is_abstract || !prompt->tests.empty()) continue;
        const ast::PromptDecl* decl = find_prompt_decl(*m.ast, prompt->name);
        Span where = decl && decl->name.span.valid() ? decl->name.span : prompt->span;
        if (!reportable(ctx, where)) continue;
        out.emit({{}, where, fmt::format("prompt `{}` has no test or eval", prompt->name),
                  fmt::format("add `test <name> for {} {{ input {{ ... }} assert ... }}` with a typical input", prompt->name), {},
                  std::nullopt});
      }
    }
  }
};

class EvalDataMissing final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "eval-data-missing", Category::Evaluation, Level::Error,
        "an eval names no data file, or one that exists but cannot be read",
        "An eval without a `data` line has nothing to run, and a data file that exists but cannot be read "
        "(permissions, a directory by that name) fails only when `aep test` runs. A data path that does not "
        "exist at all is sema's E0803 and is not repeated here.",
        "// Classify is declared in this module\neval accuracy for Classify {\n  gate accuracy >= 0.8\n}\n",
        "// Classify is declared in this module; evals/classify.jsonl exists\neval accuracy for Classify {\n  data \"evals/classify.jsonl\"\n  gate accuracy >= 0.8\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const auto& [decl, data] : evals_of(ctx)) {
      const ast::TestDecl& ev = *decl;
      if (data == nullptr) {
        out.emit({{}, ev.name.span.valid() ? ev.name.span : ev.span, fmt::format("eval `{}` names no data file", ev.name.text),
                  "add `data \"evals/<name>.jsonl\"`", {}, std::nullopt});
        continue;
      }
      // A missing file is sema's E0803; a file that exists but cannot be read is reported here.
      std::string path = data->path.plain_text();
      auto resolved = data->path.has_interpolation() ? Expected<std::filesystem::path>(Error{"dynamic"})
                                                      : ctx.project().resolve_inside(path, ctx.project().root);
      std::error_code ec;
      if (!resolved || !std::filesystem::is_regular_file(*resolved, ec)) continue;
      const LoadedData& loaded = load(ctx, *data);
      if (!loaded.read_error) continue;
      out.emit({{}, data->path.span,
                fmt::format("data file `{}` of eval `{}` cannot be read: {}", path, ev.name.text, *loaded.read_error),
                "check the file's permissions", {}, std::nullopt});
    }
  }
};

class EvalDataMalformed final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "eval-data-malformed", Category::Evaluation, Level::Error,
        "an eval's data file has malformed lines, or no items at all",
        "`aep test` skips malformed lines and runs the rest, so a broken line silently shrinks the eval set "
        "(and a file that is all broken gives an eval of nothing). The rule parses the file exactly as "
        "`aep test` does (JSONL: one object a line; CSV: RFC 4180 with a header; `@format` or the "
        "extension decides) and reports how many lines are broken and where the first ones are.",
        "// evals/data.jsonl holds: {\"text\": \"ok\"} then {\"text\": \"oops\",}\neval e for Classify {\n  data \"evals/data.jsonl\"\n}\n",
        "// evals/data.jsonl holds: {\"text\": \"ok\"} then {\"text\": \"fine\"}\neval e for Classify {\n  data \"evals/data.jsonl\"\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const auto& [decl, data] : evals_of(ctx)) {
      const ast::TestDecl& ev = *decl;
      if (data == nullptr) continue;
      const LoadedData& loaded = load(ctx, *data);
      if (!loaded.data) continue;
      const eval::Dataset& ds = *loaded.data;
      std::size_t problems = ds.problems.size() + ds.problems_dropped;
      if (problems == 0 && !ds.items.empty()) continue;
      std::string first;
      for (std::size_t k = 0; k < ds.problems.size() && k < 3; ++k) first += (k ? "; " : "") + eval::format_problem(ds.problems[k]);
      std::string message =
          problems == 0 ? fmt::format("data file `{}` of eval `{}` has no items", ds.file, ev.name.text)
                        : fmt::format("data file `{}` of eval `{}` has {} malformed {} ({} items load): {}", ds.file, ev.name.text,
                                      problems, problems == 1 ? "line" : "lines", ds.items.size(), first);
      out.emit({{}, data->path.span, std::move(message), "fix the lines named; `aep test` skips them", {}, std::nullopt});
    }
  }
};

// `row.<column>` names read by an eval's items.
void row_columns(const ast::Expr* e, std::vector<const ast::Name*>& out, int depth = 0) {
  if (e == nullptr || depth > 64) return;
  switch (e->kind) {
    case ast::ExprKind::Member: {
      const auto& m = static_cast<const ast::MemberExpr&>(*e);
      if (m.object && m.object->kind == ast::ExprKind::Name && static_cast<const ast::NameExpr&>(*m.object).name.text == "row") {
        out.push_back(&m.member);
      } else {
        row_columns(m.object.get(), out, depth + 1);
      }
      break;
    }
    case ast::ExprKind::Index: {
      const auto& i = static_cast<const ast::IndexExpr&>(*e);
      row_columns(i.object.get(), out, depth + 1);
      row_columns(i.index.get(), out, depth + 1);
      break;
    }
    case ast::ExprKind::Call:
      row_columns(static_cast<const ast::CallExpr&>(*e).callee.get(), out, depth + 1);
      for (const auto& a : static_cast<const ast::CallExpr&>(*e).args) row_columns(a.value.get(), out, depth + 1);
      break;
    case ast::ExprKind::Unary: row_columns(static_cast<const ast::UnaryExpr&>(*e).operand.get(), out, depth + 1); break;
    case ast::ExprKind::Compare:
      row_columns(static_cast<const ast::CompareExpr&>(*e).lhs.get(), out, depth + 1);
      row_columns(static_cast<const ast::CompareExpr&>(*e).rhs.get(), out, depth + 1);
      break;
    case ast::ExprKind::Logical:
      for (const auto& o : static_cast<const ast::LogicalExpr&>(*e).operands) row_columns(o.get(), out, depth + 1);
      break;
    case ast::ExprKind::List:
      for (const auto& i : static_cast<const ast::ListExpr&>(*e).items) row_columns(i.get(), out, depth + 1);
      break;
    case ast::ExprKind::Object:
      for (const auto& en : static_cast<const ast::ObjectExpr&>(*e).entries) row_columns(en.value.get(), out, depth + 1);
      break;
    default: break;
  }
}

class UnknownDataColumn final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "unknown-data-column", Category::Evaluation, Level::Error,
        "an eval reads `row.<column>` that no item of its data file has",
        "A column name misspelt in an eval's input mapping, slice or assertion makes every item fail to map "
        "(or fall into the `(missing)` slice), so the eval runs nothing or measures the wrong thing. The "
        "columns are the CSV header, or the union of the keys of every JSONL object.",
        "// evals/data.jsonl holds objects with a `text` key\neval e for Classify {\n  data \"evals/data.jsonl\"\n  input { review: row.txt }\n}\n",
        "// evals/data.jsonl holds objects with a `text` key\neval e for Classify {\n  data \"evals/data.jsonl\"\n  input { review: row.text }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const auto& [decl, data] : evals_of(ctx)) {
      const ast::TestDecl& ev = *decl;
      if (data == nullptr) continue;
      const LoadedData& loaded = load(ctx, *data);
      if (!loaded.data || loaded.data->items.empty()) continue;
      std::set<std::string, std::less<>> columns(loaded.data->columns.begin(), loaded.data->columns.end());
      std::vector<const ast::Name*> used;
      for (const auto& item : ev.items) {
        if (!item) continue;
        switch (item->kind) {
          case ast::CheckItemKind::Input:
            for (const auto& e : static_cast<const ast::InputCheck&>(*item).entries) row_columns(e.value.get(), used);
            break;
          case ast::CheckItemKind::Assert:
          case ast::CheckItemKind::AssertSet:  // the asserts inside a set read columns too
            ast::for_each_assert(*item, [&](const ast::AssertCheck& a) { row_columns(a.condition.get(), used); });
            break;
          case ast::CheckItemKind::Metric: row_columns(static_cast<const ast::MetricCheck&>(*item).value.get(), used); break;
          case ast::CheckItemKind::Slice: row_columns(static_cast<const ast::SliceCheck&>(*item).by.get(), used); break;
          default: break;
        }
      }
      std::set<std::string> reported;
      for (const ast::Name* n : used) {
        if (n->text.empty() || columns.count(n->text) || !reported.insert(n->text).second) continue;
        std::string list;
        for (const std::string& c : loaded.data->columns) list += (list.empty() ? "`" : ", `") + c + "`";
        out.emit({{}, n->span, fmt::format("eval `{}` reads `row.{}`, but `{}` has no column `{}`", ev.name.text, n->text,
                                           loaded.data->file, n->text),
                  fmt::format("its columns are {}", list), {}, std::nullopt});
      }
    }
  }
};

struct Gate {
  std::string metric;
  double threshold = 0;
  bool at_least = true;
  Span span;
};

std::optional<Gate> gate_of(const ast::GateCheck& g) {
  const ast::Expr* c = g.condition.get();
  if (c == nullptr || c->kind != ast::ExprKind::Compare) return std::nullopt;
  const auto& cmp = static_cast<const ast::CompareExpr&>(*c);
  if (!cmp.lhs || cmp.lhs->kind != ast::ExprKind::Name || !cmp.rhs) return std::nullopt;
  double v = 0;
  if (cmp.rhs->kind == ast::ExprKind::Float) v = static_cast<const ast::FloatExpr&>(*cmp.rhs).value;
  else if (cmp.rhs->kind == ast::ExprKind::Int) v = static_cast<double>(static_cast<const ast::IntExpr&>(*cmp.rhs).value);
  else return std::nullopt;
  Gate out{static_cast<const ast::NameExpr&>(*cmp.lhs).name.text, v, true, g.span};
  switch (cmp.op) {
    case ast::CompareOp::Ge:
    case ast::CompareOp::Gt: out.at_least = true; break;
    case ast::CompareOp::Le:
    case ast::CompareOp::Lt: out.at_least = false; break;
    default: return std::nullopt;
  }
  return out;
}

class UnderpoweredEval final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "underpowered-eval", Category::Evaluation, Level::Warning,
        "an eval has too few items for its gate to tell a passing prompt from a failing one",
        "`gate accuracy >= 0.85` on 40 items passes or fails mostly by chance: the confidence interval of a "
        "rate measured on 40 items is about ±11 points. The rule computes, with the exact one-sided binomial "
        "test that `aep test` and `aep power` use (alpha 0.05, power 0.8), how many items the gate needs to "
        "recognise a prompt whose true rate is halfway between the threshold and perfect (0.925 for a 0.85 "
        "gate; for a `<=` gate, halfway to zero), and fires when the data file has fewer. Gates on rates "
        "(thresholds strictly between 0 and 1) are checked; `aep power` gives the figures for other "
        "assumptions.",
        "// evals/small.jsonl holds 40 items\neval e for Classify {\n  data \"evals/small.jsonl\"\n  gate accuracy >= 0.85\n}\n",
        "// evals/large.jsonl holds 200 items\neval e for Classify {\n  data \"evals/large.jsonl\"\n  gate accuracy >= 0.85\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const auto& [decl, data] : evals_of(ctx)) {
      const ast::TestDecl& ev = *decl;
      if (data == nullptr) continue;
      const LoadedData& loaded = load(ctx, *data);
      if (!loaded.data || loaded.data->items.empty()) continue;
      std::size_t n = loaded.data->items.size();
      for (const auto& item : ev.items) {
        if (!item || item->kind != ast::CheckItemKind::Gate) continue;
        auto gate = gate_of(static_cast<const ast::GateCheck&>(*item));
        if (!gate || gate->threshold <= 0 || gate->threshold >= 1) continue;
        eval::stats::GatePowerInput in;
        in.threshold = gate->threshold;
        in.at_least = gate->at_least;
        in.expected = gate->at_least ? gate->threshold + (1 - gate->threshold) / 2 : gate->threshold / 2;
        auto need = eval::stats::gate_sample_size(in);
        if (!need || need->n <= n) continue;
        out.emit({{}, item->span,
                  fmt::format("gate `{} {} {}` needs {} items to recognise a true rate of {} with 80% power, but `{}` has {}",
                              gate->metric, gate->at_least ? ">=" : "<=", gate->threshold, need->n, in.expected,
                              loaded.data->file, n),
                  fmt::format("add items (see `aep power --gate \"{} {} {}\" --expected {}`)", gate->metric,
                              gate->at_least ? ">=" : "<=", gate->threshold, in.expected),
                  {}, std::nullopt});
      }
    }
  }
};

bool has_tune(const ir::Prompt& prompt) {
  for (const ir::Annotation& a : prompt.annotations) {
    if (a.name == "tune") return true;
  }
  // A section marked `@tune`, at any depth (the first one found ends the walk).
  auto tuned = [](const ir::Segment& s) {
    if (!s.section) return false;
    for (const ir::Annotation& a : s.section->annotations) {
      if (a.name == "tune") return true;
    }
    return false;
  };
  for (const ir::Message& m : prompt.messages) {
    if (find_section(m.body, tuned)) return true;
  }
  return false;
}

// The held-out split aep test implements: `@holdout(fraction, seed: S)` on
// the eval (docs/eval.md).
bool declares_holdout(const ast::TestDecl& ev) {
  for (const auto& a : ev.annotations) {
    if (a.name.text == "holdout") return true;
  }
  return false;
}

class TunedWithoutHoldout final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "tuned-without-holdout", Category::Evaluation, Level::Warning,
        "a prompt with `@tune` text has no eval that keeps a held-out split",
        "An optimizer rewrites `@tune` text to maximise a score on eval items; judged on the same items, the "
        "result is overfitted and its score is optimistic. Optimized prompts need an eval with a held-out "
        "split the optimizer never sees: declare it on the eval as `@holdout(0.2, seed: 7)`. Membership is "
        "fixed by the item id and the seed "
        "(docs/eval.md), so the split is stable across runs.",
        "// evals/qa.jsonl holds the questions\nprompt P {\n  input q: string\n  system { section task @tune { \"Answer the question.\" } }\n  user { \"{{ q }}\" }\n}\neval e for P {\n  data \"evals/qa.jsonl\"\n  gate accuracy >= 0.8\n}\n",
        "// evals/qa.jsonl holds the questions\nprompt P {\n  input q: string\n  system { section task @tune { \"Answer the question.\" } }\n  user { \"{{ q }}\" }\n}\neval e for P @holdout(0.2, seed: 7) {\n  data \"evals/qa.jsonl\"\n  gate accuracy >= 0.8\n}\n",
        false, RuleInfo::Scope::Project};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const LintModule& m : ctx.modules()) {
      if (!m.linted) continue;
      for (const ir::Prompt* prompt : m.prompts) {
        if (prompt == nullptr || prompt->is_abstract) continue;
        std::size_t evals = 0;
        bool holdout = false;
        for (const ast::TestDecl* t : prompt->tests) {
          if (t->kind != ast::DeclKind::Eval) continue;
          ++evals;
          holdout = holdout || declares_holdout(*t);
        }
        // The cheap test first: has_tune() walks every section of the prompt.
        if (holdout || !has_tune(*prompt)) continue;
        const ast::PromptDecl* decl = find_prompt_decl(*m.ast, prompt->name);
        Span where = decl && decl->name.span.valid() ? decl->name.span : prompt->span;
        if (!reportable(ctx, where)) continue;
        out.emit({{}, where,
                  evals == 0 ? fmt::format("prompt `{}` has `@tune` text but no eval to tune and check it on", prompt->name)
                             : fmt::format("prompt `{}` has `@tune` text but none of its {} {} keeps a held-out split", prompt->name,
                                           evals, evals == 1 ? "eval" : "evals"),
                  "declare a held-out split on an eval: `eval name for Prompt @holdout(0.2, seed: 7) { ... }`", {}, std::nullopt});
      }
    }
  }
};

// A prompt's kind of task, from what it returns and uses.
std::string task_kind(const ir::Prompt& p) {
  if (!p.tools.empty()) return "tool use";
  if (!p.output || !p.output->type) return "free text";
  bool has_enum = false;
  std::size_t strings = 0;
  for (const auto& f : p.output->type->fields) {
    if (f.type && (f.type->tag == sema::TypeTag::Enum || f.type->tag == sema::TypeTag::Bool)) has_enum = true;
    if (f.type && f.type->tag == sema::TypeTag::String) ++strings;
  }
  if (has_enum) return "classification";
  return strings > 0 ? "extraction" : "structured";
}

class OneModelEverywhere final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "one-model-everywhere", Category::Evaluation, Level::Note,
        "every prompt of the project uses the same model, across different kinds of task",
        "Classification, extraction, free-text generation and tool use have very different price/quality "
        "sweet spots: a small model often classifies as well as a large one at a tenth of the cost, while "
        "drafting replies may need the large one. One model for everything usually means nobody compared. "
        "The rule fires when a project has at least 3 concrete prompts of at least 2 kinds of task (judged "
        "from the output type and tools: classification, extraction, structured, free text, tool use) and "
        "all of them set the same `model`. Run the evals with a second model before dismissing it.",
        "prompt A { config { model: \"gpt-4o\" } output { ok: bool } user { \"Is it spam? Answer in JSON.\" } }\nprompt B { config { model: \"gpt-4o\" } user { \"Write a poem.\" } }\nprompt C { config { model: \"gpt-4o\" } user { \"Write a haiku.\" } }\n",
        "prompt A { config { model: \"gpt-4o-mini\" } output { ok: bool } user { \"Is it spam? Answer in JSON.\" } }\nprompt B { config { model: \"gpt-4o\" } user { \"Write a poem.\" } }\nprompt C { config { model: \"gpt-4o\" } user { \"Write a haiku.\" } }\n",
        false, RuleInfo::Scope::Project};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    std::vector<const ir::Prompt*> prompts;
    std::set<std::string> models, kinds;
    for (const LintModule& m : ctx.modules()) {
      if (!m.linted) continue;
      for (const ir::Prompt* p : m.prompts) {
        if (p == nullptr || p->is_abstract) continue;
        auto model = prompt_model(*p);
        if (!model) return;  // a prompt without a model: the choice is made elsewhere
        prompts.push_back(p);
        models.insert(*model);
        kinds.insert(task_kind(*p));
      }
    }
    if (prompts.size() < 3 || models.size() != 1 || kinds.size() < 2) return;
    // Report at the model entry of the first prompt (by name), in a linted file.
    std::sort(prompts.begin(), prompts.end(), [](const ir::Prompt* a, const ir::Prompt* b) { return a->qualified < b->qualified; });
    Span where = config_span(*prompts.front(), "model");
    if (!reportable(ctx, where)) return;
    std::string list;
    for (const std::string& k : kinds) list += (list.empty() ? "" : ", ") + k;
    out.emit({{}, where,
              fmt::format("all {} prompts of the project use `{}`, for {} kinds of task ({})", prompts.size(), *models.begin(),
                          kinds.size(), list),
              "run the evals of the cheaper tasks with a smaller model and compare", {}, std::nullopt});
  }
};

}  // namespace

AEP_LINT_RULE(UntestedPrompt);
AEP_LINT_RULE(EvalDataMissing);
AEP_LINT_RULE(EvalDataMalformed);
AEP_LINT_RULE(UnknownDataColumn);
AEP_LINT_RULE(UnderpoweredEval);
AEP_LINT_RULE(TunedWithoutHoldout);
AEP_LINT_RULE(OneModelEverywhere);

}  // namespace aep::lint::rules
