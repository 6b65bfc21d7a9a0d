// The content of message blocks, sections and fragments: text, bare
// interpolations, named sections (with inheritance modifiers and budget
// settings), block-level `if`/`else` and `for`, `use fragment(args)` and
// `super`. Sections are the unit of inheritance, budgeting and optimization.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "compiler/ast/types.hpp"

namespace aep::ast {

enum class ItemKind : std::uint8_t { Text, Interpolation, Section, If, For, Use, Super };

struct Item {
  explicit Item(ItemKind k) : kind(k) {}
  virtual ~Item() = default;
  ItemKind kind;
  Span span;
};
using ItemPtr = std::unique_ptr<Item>;
using Items = std::vector<ItemPtr>;

struct TextItem : Item {  // a string literal standing as text
  TextItem() : Item(ItemKind::Text) {}
  StringLit text;
};

struct InterpolationItem : Item {  // `{{ expr }}` written outside a string
  InterpolationItem() : Item(ItemKind::Interpolation) {}
  Interpolation interp;
};

enum class SectionModifierKind : std::uint8_t { Override, Append, Prepend, Remove, Required, Final };
struct SectionModifier {
  SectionModifierKind kind;
  Span span;
};

enum class ShrinkMode : std::uint8_t { Drop, Truncate };

// Budget settings shared by sections and `messages` splices.
struct BudgetSettings {
  std::optional<std::int64_t> priority;  // `priority 5`
  Span priority_span;
  std::optional<ShrinkMode> shrink;      // `shrink drop|truncate`
  Span shrink_span;
};

struct SectionItem : Item {
  SectionItem() : Item(ItemKind::Section) {}
  Doc doc;
  std::vector<SectionModifier> modifiers;
  bool has_section_keyword = false;
  Name name;
  BudgetSettings budget;
  Annotations annotations;
  bool has_body = false;  // `remove section x` and `required section x` may omit it
  Items body;
  Span body_span;  // from '{' to '}'
  bool has(SectionModifierKind kind) const;
};

struct IfBranch {
  ExprPtr condition;
  Items body;
  Span span;  // from `if` to the closing '}'
};
struct IfItem : Item {  // if / else if / else
  IfItem() : Item(ItemKind::If) {}
  std::vector<IfBranch> branches;  // the `if`, then each `else if`
  bool has_else = false;
  Items else_body;
  Span else_span;
};

struct ForItem : Item {  // `for x in xs { }` or `for key, value in map { }`
  ForItem() : Item(ItemKind::For) {}
  Name var;
  std::optional<Name> second_var;
  ExprPtr iterable;
  Items body;
};

struct UseItem : Item {  // `use polite(tone: "neutral")`
  UseItem() : Item(ItemKind::Use) {}
  QualifiedName fragment;
  bool has_args = false;
  std::vector<Arg> args;
};

struct SuperItem : Item {  // the parent's text of the section being overridden
  SuperItem() : Item(ItemKind::Super) {}
};

std::string_view to_string(SectionModifierKind kind);
std::string_view to_string(ShrinkMode mode);

}  // namespace aep::ast
