// Transformer, part 2: members of prompts and mixins (metadata, inputs,
// output, tools, tool_choice, config, target blocks, budget, message blocks,
// `messages` splices and examples).
#include <fmt/format.h>

#include "compiler/syntax/transformer.hpp"

namespace aep::syntax {

void Transformer::transform_prompt_body(Ctx* ctx, ast::Members& out) {
  for (auto* child : ctx->children) {
    if (auto* m = as_rule(child, P::RulePromptMember)) {
      if (auto member = transform_member(m)) out.push_back(std::move(member));
    }
  }
}

void Transformer::transform_config_entries(Ctx* ctx, std::vector<ast::ConfigEntry>& out) {
  for (auto* child : ctx->children) {
    auto* e = as_rule(child, P::RuleConfigEntry);
    if (!e) continue;
    ast::ConfigEntry entry;
    entry.span = span(e);
    for (auto* c : e->children) {
      if (auto* n = as_rule(c, P::RuleName)) entry.key = transform_name(n);
      else if (auto* x = as_rule(c, P::RuleExpr)) entry.value = transform_expr(x);
    }
    out.push_back(std::move(entry));
  }
}

void Transformer::transform_budget_setting(Ctx* ctx, ast::BudgetSettings& out) {
  antlr4::Token* first = ctx->children.empty() ? nullptr : as_token(ctx->children[0]);
  if (!first) return;
  if (first->getType() == P::K_PRIORITY) {
    for (auto* c : ctx->children) {
      if (auto* t = as_token(c); t && t->getType() == P::INT) out.priority = parse_int(t);
    }
    out.priority_span = span(ctx);
    return;
  }
  for (auto* c : ctx->children) {
    auto* n = as_rule(c, P::RuleName);
    if (!n) continue;
    ast::Name mode = transform_name(n);
    if (mode.text == "drop") {
      out.shrink = ast::ShrinkMode::Drop;
    } else if (mode.text == "truncate") {
      out.shrink = ast::ShrinkMode::Truncate;
    } else if (!mode.text.empty()) {
      sink_.report(make_diag(DiagKind::InvalidShrinkMode, mode.span,
                             fmt::format("unknown shrink mode '{}'", mode.text))
                       .primary_label("expected 'drop' or 'truncate'")
                       .help("'drop' removes the whole part when over budget; 'truncate' cuts it to fit"));
    }
  }
  out.shrink_span = span(ctx);
}

std::unique_ptr<ast::MessageMember> Transformer::transform_message(Ctx* ctx) {
  auto msg = std::make_unique<ast::MessageMember>();
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child)) {
      switch (t->getType()) {
        case P::K_SYSTEM: msg->role = ast::Role::System; break;
        case P::K_DEVELOPER: msg->role = ast::Role::Developer; break;
        case P::K_USER: msg->role = ast::Role::User; break;
        case P::K_ASSISTANT: msg->role = ast::Role::Assistant; break;
        default: break;
      }
    } else if (auto* a = as_rule(child, P::RuleAnnotation)) {
      msg->annotations.push_back(transform_annotation(a));
    } else if (auto* b = as_rule(child, P::RuleBlock)) {
      transform_block(b, msg->items);
    }
  }
  msg->doc = doc_before(ctx);
  msg->span = span(ctx);
  return msg;
}

ast::MemberPtr Transformer::transform_example(Ctx* ctx) {
  auto ex = std::make_unique<ast::ExampleMember>();
  for (auto* child : ctx->children) {
    if (auto* n = as_rule(child, P::RuleName)) {
      ex->name = transform_name(n);
    } else if (auto* a = as_rule(child, P::RuleAnnotation)) {
      ex->annotations.push_back(transform_annotation(a));
    } else if (auto* item = as_rule(child, P::RuleExampleItem)) {
      antlr4::Token* first = item->children.empty() ? nullptr : as_token(item->children[0]);
      for (auto* c : item->children) {
        if (auto* m = as_rule(c, P::RuleMessageBlock)) {
          ex->messages.push_back(transform_message(m));
        } else if (auto* o = as_rule(c, P::RuleObjectLit); o && first && first->getType() == P::K_INPUT) {
          ex->has_input = true;
          transform_object_entries(o, ex->input);
        } else if (auto* e = as_rule(c, P::RuleExpr)) {
          ex->output = transform_expr(e);
        }
      }
    }
  }
  return ex;
}

ast::MemberPtr Transformer::transform_member(Ctx* wrapper) {
  Ctx* ctx = wrapper->children.empty() ? nullptr : as_rule(wrapper->children[0]);
  if (!ctx) return nullptr;
  ast::MemberPtr out;
  switch (ctx->getRuleIndex()) {
    case P::RuleMetadataEntry: {
      auto m = std::make_unique<ast::MetadataMember>();
      m->key = metadata_key(ctx, m->value);
      out = std::move(m);
      break;
    }
    case P::RuleInputDecl: {
      auto m = std::make_unique<ast::InputMember>();
      for (auto* c : ctx->children) {
        if (auto* n = as_rule(c, P::RuleName)) m->name = transform_name(n);
        else if (auto* t = as_rule(c, P::RuleTypeExpr)) m->type = transform_type(t);
        else if (auto* e = as_rule(c, P::RuleExpr)) m->default_value = transform_expr(e);
        else if (auto* a = as_rule(c, P::RuleAnnotation)) m->annotations.push_back(transform_annotation(a));
      }
      out = std::move(m);
      break;
    }
    case P::RuleOutputDecl: {
      auto m = std::make_unique<ast::OutputMember>();
      for (auto* c : ctx->children) {
        if (auto* t = as_rule(c, P::RuleTypeExpr)) m->type = transform_type(t);
        else if (auto* r = as_rule(c, P::RuleRecordBody)) m->type = transform_record(r);
        else if (auto* a = as_rule(c, P::RuleAnnotation)) m->annotations.push_back(transform_annotation(a));
      }
      out = std::move(m);
      break;
    }
    case P::RuleToolsDecl: {
      auto m = std::make_unique<ast::ToolsMember>();
      for (auto* c : ctx->children) {
        if (auto* t = as_token(c); t && t->getType() == P::K_REMOVE) m->remove = true;
        else if (auto* q = as_rule(c, P::RuleQualifiedName)) m->tools.push_back(transform_qualified_name(q));
      }
      out = std::move(m);
      break;
    }
    case P::RuleToolChoiceDecl: {
      auto m = std::make_unique<ast::ToolChoiceMember>();
      for (auto* c : ctx->children) {
        if (auto* n = as_rule(c, P::RuleName)) m->choice = transform_name(n);
      }
      out = std::move(m);
      break;
    }
    case P::RuleToolDecl: {
      auto m = std::make_unique<ast::ToolMember>();
      m->tool = transform_tool(ctx);
      m->tool->doc = doc_before(ctx);
      out = std::move(m);
      break;
    }
    case P::RuleConfigBlock: {
      auto m = std::make_unique<ast::ConfigMember>();
      transform_config_entries(ctx, m->entries);
      out = std::move(m);
      break;
    }
    case P::RuleTargetBlock: {
      auto m = std::make_unique<ast::TargetMember>();
      for (auto* c : ctx->children) {
        if (auto* n = as_rule(c, P::RuleName)) m->target = transform_name(n);
      }
      transform_config_entries(ctx, m->entries);
      out = std::move(m);
      break;
    }
    case P::RuleBudgetDecl: {
      auto m = std::make_unique<ast::BudgetMember>();
      int ints = 0;
      for (auto* c : ctx->children) {
        auto* t = as_token(c);
        if (!t || t->getType() != P::INT) continue;
        if (ints++ == 0) m->tokens = parse_int(t);
        else m->reserve_output = parse_int(t);
      }
      out = std::move(m);
      break;
    }
    case P::RuleMessageBlock:
      return transform_message(ctx);
    case P::RuleMessagesSplice: {
      auto m = std::make_unique<ast::MessagesMember>();
      for (auto* c : ctx->children) {
        if (auto* n = as_rule(c, P::RuleName)) m->source = transform_name(n);
        else if (auto* b = as_rule(c, P::RuleSectionBudget)) transform_budget_setting(b, m->budget);
        else if (auto* a = as_rule(c, P::RuleAnnotation)) m->annotations.push_back(transform_annotation(a));
      }
      out = std::move(m);
      break;
    }
    case P::RuleExampleDecl:
      out = transform_example(ctx);
      break;
    default:
      return nullptr;
  }
  out->doc = doc_before(ctx);
  out->span = span(ctx);
  return out;
}

}  // namespace aep::syntax
