// Transformer, part 4: expressions, arguments, annotations and types.
// `and`/`or` chains become one n-ary node and postfix chains are built in a
// loop; chains longer than the nesting limit are cut with a diagnostic so
// that no later recursive walk over the AST can exhaust the stack.
#include <charconv>
#include <cstdlib>

#include <fmt/format.h>

#include "compiler/syntax/transformer.hpp"

namespace aep::syntax {

ast::ExprPtr Transformer::error_expr(Ctx* ctx) {
  auto e = std::make_unique<ast::ErrorExpr>();
  e->span = span(ctx);
  return e;
}

ast::ExprPtr Transformer::transform_expr(Ctx* ctx) {
  if (!ctx) return nullptr;
  std::vector<ast::ExprPtr> operands;
  for (auto* child : ctx->children) {
    if (auto* a = as_rule(child, P::RuleAndExpr)) operands.push_back(transform_and(a));
  }
  if (operands.empty()) return error_expr(ctx);
  if (operands.size() == 1) return std::move(operands[0]);
  auto e = std::make_unique<ast::LogicalExpr>();
  e->op = ast::LogicalOp::Or;
  e->operands = std::move(operands);
  e->span = span(ctx);
  return e;
}

ast::ExprPtr Transformer::transform_and(Ctx* ctx) {
  std::vector<ast::ExprPtr> operands;
  for (auto* child : ctx->children) {
    if (auto* n = as_rule(child, P::RuleNotExpr)) operands.push_back(transform_not(n));
  }
  if (operands.empty()) return error_expr(ctx);
  if (operands.size() == 1) return std::move(operands[0]);
  auto e = std::make_unique<ast::LogicalExpr>();
  e->op = ast::LogicalOp::And;
  e->operands = std::move(operands);
  e->span = span(ctx);
  return e;
}

ast::ExprPtr Transformer::transform_not(Ctx* ctx) {
  std::vector<antlr4::Token*> nots;
  ast::ExprPtr inner;
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child); t && t->getType() == P::K_NOT) nots.push_back(t);
    else if (auto* c = as_rule(child, P::RuleComparison)) inner = transform_comparison(c);
  }
  if (!inner) inner = error_expr(ctx);
  if (nots.size() > options_.max_nesting) {
    sink_.report(make_diag(DiagKind::NestingTooDeep, span(nots[options_.max_nesting]),
                           fmt::format("more than {} 'not' in a row", options_.max_nesting))
                     .help("two 'not' cancel out; simplify the condition"));
    nots.resize(options_.max_nesting);
  }
  for (auto it = nots.rbegin(); it != nots.rend(); ++it) {
    auto e = std::make_unique<ast::UnaryExpr>();
    e->op = ast::UnaryOp::Not;
    e->span = join(span(*it), inner->span);
    e->operand = std::move(inner);
    inner = std::move(e);
  }
  return inner;
}

ast::ExprPtr Transformer::transform_comparison(Ctx* ctx) {
  ast::ExprPtr lhs, rhs;
  auto e = std::make_unique<ast::CompareExpr>();
  bool has_op = false;
  for (auto* child : ctx->children) {
    if (auto* u = as_rule(child, P::RuleUnary)) {
      (lhs ? rhs : lhs) = transform_unary(u);
    } else if (auto* op = as_rule(child, P::RuleCompareOp)) {
      has_op = true;
      e->op_span = span(op);
      auto* t = op->getStart();
      switch (t ? t->getType() : 0) {
        case P::EQ: e->op = ast::CompareOp::Eq; break;
        case P::NE: e->op = ast::CompareOp::Ne; break;
        case P::LT: e->op = ast::CompareOp::Lt; break;
        case P::LE: e->op = ast::CompareOp::Le; break;
        case P::GT: e->op = ast::CompareOp::Gt; break;
        case P::GE: e->op = ast::CompareOp::Ge; break;
        case P::K_IN: e->op = ast::CompareOp::In; break;
        case P::K_NOT: e->op = ast::CompareOp::NotIn; break;
        default: break;
      }
    }
  }
  if (!lhs) return error_expr(ctx);
  if (!has_op) return lhs;
  e->lhs = std::move(lhs);
  e->rhs = rhs ? std::move(rhs) : error_expr(ctx);
  e->span = span(ctx);
  return e;
}

ast::ExprPtr Transformer::transform_unary(Ctx* ctx) {
  antlr4::Token* minus = nullptr;
  ast::ExprPtr inner;
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child); t && t->getType() == P::MINUS) minus = t;
    else if (auto* p = as_rule(child, P::RulePostfix)) inner = transform_postfix(p);
  }
  if (!inner) return error_expr(ctx);
  if (!minus) return inner;
  // `-5` and `-0.5` are literals; `-x` is a negation.
  if (inner->kind == ast::ExprKind::Int) {
    auto& i = static_cast<ast::IntExpr&>(*inner);
    antlr4::Token* digits = ctx->getStop();
    i.value = parse_int(digits, true);
    i.negative = true;
    i.text = "-" + i.text;
    i.span = span(ctx);
    return inner;
  }
  if (inner->kind == ast::ExprKind::Float) {
    auto& f = static_cast<ast::FloatExpr&>(*inner);
    f.value = -f.value;
    f.text = "-" + f.text;
    f.span = span(ctx);
    return inner;
  }
  auto e = std::make_unique<ast::UnaryExpr>();
  e->op = ast::UnaryOp::Negate;
  e->operand = std::move(inner);
  e->span = span(ctx);
  return e;
}

ast::ExprPtr Transformer::transform_postfix(Ctx* ctx) {
  ast::ExprPtr current;
  std::uint32_t chain = 0;
  for (auto* child : ctx->children) {
    if (auto* p = as_rule(child, P::RulePrimary)) {
      current = transform_primary(p);
      continue;
    }
    auto* op = as_rule(child, P::RulePostfixOp);
    if (!op || !current || op->children.empty()) continue;
    if (++chain > options_.max_nesting) {
      sink_.report(make_diag(DiagKind::NestingTooDeep, span(op),
                             fmt::format("expression chains more than {} member accesses, calls or indexes",
                                         options_.max_nesting))
                       .help("split the expression"));
      break;
    }
    auto* first = as_token(op->children[0]);
    Span whole = join(current->span, span(op));
    if (first && first->getType() == P::DOT) {
      auto e = std::make_unique<ast::MemberExpr>();
      for (auto* c : op->children) {
        if (auto* n = as_rule(c, P::RuleName)) e->member = transform_name(n);
      }
      e->object = std::move(current);
      e->span = whole;
      current = std::move(e);
    } else if (first && first->getType() == P::LPAREN) {
      auto e = std::make_unique<ast::CallExpr>();
      for (auto* c : op->children) {
        if (auto* a = as_rule(c, P::RuleArgs)) transform_args(a, e->args);
      }
      e->callee = std::move(current);
      e->span = whole;
      current = std::move(e);
    } else if (first && first->getType() == P::LBRACK) {
      auto e = std::make_unique<ast::IndexExpr>();
      for (auto* c : op->children) {
        if (auto* x = as_rule(c, P::RuleExpr)) e->index = transform_expr(x);
      }
      if (!e->index) e->index = error_expr(op);
      e->object = std::move(current);
      e->span = whole;
      current = std::move(e);
    }
  }
  return current ? std::move(current) : error_expr(ctx);
}

std::int64_t Transformer::parse_int(antlr4::Token* token, bool negative) {
  std::string digits;
  for (char c : text(token)) {
    if (c != '_') digits += c;
  }
  if (negative) digits.insert(digits.begin(), '-');
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || ptr != digits.data() + digits.size()) {
    if (!digits.empty()) {
      sink_.report(make_diag(DiagKind::NumberOutOfRange, span(token),
                             fmt::format("integer {} does not fit in 64 bits", text(token)))
                       .help("integers range from -9223372036854775808 to 9223372036854775807"));
    }
    return 0;
  }
  return value;
}

ast::ExprPtr Transformer::transform_primary(Ctx* ctx) {
  if (ctx->children.empty()) return error_expr(ctx);
  if (auto* t = as_token(ctx->children[0])) {
    switch (t->getType()) {
      case P::INT: {
        auto e = std::make_unique<ast::IntExpr>();
        e->text = std::string(text(t));
        e->value = parse_int(t);
        e->span = span(t);
        return e;
      }
      case P::FLOAT: {
        auto e = std::make_unique<ast::FloatExpr>();
        e->text = std::string(text(t));
        std::string clean;
        for (char c : e->text) {
          if (c != '_') clean += c;
        }
        e->value = std::strtod(clean.c_str(), nullptr);
        e->span = span(t);
        return e;
      }
      case P::K_TRUE:
      case P::K_FALSE: {
        auto e = std::make_unique<ast::BoolExpr>();
        e->value = t->getType() == P::K_TRUE;
        e->span = span(t);
        return e;
      }
      case P::K_NULL: {
        auto e = std::make_unique<ast::NullExpr>();
        e->span = span(t);
        return e;
      }
      case P::LPAREN:
        for (auto* c : ctx->children) {
          if (auto* x = as_rule(c, P::RuleExpr)) return transform_expr(x);
        }
        return error_expr(ctx);
      default:
        return error_expr(ctx);
    }
  }
  auto* rule = as_rule(ctx->children[0]);
  if (!rule) return error_expr(ctx);
  switch (rule->getRuleIndex()) {
    case P::RuleStringLit: {
      auto e = std::make_unique<ast::StringExpr>();
      e->value = transform_string(rule);
      e->span = e->value.span;
      return e;
    }
    case P::RuleName: {
      auto e = std::make_unique<ast::NameExpr>();
      e->name = transform_name(rule);
      e->span = e->name.span;
      return e;
    }
    case P::RuleListLit: {
      auto e = std::make_unique<ast::ListExpr>();
      for (auto* c : rule->children) {
        if (auto* x = as_rule(c, P::RuleExpr)) e->items.push_back(transform_expr(x));
      }
      e->span = span(rule);
      return e;
    }
    case P::RuleObjectLit:
      return transform_object(rule);
    default:
      return error_expr(ctx);
  }
}

ast::ExprPtr Transformer::transform_object(Ctx* ctx) {
  auto e = std::make_unique<ast::ObjectExpr>();
  transform_object_entries(ctx, e->entries);
  e->span = span(ctx);
  return e;
}

void Transformer::transform_object_entries(Ctx* ctx, std::vector<ast::ObjectEntry>& out) {
  for (auto* child : ctx->children) {
    auto* entry_ctx = as_rule(child, P::RuleObjectEntry);
    if (!entry_ctx) continue;
    ast::ObjectEntry entry;
    entry.span = span(entry_ctx);
    for (auto* c : entry_ctx->children) {
      if (auto* n = as_rule(c, P::RuleName)) {
        entry.key = transform_name(n);
      } else if (auto* s = as_rule(c, P::RuleStringLit)) {
        ast::StringLit key = transform_string(s);
        entry.key.text = key.plain_text();
        entry.key.span = key.span;
        entry.quoted_key = true;
      } else if (auto* x = as_rule(c, P::RuleExpr)) {
        entry.value = transform_expr(x);
      }
    }
    out.push_back(std::move(entry));
  }
}

void Transformer::transform_args(Ctx* ctx, std::vector<ast::Arg>& out) {
  for (auto* child : ctx->children) {
    auto* arg_ctx = as_rule(child, P::RuleArg);
    if (!arg_ctx) continue;
    ast::Arg arg;
    arg.span = span(arg_ctx);
    for (auto* c : arg_ctx->children) {
      if (auto* n = as_rule(c, P::RuleName)) arg.name = transform_name(n);
      else if (auto* x = as_rule(c, P::RuleExpr)) arg.value = transform_expr(x);
    }
    if (!arg.value) arg.value = error_expr(arg_ctx);
    out.push_back(std::move(arg));
  }
}

ast::Annotation Transformer::transform_annotation(Ctx* ctx) {
  ast::Annotation a;
  a.span = span(ctx);
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child)) {
      if (t->getType() == P::ANNOTATION) {
        Span s = span(t);
        a.name.text = std::string(text(t).substr(1));
        a.name.span = file_.span(s.begin + 1, s.end);
      } else if (t->getType() == P::LPAREN) {
        a.has_parens = true;
      }
    } else if (auto* args = as_rule(child, P::RuleArgs)) {
      transform_args(args, a.args);
    }
  }
  return a;
}

ast::TypeExprPtr Transformer::transform_type(Ctx* ctx) {
  auto t = std::make_unique<ast::NamedType>();
  t->span = span(ctx);
  for (auto* child : ctx->children) {
    if (auto* q = as_rule(child, P::RuleQualifiedName)) t->name = transform_qualified_name(q);
    else if (auto* arg = as_rule(child, P::RuleTypeExpr)) t->args.push_back(transform_type(arg));
    else if (auto* tok = as_token(child); tok && tok->getType() == P::QUESTION) t->optional = true;
  }
  return t;
}

ast::TypeExprPtr Transformer::transform_record(Ctx* ctx) {
  auto r = std::make_unique<ast::RecordType>();
  r->span = span(ctx);
  for (auto* child : ctx->children) {
    if (auto* f = as_rule(child, P::RuleField)) r->fields.push_back(transform_field(f));
  }
  return r;
}

}  // namespace aep::syntax
