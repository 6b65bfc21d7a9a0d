// Compile-time checks of `test` and `eval` blocks (E08xx), so a suite that
// cannot work fails `aep check` instead of every item of `aep test`:
// - an input the prompt does not declare (E0800), a required input left
//   unset (E0801);
// - a field the output type cannot have, read through `output.a.b` or, in a
//   test, a bare name (E0802), with the closest field name;
// - a data file that does not exist (E0803) or whose format is unknown
//   (E0804). Malformed lines inside a data file are the run's business:
//   each is reported with file:line while the other lines still run;
// - the grading annotations of assertions and sets: a weight that is no
//   non-negative number (E0805), a threshold outside [0, 1] (E0806), an
//   unknown, repeated or misplaced annotation or a clashing `@metric` name
//   (E0807), an `assert_set` with no member that counts (E0808).
// Expressions are otherwise evaluated at run time (eval/expr_eval.cpp).
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "compiler/ast/assertion_annotations.hpp"
#include "compiler/sema/analyzer.hpp"
#include "compiler/sema/suggest.hpp"

namespace aep::sema {
namespace {

// Roots an expression of a suite may start from; any other bare name in a
// test reads a field of the output.
const std::set<std::string>& suite_roots() {
  static const std::set<std::string> roots = {"output", "expected", "row", "input", "output_text", "tool_calls"};
  return roots;
}

struct OutputPathChecker {
  Analyzer& analyzer;
  const ir::Prompt& prompt;
  bool is_test;

  // The steps of a member chain from its root name, or empty when the
  // expression is not a plain chain (a call, a literal, ...).
  static bool chain(const ast::Expr& e, const ast::NameExpr*& root, std::vector<const ast::Expr*>& steps) {
    if (e.kind == ast::ExprKind::Name) {
      root = &static_cast<const ast::NameExpr&>(e);
      return true;
    }
    if (e.kind == ast::ExprKind::Member) {
      if (!chain(*static_cast<const ast::MemberExpr&>(e).object, root, steps)) return false;
      steps.push_back(&e);
      return true;
    }
    if (e.kind == ast::ExprKind::Index) {
      if (!chain(*static_cast<const ast::IndexExpr&>(e).object, root, steps)) return false;
      steps.push_back(&e);
      return true;
    }
    return false;
  }

  // Walks `type` along the steps; reports the first field the type lacks.
  void walk(TypeRef type, const std::vector<const ast::Expr*>& steps, std::size_t from, std::string path) {
    for (std::size_t i = from; i < steps.size() && type; ++i) {
      if (type->tag == TypeTag::Json || type->tag == TypeTag::Map) return;  // anything goes inside
      if (steps[i]->kind == ast::ExprKind::Index) {
        if (type->tag != TypeTag::List) return;
        type = type->element;
        path += "[]";
        continue;
      }
      const auto& member = static_cast<const ast::MemberExpr&>(*steps[i]);
      if (type->tag != TypeTag::Record) {
        analyzer.report(make_diag(DiagKind::OutputFieldUnknown, member.member.span,
                                  fmt::format("`{}` is a {}, which has no field `{}`", path, type_name(type), member.member.text))
                            .primary_label("not in the output type"));
        return;
      }
      const RecordField* f = type->field(member.member.text);
      if (f == nullptr) {
        report_missing(*type, member.member, path);
        return;
      }
      type = f->type;
      path += "." + member.member.text;
    }
  }

  void report_missing(const Type& record, const ast::Name& name, const std::string& path) {
    std::vector<std::string> fields;
    for (const auto& f : record.fields) fields.push_back(f.name);
    auto d = make_diag(DiagKind::OutputFieldUnknown, name.span,
                       fmt::format("the output type `{}` has no field `{}` (read as `{}.{}`)",
                                   record.name.empty() ? type_name(record) : record.name, name.text, path, name.text))
                 .primary_label("no such field");
    std::string suggestion = did_you_mean(name.text, fields);
    d.help(suggestion.empty() ? fmt::format("its fields: {}", list_names(fields)) : suggestion);
    analyzer.report(std::move(d));
  }

  void visit(const ast::Expr* e) {
    if (e == nullptr) return;
    const ast::NameExpr* root = nullptr;
    std::vector<const ast::Expr*> steps;
    if ((e->kind == ast::ExprKind::Name || e->kind == ast::ExprKind::Member || e->kind == ast::ExprKind::Index) &&
        chain(*e, root, steps) && root != nullptr) {
      check_chain(*root, steps);
      for (const ast::Expr* s : steps)
        if (s->kind == ast::ExprKind::Index) visit(static_cast<const ast::IndexExpr*>(s)->index.get());
      return;
    }
    switch (e->kind) {
      case ast::ExprKind::Member: visit(static_cast<const ast::MemberExpr*>(e)->object.get()); break;
      case ast::ExprKind::Index:
        visit(static_cast<const ast::IndexExpr*>(e)->object.get());
        visit(static_cast<const ast::IndexExpr*>(e)->index.get());
        break;
      case ast::ExprKind::Call:
        for (const auto& a : static_cast<const ast::CallExpr*>(e)->args) visit(a.value.get());
        break;
      case ast::ExprKind::Unary: visit(static_cast<const ast::UnaryExpr*>(e)->operand.get()); break;
      case ast::ExprKind::Compare:
        visit(static_cast<const ast::CompareExpr*>(e)->lhs.get());
        visit(static_cast<const ast::CompareExpr*>(e)->rhs.get());
        break;
      case ast::ExprKind::Logical:
        for (const auto& o : static_cast<const ast::LogicalExpr*>(e)->operands) visit(o.get());
        break;
      case ast::ExprKind::List:
        for (const auto& i : static_cast<const ast::ListExpr*>(e)->items) visit(i.get());
        break;
      case ast::ExprKind::Object:
        for (const auto& en : static_cast<const ast::ObjectExpr*>(e)->entries) visit(en.value.get());
        break;
      case ast::ExprKind::String:
        for (const auto& part : static_cast<const ast::StringExpr*>(e)->value.parts)
          if (!part.is_text()) visit(part.interp->expr.get());
        break;
      default: break;
    }
  }

  void check_chain(const ast::NameExpr& root, const std::vector<const ast::Expr*>& steps) {
    if (!prompt.output || !prompt.output->type) return;
    const std::string& n = root.name.text;
    if (n == "output") {
      walk(prompt.output->type, steps, 0, "output");
      return;
    }
    // In a test a bare name that is no root and no input reads an output field.
    if (!is_test || suite_roots().count(n) || prompt.find_input(n) != nullptr) return;
    const TypeRef& type = prompt.output->type;
    if (type->tag != TypeTag::Record) return;
    if (type->field(n) == nullptr) {
      report_missing(*type, root.name, "output");
      return;
    }
    walk(type->field(n)->type, steps, 0, "output." + n);
  }
};

// The grading annotations of a suite, its assertions and its sets.
class AssertionChecker {
 public:
  AssertionChecker(Analyzer& analyzer, const ast::TestDecl& suite) : analyzer_(analyzer), suite_(suite) {}

  void run() {
    report(ast::read_assertion_annotations(suite_.annotations, ast::AssertionSite::Suite));
    for (const auto& item : suite_.items) {
      if (!item) continue;
      if (item->kind == ast::CheckItemKind::Metric) {
        const auto& m = static_cast<const ast::MetricCheck&>(*item);
        metrics_.emplace(m.name.text, m.name.span);
      }
    }
    for (const auto& item : suite_.items) {
      if (item && (item->kind == ast::CheckItemKind::Assert || item->kind == ast::CheckItemKind::AssertSet)) check(*item);
    }
  }

 private:
  // Returns the member's weight (1 by default, 1 when the weight is bad so
  // that one mistake gives one error).
  double check(const ast::CheckItem& item) {
    if (item.kind == ast::CheckItemKind::Assert) {
      auto a = ast::read_assertion_annotations(static_cast<const ast::AssertCheck&>(item).annotations, ast::AssertionSite::Assert);
      report(a);
      return a.weight.value_or(1.0);
    }
    const auto& set = static_cast<const ast::AssertSetCheck&>(item);
    auto a = ast::read_assertion_annotations(set.annotations, ast::AssertionSite::Set);
    report(a);
    bool counted = false;
    for (const auto& m : set.members)
      if (m && check(*m) > 0) counted = true;
    if (!counted && !set.name.text.empty()) {
      analyzer_.report(make_diag(DiagKind::AssertionSetEmpty, set.name.span,
                                 set.members.empty() ? fmt::format("assertion set `{}` has no assertions", set.name.text)
                                                     : fmt::format("every assertion of set `{}` has weight 0, so none counts",
                                                                   set.name.text))
                           .primary_label("nothing to grade")
                           .help("add an `assert` to the set, or use `metric` for values that are only recorded"));
    }
    return a.weight.value_or(1.0);
  }

  void report(const ast::AssertionAnnotations& a) {
    for (const auto& p : a.problems) {
      DiagKind kind = p.kind == ast::AssertionAnnotationProblem::Kind::Weight      ? DiagKind::AssertionWeightInvalid
                      : p.kind == ast::AssertionAnnotationProblem::Kind::Threshold ? DiagKind::AssertionThresholdInvalid
                                                                                   : DiagKind::AssertionAnnotationInvalid;
      auto d = make_diag(kind, p.span, p.message);
      if (!p.help.empty()) d.help(p.help);
      analyzer_.report(std::move(d));
    }
    if (!a.metric) return;
    auto clash = metrics_.find(*a.metric);
    if (clash != metrics_.end()) {
      analyzer_.report(make_diag(DiagKind::AssertionAnnotationInvalid, a.metric_span,
                                 fmt::format("metric `{}` is already defined in this {}", *a.metric,
                                             suite_.kind == ast::DeclKind::Test ? "test" : "eval"))
                           .primary_label("second definition")
                           .label(clash->second, "first defined here")
                           .help("give each metric its own name"));
      return;
    }
    metrics_.emplace(*a.metric, a.metric_span);
  }

  Analyzer& analyzer_;
  const ast::TestDecl& suite_;
  std::map<std::string, Span> metrics_;  // `metric` statements and `@metric` names so far
};

}  // namespace

void Analyzer::check_suite(std::size_t module, const ast::TestDecl& test, const ir::Prompt* prompt) {
  (void)module;
  const bool is_test = test.kind == ast::DeclKind::Test;
  std::set<std::string> given;
  for (const auto& item : test.items) {
    if (item->kind == ast::CheckItemKind::Input && prompt != nullptr) {
      for (const auto& entry : static_cast<const ast::InputCheck&>(*item).entries) {
        given.insert(entry.key.text);
        if (prompt->find_input(entry.key.text) != nullptr) continue;
        std::vector<std::string> names;
        for (const auto& in : prompt->inputs) names.push_back(in.name);
        auto d = make_diag(DiagKind::SuiteInputUnknown, entry.key.span,
                           fmt::format("prompt `{}` has no input `{}`", prompt->name, entry.key.text))
                     .primary_label("not an input of the prompt");
        std::string suggestion = did_you_mean(entry.key.text, names);
        d.help(suggestion.empty() ? fmt::format("its inputs: {}", list_names(names)) : suggestion);
        report(std::move(d));
      }
    }
    if (item->kind == ast::CheckItemKind::Data) {
      const auto& data = static_cast<const ast::DataCheck&>(*item);
      std::string path = data.path.plain_text();
      auto inside = program().project.resolve_inside(path, program().project.root);
      if (!program().check_data_files) {
        // A build's snapshot: the data files are not part of it.
      } else if (inside) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(*inside, ec)) {
          report(make_diag(DiagKind::DataFileMissing, data.path.span, fmt::format("data file `{}` does not exist", path))
                     .primary_label("not found")
                     .note(fmt::format("data paths are relative to the project root ({})", program().project.root.string())));
        }
      } else if (!std::filesystem::exists(program().project.root / path)) {
        // resolve_inside fails for a missing file too; only a file that
        // exists can be outside the roots (reported as E0208 by the caller).
        report(make_diag(DiagKind::DataFileMissing, data.path.span, fmt::format("data file `{}` does not exist", path))
                   .primary_label("not found")
                   .note(fmt::format("data paths are relative to the project root ({})", program().project.root.string())));
      }
      // A path refused as outside the roots (E0208, reported by the caller)
      // is not checked further: one error for one mistake.
      if (!inside && std::filesystem::exists(program().project.root / path)) continue;
      bool has_format = false;
      for (const auto& a : data.annotations) has_format = has_format || a.name.text == "format";
      std::string ext = std::filesystem::path(path).extension().string();
      for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (!has_format && ext != ".jsonl" && ext != ".ndjson" && ext != ".csv") {
        report(make_diag(DiagKind::DataFormatUnknown, data.path.span,
                         fmt::format("cannot tell the format of `{}` from its extension", path))
                   .primary_label("unknown format")
                   .help("name it .jsonl or .csv, or add @format(\"jsonl\") or @format(\"csv\")"));
      }
    }
  }
  AssertionChecker(*this, test).run();
  if (prompt == nullptr) return;
  bool has_inputs = std::any_of(test.items.begin(), test.items.end(),
                                [](const auto& i) { return i->kind == ast::CheckItemKind::Input; });
  // An eval without a mapping passes the row's fields as inputs by name.
  if (has_inputs || is_test) {
    for (const auto& in : prompt->inputs) {
      bool required = in.default_value == nullptr && in.type && !in.type->optional && in.type->tag != TypeTag::Messages;
      if (!required || given.count(in.name)) continue;
      report(make_diag(DiagKind::SuiteInputMissing, test.name.span,
                       fmt::format("input `{}` of prompt `{}` is required and the {} does not set it", in.name, prompt->name,
                                   is_test ? "test" : "eval"))
                 .primary_label("missing input")
                 .help(fmt::format("add `{}: ...` to its `input {{ ... }}`", in.name)));
    }
  }
  OutputPathChecker checker{*this, *prompt, is_test};
  ast::for_each_assert(test, [&](const ast::AssertCheck& a) { checker.visit(a.condition.get()); });
  for (const auto& item : test.items) {
    if (item->kind == ast::CheckItemKind::Metric) checker.visit(static_cast<const ast::MetricCheck&>(*item).value.get());
  }
}

}  // namespace aep::sema
