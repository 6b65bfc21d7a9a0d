// Small helpers of the AST node types: names of enum values (used by the dump
// and by diagnostics of later phases) and string/section conveniences.
#include "compiler/ast/module.hpp"

namespace aep::ast {

std::string QualifiedName::joined() const {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += '.';
    out += part.text;
  }
  return out;
}

bool StringLit::has_interpolation() const {
  for (const auto& part : parts) {
    if (!part.is_text()) return true;
  }
  return false;
}

std::string StringLit::plain_text() const {
  std::string out;
  for (const auto& part : parts) out += part.text;
  return out;
}

bool SectionItem::has(SectionModifierKind k) const {
  for (const auto& m : modifiers) {
    if (m.kind == k) return true;
  }
  return false;
}

std::string_view to_string(CompareOp op) {
  switch (op) {
    case CompareOp::Eq: return "==";
    case CompareOp::Ne: return "!=";
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
    case CompareOp::In: return "in";
    case CompareOp::NotIn: return "not in";
  }
  return "?";
}

std::string_view to_string(ExprKind kind) {
  switch (kind) {
    case ExprKind::Null: return "null";
    case ExprKind::Bool: return "bool";
    case ExprKind::Int: return "int";
    case ExprKind::Float: return "float";
    case ExprKind::String: return "string";
    case ExprKind::Name: return "name";
    case ExprKind::Member: return "member";
    case ExprKind::Index: return "index";
    case ExprKind::Call: return "call";
    case ExprKind::Unary: return "unary";
    case ExprKind::Compare: return "compare";
    case ExprKind::Logical: return "logical";
    case ExprKind::List: return "list";
    case ExprKind::Object: return "object";
    case ExprKind::Error: return "error";
  }
  return "?";
}

std::string_view to_string(SectionModifierKind kind) {
  switch (kind) {
    case SectionModifierKind::Override: return "override";
    case SectionModifierKind::Append: return "append";
    case SectionModifierKind::Prepend: return "prepend";
    case SectionModifierKind::Remove: return "remove";
    case SectionModifierKind::Required: return "required";
    case SectionModifierKind::Final: return "final";
  }
  return "?";
}

std::string_view to_string(ShrinkMode mode) {
  return mode == ShrinkMode::Drop ? "drop" : "truncate";
}

std::string_view to_string(Role role) {
  switch (role) {
    case Role::System: return "system";
    case Role::Developer: return "developer";
    case Role::User: return "user";
    case Role::Assistant: return "assistant";
  }
  return "?";
}

std::string_view to_string(MetadataKey key) {
  switch (key) {
    case MetadataKey::Version: return "version";
    case MetadataKey::Owner: return "owner";
    case MetadataKey::Description: return "description";
  }
  return "?";
}

namespace {
void visit_asserts(const std::vector<CheckItemPtr>& items, const std::function<void(const AssertCheck&)>& fn) {
  for (const auto& item : items) {
    if (item) for_each_assert(*item, fn);
  }
}
}  // namespace

void for_each_assert(const CheckItem& item, const std::function<void(const AssertCheck&)>& fn) {
  if (item.kind == CheckItemKind::Assert) fn(static_cast<const AssertCheck&>(item));
  else if (item.kind == CheckItemKind::AssertSet) visit_asserts(static_cast<const AssertSetCheck&>(item).members, fn);
}

void for_each_assert(const TestDecl& suite, const std::function<void(const AssertCheck&)>& fn) {
  visit_asserts(suite.items, fn);
}

std::string_view to_string(DeclKind kind) {
  switch (kind) {
    case DeclKind::Metadata: return "metadata";
    case DeclKind::Import: return "import";
    case DeclKind::Enum: return "enum";
    case DeclKind::Type: return "type";
    case DeclKind::Tool: return "tool";
    case DeclKind::Fragment: return "fragment";
    case DeclKind::Mixin: return "mixin";
    case DeclKind::Prompt: return "prompt";
    case DeclKind::Test: return "test";
    case DeclKind::Eval: return "eval";
  }
  return "?";
}

std::string_view to_string(MemberKind kind) {
  switch (kind) {
    case MemberKind::Metadata: return "metadata";
    case MemberKind::Input: return "input";
    case MemberKind::Output: return "output";
    case MemberKind::Tools: return "tools";
    case MemberKind::ToolChoice: return "tool_choice";
    case MemberKind::Tool: return "tool";
    case MemberKind::Config: return "config";
    case MemberKind::Target: return "target";
    case MemberKind::Budget: return "budget";
    case MemberKind::Message: return "message";
    case MemberKind::Messages: return "messages";
    case MemberKind::Example: return "example";
  }
  return "?";
}

}  // namespace aep::ast
