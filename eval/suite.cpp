// Reading `test` and `eval` blocks into Suites (see suite.hpp).
#include "eval/suite.hpp"

#include <map>
#include <set>

#include <fmt/format.h>

#include "compiler/ast/assertion_annotations.hpp"

namespace aep::eval {
namespace {

std::optional<double> literal_number(const ast::Expr* e) {
  if (e == nullptr) return std::nullopt;
  if (e->kind == ast::ExprKind::Int) return static_cast<double>(static_cast<const ast::IntExpr*>(e)->value);
  if (e->kind == ast::ExprKind::Float) return static_cast<const ast::FloatExpr*>(e)->value;
  if (e->kind == ast::ExprKind::Unary) {
    const auto* u = static_cast<const ast::UnaryExpr*>(e);
    if (u->op == ast::UnaryOp::Negate) {
      auto v = literal_number(u->operand.get());
      if (v) return -*v;
    }
  }
  return std::nullopt;
}

std::optional<std::string> literal_string(const ast::Expr* e) {
  if (e == nullptr || e->kind != ast::ExprKind::String) return std::nullopt;
  const auto& lit = static_cast<const ast::StringExpr*>(e)->value;
  if (lit.has_interpolation()) return std::nullopt;
  return lit.plain_text();
}

// A literal expression as JSON (config values); nullopt for anything computed.
std::optional<nlohmann::ordered_json> literal_json(const ast::Expr* e) {
  if (e == nullptr) return std::nullopt;
  switch (e->kind) {
    case ast::ExprKind::Null: return nlohmann::ordered_json(nullptr);
    case ast::ExprKind::Bool: return nlohmann::ordered_json(static_cast<const ast::BoolExpr*>(e)->value);
    case ast::ExprKind::Int: return nlohmann::ordered_json(static_cast<const ast::IntExpr*>(e)->value);
    case ast::ExprKind::Float: return nlohmann::ordered_json(static_cast<const ast::FloatExpr*>(e)->value);
    case ast::ExprKind::String: {
      auto s = literal_string(e);
      if (s) return nlohmann::ordered_json(*s);
      return std::nullopt;
    }
    case ast::ExprKind::Unary: {
      auto n = literal_number(e);
      if (n) return nlohmann::ordered_json(*n);
      return std::nullopt;
    }
    case ast::ExprKind::List: {
      auto out = nlohmann::ordered_json::array();
      for (const auto& item : static_cast<const ast::ListExpr*>(e)->items) {
        auto v = literal_json(item.get());
        if (!v) return std::nullopt;
        out.push_back(*v);
      }
      return out;
    }
    default: return std::nullopt;
  }
}

const ast::Expr* named_arg(const ast::Annotation& a, std::string_view name, std::size_t position) {
  std::size_t pos = 0;
  for (const auto& arg : a.args) {
    if (arg.name) {
      if (arg.name->text == name) return arg.value.get();
      continue;
    }
    if (pos++ == position) return arg.value.get();
  }
  return nullptr;
}

class Reader {
 public:
  Reader(Suite& suite, std::vector<SuiteProblem>& problems) : s_(suite), problems_(problems) {}

  bool problem(Span span, std::string message) {
    problems_.push_back(SuiteProblem{s_.id, span, std::move(message)});
    ok_ = false;
    return false;
  }

  bool read() {
    for (const auto& a : s_.decl->annotations) annotation(a);
    {
      auto graded = ast::read_assertion_annotations(s_.decl->annotations, ast::AssertionSite::Suite);
      for (const auto& p : graded.problems) problem(p.span, p.message);
      s_.threshold = graded.threshold;
    }
    std::set<std::string> metric_names;
    for (const auto& item : s_.decl->items) {
      switch (item->kind) {
        case ast::CheckItemKind::Input:
          for (const auto& entry : static_cast<const ast::InputCheck&>(*item).entries) s_.inputs.push_back(&entry);
          break;
        case ast::CheckItemKind::Assert:
        case ast::CheckItemKind::AssertSet:
          s_.asserts.push_back(check_def(*item));
          break;
        case ast::CheckItemKind::Metric: {
          const auto& m = static_cast<const ast::MetricCheck&>(*item);
          if (m.name.text == "accuracy") {
            problem(m.name.span, "`accuracy` is the pass rate of the suite; give the metric another name");
            break;
          }
          if (!metric_names.insert(m.name.text).second) {
            problem(m.name.span, fmt::format("metric `{}` is defined twice", m.name.text));
            break;
          }
          s_.metrics.push_back(MetricDef{m.name.text, m.value.get(), ir::expression_text(m.value.get()), m.span});
          break;
        }
        case ast::CheckItemKind::Slice: {
          const auto& sl = static_cast<const ast::SliceCheck&>(*item);
          if (s_.slice_by != nullptr) problem(sl.span, "a suite has one `slice by`");
          s_.slice_by = sl.by.get();
          s_.slice_text = ir::expression_text(sl.by.get());
          break;
        }
        case ast::CheckItemKind::Gate: gate(static_cast<const ast::GateCheck&>(*item)); break;
        case ast::CheckItemKind::Data: {
          const auto& d = static_cast<const ast::DataCheck&>(*item);
          if (!s_.data_path.empty()) problem(d.span, "a suite has one `data` file");
          s_.data_path = d.path.plain_text();
          s_.data_span = d.path.span;
          for (const auto& a : d.annotations) data_annotation(a);
          break;
        }
        case ast::CheckItemKind::Config:
          for (const auto& entry : static_cast<const ast::ConfigCheck&>(*item).entries) {
            auto v = literal_json(entry.value.get());
            if (!v) {
              problem(entry.span, fmt::format("config `{}` must be a literal value", entry.key.text));
              continue;
            }
            s_.config[entry.key.text] = *v;
          }
          break;
        case ast::CheckItemKind::Metadata: {
          const auto& md = static_cast<const ast::MetadataCheck&>(*item);
          if (md.key == ast::MetadataKey::Description) s_.description = md.value.plain_text();
          break;
        }
      }
    }
    // Assertions that feed a metric (@metric, or weight 0) are summarized
    // like `metric` statements, after them.
    for (CheckDef& c : s_.asserts) assertion_metrics(c, metric_names);
    for (const auto& g : s_.gates) {
      if (g.metric != "accuracy" && metric_names.count(g.metric) == 0)
        problem(g.span, fmt::format("gate on `{}`, which is neither `accuracy` nor a metric of this suite", g.metric));
    }
    if (s_.is_eval && s_.data_path.empty()) problem(s_.decl->name.span, "an eval needs a `data` file");
    if (!s_.is_eval && !s_.data_path.empty()) problem(s_.data_span, "a test has inline inputs; use an `eval` for a data file");
    if (!has_counted_assertion() && s_.metrics.empty()) problem(s_.decl->name.span, "the suite has no `assert` and no `metric`");
    return ok_;
  }

 private:
  void annotation(const ast::Annotation& a) {
    const std::string& n = a.name.text;
    if (n == "samples") {
      auto v = literal_number(named_arg(a, "n", 0));
      if (!v || *v < 1 || *v > 10000 || *v != static_cast<double>(static_cast<std::uint32_t>(*v))) {
        problem(a.span, "`@samples(N)` takes a whole number from 1 to 10000");
        return;
      }
      s_.samples = static_cast<std::uint32_t>(*v);
    } else if (n == "holdout") {
      auto f = literal_number(named_arg(a, "fraction", 0));
      auto seed = literal_number(named_arg(a, "seed", 1));
      if (!f || *f <= 0 || *f >= 1) {
        problem(a.span, "`@holdout(fraction, seed: N)` takes a fraction between 0 and 1");
        return;
      }
      SplitSpec spec;
      spec.holdout_fraction = *f;
      if (seed) {
        if (*seed < 0) {
          problem(a.span, "the split seed must not be negative");
          return;
        }
        spec.seed = static_cast<std::uint64_t>(*seed);
      }
      s_.holdout = spec;
      if (s_.split_part == "all") s_.split_part = "holdout";
    } else if (n == "split") {
      auto part = literal_string(named_arg(a, "part", 0));
      if (!part || (*part != "all" && *part != "holdout" && *part != "train")) {
        problem(a.span, "`@split` takes \"all\", \"holdout\" or \"train\"");
        return;
      }
      s_.split_part = *part;
    } else if (n == "threshold") {
      // Read with the assertions' annotations (read_assertion_annotations).
    } else {
      problem(a.name.span, fmt::format("unknown annotation `@{}` on a suite (known: @samples, @holdout, @split, @threshold)", n));
    }
  }

  CheckDef check_def(const ast::CheckItem& item) {
    CheckDef c;
    c.span = item.span;
    const ast::Annotations* annotations = nullptr;
    if (item.kind == ast::CheckItemKind::Assert) {
      const auto& a = static_cast<const ast::AssertCheck&>(item);
      c.expr = a.condition.get();
      c.text = ir::expression_text(a.condition.get());
      c.message = a.message ? a.message->plain_text() : "";
      annotations = &a.annotations;
    } else {
      const auto& set = static_cast<const ast::AssertSetCheck&>(item);
      c.is_set = true;
      c.set_name = set.name.text;
      c.text = "assert_set " + set.name.text;
      annotations = &set.annotations;
      for (const auto& m : set.members)
        if (m) c.members.push_back(check_def(*m));
      bool counted = false;
      for (const CheckDef& m : c.members) counted = counted || m.weight > 0;
      if (!counted) problem(set.name.span, fmt::format("assertion set `{}` has no member that counts", set.name.text));
    }
    auto graded = ast::read_assertion_annotations(
        *annotations, c.is_set ? ast::AssertionSite::Set : ast::AssertionSite::Assert);
    for (const auto& p : graded.problems) problem(p.span, p.message);
    c.weight = graded.weight.value_or(1.0);
    c.threshold = graded.threshold;
    if (graded.metric) c.metric = *graded.metric;
    return c;
  }

  // A weight-0 assertion without @metric is recorded under its message, else
  // its text; a clash with another metric's name gets a number.
  void assertion_metrics(CheckDef& c, std::set<std::string>& names) {
    for (CheckDef& m : c.members) assertion_metrics(m, names);
    if (c.metric.empty() && c.weight > 0) return;
    if (!c.metric.empty()) {
      if (!names.insert(c.metric).second) {
        problem(c.span, fmt::format("metric `{}` is defined twice", c.metric));
        return;
      }
    } else {
      std::string base = !c.message.empty() ? c.message : c.text;
      std::string name = base;
      for (int k = 2; !names.insert(name).second; ++k) name = fmt::format("{} ({})", base, k);
      c.metric = name;
    }
    s_.metrics.push_back(MetricDef{c.metric, nullptr, c.text, c.span});
  }

  bool has_counted_assertion() const {
    for (const CheckDef& c : s_.asserts)
      if (c.weight > 0) return true;
    return false;
  }

  void data_annotation(const ast::Annotation& a) {
    const std::string& n = a.name.text;
    if (n == "format") {
      auto f = literal_string(named_arg(a, "format", 0));
      if (f && (*f == "jsonl" || *f == "ndjson")) s_.format = DataFormat::Jsonl;
      else if (f && *f == "csv") s_.format = DataFormat::Csv;
      else problem(a.span, "`@format` takes \"jsonl\" or \"csv\"");
    } else if (n == "id") {
      auto f = literal_string(named_arg(a, "field", 0));
      if (!f || f->empty()) problem(a.span, "`@id` takes the name of the id column");
      else s_.id_field = *f;
    } else {
      problem(a.name.span, fmt::format("unknown annotation `@{}` on `data` (known: @format, @id)", n));
    }
  }

  void gate(const ast::GateCheck& g) {
    const ast::Expr* c = g.condition.get();
    if (c == nullptr || c->kind != ast::ExprKind::Compare) {
      problem(g.span, "a gate is `metric >= number` (or >, <=, <)");
      return;
    }
    const auto* cmp = static_cast<const ast::CompareExpr*>(c);
    GateDef def;
    def.span = g.span;
    def.text = ir::expression_text(c);
    switch (cmp->op) {
      case ast::CompareOp::Ge: def.op = GateOp::Ge; break;
      case ast::CompareOp::Gt: def.op = GateOp::Gt; break;
      case ast::CompareOp::Le: def.op = GateOp::Le; break;
      case ast::CompareOp::Lt: def.op = GateOp::Lt; break;
      default: problem(g.span, "a gate compares with >=, >, <= or <"); return;
    }
    auto t = literal_number(cmp->rhs.get());
    if (cmp->lhs->kind != ast::ExprKind::Name || !t) {
      problem(g.span, "a gate is `metric >= number` (or >, <=, <)");
      return;
    }
    def.metric = static_cast<const ast::NameExpr&>(*cmp->lhs).name.text;
    def.threshold = *t;
    s_.gates.push_back(std::move(def));
  }

  Suite& s_;
  std::vector<SuiteProblem>& problems_;
  bool ok_ = true;
};

}  // namespace

bool gate_holds(const GateDef& gate, double value) {
  switch (gate.op) {
    case GateOp::Ge: return value >= gate.threshold;
    case GateOp::Gt: return value > gate.threshold;
    case GateOp::Le: return value <= gate.threshold;
    case GateOp::Lt: return value < gate.threshold;
  }
  return false;
}

std::string_view to_string(GateOp op) {
  switch (op) {
    case GateOp::Ge: return ">=";
    case GateOp::Gt: return ">";
    case GateOp::Le: return "<=";
    case GateOp::Lt: return "<";
  }
  return "?";
}

SuiteSet collect_suites(const sema::Program& program) {
  SuiteSet out;
  std::map<const ast::TestDecl*, const ir::Prompt*> prompt_of;
  for (const auto& [name, prompt] : program.prompts) {
    for (const ast::TestDecl* t : prompt->tests) prompt_of[t] = prompt.get();
  }
  for (const auto& module : program.modules) {
    if (module->is_std || !module->ast) continue;
    for (const auto& decl : module->ast->decls) {
      if (decl->kind != ast::DeclKind::Test && decl->kind != ast::DeclKind::Eval) continue;
      const auto& t = static_cast<const ast::TestDecl&>(*decl);
      Suite s;
      s.is_eval = decl->kind == ast::DeclKind::Eval;
      s.name = t.name.text;
      s.module = module->path;
      s.id = module->path + "." + t.name.text;
      s.decl = &t;
      auto it = prompt_of.find(&t);
      if (it == prompt_of.end()) {
        out.problems.push_back(SuiteProblem{s.id, t.prompt.span,
                                            fmt::format("prompt `{}` did not resolve", t.prompt.joined())});
        continue;
      }
      s.prompt = it->second;
      if (s.prompt->is_abstract) {
        out.problems.push_back(SuiteProblem{s.id, t.prompt.span,
                                            fmt::format("prompt `{}` is abstract and cannot be run", t.prompt.joined())});
        continue;
      }
      if (Reader(s, out.problems).read()) out.suites.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace aep::eval
