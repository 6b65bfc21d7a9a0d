// Type checking of template expressions (names, member access, indexing,
// comparisons, filters) and of literal values against declared types
// (input defaults, fragment arguments, example inputs).
#include <fmt/format.h>

#include "compiler/sema/analyzer.hpp"
#include "compiler/sema/suggest.hpp"

namespace aep::sema {
namespace {

bool is_text(const TypeRef& t) {
  return t && (t->tag == TypeTag::String || t->tag == TypeTag::Enum || t->tag == TypeTag::Json);
}
bool is_scalar(const TypeRef& t) {
  return t && (t->tag == TypeTag::String || t->tag == TypeTag::Enum || t->tag == TypeTag::Int ||
               t->tag == TypeTag::Float || t->tag == TypeTag::Bool || t->tag == TypeTag::Json || t->tag == TypeTag::Null);
}
bool is_number(const TypeRef& t) { return t && (t->tag == TypeTag::Int || t->tag == TypeTag::Float); }

const std::vector<std::string>& filter_names() {
  static const std::vector<std::string> names = {"upper", "lower", "trim", "json", "indent", "truncate", "join"};
  return names;
}

}  // namespace

TypeRef Analyzer::type_of(const ast::Expr& expr, const Scope& scope, const BodyContext& ctx) {
  switch (expr.kind) {
    case ast::ExprKind::Null: return primitive(TypeTag::Null);
    case ast::ExprKind::Bool: return primitive(TypeTag::Bool);
    case ast::ExprKind::Int: return primitive(TypeTag::Int);
    case ast::ExprKind::Float: return primitive(TypeTag::Float);
    case ast::ExprKind::Error: return nullptr;
    case ast::ExprKind::String: {
      const auto& lit = static_cast<const ast::StringExpr&>(expr).value;
      for (const auto& part : lit.parts) {
        if (part.interp) check_interpolation(*part.interp, scope, ctx);
      }
      return primitive(TypeTag::String);
    }
    case ast::ExprKind::Name: {
      const auto& n = static_cast<const ast::NameExpr&>(expr).name;
      if (const TypeRef* t = scope.find(n.text)) {
        if ((ctx.role == ast::Role::System || ctx.role == ast::Role::Developer) && !ctx.in_fragment && ctx.placing &&
            scope.is_untrusted(n.text)) {
          report(make_diag(DiagKind::UntrustedInSystem, n.span,
                           fmt::format("untrusted input `{}` in a {} message", n.text,
                                       ctx.role == ast::Role::System ? "system" : "developer"))
                     .primary_label("marked @untrusted")
                     .help("place it in a `user` message, where the target delimits it as data"));
        }
        return *t;
      }
      auto names = scope.all_names();
      auto d = make_diag(DiagKind::UnknownTemplateName, n.span, fmt::format("unknown name `{}` in a template", n.text))
                   .primary_label(ctx.in_fragment ? "not a parameter of this fragment nor a loop variable"
                                                  : "not an input of this prompt nor a loop variable");
      if (auto s = closest_name(n.text, names)) d.help("did you mean `" + *s + "`?");
      else if (ctx.in_fragment) d.help("fragments only see their parameters: add a parameter and pass the value with `use`");
      else d.help(fmt::format("declare it: `input {}: string`", n.text));
      report(d);
      return nullptr;
    }
    case ast::ExprKind::Member: {
      const auto& m = static_cast<const ast::MemberExpr&>(expr);
      TypeRef object = type_of(*m.object, scope, ctx);
      if (!object) return nullptr;
      if (object->tag == TypeTag::Json) return primitive(TypeTag::Json);
      if (object->tag == TypeTag::Map) return with_optional(object->element, true);
      if (object->tag != TypeTag::Record) {
        report(make_diag(DiagKind::UnknownField, m.member.span,
                         fmt::format("a value of type `{}` has no fields", type_name(object)))
                   .primary_label(fmt::format("`.{}` on `{}`", m.member.text, type_name(object))));
        return nullptr;
      }
      const RecordField* f = object->field(m.member.text);
      if (!f) {
        std::vector<std::string> names;
        for (const auto& field : object->fields) names.push_back(field.name);
        auto d = make_diag(DiagKind::UnknownField, m.member.span,
                           fmt::format("`{}` has no field `{}`", type_name(with_optional(object, false)), m.member.text))
                     .primary_label("unknown field");
        if (auto s = closest_name(m.member.text, names)) d.help("did you mean `" + *s + "`?");
        else d.note("its fields are " + list_names(names));
        report(d);
        return nullptr;
      }
      return object->optional ? with_optional(f->type, true) : f->type;
    }
    case ast::ExprKind::Index: {
      const auto& ix = static_cast<const ast::IndexExpr&>(expr);
      TypeRef object = type_of(*ix.object, scope, ctx);
      TypeRef index = type_of(*ix.index, scope, ctx);
      if (!object) return nullptr;
      if (object->tag == TypeTag::Json) return object;
      if (object->tag == TypeTag::List) {
        if (index && index->tag != TypeTag::Int) {
          report(make_diag(DiagKind::InvalidComparison, ix.index->span, "a list index must be an `int`")
                     .primary_label(fmt::format("this is `{}`", type_name(index))));
        }
        return with_optional(object->element, true);
      }
      if (object->tag == TypeTag::Map) return with_optional(object->element, true);
      report(make_diag(DiagKind::NotIterable, ix.object->span, fmt::format("cannot index a value of type `{}`", type_name(object))));
      return nullptr;
    }
    case ast::ExprKind::Call:
      report(make_diag(DiagKind::CallInTemplate, expr.span, "templates cannot call functions")
                 .help("compute the value before rendering and pass it as an input"));
      return nullptr;
    case ast::ExprKind::Unary: {
      const auto& u = static_cast<const ast::UnaryExpr&>(expr);
      TypeRef t = type_of(*u.operand, scope, ctx);
      if (u.op == ast::UnaryOp::Not) return primitive(TypeTag::Bool);
      if (t && !is_number(t)) {
        report(make_diag(DiagKind::InvalidComparison, u.operand->span, fmt::format("cannot negate a value of type `{}`", type_name(t))));
        return nullptr;
      }
      return t;
    }
    case ast::ExprKind::Compare: {
      const auto& c = static_cast<const ast::CompareExpr&>(expr);
      TypeRef l = type_of(*c.lhs, scope, ctx);
      TypeRef r = type_of(*c.rhs, scope, ctx);
      if (!l || !r) return primitive(TypeTag::Bool);
      auto bare = [](const TypeRef& t) { return with_optional(t, false); };
      bool ok = true;
      if (c.op == ast::CompareOp::In || c.op == ast::CompareOp::NotIn) {
        ok = r->tag == TypeTag::Json || r->tag == TypeTag::Map ||
             (r->tag == TypeTag::String && is_text(l)) ||
             (r->tag == TypeTag::List && (assignable(bare(l), r->element) || assignable(r->element, bare(l)) ||
                                          (is_text(l) && is_text(r->element))));
      } else if (c.op == ast::CompareOp::Eq || c.op == ast::CompareOp::Ne) {
        ok = l->tag == TypeTag::Null || r->tag == TypeTag::Null || l->tag == TypeTag::Json || r->tag == TypeTag::Json ||
             assignable(bare(l), bare(r)) || assignable(bare(r), bare(l)) || (is_text(l) && is_text(r)) ||
             (is_number(l) && is_number(r));
        // An enum compared with a string literal: the literal must be a value.
        for (auto [e, other] : {std::pair{l, c.rhs.get()}, std::pair{r, c.lhs.get()}}) {
          if (ok && e->tag == TypeTag::Enum && other->kind == ast::ExprKind::String) {
            std::string v = static_cast<const ast::StringExpr*>(other)->value.plain_text();
            if (!e->has_value(v)) {
              std::vector<std::string> names;
              for (const auto& ev : e->values) names.push_back(ev.name);
              auto d = make_diag(DiagKind::TypeMismatch, other->span,
                                 fmt::format("`{}` is not a value of enum `{}`", v, with_optional(e, false)->name))
                           .primary_label("this comparison is always false");
              if (auto s = closest_name(v, names)) d.help("did you mean `" + *s + "`?");
              else d.note("its values are " + list_names(names));
              report(d);
            }
          }
        }
      } else {
        ok = (is_number(l) && is_number(r)) || (l->tag == TypeTag::String && r->tag == TypeTag::String) ||
             l->tag == TypeTag::Json || r->tag == TypeTag::Json;
      }
      if (!ok) {
        report(make_diag(DiagKind::InvalidComparison, c.op_span,
                         fmt::format("cannot compare `{}` with `{}` using `{}`", type_name(l), type_name(r), ast::to_string(c.op)))
                   .label(c.lhs->span, type_name(l))
                   .label(c.rhs->span, type_name(r)));
      }
      return primitive(TypeTag::Bool);
    }
    case ast::ExprKind::Logical: {
      for (const auto& o : static_cast<const ast::LogicalExpr&>(expr).operands) type_of(*o, scope, ctx);
      return primitive(TypeTag::Bool);
    }
    case ast::ExprKind::List: {
      const auto& l = static_cast<const ast::ListExpr&>(expr);
      TypeRef element;
      for (const auto& item : l.items) {
        TypeRef t = type_of(*item, scope, ctx);
        if (!element) element = t;
        else if (t && !same_type(element, t)) element = primitive(TypeTag::Json);
      }
      return list_of(element ? element : primitive(TypeTag::Json));
    }
    case ast::ExprKind::Object: {
      for (const auto& e : static_cast<const ast::ObjectExpr&>(expr).entries) {
        if (e.value) type_of(*e.value, scope, ctx);
      }
      return primitive(TypeTag::Json);
    }
  }
  return nullptr;
}

TypeRef Analyzer::check_interpolation(const ast::Interpolation& interp, const Scope& scope, const BodyContext& ctx) {
  TypeRef t = interp.expr ? type_of(*interp.expr, scope, ctx) : nullptr;
  for (const ast::Filter& f : interp.filters) {
    const std::string& n = f.name.text;
    auto want_args = [&](std::size_t count, TypeTag tag, std::string_view example) {
      bool ok = f.args.size() == count;
      for (const auto& a : f.args) {
        if (!ok) break;
        TypeRef at = a.value ? type_of(*a.value, scope, ctx) : nullptr;
        if (at && at->tag != tag) ok = false;
      }
      if (!ok) {
        report(make_diag(DiagKind::FilterMisuse, f.span, fmt::format("wrong arguments for filter `{}`", n))
                   .help(fmt::format("write `{}`", example)));
      }
    };
    auto want_operand = [&](bool ok, std::string_view expected) {
      if (t && !ok) {
        report(make_diag(DiagKind::FilterMisuse, f.name.span,
                         fmt::format("filter `{}` expects {}, not `{}`", n, expected, type_name(t)))
                   .label(interp.expr->span, type_name(t)));
      }
    };
    if (n == "upper" || n == "lower" || n == "trim") {
      want_args(0, TypeTag::Int, n);
      want_operand(is_text(t), "text");
      t = primitive(TypeTag::String);
    } else if (n == "json") {
      want_args(0, TypeTag::Int, "json");
      t = primitive(TypeTag::String);
    } else if (n == "indent" || n == "truncate") {
      want_args(1, TypeTag::Int, n + "(2)");
      want_operand(is_text(t), "text");
      t = primitive(TypeTag::String);
    } else if (n == "join") {
      want_args(1, TypeTag::String, "join(\", \")");
      want_operand(t && (t->tag == TypeTag::Json || (t->tag == TypeTag::List && is_scalar(t->element))),
                   "a list of strings, numbers or enums");
      t = primitive(TypeTag::String);
    } else {
      auto d = make_diag(DiagKind::UnknownFilter, f.name.span, fmt::format("unknown filter `{}`", n));
      if (auto s = closest_name(n, filter_names())) d.help("did you mean `" + *s + "`?");
      else d.note("the filters are " + list_names(filter_names()));
      report(d);
      t = nullptr;
    }
  }
  if (t && (t->tag == TypeTag::Record || t->tag == TypeTag::List || t->tag == TypeTag::Map || t->tag == TypeTag::Messages)) {
    report(make_diag(DiagKind::NotInterpolable, interp.expr->span,
                     fmt::format("a value of type `{}` cannot be placed in text as it is", type_name(t)))
               .help(t->tag == TypeTag::List ? "add `| join(\", \")` or `| json`, or loop over it with `for`"
                                            : "add `| json`, or select a field"));
  }
  return t;
}

void Analyzer::check_value(const ast::Expr& expr, const TypeRef& expected, std::string_view what) {
  if (!expected) return;
  auto mismatch = [&](const ast::Expr& at, std::string found, const TypeRef& want) {
    report(make_diag(DiagKind::TypeMismatch, at.span,
                     fmt::format("{} has the wrong type: expected `{}`, found {}", what, type_name(want), found))
               .primary_label("expected `" + type_name(want) + "`"));
  };
  const Type& t = *expected;
  switch (expr.kind) {
    case ast::ExprKind::Error: return;
    case ast::ExprKind::Null:
      if (!t.optional && t.tag != TypeTag::Json) mismatch(expr, "`null`", expected);
      return;
    default: break;
  }
  if (t.tag == TypeTag::Json) return;
  switch (expr.kind) {
    case ast::ExprKind::Bool:
      if (t.tag != TypeTag::Bool) mismatch(expr, "a `bool`", expected);
      return;
    case ast::ExprKind::Int:
      if (t.tag != TypeTag::Int && t.tag != TypeTag::Float) mismatch(expr, "an `int`", expected);
      return;
    case ast::ExprKind::Float:
      if (t.tag != TypeTag::Float) mismatch(expr, "a `float`", expected);
      return;
    case ast::ExprKind::String: {
      const auto& lit = static_cast<const ast::StringExpr&>(expr).value;
      if (t.tag == TypeTag::Enum) {
        std::string v = lit.plain_text();
        if (!t.has_value(v)) {
          std::vector<std::string> names;
          for (const auto& ev : t.values) names.push_back(ev.name);
          auto d = make_diag(DiagKind::TypeMismatch, expr.span,
                             fmt::format("{}: `{}` is not a value of enum `{}`", what, v, t.name))
                       .primary_label("not one of " + list_names(names));
          if (auto s = closest_name(v, names)) d.help("did you mean `" + *s + "`?");
          report(d);
        }
      } else if (t.tag != TypeTag::String) {
        mismatch(expr, "a string", expected);
      }
      return;
    }
    case ast::ExprKind::List: {
      const auto& l = static_cast<const ast::ListExpr&>(expr);
      if (t.tag == TypeTag::Messages) return;
      if (t.tag != TypeTag::List) return mismatch(expr, "a list", expected);
      for (const auto& item : l.items) check_value(*item, t.element, what);
      return;
    }
    case ast::ExprKind::Object: {
      const auto& o = static_cast<const ast::ObjectExpr&>(expr);
      if (t.tag == TypeTag::Map) {
        for (const auto& e : o.entries) {
          if (e.value) check_value(*e.value, t.element, what);
        }
        return;
      }
      if (t.tag != TypeTag::Record) return mismatch(expr, "an object", expected);
      std::set<std::string> given;
      for (const auto& e : o.entries) {
        given.insert(e.key.text);
        const RecordField* f = t.field(e.key.text);
        if (!f) {
          std::vector<std::string> names;
          for (const auto& field : t.fields) names.push_back(field.name);
          auto d = make_diag(DiagKind::TypeMismatch, e.key.span,
                             fmt::format("{}: `{}` has no field `{}`", what, type_name(with_optional(expected, false)), e.key.text))
                       .primary_label("unknown field");
          if (auto s = closest_name(e.key.text, names)) d.help("did you mean `" + *s + "`?");
          report(d);
          continue;
        }
        if (e.value) check_value(*e.value, f->type, what);
      }
      for (const auto& f : t.fields) {
        if (!given.count(f.name) && !f.type->optional && !(f.decl && f.decl->default_value)) {
          report(make_diag(DiagKind::TypeMismatch, expr.span, fmt::format("{}: field `{}` is missing", what, f.name))
                     .primary_label(fmt::format("`{}` needs `{}`", type_name(with_optional(expected, false)), f.name)));
        }
      }
      return;
    }
    default:
      report(make_diag(DiagKind::TypeMismatch, expr.span, fmt::format("{} must be a literal value", what))
                 .primary_label("not a literal"));
      return;
  }
}

}  // namespace aep::sema
