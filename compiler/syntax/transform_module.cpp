// Transformer, part 1: spans, names, doc comments and the module's
// declarations (metadata, imports, enums, types, tools, fragments, mixins,
// prompts, tests and evals).
#include "compiler/syntax/transformer.hpp"

#include <typeinfo>

#include <fmt/format.h>

namespace aep::syntax {

namespace {

// The transformer asks "is this child a token / a rule of kind X?" several
// times per child. ANTLR 4.9 offers only dynamic_cast for that, which was a
// fifth of the transform time; the parse tree holds exactly three kinds of
// node (rule contexts, TerminalNodeImpl, ErrorNodeImpl), so typeid, which
// compares type_info pointers first, tells them apart cheaply. A terminal's
// token comes back through its source interval (its token index), because a
// TerminalNodeImpl cannot be static_cast from ParseTree (virtual base).
struct Classified {
  antlr4::tree::ParseTree* node = nullptr;
  antlr4::Token* token = nullptr;
  Ctx* rule = nullptr;
};
thread_local Classified last;
thread_local antlr4::BufferedTokenStream* current_tokens = nullptr;

const Classified& classify(antlr4::tree::ParseTree* node) {
  if (last.node == node) return last;
  last.node = node;
  last.rule = nullptr;
  last.token = nullptr;
  const std::type_info& type = typeid(*node);
  if (type == typeid(antlr4::tree::TerminalNodeImpl)) {
    std::size_t index = node->getSourceInterval().a;
    if (current_tokens && index < current_tokens->size()) last.token = current_tokens->get(index);
  } else if (type != typeid(antlr4::tree::ErrorNodeImpl)) {
    last.rule = static_cast<Ctx*>(node);
  }
  return last;
}

}  // namespace

antlr4::Token* as_token(antlr4::tree::ParseTree* node) { return classify(node).token; }

Ctx* as_rule(antlr4::tree::ParseTree* node) { return classify(node).rule; }

Ctx* as_rule(antlr4::tree::ParseTree* node, std::size_t rule_index) {
  Ctx* ctx = classify(node).rule;
  return ctx && ctx->getRuleIndex() == rule_index ? ctx : nullptr;
}

Span Transformer::span(antlr4::Token* token) const {
  if (!token || token->getTokenIndex() == INVALID_INDEX) return {};
  auto size = static_cast<std::uint32_t>(file_.text().size());
  if (token->getType() == antlr4::Token::EOF) return file_.span(size, size);
  std::uint32_t b = offsets_.byte(token->getStartIndex());
  std::uint32_t e = token->getStopIndex() + 1 < token->getStartIndex() ? b : offsets_.byte(token->getStopIndex() + 1);
  if (lone_cr_) return file_.span(b, e);
  // The scanner counts lines and code-point columns as SourceFile does when
  // no line ends in a lone '\r'; reuse its numbers instead of searching.
  return Span{file_.id(), b, std::max(b, e), static_cast<std::uint32_t>(token->getLine()),
              static_cast<std::uint32_t>(token->getCharPositionInLine() + 1)};
}

Span Transformer::span(Ctx* ctx) const {
  if (!ctx) return {};
  antlr4::Token* start = ctx->getStart();
  antlr4::Token* stop = ctx->getStop();
  Span s = span(start);
  if (!s.valid()) return s;
  if (stop && stop->getTokenIndex() != INVALID_INDEX && stop->getTokenIndex() >= start->getTokenIndex() &&
      stop->getType() != antlr4::Token::EOF) {
    s.end = std::max(s.end, span(stop).end);
  } else {
    s.end = s.begin;  // an empty rule (recovery): a point
  }
  return s;
}

Span Transformer::join(const Span& a, const Span& b) const {
  if (!a.valid()) return b;
  if (!b.valid()) return a;
  Span s = a.begin <= b.begin ? a : b;
  s.end = std::max(a.end, b.end);
  return s;
}

std::string_view Transformer::text(antlr4::Token* token) const {
  if (!token || token->getTokenIndex() == INVALID_INDEX || token->getType() == antlr4::Token::EOF) return {};
  std::uint32_t b = offsets_.byte(token->getStartIndex());
  std::uint32_t e = offsets_.byte(token->getStopIndex() + 1);
  if (e < b) return {};
  return file_.text().substr(b, e - b);
}

ast::Doc Transformer::doc_before(Ctx* ctx) {
  ast::Doc doc;
  if (!ctx || !ctx->getStart() || ctx->getStart()->getTokenIndex() == INVALID_INDEX) return doc;
  std::vector<antlr4::Token*> hidden =
      tokens_.getHiddenTokensToLeft(ctx->getStart()->getTokenIndex(), grammar::AepLexer::COMMENTS);
  // Only the run of `///` lines right above the declaration documents it.
  std::size_t first = hidden.size();
  while (first > 0 && hidden[first - 1]->getType() == grammar::AepLexer::DOC_COMMENT) --first;
  for (std::size_t i = first; i < hidden.size(); ++i) {
    std::string_view line = text(hidden[i]).substr(3);
    if (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (i > first) doc.text += '\n';
    doc.text += line;
    doc.span = join(doc.span, span(hidden[i]));
  }
  return doc;
}

ast::Name Transformer::transform_name(Ctx* ctx) {
  ast::Name name;
  if (!ctx || !ctx->getStart()) return name;
  antlr4::Token* t = ctx->getStart();
  if (t->getTokenIndex() == INVALID_INDEX || ctx->children.empty() || !as_token(ctx->children[0])) {
    return name;
  }
  std::string_view s = text(t);
  if (t->getType() == P::QUOTED_ID) {
    if (!s.empty()) s.remove_prefix(1);
    if (!s.empty() && s.back() == '`') s.remove_suffix(1);
  }
  name.text = std::string(s);
  name.span = span(t);
  return name;
}

ast::QualifiedName Transformer::transform_qualified_name(Ctx* ctx) {
  ast::QualifiedName q;
  if (!ctx) return q;
  for (auto* child : ctx->children) {
    if (auto* n = as_rule(child, P::RuleName)) q.parts.push_back(transform_name(n));
  }
  q.span = span(ctx);
  return q;
}

void Transformer::require_name(Ctx* ctx, std::string_view noun) {
  antlr4::Token* keyword = nullptr;
  for (auto* child : ctx->children) {
    if (as_rule(child, P::RuleName)) return;
    if (auto* t = as_token(child)) {
      std::size_t type = t->getType();
      if (type == P::K_PROMPT || type == P::K_SECTION || type == P::K_ENUM || type == P::K_TYPE ||
          type == P::K_FRAGMENT || type == P::K_MIXIN || type == P::K_TEST || type == P::K_EVAL ||
          type == P::K_ASSERT_SET) {
        keyword = t;
      }
    } else if (auto* m = as_rule(child, P::RuleSectionModifier)) {
      keyword = m->getStart();
    }
  }
  if (!keyword) return;
  // Point at what stands where the name should be.
  antlr4::Token* next = nullptr;
  for (std::size_t i = keyword->getTokenIndex() + 1; i < tokens_.size(); ++i) {
    antlr4::Token* t = tokens_.get(i);
    if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL) {
      next = t;
      break;
    }
  }
  Span at = next ? span(next) : span(keyword);
  sink_.report(make_diag(DiagKind::MissingToken, at, fmt::format("expected {} name after '{}'", noun, text(keyword)))
                   .primary_label("the name goes here"));
}

void Transformer::transform_file(P::FileContext* ctx, ast::Module& module) {
  last = Classified{};  // nodes of an earlier tree may share addresses with this one's
  current_tokens = &tokens_;
  if (!ctx) return;
  for (auto* child : ctx->children) {
    if (auto* header = as_rule(child, P::RuleModuleHeader)) {
      module.doc = doc_before(header);
      module.header_span = span(header);
      for (auto* h : header->children) {
        if (auto* q = as_rule(h, P::RuleQualifiedName)) module.name = transform_qualified_name(q);
      }
    } else if (auto* item = as_rule(child, P::RuleTopItem)) {
      if (auto decl = transform_top_item(item)) module.decls.push_back(std::move(decl));
    }
  }
}

ast::DeclPtr Transformer::transform_top_item(Ctx* ctx) {
  for (auto* child : ctx->children) {
    auto* rule = as_rule(child);
    if (!rule) continue;
    ast::DeclPtr decl;
    switch (rule->getRuleIndex()) {
      case P::RuleMetadataEntry: decl = transform_metadata_decl(rule); break;
      case P::RuleImportDecl: decl = transform_import(rule); break;
      case P::RuleEnumDecl: decl = transform_enum(rule); break;
      case P::RuleTypeDecl: decl = transform_type_decl(rule); break;
      case P::RuleToolDecl: decl = transform_tool(rule); break;
      case P::RuleFragmentDecl: decl = transform_fragment(rule); break;
      case P::RuleMixinDecl: decl = transform_mixin(rule); break;
      case P::RulePromptDecl: decl = transform_prompt(rule); break;
      case P::RuleTestDecl: decl = transform_test_or_eval(rule, ast::DeclKind::Test); break;
      case P::RuleEvalDecl: decl = transform_test_or_eval(rule, ast::DeclKind::Eval); break;
      default: break;
    }
    if (decl) {
      decl->doc = doc_before(rule);
      decl->span = span(rule);
      return decl;
    }
  }
  return nullptr;
}

ast::MetadataKey Transformer::metadata_key(Ctx* ctx, ast::StringLit& value) {
  ast::MetadataKey key = ast::MetadataKey::Description;
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child)) {
      if (t->getType() == P::K_VERSION) key = ast::MetadataKey::Version;
      if (t->getType() == P::K_OWNER) key = ast::MetadataKey::Owner;
    } else if (auto* s = as_rule(child, P::RuleStringLit)) {
      value = transform_string(s);
    }
  }
  return key;
}

ast::DeclPtr Transformer::transform_metadata_decl(Ctx* ctx) {
  auto decl = std::make_unique<ast::MetadataDecl>();
  decl->key = metadata_key(ctx, decl->value);
  return decl;
}

ast::DeclPtr Transformer::transform_import(Ctx* ctx) {
  auto decl = std::make_unique<ast::ImportDecl>();
  bool after_as = false;
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child)) {
      if (t->getType() == P::LBRACE) decl->has_items = true;
      if (t->getType() == P::K_AS) after_as = true;
    } else if (auto* q = as_rule(child, P::RuleQualifiedName)) {
      decl->path = transform_qualified_name(q);
    } else if (auto* n = as_rule(child, P::RuleName)) {
      if (after_as) decl->alias = transform_name(n);
    } else if (auto* item = as_rule(child, P::RuleImportItem)) {
      ast::ImportItem out;
      bool alias = false;
      for (auto* c : item->children) {
        if (auto* t = as_token(c)) {
          alias = alias || t->getType() == P::K_AS;
        } else if (auto* n2 = as_rule(c, P::RuleName)) {
          if (alias) out.alias = transform_name(n2);
          else out.name = transform_name(n2);
        }
      }
      out.span = span(item);
      decl->items.push_back(std::move(out));
    }
  }
  return decl;
}

ast::DeclPtr Transformer::transform_enum(Ctx* ctx) {
  require_name(ctx, "an enum");
  auto decl = std::make_unique<ast::EnumDecl>();
  for (auto* child : ctx->children) {
    if (auto* n = as_rule(child, P::RuleName)) {
      decl->name = transform_name(n);
    } else if (auto* a = as_rule(child, P::RuleAnnotation)) {
      decl->annotations.push_back(transform_annotation(a));
    } else if (auto* m = as_rule(child, P::RuleEnumMember)) {
      ast::EnumMember member;
      member.doc = doc_before(m);
      member.span = span(m);
      for (auto* c : m->children) {
        if (auto* n2 = as_rule(c, P::RuleName)) member.name = transform_name(n2);
        else if (auto* a2 = as_rule(c, P::RuleAnnotation)) member.annotations.push_back(transform_annotation(a2));
      }
      decl->members.push_back(std::move(member));
    }
  }
  return decl;
}

ast::DeclPtr Transformer::transform_type_decl(Ctx* ctx) {
  require_name(ctx, "a type");
  auto decl = std::make_unique<ast::TypeDecl>();
  for (auto* child : ctx->children) {
    if (auto* n = as_rule(child, P::RuleName)) {
      decl->name = transform_name(n);
    } else if (auto* a = as_rule(child, P::RuleAnnotation)) {
      decl->annotations.push_back(transform_annotation(a));
    } else if (auto* r = as_rule(child, P::RuleRecordBody)) {
      decl->type = transform_record(r);
    } else if (auto* t = as_rule(child, P::RuleTypeExpr)) {
      decl->type = transform_type(t);
      decl->is_alias = true;
    }
  }
  return decl;
}

void Transformer::transform_params(Ctx* ctx, std::vector<ast::Field>& out) {
  for (auto* child : ctx->children) {
    if (auto* f = as_rule(child, P::RuleField)) out.push_back(transform_field(f));
  }
}

ast::Field Transformer::transform_field(Ctx* ctx) {
  ast::Field field;
  field.doc = doc_before(ctx);
  field.span = span(ctx);
  for (auto* child : ctx->children) {
    if (auto* n = as_rule(child, P::RuleName)) field.name = transform_name(n);
    else if (auto* t = as_rule(child, P::RuleTypeExpr)) field.type = transform_type(t);
    else if (auto* e = as_rule(child, P::RuleExpr)) field.default_value = transform_expr(e);
    else if (auto* a = as_rule(child, P::RuleAnnotation)) field.annotations.push_back(transform_annotation(a));
  }
  return field;
}

std::unique_ptr<ast::ToolDecl> Transformer::transform_tool(Ctx* ctx) {
  auto decl = std::make_unique<ast::ToolDecl>();
  for (auto* child : ctx->children) {
    if (auto* n = as_rule(child, P::RuleName)) decl->name = transform_name(n);
    else if (auto* p = as_rule(child, P::RuleParams)) transform_params(p, decl->params);
    else if (auto* t = as_rule(child, P::RuleTypeExpr)) decl->result = transform_type(t);
    else if (auto* s = as_rule(child, P::RuleStringLit)) decl->description = transform_string(s);
    else if (auto* a = as_rule(child, P::RuleAnnotation)) decl->annotations.push_back(transform_annotation(a));
  }
  decl->span = span(ctx);
  return decl;
}

ast::DeclPtr Transformer::transform_fragment(Ctx* ctx) {
  require_name(ctx, "a fragment");
  auto decl = std::make_unique<ast::FragmentDecl>();
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child)) {
      if (t->getType() == P::LPAREN) decl->has_params = true;
    } else if (auto* n = as_rule(child, P::RuleName)) {
      decl->name = transform_name(n);
    } else if (auto* p = as_rule(child, P::RuleParams)) {
      transform_params(p, decl->params);
    } else if (auto* a = as_rule(child, P::RuleAnnotation)) {
      decl->annotations.push_back(transform_annotation(a));
    } else if (auto* b = as_rule(child, P::RuleBlock)) {
      transform_block(b, decl->body);
    }
  }
  return decl;
}

ast::DeclPtr Transformer::transform_mixin(Ctx* ctx) {
  require_name(ctx, "a mixin");
  auto decl = std::make_unique<ast::MixinDecl>();
  for (auto* child : ctx->children) {
    if (auto* n = as_rule(child, P::RuleName)) decl->name = transform_name(n);
    else if (auto* a = as_rule(child, P::RuleAnnotation)) decl->annotations.push_back(transform_annotation(a));
    else if (auto* b = as_rule(child, P::RulePromptBody)) transform_prompt_body(b, decl->members);
  }
  return decl;
}

ast::DeclPtr Transformer::transform_prompt(Ctx* ctx) {
  require_name(ctx, "a prompt");
  auto decl = std::make_unique<ast::PromptDecl>();
  enum { None, Parents, Mixins } list = None;
  for (auto* child : ctx->children) {
    if (auto* t = as_token(child)) {
      if (t->getType() == P::K_EXTENDS) list = Parents;
      if (t->getType() == P::K_WITH) list = Mixins;
    } else if (auto* m = as_rule(child, P::RulePromptModifier)) {
      auto* t = m->getStart();
      if (t && t->getType() == P::K_ABSTRACT) decl->is_abstract = true;
      if (t && t->getType() == P::K_FINAL) decl->is_final = true;
    } else if (auto* n = as_rule(child, P::RuleName)) {
      decl->name = transform_name(n);
    } else if (auto* q = as_rule(child, P::RuleQualifiedName)) {
      (list == Mixins ? decl->mixins : decl->parents).push_back(transform_qualified_name(q));
    } else if (auto* a = as_rule(child, P::RuleAnnotation)) {
      decl->annotations.push_back(transform_annotation(a));
    } else if (auto* b = as_rule(child, P::RulePromptBody)) {
      decl->open_brace = span(b->getStart());
      transform_prompt_body(b, decl->members);
    }
  }
  return decl;
}

ast::DeclPtr Transformer::transform_test_or_eval(Ctx* ctx, ast::DeclKind kind) {
  require_name(ctx, kind == ast::DeclKind::Test ? "a test" : "an eval");
  auto decl = std::make_unique<ast::TestDecl>(kind);
  for (auto* child : ctx->children) {
    if (auto* n = as_rule(child, P::RuleName)) decl->name = transform_name(n);
    else if (auto* q = as_rule(child, P::RuleQualifiedName)) decl->prompt = transform_qualified_name(q);
    else if (auto* a = as_rule(child, P::RuleAnnotation)) decl->annotations.push_back(transform_annotation(a));
    else if (auto* r = as_rule(child)) {
      if (r->getRuleIndex() == P::RuleTestItem || r->getRuleIndex() == P::RuleEvalItem) {
        if (auto item = transform_check_item(r)) decl->items.push_back(std::move(item));
      }
    }
  }
  return decl;
}

ast::CheckItemPtr Transformer::transform_check_item(Ctx* ctx) {
  antlr4::Token* first = ctx->children.empty() ? nullptr : as_token(ctx->children[0]);
  ast::CheckItemPtr out;
  if (first) {
    switch (first->getType()) {
      case P::K_INPUT: {
        auto item = std::make_unique<ast::InputCheck>();
        for (auto* c : ctx->children) {
          if (auto* o = as_rule(c, P::RuleObjectLit)) transform_object_entries(o, item->entries);
        }
        out = std::move(item);
        break;
      }
      case P::K_DATA: {
        auto item = std::make_unique<ast::DataCheck>();
        for (auto* c : ctx->children) {
          if (auto* s = as_rule(c, P::RuleStringLit)) item->path = transform_string(s);
          else if (auto* a = as_rule(c, P::RuleAnnotation)) item->annotations.push_back(transform_annotation(a));
        }
        out = std::move(item);
        break;
      }
      case P::K_METRIC: {
        auto item = std::make_unique<ast::MetricCheck>();
        for (auto* c : ctx->children) {
          if (auto* n = as_rule(c, P::RuleName)) item->name = transform_name(n);
          else if (auto* e = as_rule(c, P::RuleExpr)) item->value = transform_expr(e);
        }
        out = std::move(item);
        break;
      }
      case P::K_SLICE:
      case P::K_GATE: {
        ast::ExprPtr value;
        for (auto* c : ctx->children) {
          if (auto* e = as_rule(c, P::RuleExpr)) value = transform_expr(e);
        }
        if (first->getType() == P::K_SLICE) {
          auto item = std::make_unique<ast::SliceCheck>();
          item->by = std::move(value);
          out = std::move(item);
        } else {
          auto item = std::make_unique<ast::GateCheck>();
          item->condition = std::move(value);
          out = std::move(item);
        }
        break;
      }
      default: break;
    }
  } else if (!ctx->children.empty()) {
    auto* rule = as_rule(ctx->children[0]);
    if (rule && (rule->getRuleIndex() == P::RuleAssertStmt || rule->getRuleIndex() == P::RuleAssertSet)) {
      out = transform_assertion(rule);
    } else if (rule && rule->getRuleIndex() == P::RuleConfigBlock) {
      auto item = std::make_unique<ast::ConfigCheck>();
      transform_config_entries(rule, item->entries);
      out = std::move(item);
    } else if (rule && rule->getRuleIndex() == P::RuleMetadataEntry) {
      auto item = std::make_unique<ast::MetadataCheck>();
      item->key = metadata_key(rule, item->value);
      out = std::move(item);
    }
  }
  if (out) {
    out->doc = doc_before(ctx);
    out->span = span(ctx);
  }
  return out;
}

// `assert expr @weight(2), "message"` or `assert_set name @threshold(t) {...}`;
// the members of a set are assertions again (assertSetItem wraps each one).
ast::CheckItemPtr Transformer::transform_assertion(Ctx* rule) {
  if (rule->getRuleIndex() == P::RuleAssertStmt) {
    auto item = std::make_unique<ast::AssertCheck>();
    for (auto* c : rule->children) {
      if (auto* e = as_rule(c, P::RuleExpr)) item->condition = transform_expr(e);
      else if (auto* a = as_rule(c, P::RuleAnnotation)) item->annotations.push_back(transform_annotation(a));
      else if (auto* s = as_rule(c, P::RuleStringLit)) item->message = transform_string(s);
    }
    return item;
  }
  require_name(rule, "an assertion set");
  auto set = std::make_unique<ast::AssertSetCheck>();
  for (auto* c : rule->children) {
    if (auto* t = as_token(c)) {
      if (t->getType() == P::LBRACE) set->open_brace = span(t);
    } else if (auto* n = as_rule(c, P::RuleName)) {
      set->name = transform_name(n);
    } else if (auto* a = as_rule(c, P::RuleAnnotation)) {
      set->annotations.push_back(transform_annotation(a));
    } else if (auto* wrapper = as_rule(c, P::RuleAssertSetItem)) {
      Ctx* inner = wrapper->children.empty() ? nullptr : as_rule(wrapper->children[0]);
      if (!inner) continue;
      auto member = transform_assertion(inner);
      if (!member) continue;
      member->doc = doc_before(wrapper);
      member->span = span(wrapper);
      set->members.push_back(std::move(member));
    }
  }
  return set;
}

}  // namespace aep::syntax
