// The resolved-prompt IR: what sema produces for one prompt after imports,
// inheritance, mixins and fragments are resolved. Messages are made of
// segments (text, interpolations, conditionals, loops, fragment scopes and
// named sections), each with its source span and provenance, so render can
// fill them and every output character can be traced back to `.aep` text.
//
// Expressions stay AST nodes (`const ast::Expr*`): the IR borrows them from
// the sema::Program that produced it, which must outlive the IR.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/ast/decls.hpp"
#include "compiler/sema/types.hpp"

namespace aep::ir {

using Json = nlohmann::ordered_json;

// Where something came from: the module and declaration (prompt, mixin or
// fragment) that wrote it, and the span of the text that did.
struct Origin {
  std::string module;  // "support.common"
  std::string decl;    // "Assistant"
  Span span;
};

struct Annotation {  // @tune(max_tokens: 200), @frozen, @untrusted ...
  std::string name;
  const ast::Annotation* ast = nullptr;
};

// Super only exists while sema merges an override; resolved IR never holds one.
enum class SegmentKind : std::uint8_t { Text, Interpolation, If, For, Fragment, Section, Super };

struct Segment;
using Segments = std::vector<Segment>;

struct Branch {
  const ast::Expr* condition = nullptr;  // null for `else`
  Segments body;
  Span span;
};

// A fragment parameter bound at a `use`: the argument (evaluated in the
// caller's scope) or the parameter's default (evaluated in no scope).
struct Binding {
  std::string name;
  sema::TypeRef type;
  const ast::Expr* value = nullptr;
  bool is_default = false;
};

struct Section {
  std::string name;
  Origin origin;                      // who wrote the current content
  std::vector<Origin> contributors;   // every override/append/prepend on the way, oldest first
  std::optional<std::int64_t> priority;
  std::optional<ast::ShrinkMode> shrink;
  std::vector<Annotation> annotations;
  bool is_final = false;
  bool is_required = false;           // declared `required` and not filled (abstract prompts)
  Origin final_origin;                // where `final` was written
};

struct Segment {
  SegmentKind kind = SegmentKind::Text;
  Span span;
  std::string text;                                  // Text
  const ast::Interpolation* interp = nullptr;        // Interpolation
  std::vector<Branch> branches;                      // If: `if` then `else if`s, then `else` (condition null)
  std::string var, second_var;                       // For
  const ast::Expr* iterable = nullptr;               // For
  sema::TypeRef var_type, second_var_type;           // For
  std::string fragment;                              // Fragment: qualified name
  std::vector<Binding> bindings;                     // Fragment
  std::shared_ptr<Section> section;                  // Section
  Segments body;                                     // For, Fragment, Section
};

enum class MessageKind : std::uint8_t { Block, History };

struct Message {
  MessageKind kind = MessageKind::Block;
  ast::Role role = ast::Role::System;
  Segments body;
  std::string history_input;                         // History
  std::optional<std::int64_t> priority;              // History
  std::optional<ast::ShrinkMode> shrink;             // History
  std::vector<Annotation> annotations;
  Origin origin;
};

struct Input {
  std::string name;
  sema::TypeRef type;
  const ast::Expr* default_value = nullptr;
  bool untrusted = false;
  std::vector<Annotation> annotations;
  std::string doc;
  Origin origin;
};

struct Output {
  sema::TypeRef type;
  Json schema;  // portable JSON Schema, object root
  std::string name;
  std::vector<Annotation> annotations;
  Origin origin;
};

struct Tool {
  std::string name;
  std::string description;
  Json parameters;  // portable JSON Schema, object root
  sema::TypeRef result;  // may be null
  const ast::ToolDecl* decl = nullptr;
  Origin origin;
};

struct ConfigValue {
  const ast::Expr* value = nullptr;
  Origin origin;  // the entry that set it
};
using ConfigMap = std::map<std::string, ConfigValue>;

struct Example {
  std::string name;  // may be empty
  std::vector<Message> messages;
  const ast::ExampleMember* ast = nullptr;
  Origin origin;
};

struct Budget {
  std::int64_t tokens = 0;
  std::optional<std::int64_t> reserve_output;
  Origin origin;
};

struct ToolChoice {
  std::string choice;
  Origin origin;
};

// A section hidden because a nearer parent in the linearization defines a
// section of the same name without `override` (information for the linter).
struct Shadowing {
  std::string section;
  Origin kept;
  Origin hidden;
};

struct Prompt {
  std::string module;
  std::string name;
  std::string qualified;  // module + "." + name
  Span span;
  bool is_abstract = false;
  bool is_final = false;
  std::string doc;
  std::vector<std::string> linearization;  // qualified names, the prompt first
  std::vector<std::string> mixins;         // qualified, in application order
  std::vector<Message> messages;
  std::vector<Input> inputs;               // in first-declaration order
  std::optional<Output> output;
  std::vector<Tool> tools;
  std::optional<ToolChoice> tool_choice;
  ConfigMap config;
  std::map<std::string, ConfigMap> targets;
  std::vector<Example> examples;
  std::optional<Budget> budget;
  std::vector<Annotation> annotations;
  std::vector<Shadowing> shadowings;
  std::vector<const ast::TestDecl*> tests;  // tests and evals naming this prompt

  const Input* find_input(std::string_view input_name) const {
    for (const Input& in : inputs) {
      if (in.name == input_name) return &in;
    }
    return nullptr;
  }
};

// Stable text for golden tests: every message, section and config key with
// its provenance (module.decl@line).
std::string dump_ir(const Prompt& prompt);
// An expression as compact source-like text (`r.items[0] == "a"`), for dumps and explanations.
std::string expression_text(const ast::Expr* expr);

}  // namespace aep::ir
