// eval::Output: the output under test, in a neutral shape. The runtime has its
// own Response (runtime/providers); `aep test` maps one onto the other so that
// assertions never depend on a provider or on the HTTP layer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace aep::eval {

struct ToolCall {
  std::string id;            // may be empty
  std::string name;
  nlohmann::json arguments;  // an object; a string the model sent that is not JSON stays a string
};

struct TokenUsage {
  std::uint64_t input = 0;
  std::uint64_t output = 0;
  std::uint64_t cached = 0;
};

struct Output {
  std::string text;                      // the model's text (may be empty)
  std::optional<nlohmann::json> json;    // parsed structured output, when the call had one
  std::vector<ToolCall> tool_calls;
  std::optional<double> latency_ms;      // absent for cached results without a recorded latency
  std::optional<double> cost;            // in US dollars; absent when the price is unknown
  TokenUsage usage;
};

}  // namespace aep::eval
