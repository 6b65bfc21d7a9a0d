// What every backend shares: the lowering context (effective config, model,
// sink) with diagnostics that name the prompt, target and model; the split of
// a Request into system text, examples and turns; untrusted-input delimiters;
// and a deep merge for `target` block extras. Internal to compiler/targets.
#pragma once

#include <string>
#include <vector>

#include "compiler/diag/sink.hpp"
#include "compiler/render/request.hpp"
#include "compiler/targets/capabilities.hpp"
#include "compiler/targets/target.hpp"

namespace aep::targets {

using render::Json;

struct LowerContext {
  const render::Request& request;
  render::Config config;  // effective for this target, after the capability checks
  const ModelInfo& model;
  const Target& target;
  DiagnosticSink& sink;

  // A diagnostic with the prompt/target/model note; an invalid span falls
  // back to the prompt's own span.
  void report(DiagKind kind, Span span, std::string message, std::string help = {}) const;
  Span or_prompt(Span span) const { return span.valid() ? span : request.span; }
};

// Leading system/developer messages, then examples' turns, then the rest.
struct Conversation {
  std::vector<const render::Message*> system;  // leading system and developer messages
  std::vector<const render::Message*> turns;   // examples first, then the conversation
};
Conversation split_conversation(const render::Request& request);

// The text of a part as sent: untrusted parts are wrapped in
// <untrusted_input name="..."> ... </untrusted_input>, and a closing tag inside
// the untrusted text is neutralised so it cannot end the wrapper early.
std::string part_text(const render::TextPart& part);
std::string message_text(const render::Message& message);
// The system messages' text joined by blank lines.
std::string system_text(const std::vector<const render::Message*>& system);

// The tool result's content as a JSON object when it is one, else {"result": text}.
Json tool_result_object(const render::ToolResult& result);

void deep_merge(Json& into, const Json& from);

// A name as OpenAI's json_schema `name` and Anthropic's tool names accept it
// (^[a-zA-Z0-9_-]{1,64}$): other characters become `_`, and it is cut at 64.
std::string wire_name(std::string_view name);

// E0620 when `conv` has no turn: Anthropic and Gemini need at least one.
bool require_turns(const LowerContext& ctx, const Conversation& conv, std::string_view api);

// Shared wording for "this setting is not expressible here".
void warn_dropped(const LowerContext& ctx, std::string_view setting, Span span, std::string why);

}  // namespace aep::targets
