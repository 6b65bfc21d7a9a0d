// Checking a model's JSON output against the prompt's declared output type
// (its portable JSON Schema, as render puts it in Request::output). The
// runner uses it so a result is either a value of the declared type or an
// OutputError that names the first field at fault ("$.priority: expected
// one of \"low\", \"high\", found \"urgent\"").
//
// The subset understood is the one render emits (type, enum, const,
// properties, required, additionalProperties, items, min/max bounds,
// anyOf/oneOf, nullable, local $ref); unknown keywords are ignored.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace aep::runner {

// nullopt when `value` conforms; otherwise the first violation with its path.
std::optional<std::string> check_output(const nlohmann::ordered_json& schema, const nlohmann::json& value);

}  // namespace aep::runner
