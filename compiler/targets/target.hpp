// Targets: the names users write (`anthropic`, `openai-compat:vllm`), and the
// one entry function that lowers a neutral Request into the exact payload of
// a target's wire format, checking the model's capabilities on the way.
//
//   Request ──lower(target, capabilities)──► LoweringResult{payload, path}
//
// Errors and warnings go to the sink (codes E06xx/W06xx); `ok` is false when
// this call reported an error, and the payload must then not be sent.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diag/sink.hpp"
#include "compiler/render/request.hpp"
#include "compiler/targets/capabilities.hpp"

namespace aep::targets {

enum class WireFormat : std::uint8_t {
  OpenAIChat,        // POST /v1/chat/completions
  OpenAIResponses,   // POST /v1/responses
  AnthropicMessages, // POST /v1/messages
  GeminiGenerate,    // POST /v1beta/models/{model}:generateContent
  OllamaChat,        // POST /api/chat
};

struct CompatProfile;

struct Target {
  std::string name;    // as written: openai-chat, openai-compat:vllm, ...
  std::string family;  // key of `target <family> { }` blocks that apply too: openai, openai-compat, or the name
  WireFormat wire = WireFormat::OpenAIChat;
  const CompatProfile* profile = nullptr;  // OpenAI-compatible servers only
};

// Null for an unknown name.
std::optional<Target> parse_target(std::string_view name);
// Every accepted name, for help lines and docs (`openai-compat:<profile>` expanded).
std::vector<std::string> known_target_names();
// E0600 for an unknown target, listing the known names and the closest one.
void report_unknown_target(std::string_view name, Span span, DiagnosticSink& sink);

// How a target is named in a `.aep` `target` block, whose names cannot hold
// `-` or `:`: openai-chat -> openai_chat, openai-compat:vllm -> openai_compat_vllm.
// lower() applies blocks written either way.
std::string block_spelling(std::string_view target_name);

struct LowerOptions {
  std::optional<std::string> model;  // overrides the Request's (e.g. `aep lower --model`)
};

struct LoweringResult {
  render::Json payload = render::Json::object();
  std::string method = "POST";
  std::string path;   // request path, e.g. /v1/messages; Gemini's carries the model and stream mode
  std::string model;  // the model name sent
  bool ok = false;
};

LoweringResult lower(const render::Request& request, const Target& target,
                     const CapabilityTable& capabilities, DiagnosticSink& sink,
                     const LowerOptions& options = {});

}  // namespace aep::targets
