// dump_ir: the resolved prompt as stable, indented text. Each line names one
// thing and ends with its provenance `<- module.decl@line`, so golden files
// show where every section, input and config key came from.
#include <sstream>

#include <fmt/format.h>

#include "compiler/ast/dump.hpp"
#include "compiler/ir/ir.hpp"

namespace aep::ir {
namespace {

std::string from(const Origin& o) { return fmt::format("<- {}.{}@{}", o.module, o.decl, o.span.line); }

std::string expr_text(const ast::Expr* e);

std::string args_text(const std::vector<ast::Arg>& args) {
  std::string out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    if (args[i].name) out += args[i].name->text + ": ";
    out += expr_text(args[i].value.get());
  }
  return out;
}

std::string expr_text(const ast::Expr* e) {
  if (!e) return "?";
  switch (e->kind) {
    case ast::ExprKind::Null: return "null";
    case ast::ExprKind::Error: return "<error>";
    case ast::ExprKind::Bool: return static_cast<const ast::BoolExpr*>(e)->value ? "true" : "false";
    case ast::ExprKind::Int: return std::to_string(static_cast<const ast::IntExpr*>(e)->value);
    case ast::ExprKind::Float: return fmt::format("{}", static_cast<const ast::FloatExpr*>(e)->value);
    case ast::ExprKind::String: {
      std::string text;
      for (const auto& p : static_cast<const ast::StringExpr*>(e)->value.parts) {
        text += p.interp ? "{{" + expr_text(p.interp->expr.get()) + "}}" : p.text;
      }
      return ast::quote_for_dump(text);
    }
    case ast::ExprKind::Name: return static_cast<const ast::NameExpr*>(e)->name.text;
    case ast::ExprKind::Member: {
      const auto* m = static_cast<const ast::MemberExpr*>(e);
      return expr_text(m->object.get()) + "." + m->member.text;
    }
    case ast::ExprKind::Index: {
      const auto* i = static_cast<const ast::IndexExpr*>(e);
      return expr_text(i->object.get()) + "[" + expr_text(i->index.get()) + "]";
    }
    case ast::ExprKind::Call: {
      const auto* c = static_cast<const ast::CallExpr*>(e);
      return expr_text(c->callee.get()) + "(" + args_text(c->args) + ")";
    }
    case ast::ExprKind::Unary: {
      const auto* u = static_cast<const ast::UnaryExpr*>(e);
      return (u->op == ast::UnaryOp::Not ? "not " : "-") + expr_text(u->operand.get());
    }
    case ast::ExprKind::Compare: {
      const auto* c = static_cast<const ast::CompareExpr*>(e);
      return expr_text(c->lhs.get()) + " " + std::string(ast::to_string(c->op)) + " " + expr_text(c->rhs.get());
    }
    case ast::ExprKind::Logical: {
      const auto* l = static_cast<const ast::LogicalExpr*>(e);
      std::string out;
      for (std::size_t i = 0; i < l->operands.size(); ++i) {
        if (i) out += l->op == ast::LogicalOp::And ? " and " : " or ";
        out += "(" + expr_text(l->operands[i].get()) + ")";
      }
      return out;
    }
    case ast::ExprKind::List: {
      std::string out = "[";
      const auto* l = static_cast<const ast::ListExpr*>(e);
      for (std::size_t i = 0; i < l->items.size(); ++i) out += (i ? ", " : "") + expr_text(l->items[i].get());
      return out + "]";
    }
    case ast::ExprKind::Object: {
      std::string out = "{";
      const auto* o = static_cast<const ast::ObjectExpr*>(e);
      for (std::size_t i = 0; i < o->entries.size(); ++i) {
        out += (i ? ", " : "") + o->entries[i].key.text + ": " + expr_text(o->entries[i].value.get());
      }
      return out + "}";
    }
  }
  return "?";
}

std::string interp_text(const ast::Interpolation& in) {
  std::string out = expr_text(in.expr.get());
  for (const auto& f : in.filters) {
    out += " | " + f.name.text;
    if (f.has_parens) out += "(" + args_text(f.args) + ")";
  }
  return out;
}

std::string annotations_text(const std::vector<Annotation>& as) {
  std::string out;
  for (const auto& a : as) {
    out += " @" + a.name;
    if (a.ast && a.ast->has_parens) out += "(" + args_text(a.ast->args) + ")";
  }
  return out;
}

std::string_view role_text(ast::Role r) { return ast::to_string(r); }

class Dumper {
 public:
  std::string take() { return std::move(out_).str(); }
  void line(int depth, const std::string& text) { out_ << std::string(depth * 2, ' ') << text << '\n'; }

  void segments(const Segments& segs, int depth) {
    for (const auto& s : segs) segment(s, depth);
  }

  void segment(const Segment& s, int depth) {
    switch (s.kind) {
      case SegmentKind::Text: line(depth, "text " + ast::quote_for_dump(s.text) + fmt::format(" @{}", s.span.line)); break;
      case SegmentKind::Interpolation:
        line(depth, fmt::format("interp {{{{ {} }}}} @{}", interp_text(*s.interp), s.span.line));
        break;
      case SegmentKind::If:
        for (std::size_t i = 0; i < s.branches.size(); ++i) {
          const Branch& b = s.branches[i];
          line(depth, b.condition ? (i == 0 ? "if " : "else if ") + expr_text(b.condition) : std::string("else"));
          segments(b.body, depth + 1);
        }
        break;
      case SegmentKind::For:
        line(depth, "for " + s.var + (s.second_var.empty() ? "" : ", " + s.second_var) + ": " +
                        sema::type_name(s.var_type) + (s.second_var.empty() ? "" : ", " + sema::type_name(s.second_var_type)) +
                        " in " + expr_text(s.iterable));
        segments(s.body, depth + 1);
        break;
      case SegmentKind::Fragment: {
        std::string binds;
        for (const auto& b : s.bindings) {
          binds += (binds.empty() ? "" : ", ") + b.name + ": " + sema::type_name(b.type) + " = " + expr_text(b.value) +
                   (b.is_default ? " (default)" : "");
        }
        line(depth, "use " + s.fragment + "(" + binds + ")");
        segments(s.body, depth + 1);
        break;
      }
      case SegmentKind::Section: {
        const Section& sec = *s.section;
        std::string head = "section " + sec.name;
        if (sec.is_final) head += " final";
        if (sec.is_required) head += " required";
        if (sec.priority) head += fmt::format(" priority {}", *sec.priority);
        if (sec.shrink) head += " shrink " + std::string(ast::to_string(*sec.shrink));
        head += annotations_text(sec.annotations);
        head += " " + from(sec.origin);
        for (const auto& c : sec.contributors) head += " " + from(c);
        line(depth, head);
        segments(s.body, depth + 1);
        break;
      }
      case SegmentKind::Super: line(depth, "super"); break;
    }
  }

  void message(const Message& m, int depth) {
    if (m.kind == MessageKind::History) {
      std::string head = "messages " + m.history_input;
      if (m.priority) head += fmt::format(" priority {}", *m.priority);
      if (m.shrink) head += " shrink " + std::string(ast::to_string(*m.shrink));
      line(depth, head + annotations_text(m.annotations) + " " + from(m.origin));
      return;
    }
    line(depth, std::string(role_text(m.role)) + annotations_text(m.annotations) + " " + from(m.origin));
    segments(m.body, depth + 1);
  }

  void config(const ConfigMap& map, int depth) {
    for (const auto& [k, v] : map) line(depth, k + " = " + expr_text(v.value) + " " + from(v.origin));
  }

 private:
  std::ostringstream out_;
};

}  // namespace

std::string expression_text(const ast::Expr* expr) { return expr_text(expr); }

std::string dump_ir(const Prompt& p) {
  Dumper d;
  std::string head = std::string(p.is_abstract ? "abstract " : "") + (p.is_final ? "final " : "") + "prompt " + p.qualified;
  d.line(0, head + annotations_text(p.annotations));
  std::string lin;
  for (const auto& n : p.linearization) lin += (lin.empty() ? "" : ", ") + n;
  d.line(1, "linearization " + lin);
  if (!p.mixins.empty()) {
    std::string ms;
    for (const auto& n : p.mixins) ms += (ms.empty() ? "" : ", ") + n;
    d.line(1, "mixins " + ms);
  }
  for (const auto& in : p.inputs) {
    std::string l = "input " + in.name + ": " + sema::type_name(in.type);
    if (in.default_value) l += " = " + expr_text(in.default_value);
    l += annotations_text(in.annotations);
    d.line(1, l + " " + from(in.origin));
  }
  if (p.output) {
    d.line(1, "output " + p.output->name + ": " + sema::type_name(p.output->type) + annotations_text(p.output->annotations) +
                  " " + from(p.output->origin));
    d.line(2, "schema " + p.output->schema.dump());
  }
  for (const auto& t : p.tools) {
    d.line(1, "tool " + t.name + " " + ast::quote_for_dump(t.description) + " " + from(t.origin));
    d.line(2, "parameters " + t.parameters.dump());
  }
  if (p.tool_choice) d.line(1, "tool_choice " + p.tool_choice->choice + " " + from(p.tool_choice->origin));
  if (!p.config.empty()) {
    d.line(1, "config");
    d.config(p.config, 2);
  }
  for (const auto& [target, map] : p.targets) {
    d.line(1, "target " + target);
    d.config(map, 2);
  }
  if (p.budget) {
    std::string b = fmt::format("budget {} tokens", p.budget->tokens);
    if (p.budget->reserve_output) b += fmt::format(" reserve {}", *p.budget->reserve_output);
    d.line(1, b + " " + from(p.budget->origin));
  }
  for (const auto& m : p.messages) d.message(m, 1);
  for (const auto& e : p.examples) {
    d.line(1, "example " + (e.name.empty() ? std::string("(unnamed)") : e.name) + " " + from(e.origin));
    for (const auto& m : e.messages) d.message(m, 2);
    if (e.ast) {
      for (const auto& entry : e.ast->input) d.line(2, "input " + entry.key.text + " = " + expr_text(entry.value.get()));
      if (e.ast->output) d.line(2, "output " + expr_text(e.ast->output.get()));
    }
  }
  for (const auto& s : p.shadowings) {
    d.line(1, "shadowed section " + s.section + " kept " + from(s.kept) + " hidden " + from(s.hidden));
  }
  for (const auto* t : p.tests) {
    d.line(1, std::string(t->kind == ast::DeclKind::Eval ? "eval " : "test ") + t->name.text + fmt::format(" @{}", t->name.span.line));
  }
  return d.take();
}

}  // namespace aep::ir
