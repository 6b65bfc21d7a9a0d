// valijson wrapper (see json_schema.hpp). valijson reports schema problems by
// throwing; they are caught here so no exception leaves the library.
#include "eval/json_schema.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <fmt/format.h>

#include <map>

#include "eval/regex.hpp"

namespace aep::eval {

// valijson 1.0 matches `pattern` with std::regex, which recurses once per
// character: a string of ~100k characters overflows the stack (a crash, not an
// error). So when a schema has patterns and the value has a long string, the
// value is validated against a copy of the schema without patterns, and the
// patterns are checked here with PCRE2 (which has limits) along properties,
// items, additionalProperties and allOf; inside anyOf/oneOf a pattern passes
// when some branch's pattern matches.
inline constexpr std::size_t kStdRegexSafeLength = 1000;

struct JsonSchema::Impl {
  valijson::Schema schema;
  std::unique_ptr<valijson::Schema> without_patterns;  // only when the schema has patterns
  nlohmann::json raw;
  std::map<std::string, Regex> patterns;
};

namespace {

bool strip_patterns(nlohmann::json& schema) {
  bool found = false;
  if (schema.is_object()) {
    auto it = schema.find("pattern");
    if (it != schema.end() && it->is_string()) {
      schema.erase(it);
      found = true;
    }
    for (auto& [key, value] : schema.items()) {
      // Property names are data, not keywords: a property called "pattern" stays.
      if (key == "properties" && value.is_object()) {
        for (auto& [_, sub] : value.items()) found |= strip_patterns(sub);
      } else if (key != "enum" && key != "const" && key != "default" && key != "examples") {
        found |= strip_patterns(value);
      }
    }
  } else if (schema.is_array()) {
    for (auto& v : schema) found |= strip_patterns(v);
  }
  return found;
}

Expected<bool> compile_patterns(const nlohmann::json& schema, std::map<std::string, Regex>& out) {
  if (schema.is_object()) {
    auto it = schema.find("pattern");
    if (it != schema.end() && it->is_string() && !out.count(it->get<std::string>())) {
      auto re = Regex::compile(it->get<std::string>());
      if (!re) return Error{"in `pattern`: " + re.error().message};
      out.emplace(it->get<std::string>(), std::move(*re));
    }
    for (const auto& [key, value] : schema.items()) {
      if (key == "properties" && value.is_object()) {
        for (const auto& [_, sub] : value.items()) {
          if (auto r = compile_patterns(sub, out); !r) return r;
        }
      } else if (key != "enum" && key != "const" && key != "default" && key != "examples") {
        if (auto r = compile_patterns(value, out); !r) return r;
      }
    }
  } else if (schema.is_array()) {
    for (const auto& v : schema) {
      if (auto r = compile_patterns(v, out); !r) return r;
    }
  }
  return true;
}

std::size_t longest_string(const nlohmann::json& v) {
  if (v.is_string()) return v.get_ref<const std::string&>().size();
  std::size_t m = 0;
  if (v.is_structured()) {
    for (const auto& e : v) m = std::max(m, longest_string(e));
    if (v.is_object()) {
      for (const auto& [k, _] : v.items()) m = std::max(m, k.size());
    }
  }
  return m;
}

void check_patterns(const nlohmann::json& schema, const nlohmann::json& value, const std::string& where,
                    const std::map<std::string, Regex>& patterns, std::vector<std::string>& errors) {
  if (!schema.is_object()) return;
  if (auto it = schema.find("pattern"); it != schema.end() && it->is_string() && value.is_string()) {
    const Regex& re = patterns.at(it->get<std::string>());
    switch (re.search(value.get_ref<const std::string&>())) {
      case RegexMatch::Match: break;
      case RegexMatch::NoMatch: errors.push_back(fmt::format("{}: string does not match pattern `{}`", where, re.pattern())); break;
      case RegexMatch::LimitExceeded: errors.push_back(fmt::format("{}: pattern `{}` exceeded its backtracking limit", where, re.pattern())); break;
    }
  }
  if (value.is_object()) {
    auto props = schema.find("properties");
    auto extra = schema.find("additionalProperties");
    for (const auto& [key, sub] : value.items()) {
      std::string here = where + "." + key;
      if (props != schema.end() && props->is_object() && props->contains(key)) {
        check_patterns((*props)[key], sub, here, patterns, errors);
      } else if (extra != schema.end() && extra->is_object()) {
        check_patterns(*extra, sub, here, patterns, errors);
      }
    }
  }
  if (value.is_array()) {
    if (auto items = schema.find("items"); items != schema.end()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        const nlohmann::json* sub = items->is_array() ? (i < items->size() ? &(*items)[i] : nullptr) : &*items;
        if (sub != nullptr) check_patterns(*sub, value[i], fmt::format("{}[{}]", where, i), patterns, errors);
      }
    }
  }
  if (auto all = schema.find("allOf"); all != schema.end() && all->is_array()) {
    for (const auto& branch : *all) check_patterns(branch, value, where, patterns, errors);
  }
  for (const char* combinator : {"anyOf", "oneOf"}) {
    auto it = schema.find(combinator);
    if (it == schema.end() || !it->is_array() || it->empty()) continue;
    std::vector<std::string> first;
    bool some = false;
    for (const auto& branch : *it) {
      std::vector<std::string> branch_errors;
      check_patterns(branch, value, where, patterns, branch_errors);
      if (branch_errors.empty()) {
        some = true;
        break;
      }
      if (first.empty()) first = std::move(branch_errors);
    }
    if (!some) errors.insert(errors.end(), first.begin(), first.end());
  }
}

}  // namespace

JsonSchema::JsonSchema(JsonSchema&&) noexcept = default;
JsonSchema& JsonSchema::operator=(JsonSchema&&) noexcept = default;
JsonSchema::~JsonSchema() = default;

Expected<JsonSchema> JsonSchema::compile(const nlohmann::json& schema) {
  if (!schema.is_object() && !schema.is_boolean()) {
    return Error{fmt::format("a JSON schema must be an object, found {}", schema.type_name())};
  }
  JsonSchema out;
  out.impl_ = std::make_unique<Impl>();
  out.impl_->raw = schema;
  if (auto ok = compile_patterns(schema, out.impl_->patterns); !ok) {
    return Error{fmt::format("invalid JSON schema: {}", ok.error().message)};
  }
  try {
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(schema);
    parser.populateSchema(adapter, out.impl_->schema);
    nlohmann::json stripped = schema;
    if (strip_patterns(stripped)) {
      out.impl_->without_patterns = std::make_unique<valijson::Schema>();
      valijson::adapters::NlohmannJsonAdapter stripped_adapter(stripped);
      parser.populateSchema(stripped_adapter, *out.impl_->without_patterns);
    }
  } catch (const std::exception& e) {
    return Error{fmt::format("invalid JSON schema: {}", e.what())};
  }
  return out;
}

std::vector<std::string> JsonSchema::validate(const nlohmann::json& value, std::size_t max_errors) const {
  std::vector<std::string> messages;
  try {
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter adapter(value);
    const bool guard = impl_->without_patterns && longest_string(value) > kStdRegexSafeLength;
    std::vector<std::string> pattern_errors;
    if (guard) check_patterns(impl_->raw, value, "$", impl_->patterns, pattern_errors);
    const valijson::Schema& schema = guard ? *impl_->without_patterns : impl_->schema;
    if (validator.validate(schema, adapter, &results) && pattern_errors.empty()) return messages;
    for (auto& e : pattern_errors) {
      if (messages.size() < max_errors) messages.push_back(std::move(e));
    }
    valijson::ValidationResults::Error error;
    // valijson reports each failure together with one wrapper message per
    // enclosing schema ("failed to validate item #0 in array"); the wrappers
    // add nothing once the specific failure is shown, so they are dropped.
    std::vector<std::pair<std::string, std::string>> specific, wrappers;
    while (results.popError(error)) {
      std::string where = "$";
      for (std::size_t i = 1; i < error.context.size(); ++i) {
        const std::string& c = error.context[i];  // "[name]" or "[0]"
        std::string inner = c.size() >= 2 && c.front() == '[' && c.back() == ']' ? c.substr(1, c.size() - 2) : c;
        bool index = !inner.empty() && inner.find_first_not_of("0123456789") == std::string::npos;
        where += index ? "[" + inner + "]" : "." + inner;
      }
      std::string what = error.description;
      if (!what.empty() && what.back() == '.') what.pop_back();
      if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
      bool wrapper = what.rfind("failed to validate against schema associated", 0) == 0 ||
                     what.rfind("failed to validate item #", 0) == 0 ||
                     what.rfind("failed to validate against child schema", 0) == 0;
      (wrapper ? wrappers : specific).emplace_back(where, what);
    }
    if (specific.empty()) specific = wrappers;
    for (const auto& [where, what] : specific) {
      if (messages.size() >= max_errors) break;
      messages.push_back(fmt::format("{}: {}", where, what));
    }
    if (messages.empty()) messages.push_back("$: does not match the schema");
  } catch (const std::exception& e) {
    messages.push_back(fmt::format("schema validation failed: {}", e.what()));
  }
  return messages;
}

}  // namespace aep::eval

#include "eval/json_path.hpp"

namespace aep::eval {
namespace {

// Returns nullopt when the steps from `i` on may exist under `schema`.
std::optional<std::string> lacks(const nlohmann::json& schema, const std::vector<JsonPath::Step>& steps,
                                 std::size_t i, const std::string& so_far) {
  if (i == steps.size() || !schema.is_object() || schema.contains("$ref")) return std::nullopt;
  for (const char* combinator : {"anyOf", "oneOf"}) {
    if (auto it = schema.find(combinator); it != schema.end() && it->is_array()) {
      std::optional<std::string> first;
      for (const auto& branch : *it) {
        auto r = lacks(branch, steps, i, so_far);
        if (!r) return std::nullopt;
        if (!first) first = r;
      }
      return first;
    }
  }
  const auto& step = steps[i];
  if (const auto* name = std::get_if<std::string>(&step)) {
    std::string here = so_far.empty() ? *name : so_far + "." + *name;
    auto props = schema.find("properties");
    if (props != schema.end() && props->is_object()) {
      if (auto p = props->find(*name); p != props->end()) return lacks(*p, steps, i + 1, here);
      auto extra = schema.find("additionalProperties");
      if (extra != schema.end() && extra->is_object()) return lacks(*extra, steps, i + 1, here);
      if (extra == schema.end() || *extra == false || schema.value("type", "") == "object") {
        std::vector<std::string> names;
        for (const auto& [k, _] : props->items()) names.push_back("`" + k + "`");
        std::string list;
        for (std::size_t k = 0; k < names.size(); ++k) list += (k ? ", " : "") + names[k];
        return fmt::format("the output type has no field `{}` (it has {})", here, list);
      }
      return std::nullopt;
    }
    if (schema.contains("type") && schema["type"].is_string() && schema["type"] != "object") {
      return fmt::format("`{}` is inside a {}, which has no fields", here, schema["type"].get<std::string>());
    }
    return std::nullopt;
  }
  std::string here = fmt::format("{}[{}]", so_far, std::get<std::size_t>(step));
  if (auto items = schema.find("items"); items != schema.end()) return lacks(*items, steps, i + 1, here);
  if (schema.contains("type") && schema["type"].is_string() && schema["type"] != "array") {
    return fmt::format("`{}` indexes a {}, which is not an array", here, schema["type"].get<std::string>());
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> schema_lacks_path(const nlohmann::json& schema, const JsonPath& path) {
  return lacks(schema, path.steps(), 0, "");
}

}  // namespace aep::eval
