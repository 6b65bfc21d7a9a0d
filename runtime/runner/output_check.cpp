// A small JSON Schema checker for declared output types (output_check.hpp).
#include "runtime/runner/output_check.hpp"

#include <cmath>

#include <fmt/format.h>

namespace aep::runner {

namespace {

using OJson = nlohmann::ordered_json;

std::string brief(const nlohmann::json& v) {
  std::string s = v.dump();
  if (s.size() > 60) s = s.substr(0, 57) + "...";
  return s;
}

std::string type_of(const nlohmann::json& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return "boolean";
  if (v.is_number_integer() || v.is_number_unsigned()) return "integer";
  if (v.is_number()) return "number";
  if (v.is_string()) return "string";
  if (v.is_array()) return "array";
  return "object";
}

bool is_type(const nlohmann::json& v, std::string t) {
  for (auto& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));  // Gemini's upper-case types
  if (t == "null") return v.is_null();
  if (t == "boolean") return v.is_boolean();
  if (t == "integer") return v.is_number_integer() || v.is_number_unsigned() || (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>());
  if (t == "number") return v.is_number();
  if (t == "string") return v.is_string();
  if (t == "array") return v.is_array();
  if (t == "object") return v.is_object();
  return true;
}

class Checker {
 public:
  explicit Checker(const OJson& root) : root_(root) {}

  std::optional<std::string> check(const OJson& schema, const nlohmann::json& v, const std::string& path, int depth = 0) {
    if (depth > 64) return std::nullopt;  // a recursive $ref: stop rather than loop
    if (!schema.is_object()) return std::nullopt;
    if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
      const OJson* target = resolve(ref->get<std::string>());
      if (target == nullptr) return std::nullopt;
      return check(*target, v, path, depth + 1);
    }
    if (schema.value("nullable", false) && v.is_null()) return std::nullopt;
    if (auto t = schema.find("type"); t != schema.end()) {
      bool ok = false;
      std::string names;
      if (t->is_string()) {
        ok = is_type(v, t->get<std::string>());
        names = t->get<std::string>();
      } else if (t->is_array()) {
        for (const auto& one : *t) {
          if (!one.is_string()) continue;
          ok = ok || is_type(v, one.get<std::string>());
          names += (names.empty() ? "" : " or ") + one.get<std::string>();
        }
      } else {
        ok = true;
      }
      if (!ok) return fmt::format("{}: expected {}, found {} {}", path, names, type_of(v), brief(v));
    }
    if (auto e = schema.find("enum"); e != schema.end() && e->is_array()) {
      bool found = false;
      std::string names;
      for (const auto& one : *e) {
        if (nlohmann::json(one) == v) found = true;
        names += (names.empty() ? "" : ", ") + one.dump();
      }
      if (!found) return fmt::format("{}: expected one of {}, found {}", path, names, brief(v));
    }
    if (auto c = schema.find("const"); c != schema.end() && nlohmann::json(*c) != v) {
      return fmt::format("{}: expected {}, found {}", path, c->dump(), brief(v));
    }
    for (const char* key : {"anyOf", "oneOf"}) {
      if (auto alts = schema.find(key); alts != schema.end() && alts->is_array() && !alts->empty()) {
        std::optional<std::string> first;
        bool any = false;
        for (const auto& alt : *alts) {
          auto why = check(alt, v, path, depth + 1);
          if (!why) { any = true; break; }
          if (!first) first = why;
        }
        if (!any) return first;
      }
    }
    if (v.is_object()) {
      if (auto req = schema.find("required"); req != schema.end() && req->is_array()) {
        for (const auto& name : *req) {
          if (name.is_string() && !v.contains(name.get<std::string>())) {
            return fmt::format("{}: missing required field `{}`", path, name.get<std::string>());
          }
        }
      }
      auto props = schema.find("properties");
      for (const auto& [k, val] : v.items()) {
        if (props != schema.end() && props->is_object() && props->contains(k)) {
          if (auto why = check((*props)[k], val, path + "." + k, depth + 1)) return why;
        } else if (auto extra = schema.find("additionalProperties"); extra != schema.end()) {
          if (extra->is_boolean() && !extra->get<bool>()) return fmt::format("{}: unexpected field `{}`", path, k);
          if (extra->is_object()) {
            if (auto why = check(*extra, val, path + "." + k, depth + 1)) return why;
          }
        }
      }
    }
    if (v.is_array()) {
      if (auto items = schema.find("items"); items != schema.end() && items->is_object()) {
        for (std::size_t i = 0; i < v.size(); ++i) {
          if (auto why = check(*items, v[i], fmt::format("{}[{}]", path, i), depth + 1)) return why;
        }
      }
      if (auto n = schema.find("minItems"); n != schema.end() && n->is_number() && v.size() < n->get<double>())
        return fmt::format("{}: expected at least {} items, found {}", path, n->dump(), v.size());
      if (auto n = schema.find("maxItems"); n != schema.end() && n->is_number() && v.size() > n->get<double>())
        return fmt::format("{}: expected at most {} items, found {}", path, n->dump(), v.size());
    }
    if (v.is_number()) {
      double x = v.get<double>();
      if (auto n = schema.find("minimum"); n != schema.end() && n->is_number() && x < n->get<double>())
        return fmt::format("{}: {} is below the minimum {}", path, brief(v), n->dump());
      if (auto n = schema.find("maximum"); n != schema.end() && n->is_number() && x > n->get<double>())
        return fmt::format("{}: {} is above the maximum {}", path, brief(v), n->dump());
    }
    if (v.is_string()) {
      std::size_t len = 0;  // code points, as JSON Schema counts
      for (unsigned char ch : v.get_ref<const std::string&>()) len += (ch & 0xC0) != 0x80;
      if (auto n = schema.find("minLength"); n != schema.end() && n->is_number() && len < n->get<double>())
        return fmt::format("{}: expected at least {} characters, found {}", path, n->dump(), len);
      if (auto n = schema.find("maxLength"); n != schema.end() && n->is_number() && len > n->get<double>())
        return fmt::format("{}: expected at most {} characters, found {}", path, n->dump(), len);
    }
    return std::nullopt;
  }

 private:
  const OJson* resolve(const std::string& ref) const {
    if (ref.rfind("#/", 0) != 0) return nullptr;
    try {
      const OJson& target = root_.at(OJson::json_pointer(ref.substr(1)));
      return &target;
    } catch (const nlohmann::json::exception&) {
      return nullptr;
    }
  }
  const OJson& root_;
};

}  // namespace

std::optional<std::string> check_output(const nlohmann::ordered_json& schema, const nlohmann::json& value) {
  Checker checker(schema);
  return checker.check(schema, value, "$");
}

}  // namespace aep::runner
