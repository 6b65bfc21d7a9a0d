// Semantic types: the built-in primitives, list<T>, map<T>, T?, enums and
// record types (with their field annotations), as resolved from the AST's
// type expressions. Types are immutable and shared (TypeRef), so a record
// declared once is one object however many inputs use it. Also the portable
// JSON Schema of a type, the form compiler/targets lowers into each dialect.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/ast/decls.hpp"

namespace aep::sema {

enum class TypeTag : std::uint8_t { String, Int, Float, Bool, Json, Messages, List, Map, Enum, Record, Null };

struct Type;
using TypeRef = std::shared_ptr<const Type>;

struct Constraints {
  std::optional<double> minimum, maximum;  // @range(a, b)
  std::optional<std::string> pattern;      // @pattern("...")
  std::string description;                 // @desc("...") or the doc comment
};

struct RecordField {
  std::string name;
  TypeRef type;
  Constraints constraints;
  const ast::Field* decl = nullptr;
};

struct EnumValue {
  std::string name;
  std::string description;
};

struct Type {
  TypeTag tag = TypeTag::Json;
  bool optional = false;
  TypeRef element;                  // List, Map
  std::string name;                 // Enum, Record: qualified name ("support.types.Triage"); empty for inline records
  std::string description;          // Enum, Record: doc comment or @desc
  std::vector<EnumValue> values;    // Enum
  std::vector<RecordField> fields;  // Record
  Span span;                        // the declaration (Enum, Record)

  const RecordField* field(std::string_view field_name) const;
  bool has_value(std::string_view value) const;
};

TypeRef primitive(TypeTag tag);
TypeRef with_optional(const TypeRef& type, bool optional);
TypeRef list_of(TypeRef element);

// `list<map<int>>?`, `support.types.Triage`: the form diagnostics and dumps use.
std::string type_name(const Type& type);
inline std::string type_name(const TypeRef& type) { return type ? type_name(*type) : "?"; }
// Same shape and, for enums and records, the same declaration.
bool same_type(const TypeRef& a, const TypeRef& b);
// Whether a value of `from` may be used where `to` is expected (int -> float,
// T -> T?, null -> T?, anything -> json).
bool assignable(const TypeRef& from, const TypeRef& to);

// Portable JSON Schema: object root for records, every property required,
// optional fields nullable (`"type": [t, "null"]`), additionalProperties
// false, constraints as keywords and also repeated in the description so a
// dialect that drops them still tells the model.
nlohmann::ordered_json json_schema(const Type& type);

}  // namespace aep::sema
