// Type expressions, annotations and fields: the typed parts of the language
// (inputs, outputs, record types, enums, tool and fragment parameters).
// Built-in type names (string, int, float, bool, json, messages, list, map)
// are ordinary names here; sema resolves them.
#pragma once

#include <memory>
#include <vector>

#include "compiler/ast/expr.hpp"

namespace aep::ast {

// `@name` or `@name(args)`: @desc, @range, @pattern, @untrusted, @tune, @frozen ...
struct Annotation {
  Name name;  // without the '@'
  bool has_parens = false;
  std::vector<Arg> args;
  Span span;
};
using Annotations = std::vector<Annotation>;

enum class TypeKind : std::uint8_t { Named, Record };

struct TypeExpr;
using TypeExprPtr = std::unique_ptr<TypeExpr>;

struct TypeExpr {
  explicit TypeExpr(TypeKind k) : kind(k) {}
  virtual ~TypeExpr() = default;
  TypeKind kind;
  bool optional = false;  // T?
  Span span;
};

// A record field or a tool/fragment parameter: `name: type = default @annotations`.
// Defined before RecordType: a vector member of an incomplete type compiles
// with GCC but not with clang, whose virtual destructor instantiates it early.
struct Field {
  Doc doc;
  Name name;
  TypeExprPtr type;
  ExprPtr default_value;  // may be null
  Annotations annotations;
  Span span;
};

// string, Category, common.Triage, list<string>, map<int>
struct NamedType : TypeExpr {
  NamedType() : TypeExpr(TypeKind::Named) {}
  QualifiedName name;
  std::vector<TypeExprPtr> args;
};

// An inline record: `output { category: Category  urgency: int }`.
struct RecordType : TypeExpr {
  RecordType() : TypeExpr(TypeKind::Record) {}
  std::vector<Field> fields;
};

}  // namespace aep::ast
