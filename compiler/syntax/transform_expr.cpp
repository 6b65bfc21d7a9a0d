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

namespace {

enum class OpClass { Or, And, Compare };

struct Operand {
  ast::ExprPtr expr;
  std::vector<antlr4::Token*> nots;
};

}  // namespace

// expr: operand (op operand)*. Precedence, loosest first: or, and, not,
// comparisons; comparisons do not chain. Built with loops only.
ast::ExprPtr Transformer::transform_expr(Ctx* ctx) {
  if (!ctx) return nullptr;
  std::vector<Operand> operands;
  std::vector<std::pair<OpClass, ast::CompareOp>> ops;
  std::vector<Span> op_spans;
  for (auto* child : ctx->children) {
    auto* rule = as_rule(child);
    if (!rule) continue;
    if (rule->getRuleIndex() == P::RuleUnaryExpr) {
      Operand o;
      o.expr = transform_operand(rule, o.nots);
      operands.push_back(std::move(o));
    } else if (rule->getRuleIndex() == P::RuleBinaryOp) {
      auto* t = rule->getStart();
      std::size_t type = t ? t->getType() : 0;
      bool not_in = type == P::K_NOT;
      OpClass cls = type == P::K_OR ? OpClass::Or : type == P::K_AND ? OpClass::And : OpClass::Compare;
      ast::CompareOp op = ast::CompareOp::Eq;
      switch (type) {
        case P::NE: op = ast::CompareOp::Ne; break;
        case P::LT: op = ast::CompareOp::Lt; break;
        case P::LE: op = ast::CompareOp::Le; break;
        case P::GT: op = ast::CompareOp::Gt; break;
        case P::GE: op = ast::CompareOp::Ge; break;
        case P::K_IN: op = ast::CompareOp::In; break;
        default: if (not_in) op = ast::CompareOp::NotIn; break;
      }
      ops.push_back({cls, op});
      op_spans.push_back(span(rule));
    }
  }
  if (operands.empty()) return error_expr(ctx);
  while (ops.size() >= operands.size()) ops.pop_back();  // recovery left an operator without operand

  // Pass 1: comparisons (with the `not`s in front of their first operand).
  std::vector<ast::ExprPtr> terms;   // operands of and/or
  std::vector<OpClass> term_ops;     // the and/or between terms
  std::size_t i = 0;
  while (i < operands.size()) {
    std::vector<antlr4::Token*> nots = std::move(operands[i].nots);
    ast::ExprPtr term = std::move(operands[i].expr);
    while (i < ops.size() && ops[i].first == OpClass::Compare) {
      auto cmp = std::make_unique<ast::CompareExpr>();
      cmp->op = ops[i].second;
      cmp->op_span = op_spans[i];
      ast::ExprPtr rhs = apply_nots(std::move(operands[i + 1].expr), operands[i + 1].nots);
      if (term->kind == ast::ExprKind::Compare) {
        sink_.report(make_diag(DiagKind::UnexpectedToken, op_spans[i], "comparisons cannot be chained")
                         .help("join the comparisons with 'and', as in `a < b and b < c`"));
      }
      cmp->span = join(term->span, rhs->span);
      cmp->lhs = std::move(term);
      cmp->rhs = std::move(rhs);
      term = std::move(cmp);
      ++i;
    }
    terms.push_back(apply_nots(std::move(term), nots));
    if (i < ops.size()) term_ops.push_back(ops[i].first);
    ++i;
  }
  // Pass 2: `and` groups, then `or` over them; both n-ary.
  std::vector<ast::ExprPtr> ors;
  std::vector<ast::ExprPtr> ands;
  auto flush_ands = [&] {
    if (ands.size() == 1) {
      ors.push_back(std::move(ands[0]));
    } else if (!ands.empty()) {
      auto e = std::make_unique<ast::LogicalExpr>();
      e->op = ast::LogicalOp::And;
      e->span = join(ands.front()->span, ands.back()->span);
      e->operands = std::move(ands);
      ors.push_back(std::move(e));
    }
    ands.clear();
  };
  for (std::size_t k = 0; k < terms.size(); ++k) {
    ands.push_back(std::move(terms[k]));
    if (k < term_ops.size() && term_ops[k] == OpClass::Or) flush_ands();
  }
  flush_ands();
  if (ors.size() == 1) return std::move(ors[0]);
  auto e = std::make_unique<ast::LogicalExpr>();
  e->op = ast::LogicalOp::Or;
  e->span = join(ors.front()->span, ors.back()->span);
  e->operands = std::move(ors);
  return e;
}

ast::ExprPtr Transformer::apply_nots(ast::ExprPtr inner, const std::vector<antlr4::Token*>& nots) {
  std::size_t count = nots.size();
  if (count > options_.max_nesting) {
    sink_.report(make_diag(DiagKind::NestingTooDeep, span(nots[options_.max_nesting]),
                           fmt::format("more than {} 'not' in a row", options_.max_nesting))
                     .help("two 'not' cancel out; simplify the condition"));
    count = options_.max_nesting;
  }
  for (std::size_t k = count; k-- > 0;) {
    auto e = std::make_unique<ast::UnaryExpr>();
    e->op = ast::UnaryOp::Not;
    e->span = join(span(nots[k]), inner->span);
    e->operand = std::move(inner);
    inner = std::move(e);
  }
  return inner;
}

// unaryExpr: (not | -)* primary postfixOp*
ast::ExprPtr Transformer::transform_operand(Ctx* ctx, std::vector<antlr4::Token*>& nots) {
  std::vector<antlr4::Token*> minuses;
  ast::ExprPtr current;
  std::uint32_t chain = 0;
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child)) {
      if (t->getType() == P::K_NOT && !current) nots.push_back(t);
      else if (t->getType() == P::MINUS && !current) minuses.push_back(t);
      continue;
    }
    auto* rule = as_rule(child);
    if (!rule) continue;
    if (rule->getRuleIndex() == P::RulePrimary) {
      current = transform_primary(rule);
      continue;
    }
    if (rule->getRuleIndex() != P::RulePostfixOp || !current || rule->children.empty()) continue;
    if (++chain > options_.max_nesting) {
      sink_.report(make_diag(DiagKind::NestingTooDeep, span(rule),
                             fmt::format("expression chains more than {} member accesses, calls or indexes",
                                         options_.max_nesting))
                       .help("split the expression"));
      break;
    }
    auto* first = as_token(rule->children[0]);
    Span whole = join(current->span, span(rule));
    if (first && first->getType() == P::DOT) {
      auto e = std::make_unique<ast::MemberExpr>();
      for (auto* c : rule->children) {
        if (auto* n = as_rule(c, P::RuleName)) e->member = transform_name(n);
      }
      e->object = std::move(current);
      e->span = whole;
      current = std::move(e);
    } else if (first && first->getType() == P::LPAREN) {
      auto e = std::make_unique<ast::CallExpr>();
      for (auto* c : rule->children) {
        if (auto* a = as_rule(c, P::RuleArgs)) transform_args(a, e->args);
      }
      e->callee = std::move(current);
      e->span = whole;
      current = std::move(e);
    } else if (first && first->getType() == P::LBRACK) {
      auto e = std::make_unique<ast::IndexExpr>();
      for (auto* c : rule->children) {
        if (auto* x = as_rule(c, P::RuleExpr)) e->index = transform_expr(x);
      }
      if (!e->index) e->index = error_expr(rule);
      e->object = std::move(current);
      e->span = whole;
      current = std::move(e);
    }
  }
  if (!current) current = error_expr(ctx);
  if (minuses.size() > options_.max_nesting) minuses.resize(options_.max_nesting);
  for (std::size_t k = minuses.size(); k-- > 0;) {
    Span whole = join(span(minuses[k]), current->span);
    // `-5` and `-0.5` are literals; `-x` is a negation.
    if (current->kind == ast::ExprKind::Int && !static_cast<ast::IntExpr&>(*current).negative) {
      auto& lit = static_cast<ast::IntExpr&>(*current);
      std::string digits = lit.text;
      lit.value = 0;
      lit.negative = true;
      lit.text = "-" + digits;
      std::string clean = "-";
      for (char c : digits) {
        if (c != '_') clean += c;
      }
      auto [ptr, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), lit.value);
      (void)ptr;
      (void)ec;  // out of range was already reported for the positive value, or fits now (INT64_MIN)
      lit.span = whole;
      continue;
    }
    if (current->kind == ast::ExprKind::Float && static_cast<ast::FloatExpr&>(*current).text[0] != '-') {
      auto& lit = static_cast<ast::FloatExpr&>(*current);
      lit.value = -lit.value;
      lit.text = "-" + lit.text;
      lit.span = whole;
      continue;
    }
    auto e = std::make_unique<ast::UnaryExpr>();
    e->op = ast::UnaryOp::Negate;
    e->operand = std::move(current);
    e->span = whole;
    current = std::move(e);
  }
  return current;
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
