// Transformer: ANTLR parse tree -> Aether AST. One transform_x per grammar
// rule, split by area into transform_*.cpp (module declarations, prompt
// members, section items, expressions and types, strings). It walks each
// context's children once instead of calling the generated accessors (which
// rescan the children on every call), skips error nodes left by recovery,
// and tolerates any missing child, so a tree recovered from bad input still
// becomes an AST. Text comes from the source bytes, never from ANTLR's UTF-32
// copies, and spans from the code-point -> byte map.
#pragma once

#include <cstdint>
#include <string_view>

#include "AepLexer.h"
#include "AepParser.h"
#include "compiler/ast/module.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/parse.hpp"
#include "compiler/syntax/text_input.hpp"

namespace aep::syntax {

using P = grammar::AepParser;
using Ctx = antlr4::ParserRuleContext;

// The symbol of a real (non-error) terminal child, or null.
antlr4::Token* as_token(antlr4::tree::ParseTree* node);
// A rule-context child, or null.
Ctx* as_rule(antlr4::tree::ParseTree* node, std::size_t rule_index);
Ctx* as_rule(antlr4::tree::ParseTree* node);

class Transformer {
 public:
  Transformer(const SourceFile& file, const OffsetMap& offsets, antlr4::BufferedTokenStream& tokens,
              DiagnosticSink& sink, const ParseOptions& options)
      : file_(file), offsets_(offsets), tokens_(tokens), sink_(sink), options_(options),
        lone_cr_(has_lone_cr(file.text())) {}

  void transform_file(P::FileContext* ctx, ast::Module& module);

  // ---- spans and text (transform_module.cpp) ----
  Span span(antlr4::Token* token) const;
  Span span(Ctx* ctx) const;
  Span join(const Span& a, const Span& b) const;
  std::string_view text(antlr4::Token* token) const;
  ast::Doc doc_before(Ctx* ctx);
  ast::Name transform_name(Ctx* ctx);
  ast::QualifiedName transform_qualified_name(Ctx* ctx);
  // Declarations and sections may lack their name in the parse tree (the
  // grammar makes it optional to recover well); report that here.
  void require_name(Ctx* ctx, std::string_view noun);

  // ---- module declarations (transform_module.cpp) ----
  ast::DeclPtr transform_top_item(Ctx* ctx);
  ast::DeclPtr transform_metadata_decl(Ctx* ctx);
  ast::DeclPtr transform_import(Ctx* ctx);
  ast::DeclPtr transform_enum(Ctx* ctx);
  ast::DeclPtr transform_type_decl(Ctx* ctx);
  std::unique_ptr<ast::ToolDecl> transform_tool(Ctx* ctx);
  ast::DeclPtr transform_fragment(Ctx* ctx);
  ast::DeclPtr transform_mixin(Ctx* ctx);
  ast::DeclPtr transform_prompt(Ctx* ctx);
  ast::DeclPtr transform_test_or_eval(Ctx* ctx, ast::DeclKind kind);
  ast::CheckItemPtr transform_check_item(Ctx* ctx);
  ast::CheckItemPtr transform_assertion(Ctx* rule);
  void transform_params(Ctx* ctx, std::vector<ast::Field>& out);
  ast::Field transform_field(Ctx* ctx);
  ast::MetadataKey metadata_key(Ctx* ctx, ast::StringLit& value);

  // ---- prompt members (transform_members.cpp) ----
  void transform_prompt_body(Ctx* ctx, ast::Members& out);
  ast::MemberPtr transform_member(Ctx* ctx);
  std::unique_ptr<ast::MessageMember> transform_message(Ctx* ctx);
  ast::MemberPtr transform_example(Ctx* ctx);
  void transform_config_entries(Ctx* ctx, std::vector<ast::ConfigEntry>& out);
  void transform_budget_setting(Ctx* ctx, ast::BudgetSettings& out);

  // ---- section items (transform_items.cpp) ----
  void transform_block(Ctx* ctx, ast::Items& out, Span* block_span = nullptr);
  ast::ItemPtr transform_item(Ctx* ctx);
  ast::ItemPtr transform_section(Ctx* ctx);
  ast::ItemPtr transform_if(Ctx* ctx);
  ast::ItemPtr transform_for(Ctx* ctx);
  ast::ItemPtr transform_use(Ctx* ctx);

  // ---- expressions, types, annotations (transform_expr.cpp) ----
  ast::ExprPtr transform_expr(Ctx* ctx);
  // One operand of an expression: `-` and the postfix chain applied, with the
  // leading `not`s returned separately (they bind looser than comparisons).
  ast::ExprPtr transform_operand(Ctx* ctx, std::vector<antlr4::Token*>& nots);
  ast::ExprPtr apply_nots(ast::ExprPtr inner, const std::vector<antlr4::Token*>& nots);
  ast::ExprPtr transform_primary(Ctx* ctx);
  ast::ExprPtr transform_object(Ctx* ctx);
  void transform_object_entries(Ctx* ctx, std::vector<ast::ObjectEntry>& out);
  void transform_args(Ctx* ctx, std::vector<ast::Arg>& out);
  ast::Annotation transform_annotation(Ctx* ctx);
  ast::TypeExprPtr transform_type(Ctx* ctx);
  ast::TypeExprPtr transform_record(Ctx* ctx);
  std::int64_t parse_int(antlr4::Token* token, bool negative = false);
  ast::ExprPtr error_expr(Ctx* ctx);

  // ---- strings (transform_string.cpp) ----
  ast::StringLit transform_string(Ctx* ctx);
  ast::Interpolation transform_interpolation(Ctx* ctx);

  const SourceFile& file() const { return file_; }
  DiagnosticSink& sink() { return sink_; }

 private:
  const SourceFile& file_;
  const OffsetMap& offsets_;
  antlr4::BufferedTokenStream& tokens_;
  DiagnosticSink& sink_;
  const ParseOptions& options_;
  bool lone_cr_;  // a '\r' not followed by '\n' ends a line for SourceFile but not for the scanner

  static bool has_lone_cr(std::string_view text) {
    for (std::size_t i = text.find('\r'); i != std::string_view::npos; i = text.find('\r', i + 1)) {
      if (i + 1 >= text.size() || text[i + 1] != '\n') return true;
    }
    return false;
  }
};

}  // namespace aep::syntax
