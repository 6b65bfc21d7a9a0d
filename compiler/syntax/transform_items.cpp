// Transformer, part 3: the content of message blocks, sections and fragments
// (text, bare interpolations, sections, if/else, for, use, super).
#include "compiler/syntax/transformer.hpp"

namespace aep::syntax {

void Transformer::transform_block(Ctx* ctx, ast::Items& out, Span* block_span) {
  if (!ctx) return;
  if (block_span) *block_span = span(ctx);
  for (auto* child : ctx->children) {
    if (auto* i = as_rule(child, P::RuleItem)) {
      if (auto item = transform_item(i)) out.push_back(std::move(item));
    }
  }
}

ast::ItemPtr Transformer::transform_item(Ctx* wrapper) {
  Ctx* ctx = wrapper->children.empty() ? nullptr : as_rule(wrapper->children[0]);
  if (!ctx) return nullptr;
  ast::ItemPtr out;
  switch (ctx->getRuleIndex()) {
    case P::RuleStringLit: {
      auto item = std::make_unique<ast::TextItem>();
      item->text = transform_string(ctx);
      out = std::move(item);
      break;
    }
    case P::RuleInterpolation: {
      auto item = std::make_unique<ast::InterpolationItem>();
      item->interp = transform_interpolation(ctx);
      out = std::move(item);
      break;
    }
    case P::RuleSectionDecl: out = transform_section(ctx); break;
    case P::RuleIfBlock: out = transform_if(ctx); break;
    case P::RuleForBlock: out = transform_for(ctx); break;
    case P::RuleUseItem: out = transform_use(ctx); break;
    case P::RuleSuperItem: out = std::make_unique<ast::SuperItem>(); break;
    default: return nullptr;
  }
  out->span = span(ctx);
  return out;
}

ast::ItemPtr Transformer::transform_section(Ctx* ctx) {
  require_name(ctx, "a section");
  auto section = std::make_unique<ast::SectionItem>();
  section->doc = doc_before(ctx);
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child)) {
      if (t->getType() == P::K_SECTION) section->has_section_keyword = true;
    } else if (auto* m = as_rule(child, P::RuleSectionModifier)) {
      auto* t = m->getStart();
      if (!t) continue;
      ast::SectionModifierKind kind;
      switch (t->getType()) {
        case P::K_OVERRIDE: kind = ast::SectionModifierKind::Override; break;
        case P::K_APPEND: kind = ast::SectionModifierKind::Append; break;
        case P::K_PREPEND: kind = ast::SectionModifierKind::Prepend; break;
        case P::K_REMOVE: kind = ast::SectionModifierKind::Remove; break;
        case P::K_REQUIRED: kind = ast::SectionModifierKind::Required; break;
        case P::K_FINAL: kind = ast::SectionModifierKind::Final; break;
        default: continue;
      }
      section->modifiers.push_back({kind, span(t)});
    } else if (auto* n = as_rule(child, P::RuleName)) {
      section->name = transform_name(n);
    } else if (auto* b = as_rule(child, P::RuleSectionBudget)) {
      transform_budget_setting(b, section->budget);
    } else if (auto* a = as_rule(child, P::RuleAnnotation)) {
      section->annotations.push_back(transform_annotation(a));
    } else if (auto* blk = as_rule(child, P::RuleBlock)) {
      section->has_body = true;
      transform_block(blk, section->body, &section->body_span);
    }
  }
  return section;
}

ast::ItemPtr Transformer::transform_if(Ctx* ctx) {
  auto item = std::make_unique<ast::IfItem>();
  auto branch_of = [&](Ctx* c) {
    ast::IfBranch branch;
    branch.span = span(c);
    for (auto* child : c->children) {
      if (auto* e = as_rule(child, P::RuleExpr)) branch.condition = transform_expr(e);
      else if (auto* b = as_rule(child, P::RuleBlock)) transform_block(b, branch.body);
    }
    return branch;
  };
  // The `if` branch is this rule's own expr and block; the span of that
  // branch ends with its block.
  ast::IfBranch first;
  for (auto* child : ctx->children) {
    if (auto* e = as_rule(child, P::RuleExpr)) {
      first.condition = transform_expr(e);
    } else if (auto* b = as_rule(child, P::RuleBlock)) {
      transform_block(b, first.body);
      first.span = join(span(ctx->getStart()), span(b));
    } else if (auto* elif = as_rule(child, P::RuleElseIf)) {
      if (item->branches.empty()) item->branches.push_back(std::move(first));
      item->branches.push_back(branch_of(elif));
    } else if (auto* els = as_rule(child, P::RuleElseBlock)) {
      if (item->branches.empty()) item->branches.push_back(std::move(first));
      item->has_else = true;
      item->else_span = span(els);
      for (auto* c : els->children) {
        if (auto* b = as_rule(c, P::RuleBlock)) transform_block(b, item->else_body);
      }
    }
  }
  if (item->branches.empty()) {
    if (!first.span.valid()) first.span = span(ctx);
    item->branches.push_back(std::move(first));
  }
  return item;
}

ast::ItemPtr Transformer::transform_for(Ctx* ctx) {
  auto item = std::make_unique<ast::ForItem>();
  int names = 0;
  for (auto* child : ctx->children) {
    if (auto* n = as_rule(child, P::RuleName)) {
      if (names++ == 0) item->var = transform_name(n);
      else item->second_var = transform_name(n);
    } else if (auto* e = as_rule(child, P::RuleExpr)) {
      item->iterable = transform_expr(e);
    } else if (auto* b = as_rule(child, P::RuleBlock)) {
      transform_block(b, item->body);
    }
  }
  return item;
}

ast::ItemPtr Transformer::transform_use(Ctx* ctx) {
  auto item = std::make_unique<ast::UseItem>();
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child)) {
      if (t->getType() == P::LPAREN) item->has_args = true;
    } else if (auto* q = as_rule(child, P::RuleQualifiedName)) {
      item->fragment = transform_qualified_name(q);
    } else if (auto* a = as_rule(child, P::RuleArgs)) {
      transform_args(a, item->args);
    }
  }
  return item;
}

}  // namespace aep::syntax
