// A provider payload read back as what the model is shown: messages (role,
// text, tool calls and results), tool definitions, the output schema and the
// tool choice. Each wire format nests these differently (OpenAI `messages`,
// Responses `instructions` + `input` items, Anthropic `system` + content
// blocks, Gemini `contents` + `parts`, Ollama `messages`); counting works on
// this one shape so the counting rules are written once.
//
// It reads a payload lowered by compiler/targets (so untrusted-input
// wrappers, merged turns and schema dialects are exactly what is sent), and
// it is lenient: a field it does not know is left out, never an error.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/targets/target.hpp"

namespace aep::accounting {

using Json = nlohmann::ordered_json;

struct WireMessage {
  std::string role;  // as on the wire: system, developer, user, assistant, tool, model, ...
  std::string name;  // OpenAI `name` when present
  std::string text;  // the text content, blocks joined in order
  // Tool calls (name + arguments JSON text) and tool results (content)
  // carried by this message; no provider publishes how these are framed.
  std::vector<std::string> tool_calls;
  std::vector<std::string> tool_results;
};

// One function definition, normalised to {name, description, parameters}.
struct WireTool {
  std::string name;
  std::string description;
  Json parameters = Json::object();
  bool strict = false;
  Json raw = Json::object();  // the definition as sent
};

struct WireView {
  std::vector<WireMessage> messages;  // in wire order; a system prompt field is the first message
  std::vector<WireTool> tools;
  Json output_schema;                 // the structured-output object as sent, null when none
  std::string tool_choice = "auto";   // auto | none | required | named (normalised)
};

WireView read_payload(const Json& payload, targets::WireFormat wire);

}  // namespace aep::accounting
