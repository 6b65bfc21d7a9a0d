// Answer formatting and schema filling (see format.hpp).
#include "runtime/sim/format.hpp"

#include <algorithm>

#include "runtime/sim/hash.hpp"

namespace aep::sim {

namespace {

using json = nlohmann::ordered_json;

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// Follows a local "$ref" (#/$defs/X or #/definitions/X) against the root.
const json& resolve(const json& schema, const json& root, int depth) {
  if (depth > 16 || !schema.is_object()) return schema;
  auto ref = schema.find("$ref");
  if (ref != schema.end() && ref->is_string()) {
    std::string r = ref->get<std::string>();
    if (r.starts_with("#")) {
      try {
        const json& target = root.at(json::json_pointer(r.substr(1)));
        return resolve(target, root, depth + 1);
      } catch (const std::exception&) {
        return schema;
      }
    }
  }
  for (const char* alt : {"anyOf", "oneOf", "allOf"}) {
    auto it = schema.find(alt);
    if (it != schema.end() && it->is_array() && !it->empty()) {
      // Prefer a branch that is not plain null (an optional field).
      for (const auto& branch : *it) {
        const json& b = resolve(branch, root, depth + 1);
        if (!(b.is_object() && b.value("type", json()) == "null")) return b;
      }
      return resolve((*it)[0], root, depth + 1);
    }
  }
  return schema;
}

std::string type_of(const json& schema) {
  auto t = schema.find("type");
  if (t == schema.end()) {
    if (schema.contains("properties")) return "object";
    if (schema.contains("items")) return "array";
    if (schema.contains("enum")) return "enum";
    return "string";
  }
  if (t->is_string()) return lower(t->get<std::string>());
  if (t->is_array()) {
    for (const auto& x : *t)
      if (x.is_string() && lower(x.get<std::string>()) != "null") return lower(x.get<std::string>());
  }
  return "string";
}

bool enum_holds(const json& schema, const json& value) {
  auto e = schema.find("enum");
  return e != schema.end() && e->is_array() && std::find(e->begin(), e->end(), value) != e->end();
}

json filler(const json& schema_in, const json& root, std::uint64_t key, int depth);

json fill_object(const json& schema, const json& root, const json& answer, const std::string& field,
                 std::uint64_t key, int depth) {
  json out = json::object();
  auto props = schema.find("properties");
  if (props == schema.end() || !props->is_object()) {
    return answer.is_object() ? answer : json{{field, answer}};
  }
  // Where a label goes.
  std::string label_key;
  if (!answer.is_object()) {
    if (props->contains(field)) {
      label_key = field;
    } else {
      for (auto it = props->begin(); it != props->end() && label_key.empty(); ++it)
        if (enum_holds(resolve(it.value(), root, 0), answer)) label_key = it.key();
      for (auto it = props->begin(); it != props->end() && label_key.empty(); ++it) {
        std::string t = type_of(resolve(it.value(), root, 0));
        if (t == "string" || t == "enum") label_key = it.key();
      }
    }
  }
  std::uint64_t i = 0;
  for (auto it = props->begin(); it != props->end(); ++it, ++i) {
    const json& sub = resolve(it.value(), root, 0);
    if (answer.is_object() && answer.contains(it.key())) {
      out[it.key()] = answer[it.key()];
    } else if (it.key() == label_key) {
      out[it.key()] = answer;
    } else {
      out[it.key()] = filler(sub, root, hash_mix({key, i}), depth + 1);
    }
  }
  return out;
}

json filler(const json& schema_in, const json& root, std::uint64_t key, int depth) {
  const json& schema = resolve(schema_in, root, 0);
  if (depth > 8 || !schema.is_object()) return nullptr;
  if (auto e = schema.find("enum"); e != schema.end() && e->is_array() && !e->empty()) {
    return (*e)[hash_mix({key, 7}) % e->size()];
  }
  std::string t = type_of(schema);
  double u = unit_from_hash(key);
  if (t == "object") return fill_object(schema, root, json::object(), "", key, depth);
  if (t == "array") {
    json arr = json::array();
    if (auto items = schema.find("items"); items != schema.end()) arr.push_back(filler(*items, root, key, depth + 1));
    return arr;
  }
  if (t == "integer") return static_cast<int>(u * 5) + 1;
  if (t == "number") return static_cast<double>(static_cast<int>(50 + u * 50)) / 100.0;
  if (t == "boolean") return u < 0.5;
  if (t == "null") return nullptr;
  static const char* kWords[] = {"see the message", "not stated", "as described", "n/a"};
  return kWords[hash_mix({key, 3}) % 4];
}

}  // namespace

std::string answer_text(const json& answer) {
  return answer.is_string() ? answer.get<std::string>() : answer.dump();
}

json answer_json(const json& answer, const std::string& field) {
  return answer.is_object() ? answer : json{{field, answer}};
}

json fill_schema(const json& schema, const json& answer, const std::string& field, std::uint64_t key) {
  if (!schema.is_object()) return answer_json(answer, field);
  const json& root = resolve(schema, schema, 0);
  if (type_of(root) != "object") {
    // A non-object root: the label itself when it fits.
    if (!answer.is_object()) return answer;
    return filler(root, schema, key, 0);
  }
  return fill_object(root, schema, answer, field, key, 0);
}

AnswerShape choose_shape(const World& world, const SimRequest& request, const PromptView& view) {
  if (request.json_output) return AnswerShape::Json;
  if (any_cue(world.format.json_cues, view.instructions)) return AnswerShape::Json;
  if (any_cue(world.format.bare_cues, view.instructions)) return AnswerShape::Bare;
  return AnswerShape::Prose;
}

std::string render_answer(const World& world, const SimRequest& request, AnswerShape shape,
                          const json& answer, std::uint64_t key) {
  switch (shape) {
    case AnswerShape::Json:
      if (request.json_output && !request.schema.is_null())
        return fill_schema(request.schema, answer, world.format.json_field, key).dump();
      return answer_json(answer, world.format.json_field).dump();
    case AnswerShape::Bare:
      return answer_text(answer);
    case AnswerShape::Prose: {
      const auto& templates = world.format.prose_templates;
      std::string t = templates[hash_mix({key, 11}) % templates.size()];
      auto pos = t.find("{answer}");
      t.replace(pos, 8, answer_text(answer));
      return t;
    }
  }
  return answer_text(answer);
}

}  // namespace aep::sim
