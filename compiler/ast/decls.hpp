// Declarations of a module (imports, enums, record types, tools, fragments,
// mixins, prompts, tests, evals, metadata) and the members of prompts and
// mixins (inputs, output, tools, config, targets, budget, message blocks,
// history splices, examples). Every node keeps its span and `///` doc.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "compiler/ast/items.hpp"

namespace aep::ast {

// ---- prompt members --------------------------------------------------------

enum class MemberKind : std::uint8_t {
  Metadata, Input, Output, Tools, ToolChoice, Tool, Config, Target, Budget, Message,
  Messages, Example,
};

struct Member {
  explicit Member(MemberKind k) : kind(k) {}
  virtual ~Member() = default;
  MemberKind kind;
  Doc doc;
  Span span;
};
using MemberPtr = std::unique_ptr<Member>;
using Members = std::vector<MemberPtr>;

// `version "1.3.0"`, `owner "..."`, `description "..."` (module, prompt, test, eval).
enum class MetadataKey : std::uint8_t { Version, Owner, Description };
struct MetadataMember : Member {
  MetadataMember() : Member(MemberKind::Metadata) {}
  MetadataKey key = MetadataKey::Version;
  StringLit value;
};

struct InputMember : Member {  // `input ticket: string = "..." @untrusted`
  InputMember() : Member(MemberKind::Input) {}
  Name name;
  TypeExprPtr type;
  ExprPtr default_value;
  Annotations annotations;
};

struct OutputMember : Member {  // `output Triage` or `output { ...fields }`
  OutputMember() : Member(MemberKind::Output) {}
  TypeExprPtr type;
  Annotations annotations;
};

struct ToolsMember : Member {  // `tools [a, b]`, `tools remove [c]`
  ToolsMember() : Member(MemberKind::Tools) {}
  bool remove = false;
  std::vector<QualifiedName> tools;
};

struct ToolChoiceMember : Member {  // `tool_choice auto|none|required|<tool>`
  ToolChoiceMember() : Member(MemberKind::ToolChoice) {}
  Name choice;
};

struct ConfigEntry {
  Name key;
  ExprPtr value;
  Span span;
};

struct ConfigMember : Member {  // `config { temperature: 0.1 }`
  ConfigMember() : Member(MemberKind::Config) {}
  std::vector<ConfigEntry> entries;
};

struct TargetMember : Member {  // `target anthropic { thinking_budget: 2000 }`
  TargetMember() : Member(MemberKind::Target) {}
  Name target;
  std::vector<ConfigEntry> entries;
};

struct BudgetMember : Member {  // `budget 8000 tokens reserve 1000 for output`
  BudgetMember() : Member(MemberKind::Budget) {}
  std::int64_t tokens = 0;
  std::optional<std::int64_t> reserve_output;
};

enum class Role : std::uint8_t { System, Developer, User, Assistant };
struct MessageMember : Member {  // `system { ... }`
  MessageMember() : Member(MemberKind::Message) {}
  Role role = Role::System;
  Annotations annotations;
  Items items;
};

struct MessagesMember : Member {  // `messages history priority 2 shrink drop`
  MessagesMember() : Member(MemberKind::Messages) {}
  Name source;
  BudgetSettings budget;
  Annotations annotations;
};

struct ToolDecl;
struct ExampleMember : Member {  // a multi-turn example or an input/output pair
  ExampleMember() : Member(MemberKind::Example) {}
  std::optional<Name> name;
  Annotations annotations;
  std::vector<std::unique_ptr<MessageMember>> messages;
  std::vector<ObjectEntry> input;  // `input { ... }`
  bool has_input = false;
  ExprPtr output;                  // `output <expr>`
};

// ---- module declarations -----------------------------------------------------

enum class DeclKind : std::uint8_t {
  Metadata, Import, Enum, Type, Tool, Fragment, Mixin, Prompt, Test, Eval,
};

struct Decl {
  explicit Decl(DeclKind k) : kind(k) {}
  virtual ~Decl() = default;
  DeclKind kind;
  Doc doc;
  Span span;
};
using DeclPtr = std::unique_ptr<Decl>;

struct MetadataDecl : Decl {
  MetadataDecl() : Decl(DeclKind::Metadata) {}
  MetadataKey key = MetadataKey::Version;
  StringLit value;
};

struct ImportItem {
  Name name;
  std::optional<Name> alias;
  Span span;
};
struct ImportDecl : Decl {  // `import a.b.{X, Y as Z}` or `import a.b as c`
  ImportDecl() : Decl(DeclKind::Import) {}
  QualifiedName path;
  bool has_items = false;
  std::vector<ImportItem> items;
  std::optional<Name> alias;
};

struct EnumMember {
  Doc doc;
  Name name;
  Annotations annotations;
  Span span;
};
struct EnumDecl : Decl {
  EnumDecl() : Decl(DeclKind::Enum) {}
  Name name;
  Annotations annotations;
  std::vector<EnumMember> members;
};

struct TypeDecl : Decl {  // `type T { fields }` or `type T = list<string>`
  TypeDecl() : Decl(DeclKind::Type) {}
  Name name;
  Annotations annotations;
  TypeExprPtr type;  // a RecordType for records, any TypeExpr for aliases
  bool is_alias = false;
};

struct ToolDecl : Decl {  // `tool lookup(id: string) -> Order "description"`
  ToolDecl() : Decl(DeclKind::Tool) {}
  Name name;
  std::vector<Field> params;
  TypeExprPtr result;  // may be null
  std::optional<StringLit> description;
  Annotations annotations;
};

struct ToolMember : Member {  // a tool declared inside a prompt
  ToolMember() : Member(MemberKind::Tool) {}
  std::unique_ptr<ToolDecl> tool;
};

struct FragmentDecl : Decl {
  FragmentDecl() : Decl(DeclKind::Fragment) {}
  Name name;
  bool has_params = false;
  std::vector<Field> params;
  Annotations annotations;
  Items body;
};

struct MixinDecl : Decl {
  MixinDecl() : Decl(DeclKind::Mixin) {}
  Name name;
  Annotations annotations;
  Members members;
};

struct PromptDecl : Decl {
  PromptDecl() : Decl(DeclKind::Prompt) {}
  bool is_abstract = false;
  bool is_final = false;
  Name name;
  std::vector<QualifiedName> parents;  // extends A, B
  std::vector<QualifiedName> mixins;   // with m1, m2
  Annotations annotations;
  Members members;
  Span open_brace;
};

// Items of `test` and `eval` blocks.
enum class CheckItemKind : std::uint8_t { Input, Assert, Config, Metadata, Data, Metric, Slice, Gate, AssertSet };
struct CheckItem {
  explicit CheckItem(CheckItemKind k) : kind(k) {}
  virtual ~CheckItem() = default;
  CheckItemKind kind;
  Doc doc;
  Span span;
};
using CheckItemPtr = std::unique_ptr<CheckItem>;

struct InputCheck : CheckItem {  // test: literal inputs; eval: mapping from data columns
  InputCheck() : CheckItem(CheckItemKind::Input) {}
  std::vector<ObjectEntry> entries;
};
struct AssertCheck : CheckItem {  // `assert expr @weight(2), "message"`
  AssertCheck() : CheckItem(CheckItemKind::Assert) {}
  ExprPtr condition;
  Annotations annotations;  // between the condition and the message
  std::optional<StringLit> message;
};
// `assert_set tone @threshold(0.66) @weight(2) { assert ... }`: a group of
// assertions graded as one assertion of its suite (docs/eval.md).
struct AssertSetCheck : CheckItem {
  AssertSetCheck() : CheckItem(CheckItemKind::AssertSet) {}
  Name name;
  Annotations annotations;
  std::vector<std::unique_ptr<CheckItem>> members;  // AssertCheck or AssertSetCheck
  Span open_brace;
};
struct ConfigCheck : CheckItem {
  ConfigCheck() : CheckItem(CheckItemKind::Config) {}
  std::vector<ConfigEntry> entries;
};
struct MetadataCheck : CheckItem {
  MetadataCheck() : CheckItem(CheckItemKind::Metadata) {}
  MetadataKey key = MetadataKey::Description;
  StringLit value;
};
struct DataCheck : CheckItem {  // `data "evals/triage.jsonl"`
  DataCheck() : CheckItem(CheckItemKind::Data) {}
  StringLit path;
  Annotations annotations;
};
struct MetricCheck : CheckItem {  // `metric exact = output.category == expected.category`
  MetricCheck() : CheckItem(CheckItemKind::Metric) {}
  Name name;
  ExprPtr value;
};
struct SliceCheck : CheckItem {  // `slice by row.segment`
  SliceCheck() : CheckItem(CheckItemKind::Slice) {}
  ExprPtr by;
};
struct GateCheck : CheckItem {  // `gate accuracy >= 0.85`
  GateCheck() : CheckItem(CheckItemKind::Gate) {}
  ExprPtr condition;
};

struct TestDecl : Decl {  // also used for `eval` (kind Eval)
  explicit TestDecl(DeclKind k = DeclKind::Test) : Decl(k) {}
  Name name;
  QualifiedName prompt;
  Annotations annotations;
  std::vector<CheckItemPtr> items;
};

// Calls `fn` on every `assert` of a suite, inside assertion sets too, in
// source order (for checks that read every condition, such as sema's
// output-field check and lint's column check).
void for_each_assert(const TestDecl& suite, const std::function<void(const AssertCheck&)>& fn);
// The same for one item: the assert itself, or the asserts inside a set.
void for_each_assert(const CheckItem& item, const std::function<void(const AssertCheck&)>& fn);

std::string_view to_string(Role role);
std::string_view to_string(MetadataKey key);
std::string_view to_string(DeclKind kind);
std::string_view to_string(MemberKind kind);

}  // namespace aep::ast
