// The neutral providers::Response as JSON and back: the form the runner
// stores in the response cache (so a hit needs no provider parser and keeps
// the original usage and latency) and prints with `aep run --format json`.
#pragma once

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"
#include "runtime/providers/response.hpp"

namespace aep::runner {

nlohmann::json response_to_json(const providers::Response& response);
// An Error when the JSON is not a stored response (a foreign or damaged entry).
Expected<providers::Response> response_from_json(const nlohmann::json& json);
nlohmann::json usage_to_json(const providers::Usage& usage);

}  // namespace aep::runner
