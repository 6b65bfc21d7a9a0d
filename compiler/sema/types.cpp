// Type utilities and the portable JSON Schema of a type.
#include "compiler/sema/types.hpp"

#include <array>
#include <cmath>

#include <fmt/format.h>

namespace aep::sema {

const RecordField* Type::field(std::string_view field_name) const {
  for (const RecordField& f : fields) {
    if (f.name == field_name) return &f;
  }
  return nullptr;
}

bool Type::has_value(std::string_view value) const {
  for (const EnumValue& v : values) {
    if (v.name == value) return true;
  }
  return false;
}

TypeRef primitive(TypeTag tag) {
  // One shared object per primitive: most types in a program are these.
  static const std::array<TypeRef, 11> table = [] {
    std::array<TypeRef, 11> t;
    for (std::size_t i = 0; i < t.size(); ++i) {
      auto type = std::make_shared<Type>();
      type->tag = static_cast<TypeTag>(i);
      t[i] = type;
    }
    return t;
  }();
  return table[static_cast<std::size_t>(tag)];
}

TypeRef with_optional(const TypeRef& type, bool optional) {
  if (!type || type->optional == optional) return type;
  auto copy = std::make_shared<Type>(*type);
  copy->optional = optional;
  return copy;
}

TypeRef list_of(TypeRef element) {
  auto t = std::make_shared<Type>();
  t->tag = TypeTag::List;
  t->element = std::move(element);
  return t;
}

std::string type_name(const Type& type) {
  std::string base;
  switch (type.tag) {
    case TypeTag::String: base = "string"; break;
    case TypeTag::Int: base = "int"; break;
    case TypeTag::Float: base = "float"; break;
    case TypeTag::Bool: base = "bool"; break;
    case TypeTag::Json: base = "json"; break;
    case TypeTag::Messages: base = "messages"; break;
    case TypeTag::Null: base = "null"; break;
    case TypeTag::List: base = "list<" + type_name(type.element) + ">"; break;
    case TypeTag::Map: base = "map<" + type_name(type.element) + ">"; break;
    case TypeTag::Enum:
    case TypeTag::Record: base = type.name.empty() ? std::string("{...}") : type.name; break;
  }
  if (type.optional) base += '?';
  return base;
}

bool same_type(const TypeRef& a, const TypeRef& b) {
  if (!a || !b) return true;  // an unresolved type already has its diagnostic
  if (a->tag != b->tag || a->optional != b->optional) return false;
  switch (a->tag) {
    case TypeTag::List:
    case TypeTag::Map: return same_type(a->element, b->element);
    case TypeTag::Enum:
    case TypeTag::Record:
      if (a->name.empty() || b->name.empty()) {
        if (a->fields.size() != b->fields.size()) return false;
        for (std::size_t i = 0; i < a->fields.size(); ++i) {
          if (a->fields[i].name != b->fields[i].name || !same_type(a->fields[i].type, b->fields[i].type)) return false;
        }
        return true;
      }
      return a->name == b->name;
    default: return true;
  }
}

bool assignable(const TypeRef& from, const TypeRef& to) {
  if (!from || !to) return true;
  if (to->tag == TypeTag::Json) return true;
  if (from->tag == TypeTag::Null) return to->optional;
  if (from->optional && !to->optional) return false;
  if (from->tag == TypeTag::Int && to->tag == TypeTag::Float) return true;
  if (from->tag == TypeTag::Enum && to->tag == TypeTag::String) return true;
  if (from->tag != to->tag) return false;
  switch (from->tag) {
    case TypeTag::List:
    case TypeTag::Map: return assignable(from->element, to->element);
    case TypeTag::Enum:
    case TypeTag::Record: return same_type(with_optional(from, false), with_optional(to, false));
    default: return true;
  }
}

namespace {

using Json = nlohmann::ordered_json;

std::string number_text(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return fmt::format("{}", static_cast<long long>(v));
  return fmt::format("{}", v);
}

Json number_json(double v, bool integer) {
  if (integer && std::floor(v) == v) return Json(static_cast<long long>(v));
  return Json(v);
}

// Makes `schema` accept null too, the portable form of an optional value.
void make_nullable(Json& schema) {
  if (schema.contains("type")) {
    Json& t = schema["type"];
    if (t.is_string()) t = Json::array({t, "null"});
    if (schema.contains("enum")) schema["enum"].push_back(nullptr);
  } else {
    schema = Json{{"anyOf", Json::array({schema, Json{{"type", "null"}}})}};
  }
}

Json schema_of(const Type& type, const Constraints* constraints) {
  Json s = Json::object();
  std::string desc;
  switch (type.tag) {
    case TypeTag::String: s["type"] = "string"; break;
    case TypeTag::Int: s["type"] = "integer"; break;
    case TypeTag::Float: s["type"] = "number"; break;
    case TypeTag::Bool: s["type"] = "boolean"; break;
    case TypeTag::Null: s["type"] = "null"; break;
    case TypeTag::Json:
    case TypeTag::Messages: desc = "any JSON value"; break;
    case TypeTag::List:
      s["type"] = "array";
      s["items"] = schema_of(*type.element, nullptr);
      break;
    case TypeTag::Map:
      s["type"] = "object";
      s["additionalProperties"] = schema_of(*type.element, nullptr);
      break;
    case TypeTag::Enum: {
      s["type"] = "string";
      Json values = Json::array();
      std::string explained;
      for (const EnumValue& v : type.values) {
        values.push_back(v.name);
        if (!v.description.empty()) {
          explained += (explained.empty() ? "" : "; ") + v.name + ": " + v.description;
        }
      }
      s["enum"] = std::move(values);
      desc = type.description;
      if (!explained.empty()) desc += (desc.empty() ? "" : " (") + explained + (desc.empty() ? "" : ")");
      break;
    }
    case TypeTag::Record: {
      s["type"] = "object";
      Json props = Json::object();
      Json required = Json::array();
      for (const RecordField& f : type.fields) {
        props[f.name] = schema_of(*f.type, &f.constraints);
        required.push_back(f.name);
      }
      s["properties"] = std::move(props);
      s["required"] = std::move(required);
      s["additionalProperties"] = false;
      desc = type.description;
      break;
    }
  }
  if (constraints) {
    std::string notes;
    bool integer = type.tag == TypeTag::Int;
    if (constraints->minimum) s["minimum"] = number_json(*constraints->minimum, integer);
    if (constraints->maximum) s["maximum"] = number_json(*constraints->maximum, integer);
    if (constraints->minimum && constraints->maximum) {
      notes = "between " + number_text(*constraints->minimum) + " and " + number_text(*constraints->maximum);
    } else if (constraints->minimum) {
      notes = "at least " + number_text(*constraints->minimum);
    } else if (constraints->maximum) {
      notes = "at most " + number_text(*constraints->maximum);
    }
    if (constraints->pattern) {
      s["pattern"] = *constraints->pattern;
      notes += (notes.empty() ? "" : "; ") + std::string("matches ") + *constraints->pattern;
    }
    std::string d = constraints->description;
    if (d.empty()) d = desc;
    if (!notes.empty()) d += (d.empty() ? "" : " (") + notes + (d.empty() ? "" : ")");
    desc = d;
  }
  if (!desc.empty()) s["description"] = desc;
  if (type.optional) make_nullable(s);
  return s;
}

}  // namespace

nlohmann::ordered_json json_schema(const Type& type) { return schema_of(type, nullptr); }

}  // namespace aep::sema
