// OpenAI Responses (POST /v1/responses). Leading system/developer text goes
// to `instructions`; later system or developer messages stay input items with
// their role. Tool calls and results are `function_call` and
// `function_call_output` items. Shapes follow the `openai` SDK's
// ResponseCreateParams.
#include <fmt/format.h>

#include "compiler/targets/backends.hpp"
#include "compiler/targets/schema_lower.hpp"

namespace aep::targets {

Json lower_openai_responses(const LowerContext& ctx) {
  const render::Request& req = ctx.request;
  const render::Config& c = ctx.config;
  Json out = Json::object();
  // Room for every top-level key up front: an ordered_json object is a vector of
  // pair<const string, Json>, which reallocates by copying, so growing it after
  // the messages are in would deep-copy the whole conversation each time.
  out.get_ref<Json::object_t&>().reserve(32);
  out["model"] = ctx.model.name;

  Conversation conv = split_conversation(req);
  if (!conv.system.empty()) out["instructions"] = system_text(conv.system);
  Json input = Json::array();
  for (const render::Message* m : conv.turns) {
    switch (m->role) {
      case render::Role::System:
      case render::Role::Developer:
        input.push_back({{"role", ctx.model.system_role}, {"content", message_text(*m)}});
        break;
      case render::Role::User:
        input.push_back({{"role", "user"}, {"content", message_text(*m)}});
        break;
      case render::Role::Assistant: {
        std::string text = message_text(*m);
        if (!text.empty() || m->tool_calls.empty()) input.push_back({{"role", "assistant"}, {"content", text}});
        for (const render::ToolCall& call : m->tool_calls) {
          input.push_back({{"type", "function_call"}, {"call_id", call.id}, {"name", call.name},
                           {"arguments", call.arguments.dump()}});
        }
        break;
      }
      case render::Role::Tool:
        input.push_back({{"type", "function_call_output"}, {"call_id", m->tool_result->tool_call_id},
                         {"output", m->tool_result->content}});
        break;
    }
  }
  out["input"] = std::move(input);

  if (c.max_output_tokens) {
    if (c.max_output_tokens->value < 16) {
      ctx.report(DiagKind::MaxOutputTooSmall, c.max_output_tokens->span,
                 fmt::format("`max_output_tokens` is {} but the OpenAI Responses API requires at least 16",
                             c.max_output_tokens->value),
                 "raise it to 16 or more");
    } else {
      out["max_output_tokens"] = c.max_output_tokens->value;
    }
  }
  if (c.temperature) out["temperature"] = c.temperature->value;
  if (c.top_p) out["top_p"] = c.top_p->value;
  if (c.logprobs) {
    out["top_logprobs"] = c.top_logprobs ? c.top_logprobs->value : 0;
    out["include"] = Json::array({"message.output_text.logprobs"});
  }
  if (c.reasoning_effort) out["reasoning"] = {{"effort", c.reasoning_effort->value}};

  if (req.output) {
    const render::OutputSpec& o = *req.output;
    SchemaSite site{fmt::format("output `{}`", o.name), o.span, o.strict};
    Json format = {{"type", "json_schema"}, {"name", wire_name(o.name)}};
    if (!o.description.empty()) format["description"] = o.description;
    format["schema"] = lower_schema(o.schema, o.strict ? SchemaDialect::OpenAIStrict : SchemaDialect::Portable, site, ctx);
    format["strict"] = o.strict;
    out["text"] = {{"format", std::move(format)}};
  }

  if (!req.tools.empty() && ctx.model.tools) {
    Json tools = Json::array();
    for (const render::ToolDef& t : req.tools) {
      SchemaSite site{fmt::format("tool `{}`", t.name), t.span, t.strict};
      Json tool = {{"type", "function"}, {"name", t.name}};
      if (!t.description.empty()) tool["description"] = t.description;
      tool["parameters"] = lower_schema(t.parameters, t.strict ? SchemaDialect::OpenAIStrict : SchemaDialect::Portable, site, ctx);
      tool["strict"] = t.strict;
      tools.push_back(std::move(tool));
    }
    out["tools"] = std::move(tools);
    if (req.tool_choice) {
      using Mode = render::ToolChoice::Mode;
      const render::ToolChoice& tc = *req.tool_choice;
      if (tc.mode == Mode::Named) out["tool_choice"] = {{"type", "function"}, {"name", tc.name}};
      else out["tool_choice"] = tc.mode == Mode::Auto ? "auto" : tc.mode == Mode::None ? "none" : "required";
    }
  }

  if (c.stream && c.stream->value) out["stream"] = true;
  if (c.cache_key) out["prompt_cache_key"] = c.cache_key->value;
  else if (count_cache_breakpoints(req) > 0) out["prompt_cache_key"] = "aep:" + req.prompt;
  return out;
}

}  // namespace aep::targets
