// Expressions for the render plan compiler (see render_compile_internal.hpp):
// compiles template expressions and interpolations to plan expressions with
// names resolved to slots, and folds every one whose operands are constants
// into a single Const expression, dropping the operands again. A literal
// (an input default, a constant fragment argument) that is literal all the
// way down is built as its value directly instead (literal_value).
#include "compiler/ir/render_compile_internal.hpp"

#include <string>
#include <utility>
#include <vector>

namespace aep::ir::plan::detail {

bool literal_value(const ast::Expr* e, Value& out) {
  if (!e) {
    out = nullptr;
    return true;
  }
  switch (e->kind) {
    case ast::ExprKind::Null:
    case ast::ExprKind::Error:
    case ast::ExprKind::Call: out = nullptr; return true;  // as expr() compiles them
    case ast::ExprKind::Bool: out = static_cast<const ast::BoolExpr*>(e)->value; return true;
    case ast::ExprKind::Int: out = static_cast<const ast::IntExpr*>(e)->value; return true;
    case ast::ExprKind::Float: out = static_cast<const ast::FloatExpr*>(e)->value; return true;
    case ast::ExprKind::String: {
      const auto& parts = static_cast<const ast::StringExpr*>(e)->value.parts;
      std::size_t size = 0;
      for (const auto& p : parts) {
        if (p.interp) return false;
        size += p.text.size();
      }
      std::string text;
      text.reserve(size);
      for (const auto& p : parts) text += p.text;
      out = std::move(text);
      return true;
    }
    case ast::ExprKind::List: {
      Value list = Value::array();
      for (const auto& item : static_cast<const ast::ListExpr*>(e)->items) {
        Value v;
        if (!literal_value(item.get(), v)) return false;
        list.push_back(std::move(v));
      }
      out = std::move(list);
      return true;
    }
    case ast::ExprKind::Object: {
      Value object = Value::object();
      for (const auto& en : static_cast<const ast::ObjectExpr*>(e)->entries) {
        Value v;
        if (!literal_value(en.value.get(), v)) return false;
        object[en.key.text] = std::move(v);  // as evaluation does: a repeated key keeps its first place
      }
      out = std::move(object);
      return true;
    }
    default: return false;
  }
}

// Replaces everything compiled since `m` (the expression `id` and its
// operands) by the constant it evaluates to.
std::uint32_t ExprCompiler::fold_since(Mark m, std::uint32_t id) {
  Frame empty;
  Value tmp;
  const Value* v = eval(plan_, id, empty, tmp);
  Value value = !v ? Value() : v == &tmp ? std::move(tmp) : *v;
  drop_since(m);
  return constant(std::move(value));
}

std::uint32_t ExprCompiler::interp(const ast::Interpolation& in, const Scope& scope) {
  std::uint32_t expr_id = expr(in.expr.get(), scope);
  std::vector<Filter> filters;
  filters.reserve(in.filters.size());
  for (const auto& f : in.filters) {
    const std::string& n = f.name.text;
    Filter filter;
    filter.op = n == "upper" ? FilterOp::Upper : n == "lower" ? FilterOp::Lower : n == "trim" ? FilterOp::Trim
              : n == "indent" ? FilterOp::Indent : n == "truncate" ? FilterOp::Truncate : n == "join" ? FilterOp::Join
              : n == "json" ? FilterOp::Json : FilterOp::Unknown;
    if (!f.args.empty()) filter.arg = expr(f.args[0].value.get(), scope);
    filters.push_back(filter);
  }
  Interp& out = plan_.interps.emplace_back();
  out.expr = expr_id;
  out.filters = std::move(filters);
  // `{{ a.b.c }}` with no filters: the renderer walks the members inline.
  if (out.filters.empty() && out.expr != kNone && plan_.exprs[out.expr].path) {
    std::size_t depth = 0;
    std::uint32_t at = out.expr;
    for (; plan_.exprs[at].op == ExprOp::Member; at = plan_.exprs[at].kids[0]) ++depth;
    out.path.resize(depth);
    at = out.expr;
    for (; plan_.exprs[at].op == ExprOp::Member; at = plan_.exprs[at].kids[0]) out.path[--depth] = plan_.exprs[at].member;
    out.path_slot = plan_.exprs[at].slot;
  }
  return static_cast<std::uint32_t>(plan_.interps.size() - 1);
}

bool ExprCompiler::interp_is_const(std::uint32_t id) const {
  const Interp& in = plan_.interps[id];
  if (!is_const(in.expr)) return false;
  for (const Filter& f : in.filters) {
    if (f.arg != kNone && !is_const(f.arg)) return false;
  }
  return true;
}

// Compiles the operands first, then the node itself, so a reference into
// plan_.exprs is never held across a recursive call.
std::uint32_t ExprCompiler::expr(const ast::Expr* e, const Scope& scope) {
  if (!e) return constant(nullptr);
  Mark m = mark();
  switch (e->kind) {
    case ast::ExprKind::Null:
    case ast::ExprKind::Error:
    case ast::ExprKind::Call: return constant(nullptr);  // sema refuses calls in templates
    case ast::ExprKind::Bool: return constant(static_cast<const ast::BoolExpr*>(e)->value);
    case ast::ExprKind::Int: return constant(static_cast<const ast::IntExpr*>(e)->value);
    case ast::ExprKind::Float: return constant(static_cast<const ast::FloatExpr*>(e)->value);
    case ast::ExprKind::String: {
      const auto& parts = static_cast<const ast::StringExpr*>(e)->value.parts;
      std::vector<std::uint32_t> kids;
      std::vector<std::string> keys;
      kids.reserve(parts.size());
      keys.reserve(parts.size());
      bool folds = true;
      for (const auto& p : parts) {
        if (p.interp) {
          std::uint32_t k = interp(*p.interp, scope);
          if (!interp_is_const(k)) folds = false;
          kids.push_back(k);
          keys.emplace_back();
        } else {
          kids.push_back(kNone);
          keys.push_back(p.text);
        }
      }
      Expr& out = new_expr(ExprOp::Concat);
      out.kids = std::move(kids);
      out.keys = std::move(keys);
      return folds ? fold_since(m, last_expr()) : last_expr();
    }
    case ast::ExprKind::Name: {
      const NameBinding* b = scope.find(static_cast<const ast::NameExpr*>(e)->name.text);
      if (!b) return constant(nullptr);
      if (b->is_const()) return b->constant;  // the binding's own Const expression
      Expr& out = new_expr(ExprOp::Slot);
      out.slot = b->slot;
      out.path = true;
      return last_expr();
    }
    case ast::ExprKind::Member: {
      const auto* me = static_cast<const ast::MemberExpr*>(e);
      std::uint32_t object = expr(me->object.get(), scope);
      bool path = plan_.exprs[object].path;
      Expr& out = new_expr(ExprOp::Member);
      out.member = me->member.text;
      out.kids = {object};
      out.path = path;
      return fold(m, last_expr());
    }
    case ast::ExprKind::Index: {
      const auto* ix = static_cast<const ast::IndexExpr*>(e);
      std::uint32_t object = expr(ix->object.get(), scope);
      std::uint32_t index = expr(ix->index.get(), scope);
      new_expr(ExprOp::Index).kids = {object, index};
      return fold(m, last_expr());
    }
    case ast::ExprKind::Unary: {
      const auto* u = static_cast<const ast::UnaryExpr*>(e);
      std::uint32_t operand = expr(u->operand.get(), scope);
      new_expr(u->op == ast::UnaryOp::Not ? ExprOp::Not : ExprOp::Neg).kids = {operand};
      return fold(m, last_expr());
    }
    case ast::ExprKind::Compare: {
      const auto* c = static_cast<const ast::CompareExpr*>(e);
      std::uint32_t lhs = expr(c->lhs.get(), scope);
      std::uint32_t rhs = expr(c->rhs.get(), scope);
      Expr& out = new_expr(ExprOp::Compare);
      out.compare = c->op;
      out.kids = {lhs, rhs};
      return fold(m, last_expr());
    }
    case ast::ExprKind::Logical: {
      const auto* l = static_cast<const ast::LogicalExpr*>(e);
      std::vector<std::uint32_t> kids;
      kids.reserve(l->operands.size());
      for (const auto& o : l->operands) kids.push_back(expr(o.get(), scope));
      new_expr(l->op == ast::LogicalOp::And ? ExprOp::And : ExprOp::Or).kids = std::move(kids);
      return fold(m, last_expr());
    }
    case ast::ExprKind::List: {
      if (Value v; literal_value(e, v)) return constant(std::move(v));
      const auto& items = static_cast<const ast::ListExpr*>(e)->items;
      std::vector<std::uint32_t> kids;
      kids.reserve(items.size());
      for (const auto& i : items) kids.push_back(expr(i.get(), scope));
      new_expr(ExprOp::List).kids = std::move(kids);
      return fold(m, last_expr());
    }
    case ast::ExprKind::Object: {
      if (Value v; literal_value(e, v)) return constant(std::move(v));
      const auto& entries = static_cast<const ast::ObjectExpr*>(e)->entries;
      std::vector<std::uint32_t> kids;
      std::vector<std::string> keys;
      kids.reserve(entries.size());
      keys.reserve(entries.size());
      for (const auto& en : entries) {
        keys.push_back(en.key.text);
        kids.push_back(expr(en.value.get(), scope));
      }
      Expr& out = new_expr(ExprOp::Object);
      out.keys = std::move(keys);
      out.kids = std::move(kids);
      return fold(m, last_expr());
    }
  }
  return constant(nullptr);
}

// Folds an expression whose operands are all constants.
std::uint32_t ExprCompiler::fold(Mark m, std::uint32_t id) {
  for (std::uint32_t k : plan_.exprs[id].kids) {
    if (k != kNone && !is_const(k)) return id;
  }
  return fold_since(m, id);
}

// The @untrusted input an expression's value comes from (through members,
// indexes, loop variables and fragment parameters).
std::uint32_t ExprCompiler::root_untrusted(const ast::Expr* e, const Scope& scope) const {
  const ast::NameExpr* root = root_name(e);
  const NameBinding* b = root ? scope.find(root->name.text) : nullptr;
  return b ? b->untrusted : kNone;
}

}  // namespace aep::ir::plan::detail
