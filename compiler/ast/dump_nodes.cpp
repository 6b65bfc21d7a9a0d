// The golden text form of the AST, part 2: annotations, arguments, types,
// fields, strings, interpolations and expressions.
#include "compiler/ast/dumper.hpp"

namespace aep::ast {

void Dumper::annotations(const Annotations& list) {
  for (const auto& a : list) {
    line("annotation @" + a.name.text + (a.has_parens ? "()" : ""), a.span);
    Indent in(*this);
    args(a.args);
  }
}

void Dumper::args(const std::vector<Arg>& list) {
  for (const auto& a : list) {
    line(a.name ? "arg " + a.name->text : std::string("arg"), a.span);
    Indent in(*this);
    expr(a.value.get());
  }
}

void Dumper::type(const TypeExpr* t) {
  if (!t) {
    plain("type <missing>");
    return;
  }
  std::string opt = t->optional ? "?" : "";
  if (t->kind == TypeKind::Named) {
    const auto& n = static_cast<const NamedType&>(*t);
    line("type " + qname(n.name) + opt, t->span);
    Indent in(*this);
    for (const auto& a : n.args) type(a.get());
  } else {
    const auto& r = static_cast<const RecordType&>(*t);
    line("type record" + opt, t->span);
    Indent in(*this);
    fields(r.fields, "field");
  }
}

void Dumper::fields(const std::vector<Field>& list, std::string_view what) {
  for (const auto& f : list) {
    line(std::string(what) + " " + f.name.text, f.span);
    Indent in(*this);
    doc(f.doc);
    type(f.type.get());
    if (f.default_value) {
      plain("default");
      Indent in2(*this);
      expr(f.default_value.get());
    }
    annotations(f.annotations);
  }
}

void Dumper::string_lit(const StringLit& s, std::string_view label) {
  static const char* styles[] = {"quoted", "triple", "raw", "raw-triple", "raw-hash"};
  line(std::string(label) + " " + styles[static_cast<int>(s.style)], s.span);
  Indent in(*this);
  for (const auto& p : s.parts) {
    if (p.is_text()) {
      line("text " + quote_for_dump(p.text), p.span);
    } else {
      interpolation(*p.interp);
    }
  }
}

void Dumper::interpolation(const Interpolation& i) {
  line("interpolation", i.span);
  Indent in(*this);
  expr(i.expr.get());
  for (const auto& f : i.filters) {
    line("filter " + f.name.text + (f.has_parens ? "()" : ""), f.span);
    Indent in2(*this);
    args(f.args);
  }
}

void Dumper::entries(const std::vector<ObjectEntry>& list) {
  for (const auto& e : list) {
    line("entry " + (e.quoted_key ? quote_for_dump(e.key.text) : e.key.text), e.span);
    Indent in(*this);
    expr(e.value.get());
  }
}

void Dumper::config_entries(const std::vector<ConfigEntry>& list) {
  for (const auto& e : list) {
    line("entry " + e.key.text, e.span);
    Indent in(*this);
    expr(e.value.get());
  }
}

void Dumper::expr(const Expr* e) {
  if (!e) {
    plain("expr <missing>");
    return;
  }
  switch (e->kind) {
    case ExprKind::Null: line("null", e->span); return;
    case ExprKind::Error: line("error-expr", e->span); return;
    case ExprKind::Bool:
      line(static_cast<const BoolExpr&>(*e).value ? "bool true" : "bool false", e->span);
      return;
    case ExprKind::Int: {
      const auto& i = static_cast<const IntExpr&>(*e);
      line("int " + std::to_string(i.value), e->span);
      return;
    }
    case ExprKind::Float: {
      const auto& f = static_cast<const FloatExpr&>(*e);
      line("float " + f.text, e->span);
      return;
    }
    case ExprKind::String: string_lit(static_cast<const StringExpr&>(*e).value); return;
    case ExprKind::Name: line("name " + static_cast<const NameExpr&>(*e).name.text, e->span); return;
    case ExprKind::Member: {
      const auto& m = static_cast<const MemberExpr&>(*e);
      line("member ." + m.member.text, e->span);
      Indent in(*this);
      expr(m.object.get());
      return;
    }
    case ExprKind::Index: {
      const auto& x = static_cast<const IndexExpr&>(*e);
      line("index", e->span);
      Indent in(*this);
      expr(x.object.get());
      expr(x.index.get());
      return;
    }
    case ExprKind::Call: {
      const auto& c = static_cast<const CallExpr&>(*e);
      line("call", e->span);
      Indent in(*this);
      expr(c.callee.get());
      args(c.args);
      return;
    }
    case ExprKind::Unary: {
      const auto& u = static_cast<const UnaryExpr&>(*e);
      line(u.op == UnaryOp::Not ? "unary not" : "unary -", e->span);
      Indent in(*this);
      expr(u.operand.get());
      return;
    }
    case ExprKind::Compare: {
      const auto& c = static_cast<const CompareExpr&>(*e);
      line("compare " + std::string(to_string(c.op)), e->span);
      Indent in(*this);
      expr(c.lhs.get());
      expr(c.rhs.get());
      return;
    }
    case ExprKind::Logical: {
      const auto& l = static_cast<const LogicalExpr&>(*e);
      line(l.op == LogicalOp::And ? "logical and" : "logical or", e->span);
      Indent in(*this);
      for (const auto& o : l.operands) expr(o.get());
      return;
    }
    case ExprKind::List: {
      const auto& l = static_cast<const ListExpr&>(*e);
      line("list", e->span);
      Indent in(*this);
      for (const auto& i : l.items) expr(i.get());
      return;
    }
    case ExprKind::Object: {
      line("object", e->span);
      Indent in(*this);
      entries(static_cast<const ObjectExpr&>(*e).entries);
      return;
    }
  }
}

}  // namespace aep::ast
