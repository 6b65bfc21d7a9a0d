// Ollama chat (POST /api/chat). Roles system, user, assistant and tool;
// sampling settings go to `options`; structured output is `format` with the
// JSON Schema; `stream` is always sent because Ollama streams by default.
// Shapes follow the `ollama` npm package's ChatRequest. Prompt-cache
// breakpoints need nothing: Ollama reuses a matching prefix automatically.
#include <fmt/format.h>

#include "compiler/targets/backends.hpp"
#include "compiler/targets/schema_lower.hpp"

namespace aep::targets {

Json lower_ollama_chat(const LowerContext& ctx) {
  const render::Request& req = ctx.request;
  const render::Config& c = ctx.config;
  Json out = Json::object();
  // Room for every top-level key up front: an ordered_json object is a vector of
  // pair<const string, Json>, which reallocates by copying, so growing it after
  // the messages are in would deep-copy the whole conversation each time.
  out.get_ref<Json::object_t&>().reserve(32);
  out["model"] = ctx.model.name;

  Conversation conv = split_conversation(req);
  Json messages = Json::array();
  auto add = [&](const render::Message& m) {
    Json msg = Json::object();
    switch (m.role) {
      case render::Role::System:
      case render::Role::Developer:
        msg = {{"role", "system"}, {"content", message_text(m)}};
        break;
      case render::Role::User:
        msg = {{"role", "user"}, {"content", message_text(m)}};
        break;
      case render::Role::Assistant:
        msg = {{"role", "assistant"}, {"content", message_text(m)}};
        if (!m.tool_calls.empty()) {
          Json calls = Json::array();
          for (const render::ToolCall& call : m.tool_calls) {
            calls.push_back({{"function", {{"name", call.name}, {"arguments", call.arguments}}}});
          }
          msg["tool_calls"] = std::move(calls);
        }
        break;
      case render::Role::Tool:
        msg = {{"role", "tool"}, {"content", m.tool_result->content}, {"tool_name", m.tool_result->name}};
        break;
    }
    messages.push_back(std::move(msg));
  };
  for (const render::Message* m : conv.system) add(*m);
  for (const render::Message* m : conv.turns) add(*m);
  out["messages"] = std::move(messages);

  using Mode = render::ToolChoice::Mode;
  bool tools_off = req.tool_choice && req.tool_choice->mode == Mode::None;
  if (!req.tools.empty() && ctx.model.tools && !tools_off) {
    Json tools = Json::array();
    for (const render::ToolDef& t : req.tools) {
      SchemaSite site{fmt::format("tool `{}`", t.name), t.span, false};
      Json fn = {{"name", t.name}};
      if (!t.description.empty()) fn["description"] = t.description;
      fn["parameters"] = lower_schema(t.parameters, SchemaDialect::OllamaTool, site, ctx);
      tools.push_back({{"type", "function"}, {"function", std::move(fn)}});
    }
    out["tools"] = std::move(tools);
    if (req.tool_choice && req.tool_choice->mode != Mode::Auto) {
      warn_dropped(ctx, "tool_choice", req.tool_choice->span,
                   "Ollama has no tool choice; the model decides whether to call a tool");
    }
  }

  if (req.output) {
    const render::OutputSpec& o = *req.output;
    SchemaSite site{fmt::format("output `{}`", o.name), o.span, o.strict};
    out["format"] = lower_schema(o.schema, SchemaDialect::Portable, site, ctx);
  }

  Json options = Json::object();
  if (c.temperature) options["temperature"] = c.temperature->value;
  if (c.top_p) options["top_p"] = c.top_p->value;
  if (c.top_k) options["top_k"] = c.top_k->value;
  if (c.seed) options["seed"] = c.seed->value;
  if (c.stop) options["stop"] = c.stop->value;
  if (c.max_output_tokens) options["num_predict"] = c.max_output_tokens->value;
  if (c.presence_penalty) options["presence_penalty"] = c.presence_penalty->value;
  if (c.frequency_penalty) options["frequency_penalty"] = c.frequency_penalty->value;
  if (!options.empty()) out["options"] = std::move(options);

  const ReasoningInfo& r = ctx.model.reasoning;
  if (r.kind == ReasoningInfo::Kind::Think) {
    if (c.reasoning_effort) {
      if (r.efforts.empty()) out["think"] = true;
      else out["think"] = c.reasoning_effort->value;
    } else if (c.thinking_budget) {
      out["think"] = c.thinking_budget->value > 0;
    }
  }
  if (c.logprobs) {
    out["logprobs"] = true;
    if (c.top_logprobs) out["top_logprobs"] = c.top_logprobs->value;
  }
  out["stream"] = c.stream && c.stream->value;
  return out;
}

}  // namespace aep::targets
