// Schema lowering per dialect (see schema_lower.hpp). Sources for what each
// dialect supports: OpenAI "Structured Outputs: supported schemas" (strict
// mode keywords, 5000 properties, 10 nesting levels); Anthropic "Structured
// outputs: JSON Schema limitations" (no numeric or string-length constraints,
// minItems 0 or 1 only); Gemini API `Schema` reference (OpenAPI 3.0 subset,
// int64 fields as strings in the proto3 JSON mapping); Ollama `api.Tool`
// (properties carry type, description, enum and items only).
#include "compiler/targets/schema_lower.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace aep::targets {
namespace {

const std::set<std::string> kPortableKeywords = {
    "type", "properties", "required", "items", "enum", "const", "description", "title", "default",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
    "maxLength", "pattern", "format", "minItems", "maxItems", "uniqueItems", "anyOf",
    "additionalProperties"};
const std::set<std::string> kTypes = {"object", "array", "string", "number", "integer", "boolean", "null"};

std::string dialect_name(SchemaDialect d) {
  switch (d) {
    case SchemaDialect::Portable: return "portable JSON Schema";
    case SchemaDialect::OpenAIStrict: return "OpenAI strict mode";
    case SchemaDialect::Anthropic: return "Anthropic JSON Schema subset";
    case SchemaDialect::Gemini: return "Gemini response schema";
    case SchemaDialect::OllamaTool: return "Ollama tool parameters";
  }
  return "";
}

class Lowerer {
 public:
  Lowerer(SchemaDialect dialect, const SchemaSite& site, const LowerContext& ctx)
      : dialect_(dialect), site_(site), ctx_(ctx) {}

  Json run(const Json& schema) {
    if (!validate(schema, "")) return schema;
    bool root_object = schema.value("type", Json()) == Json("object");
    if (!root_object && (dialect_ == SchemaDialect::OpenAIStrict || dialect_ == SchemaDialect::OllamaTool ||
                         site_.what.rfind("tool", 0) == 0)) {
      error(DiagKind::SchemaUnrepresentable, "",
            fmt::format("the root of {} must be an object for {}", site_.what, dialect_name(dialect_)),
            "wrap the value in a record type with one field");
      return schema;
    }
    Json out = node(schema, "", 1, false);
    if (dialect_ == SchemaDialect::OpenAIStrict && properties_ > 5000) {
      error(DiagKind::SchemaUnrepresentable, "",
            fmt::format("{} has {} properties; OpenAI strict mode allows at most 5000", site_.what, properties_));
    }
    return out;
  }

 private:
  std::string where(const std::string& path) const {
    return path.empty() ? site_.what : fmt::format("`{}` of {}", path, site_.what);
  }

  void error(DiagKind kind, const std::string& path, std::string message, std::string help = {}) {
    (void)path;
    ctx_.report(kind, site_.span, std::move(message), std::move(help));
  }

  bool validate(const Json& s, const std::string& path) {
    if (!s.is_object()) {
      error(DiagKind::SchemaInvalid, path, fmt::format("{} is not a schema object", where(path)));
      return false;
    }
    bool ok = true;
    for (auto it = s.begin(); it != s.end(); ++it) {
      const std::string& k = it.key();
      if (!kPortableKeywords.count(k)) {
        error(DiagKind::SchemaInvalid, path,
              fmt::format("keyword `{}` in {} is not part of the portable schema", k, where(path)),
              "the portable schema takes type, properties, required, items, enum, const, anyOf, "
              "description, title, default and the numeric, string and array constraints");
        ok = false;
      }
    }
    // Keyword values of the wrong JSON type would make every dialect below
    // misbehave; they are reported here once, with the keyword's place.
    for (auto it = s.begin(); it != s.end(); ++it) {
      const std::string& k = it.key();
      const Json& v = it.value();
      std::string want;
      if ((k == "description" || k == "title" || k == "pattern" || k == "format") && !v.is_string()) {
        want = "a string";
      } else if ((k == "minLength" || k == "maxLength" || k == "minItems" || k == "maxItems") &&
                 !(v.is_number_integer() && v.get<std::int64_t>() >= 0)) {
        want = "a non-negative integer";
      } else if ((k == "minimum" || k == "maximum" || k == "exclusiveMinimum" || k == "exclusiveMaximum") &&
                 !v.is_number()) {
        want = "a number";
      } else if (k == "multipleOf" && !(v.is_number() && v.get<double>() > 0)) {
        want = "a positive number";
      } else if (k == "uniqueItems" && !v.is_boolean()) {
        want = "true or false";
      } else if (k == "additionalProperties" && !v.is_boolean() && !v.is_object()) {
        want = "true, false or a schema";
      }
      if (!want.empty()) {
        error(DiagKind::SchemaInvalid, path, fmt::format("`{}` of {} must be {}", k, where(path), want));
        ok = false;
      }
    }
    if (!ok) return false;
    if (s.contains("type")) {
      const Json& t = s["type"];
      auto good = [&](const Json& v) { return v.is_string() && kTypes.count(v.get<std::string>()); };
      bool valid = good(t) || (t.is_array() && !t.empty() && std::all_of(t.begin(), t.end(), good));
      if (!valid) {
        error(DiagKind::SchemaInvalid, path, fmt::format("`type` of {} is not a JSON Schema type", where(path)));
        ok = false;
      }
    }
    if (s.contains("properties")) {
      if (!s["properties"].is_object()) {
        error(DiagKind::SchemaInvalid, path, fmt::format("`properties` of {} must be an object", where(path)));
        ok = false;
      } else {
        for (auto it = s["properties"].begin(); it != s["properties"].end(); ++it) {
          ok = validate(it.value(), join(path, it.key())) && ok;
        }
      }
    }
    if (s.contains("required")) {
      const Json& r = s["required"];
      if (!r.is_array()) {
        error(DiagKind::SchemaInvalid, path, fmt::format("`required` of {} must be a list of names", where(path)));
        ok = false;
      } else {
        for (const Json& name : r) {
          if (!name.is_string() || !s.contains("properties") || !s["properties"].is_object() ||
              !s["properties"].contains(name.get<std::string>())) {
            error(DiagKind::SchemaInvalid, path,
                  fmt::format("`required` of {} names `{}`, which is not one of its properties", where(path),
                              name.is_string() ? name.get<std::string>() : name.dump()));
            ok = false;
          }
        }
      }
    }
    if (s.contains("items")) ok = validate(s["items"], path + "[]") && ok;
    if (s.contains("anyOf")) {
      if (!s["anyOf"].is_array() || s["anyOf"].empty()) {
        error(DiagKind::SchemaInvalid, path, fmt::format("`anyOf` of {} must be a non-empty list", where(path)));
        ok = false;
      } else {
        for (const Json& b : s["anyOf"]) ok = validate(b, path) && ok;
      }
    }
    if (s.contains("enum") && (!s["enum"].is_array() || s["enum"].empty())) {
      error(DiagKind::SchemaInvalid, path, fmt::format("`enum` of {} must be a non-empty list", where(path)));
      ok = false;
    }
    if (s.contains("additionalProperties") && !s["additionalProperties"].is_boolean()) {
      ok = validate(s["additionalProperties"], path + "{}") && ok;
    }
    return ok;
  }

  static std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }

  // Moves `key` of `in` into the pending description notes with a warning.
  void move(const Json& in, const std::string& key, const std::string& path, std::vector<std::string>& notes) {
    std::string value = in[key].is_string() ? in[key].get<std::string>() : in[key].dump();
    notes.push_back(fmt::format("{}: {}", key, value));
    ctx_.report(DiagKind::SchemaConstraintMoved, site_.span,
                fmt::format("`{}` on {} is not supported by the {}; moved into the description", key,
                            where(path), dialect_name(dialect_)),
                "the model sees it as text but the provider does not enforce it; validate the answer");
  }

  static void put_description(Json& out, const Json& in, const std::vector<std::string>& notes) {
    std::string desc = in.contains("description") && in["description"].is_string()
                           ? in["description"].get<std::string>() : std::string();
    if (!notes.empty()) {
      std::string joined = fmt::format("{}", fmt::join(notes, "; "));
      desc = desc.empty() ? joined : fmt::format("{} ({})", desc, joined);
    }
    if (!desc.empty()) out["description"] = desc;
  }

  static std::vector<std::string> types_of(const Json& s) {
    std::vector<std::string> out;
    if (!s.contains("type")) return out;
    if (s["type"].is_string()) out.push_back(s["type"].get<std::string>());
    else for (const Json& t : s["type"]) out.push_back(t.get<std::string>());
    return out;
  }

  Json node(const Json& in, const std::string& path, int depth, bool optional) {
    if (dialect_ == SchemaDialect::Portable) return in;
    if (dialect_ == SchemaDialect::OpenAIStrict && depth > 10 && !depth_reported_) {
      depth_reported_ = true;
      error(DiagKind::SchemaUnrepresentable, path,
            fmt::format("{} nests objects deeper than the 10 levels OpenAI strict mode allows", where(path)),
            "flatten the type, or turn off strict output for this target");
    }
    switch (dialect_) {
      case SchemaDialect::OpenAIStrict: return openai(in, path, depth, optional);
      case SchemaDialect::Anthropic: return anthropic(in, path, depth);
      case SchemaDialect::Gemini: return gemini(in, path, depth);
      case SchemaDialect::OllamaTool: return ollama(in, path, depth);
      case SchemaDialect::Portable: break;
    }
    return in;
  }

  // ---- OpenAI strict: every property required, optional ones nullable,
  // additionalProperties false everywhere, no default.
  Json openai(const Json& in, const std::string& path, int depth, bool optional) {
    static const std::set<std::string> kFormats = {"date-time", "time", "date", "duration", "email",
                                                   "hostname", "ipv4", "ipv6", "uuid"};
    Json out = Json::object();
    std::vector<std::string> notes;
    for (auto it = in.begin(); it != in.end(); ++it) {
      const std::string& k = it.key();
      if (k == "description") continue;
      if (k == "properties") {
        Json props = Json::object();
        Json required = Json::array();
        std::set<std::string> was_required;
        if (in.contains("required")) for (const Json& r : in["required"]) was_required.insert(r.get<std::string>());
        for (auto p = it.value().begin(); p != it.value().end(); ++p) {
          ++properties_;
          props[p.key()] = node(p.value(), join(path, p.key()), depth + 1, !was_required.count(p.key()));
          required.push_back(p.key());
        }
        out["properties"] = std::move(props);
        out["required"] = std::move(required);
      } else if (k == "required") {
        // rebuilt with properties
      } else if (k == "items") {
        out["items"] = node(it.value(), path + "[]", depth + 1, false);
      } else if (k == "anyOf") {
        Json branches = Json::array();
        for (const Json& b : it.value()) branches.push_back(node(b, path, depth, false));
        out["anyOf"] = std::move(branches);
      } else if (k == "additionalProperties") {
        if (it.value() != Json(false)) {
          error(DiagKind::SchemaUnrepresentable, path,
                fmt::format("{} allows additional properties, which OpenAI strict mode cannot express", where(path)),
                "use a list of {key, value} records instead of a map, or turn off strict output for this target");
        }
      } else if (k == "minLength" || k == "maxLength" || k == "uniqueItems" || k == "default" ||
                 (k == "format" && !kFormats.count(it.value().get<std::string>()))) {
        move(in, k, path, notes);
      } else {
        out[k] = it.value();
      }
    }
    if (types_of(in) == std::vector<std::string>{"object"} || in.contains("properties")) {
      out["additionalProperties"] = false;
      if (!out.contains("properties")) { out["properties"] = Json::object(); out["required"] = Json::array(); }
    }
    put_description(out, in, notes);
    if (optional) make_nullable(out);
    return out;
  }

  static void make_nullable(Json& s) {
    if (s.contains("type")) {
      Json& t = s["type"];
      if (t.is_string()) {
        if (t != "null") t = Json::array({t.get<std::string>(), "null"});
      } else if (std::find(t.begin(), t.end(), Json("null")) == t.end()) {
        t.push_back("null");
      }
      if (s.contains("enum") && std::find(s["enum"].begin(), s["enum"].end(), Json()) == s["enum"].end()) {
        s["enum"].push_back(nullptr);
      }
    } else if (s.contains("anyOf")) {
      s["anyOf"].push_back(Json{{"type", "null"}});
    } else {
      Json inner = s;
      s = Json{{"anyOf", Json::array({inner, Json{{"type", "null"}}})}};
    }
  }

  // ---- Anthropic: JSON Schema without numeric, length and most array
  // constraints; objects closed when the output is strict.
  Json anthropic(const Json& in, const std::string& path, int depth) {
    static const std::set<std::string> kFormats = {"date-time", "time", "date", "duration", "email",
                                                   "hostname", "uri", "ipv4", "ipv6", "uuid"};
    Json out = Json::object();
    std::vector<std::string> notes;
    for (auto it = in.begin(); it != in.end(); ++it) {
      const std::string& k = it.key();
      if (k == "description") continue;
      if (k == "properties") {
        Json props = Json::object();
        for (auto p = it.value().begin(); p != it.value().end(); ++p) {
          props[p.key()] = node(p.value(), join(path, p.key()), depth + 1, false);
        }
        out["properties"] = std::move(props);
      } else if (k == "items") {
        out["items"] = node(it.value(), path + "[]", depth + 1, false);
      } else if (k == "anyOf") {
        Json branches = Json::array();
        for (const Json& b : it.value()) branches.push_back(node(b, path, depth, false));
        out["anyOf"] = std::move(branches);
      } else if (k == "additionalProperties") {
        if (it.value() != Json(false) && site_.strict) {
          error(DiagKind::SchemaUnrepresentable, path,
                fmt::format("{} allows additional properties, which Anthropic structured output cannot express", where(path)),
                "use a list of {key, value} records instead of a map, or turn off strict output for this target");
        } else if (it.value() != Json(false)) {
          out[k] = it.value().is_boolean() ? it.value() : node(it.value(), path + "{}", depth + 1, false);
        }
      } else if (k == "minimum" || k == "maximum" || k == "exclusiveMinimum" || k == "exclusiveMaximum" ||
                 k == "multipleOf" || k == "minLength" || k == "maxLength" || k == "maxItems" ||
                 k == "uniqueItems" || k == "default" ||
                 (k == "minItems" && it.value().is_number_integer() && it.value().get<std::int64_t>() > 1) ||
                 (k == "format" && !kFormats.count(it.value().get<std::string>()))) {
        move(in, k, path, notes);
      } else {
        out[k] = it.value();
      }
    }
    if ((types_of(in) == std::vector<std::string>{"object"} || in.contains("properties")) &&
        !out.contains("additionalProperties")) {
      out["additionalProperties"] = false;
    }
    put_description(out, in, notes);
    return out;
  }

  // ---- Gemini: OpenAPI 3.0 subset, upper-case types, nullable, ordering.
  Json gemini(const Json& in, const std::string& path, int depth) {
    static const std::set<std::string> kStringFormats = {"date-time", "enum"};
    static const std::set<std::string> kNumberFormats = {"float", "double", "int32", "int64"};
    Json out = Json::object();
    std::vector<std::string> notes;
    std::vector<std::string> types = types_of(in);
    bool nullable = std::find(types.begin(), types.end(), "null") != types.end();
    types.erase(std::remove(types.begin(), types.end(), "null"), types.end());
    if (types.size() > 1) {
      // A union of several types: anyOf of one typed schema each.
      Json branches = Json::array();
      for (const std::string& t : types) {
        Json one = in;
        one["type"] = t;
        one.erase("description");
        branches.push_back(gemini(one, path, depth));
      }
      out["anyOf"] = std::move(branches);
      if (nullable) out["nullable"] = true;
      put_description(out, in, notes);
      return out;
    }
    std::string type = types.empty() ? std::string() : types.front();
    if (!type.empty()) {
      std::string upper = type;
      std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      out["type"] = upper;
    }
    if (nullable) out["nullable"] = true;
    for (auto it = in.begin(); it != in.end(); ++it) {
      const std::string& k = it.key();
      const Json& v = it.value();
      if (k == "type" || k == "description") continue;
      if (k == "properties") {
        Json props = Json::object();
        Json order = Json::array();
        for (auto p = v.begin(); p != v.end(); ++p) {
          props[p.key()] = node(p.value(), join(path, p.key()), depth + 1, false);
          order.push_back(p.key());
        }
        out["properties"] = std::move(props);
        if (in.contains("required")) out["required"] = in["required"];
        out["propertyOrdering"] = std::move(order);
      } else if (k == "required") {
        if (!in.contains("properties")) out["required"] = v;
      } else if (k == "items") {
        out["items"] = node(v, path + "[]", depth + 1, false);
      } else if (k == "anyOf") {
        Json branches = Json::array();
        bool null_branch = false;
        for (const Json& b : v) {
          if (b == Json{{"type", "null"}}) { null_branch = true; continue; }
          branches.push_back(node(b, path, depth, false));
        }
        if (null_branch) out["nullable"] = true;
        if (branches.size() == 1) {
          for (auto b = branches[0].begin(); b != branches[0].end(); ++b) {
            if (!out.contains(b.key())) out[b.key()] = b.value();
          }
        } else {
          out["anyOf"] = std::move(branches);
        }
      } else if (k == "enum") {
        bool strings = std::all_of(v.begin(), v.end(), [](const Json& e) { return e.is_string() || e.is_null(); });
        if (strings) {
          Json values = Json::array();
          for (const Json& e : v) {
            if (e.is_null()) out["nullable"] = true;
            else values.push_back(e);
          }
          out["enum"] = std::move(values);
          if (type.empty()) out["type"] = "STRING";
        } else {
          move(in, k, path, notes);
        }
      } else if (k == "const") {
        if (v.is_string()) {
          out["enum"] = Json::array({v});
          if (type.empty()) out["type"] = "STRING";
        } else {
          move(in, k, path, notes);
        }
      } else if (k == "format") {
        const std::set<std::string>& ok = type == "string" ? kStringFormats : kNumberFormats;
        if (ok.count(v.get<std::string>())) out[k] = v;
        else move(in, k, path, notes);
      } else if (k == "minLength" || k == "maxLength" || k == "minItems" || k == "maxItems") {
        // int64 fields: the proto3 JSON mapping writes them as strings.
        out[k] = std::to_string(v.get<std::int64_t>());
      } else if (k == "minimum" || k == "maximum" || k == "pattern" || k == "title" || k == "default") {
        out[k] = v;
      } else if (k == "additionalProperties") {
        // Gemini emits only declared properties, so `false` holds by
        // construction; anything else cannot be expressed.
        if (v != Json(false)) {
          error(DiagKind::SchemaUnrepresentable, path,
                fmt::format("{} allows additional properties, which the Gemini response schema cannot express", where(path)),
                "use a list of {key, value} records instead of a map");
        }
      } else {
        move(in, k, path, notes);  // exclusiveMinimum/Maximum, multipleOf, uniqueItems
      }
    }
    put_description(out, in, notes);
    return out;
  }

  // ---- Ollama tools: flat properties with type, description, enum, items.
  Json ollama(const Json& in, const std::string& path, int depth) {
    Json out = Json::object();
    std::vector<std::string> notes;
    bool root = depth == 1;
    for (auto it = in.begin(); it != in.end(); ++it) {
      const std::string& k = it.key();
      if (k == "description") continue;
      if (root && k == "properties") {
        Json props = Json::object();
        for (auto p = it.value().begin(); p != it.value().end(); ++p) {
          props[p.key()] = ollama(p.value(), join(path, p.key()), depth + 1);
        }
        out["properties"] = std::move(props);
      } else if (root && (k == "required" || k == "type")) {
        out[k] = it.value();
      } else if (!root && (k == "type" || k == "enum" || k == "items")) {
        out[k] = it.value();
      } else if (root && k == "additionalProperties") {
        // not carried; Ollama passes the declared properties to the model only
      } else {
        move(in, k, path, notes);
      }
    }
    put_description(out, in, notes);
    return out;
  }

  SchemaDialect dialect_;
  const SchemaSite& site_;
  const LowerContext& ctx_;
  std::size_t properties_ = 0;
  bool depth_reported_ = false;
};

}  // namespace

Json lower_schema(const Json& schema, SchemaDialect dialect, const SchemaSite& site, const LowerContext& ctx) {
  Lowerer lowerer(dialect, site, ctx);
  return lowerer.run(schema);
}

}  // namespace aep::targets
