// valijson wrapper (see json_schema.hpp). valijson reports schema problems by
// throwing; they are caught here so no exception leaves the library.
#include "eval/json_schema.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <fmt/format.h>

namespace aep::eval {

struct JsonSchema::Impl {
  valijson::Schema schema;
};

JsonSchema::JsonSchema(JsonSchema&&) noexcept = default;
JsonSchema& JsonSchema::operator=(JsonSchema&&) noexcept = default;
JsonSchema::~JsonSchema() = default;

Expected<JsonSchema> JsonSchema::compile(const nlohmann::json& schema) {
  if (!schema.is_object() && !schema.is_boolean()) {
    return Error{fmt::format("a JSON schema must be an object, found {}", schema.type_name())};
  }
  JsonSchema out;
  out.impl_ = std::make_unique<Impl>();
  try {
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(schema);
    parser.populateSchema(adapter, out.impl_->schema);
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
    if (validator.validate(impl_->schema, adapter, &results)) return messages;
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
