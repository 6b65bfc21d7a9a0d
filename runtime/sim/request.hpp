// SimRequest: the provider-neutral view of one model call that the sim
// answers. The emulator builds it from any of the five wire formats, and an
// in-process `sim` provider builds it from the rendered Request; the sim
// never sees wire JSON. It keeps what a model would read (system text and
// turns) and what changes the answer's shape (structured output, tools).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace aep::sim {

struct SimMessage {
  std::string role;  // "user", "assistant" or "tool" (system text is separate)
  std::string text;  // the turn's text parts joined by newlines
};

struct SimTool {
  std::string name;
  nlohmann::ordered_json parameters;  // JSON Schema of the arguments (may be null)
};

struct SimRequest {
  std::string model;
  std::string system;  // all system / developer / instructions text
  std::vector<SimMessage> messages;

  // Structured output: set when the request asks for JSON. `schema` is the
  // JSON Schema when one was given (null for plain JSON mode).
  bool json_output = false;
  nlohmann::ordered_json schema;

  // Tools offered; `forced_tool` names the one the caller requires (a forced
  // tool is how some targets ask for structured output).
  std::vector<SimTool> tools;
  std::optional<std::string> forced_tool;

  double temperature = 1.0;  // the provider's default when unset
  int sample_index = 0;      // distinguishes n samples at temperature > 0
  std::optional<int> max_output_tokens;
  std::optional<std::string> item_id;  // an eval item id, when the caller carries one
};

}  // namespace aep::sim
