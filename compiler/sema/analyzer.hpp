// Internal to compiler/sema: the Analyzer that analyze() runs, shared by the
// files that implement its parts (names and types, expressions, bodies and
// fragments, inheritance). Not a public header.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "compiler/ir/ir.hpp"
#include "compiler/sema/program.hpp"

namespace aep::sema {

// Names visible in a template: inputs, loop variables, fragment parameters.
struct Scope {
  const Scope* parent = nullptr;
  std::vector<std::pair<std::string, TypeRef>> names;
  std::set<std::string> untrusted;  // inputs marked @untrusted
  const TypeRef* find(std::string_view name) const;
  bool is_untrusted(std::string_view name) const;
  std::vector<std::string> all_names() const;
};

// What the body being lowered belongs to.
struct BodyContext {
  std::size_t module = 0;
  ir::Origin origin;
  ast::Role role = ast::Role::System;
  bool in_override = false;
  bool in_fragment = false;
  bool placing = true;  // false in conditions and loop sources: no text is placed
};

struct Contributor;
using ResolvedParents = std::vector<std::pair<const ast::PromptDecl*, const ir::Prompt*>>;

// A section edit (override/append/prepend/remove) of a contributor's message block.
struct SectionEdit {
  const ast::SectionItem* item = nullptr;
  ir::Segment segment;  // the lowered section (body for override/append/prepend)
};

class Analyzer {
 public:
  Analyzer(Program& program, DiagnosticSink& sink, const AnalyzeOptions& options = {})
      : program_(program), sink_(sink), options_(options) {}
  void run();

  // ---- names and types (names.cpp) ----
  struct Found {
    const ast::Decl* decl = nullptr;
    std::size_t module = 0;
    bool broken = false;  // the name comes from a failed import: stay silent
  };
  Found lookup(std::size_t module, const ast::QualifiedName& name);
  // Looks a name up and checks its kind; reports unknown or wrong-kind names.
  const ast::Decl* expect(std::size_t module, const ast::QualifiedName& name, ast::DeclKind kind,
                          std::string_view what, std::size_t* found_module = nullptr);
  TypeRef resolve_type(std::size_t module, const ast::TypeExpr& type);
  TypeRef decl_type(std::size_t module, const ast::Decl& decl);
  Constraints constraints_of(const ast::Annotations& annotations, const TypeRef& type, const ast::Doc* doc);
  std::vector<RecordField> fields_of(std::size_t module, const std::vector<ast::Field>& fields, std::string_view what);
  const ir::Tool& tool_of(std::size_t module, const ast::ToolDecl& tool);
  std::string qualified(std::size_t module, std::string_view name) const;

  // ---- expressions (exprs.cpp) ----
  TypeRef type_of(const ast::Expr& expr, const Scope& scope, const BodyContext& ctx);
  TypeRef check_interpolation(const ast::Interpolation& interp, const Scope& scope, const BodyContext& ctx);
  void check_value(const ast::Expr& expr, const TypeRef& expected, std::string_view what);

  // ---- bodies and fragments (bodies.cpp) ----
  ir::Segments lower_items(const ast::Items& items, const Scope& scope, const BodyContext& ctx,
                           std::vector<SectionEdit>* edits);
  const ir::Segments* fragment_body(std::size_t module, const ast::FragmentDecl& fragment);

  // ---- inheritance (resolve_prompt.cpp; merge rules in inherit.cpp) ----
  const ir::Prompt* resolve_prompt(std::size_t module, const ast::PromptDecl& prompt);

  // ---- test and eval blocks (evals.cpp) ----
  void check_suite(std::size_t module, const ast::TestDecl& test, const ir::Prompt* prompt);

  void report(Diagnostic diag);
  Program& program() { return program_; }

 private:
  void linearize(ir::Prompt& p, const ast::PromptDecl& decl, const ResolvedParents& parents);
  std::vector<Contributor> contributors_of(ir::Prompt& p, std::size_t module, const ast::PromptDecl& decl,
                                           bool own_only);

  Program& program_;
  DiagnosticSink& sink_;
  AnalyzeOptions options_;
  std::set<std::tuple<DiagKind, FileId, std::uint32_t, std::uint32_t>> reported_;
  std::map<const ast::Decl*, TypeRef> decl_types_;
  std::set<const ast::Decl*> types_in_progress_;
  std::map<const ast::ToolDecl*, ir::Tool> tools_;
  std::map<const ast::FragmentDecl*, ir::Segments> fragments_;
  std::vector<const ast::FragmentDecl*> fragment_stack_;
  std::set<const ast::FragmentDecl*> broken_fragments_;
  std::map<const ast::PromptDecl*, ir::Prompt*> resolved_;
  std::vector<const ast::PromptDecl*> prompt_stack_;
  std::set<const ast::PromptDecl*> broken_prompts_;
  // Prompts whose merge reported nothing: a child may start from their result.
  std::set<const ast::PromptDecl*> clean_prompts_;
  std::vector<std::unique_ptr<ir::Prompt>> duplicate_prompts_;  // second declarations of a name
  std::size_t report_attempts_ = 0;  // report() calls, repeats included
  std::map<std::string, std::vector<std::string>> parent_names_;
  std::map<std::string, std::pair<std::size_t, const ast::PromptDecl*>> decl_by_name_;
  std::map<std::string, const ir::Prompt*> prompts_by_name_;
  friend class PromptBuilder;
};

std::string_view decl_name_of(const ast::Decl& decl);
std::string origin_text(const ir::Origin& origin);

}  // namespace aep::sema
