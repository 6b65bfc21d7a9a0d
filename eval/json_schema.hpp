// JSON Schema validation for `is-json`, `contains-json` and `is-valid-output`,
// on valijson (libvalijson-dev: drafts 4, 6 and 7). A schema is compiled once
// per assertion; validation returns the first few errors with their JSON
// pointer so a failed item says which field is wrong.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"

namespace aep::eval {

class JsonSchema {
 public:
  static Expected<JsonSchema> compile(const nlohmann::json& schema);
  JsonSchema(JsonSchema&&) noexcept;
  JsonSchema& operator=(JsonSchema&&) noexcept;
  ~JsonSchema();

  // Empty when `value` conforms; otherwise messages like "/items/0/name: ...".
  std::vector<std::string> validate(const nlohmann::json& value, std::size_t max_errors = 5) const;

 private:
  JsonSchema() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace aep::eval

namespace aep::eval {

class JsonPath;

// For compile-time checks of assertions against the declared output type:
// a message when `path` names a field the schema cannot have (for example
// `$.catgory` when the type has `category`), nullopt when it may exist or the
// schema does not say (a $ref, no `properties`).
std::optional<std::string> schema_lacks_path(const nlohmann::json& schema, const JsonPath& path);

}  // namespace aep::eval
