// Structural JSON diff: the leaf changes between two documents as JSON
// pointers (RFC 6901) with the old and new values. Objects are compared key
// by key, arrays index by index (payload arrays are positional: message
// order is meaning).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace aep::build {

struct JsonChange {
  std::string pointer;  // "" for the root
  std::string op;       // add | remove | replace
  nlohmann::ordered_json old_value;
  nlohmann::ordered_json new_value;
};

std::vector<JsonChange> json_diff(const nlohmann::ordered_json& a, const nlohmann::ordered_json& b);
nlohmann::ordered_json to_json(const std::vector<JsonChange>& changes);

// "/a~1b/~0c" escaping of one reference token.
std::string pointer_token(const std::string& key);

}  // namespace aep::build
