// OpenAI Chat Completions (POST /v1/chat/completions), also used for
// OpenAI-compatible servers through a CompatProfile. Field names and shapes
// follow the `openai` SDK's ChatCompletionCreateParams; the golden payloads
// are type-checked against it (tests/integration/sdk_types).
#include <fmt/format.h>

#include "compiler/targets/backends.hpp"
#include "compiler/targets/compat_profiles.hpp"
#include "compiler/targets/schema_lower.hpp"

namespace aep::targets {
namespace {

Json chat_message(const render::Message& m, const std::string& system_role) {
  Json out = Json::object();
  switch (m.role) {
    case render::Role::System:
    case render::Role::Developer:
      out["role"] = system_role;
      out["content"] = message_text(m);
      break;
    case render::Role::User:
      out["role"] = "user";
      out["content"] = message_text(m);
      break;
    case render::Role::Assistant: {
      out["role"] = "assistant";
      std::string text = message_text(m);
      if (!text.empty() || m.tool_calls.empty()) out["content"] = text;
      if (!m.tool_calls.empty()) {
        Json calls = Json::array();
        for (const render::ToolCall& c : m.tool_calls) {
          calls.push_back({{"id", c.id}, {"type", "function"},
                           {"function", {{"name", c.name}, {"arguments", c.arguments.dump()}}}});
        }
        out["tool_calls"] = std::move(calls);
      }
      break;
    }
    case render::Role::Tool:
      out["role"] = "tool";
      out["tool_call_id"] = m.tool_result->tool_call_id;
      out["content"] = m.tool_result->content;
      break;
  }
  return out;
}

}  // namespace

std::size_t count_cache_breakpoints(const render::Request& request) {
  std::size_t n = 0;
  auto count = [&](const render::Message& m) {
    for (const auto& p : m.parts) n += p.cache_breakpoint ? 1 : 0;
  };
  for (const auto& m : request.messages) count(m);
  for (const auto& e : request.examples) for (const auto& m : e.messages) count(m);
  return n;
}

Json lower_openai_chat(const LowerContext& ctx) {
  const render::Request& req = ctx.request;
  const render::Config& c = ctx.config;
  const CompatProfile* profile = ctx.target.profile;
  Json out = Json::object();
  // Room for every top-level key up front: an ordered_json object is a vector of
  // pair<const string, Json>, which reallocates by copying, so growing it after
  // the messages are in would deep-copy the whole conversation each time.
  out.get_ref<Json::object_t&>().reserve(32);
  out["model"] = ctx.model.name;

  std::string system_role = ctx.model.system_role;
  Conversation conv = split_conversation(req);
  Json messages = Json::array();
  for (const render::Message* m : conv.system) messages.push_back(chat_message(*m, system_role));
  for (const render::Message* m : conv.turns) messages.push_back(chat_message(*m, system_role));
  out["messages"] = std::move(messages);

  if (c.max_output_tokens) {
    out[profile != nullptr && !profile->max_completion_tokens ? "max_tokens" : "max_completion_tokens"] =
        c.max_output_tokens->value;
  }
  if (c.temperature) out["temperature"] = c.temperature->value;
  if (c.top_p) out["top_p"] = c.top_p->value;
  if (c.top_k) out["top_k"] = c.top_k->value;  // compat servers only (checks drop it otherwise)
  if (c.n) out["n"] = c.n->value;
  if (c.seed) out["seed"] = c.seed->value;
  if (c.stop) out["stop"] = c.stop->value;
  if (c.presence_penalty) out["presence_penalty"] = c.presence_penalty->value;
  if (c.frequency_penalty) out["frequency_penalty"] = c.frequency_penalty->value;
  if (c.logprobs) {
    out["logprobs"] = true;
    if (c.top_logprobs) out["top_logprobs"] = c.top_logprobs->value;
  }
  if (c.reasoning_effort) {
    if (profile != nullptr && !profile->reasoning_effort) {
      warn_dropped(ctx, "reasoning_effort", c.reasoning_effort->span,
                   fmt::format("{} has no reasoning effort field", profile->title));
    } else {
      out["reasoning_effort"] = c.reasoning_effort->value;
    }
  }

  if (req.output) {
    const render::OutputSpec& o = *req.output;
    SchemaSite site{fmt::format("output `{}`", o.name), o.span, o.strict};
    if (profile != nullptr && profile->structured == CompatProfile::Structured::TgiJsonObject) {
      Json schema = lower_schema(o.schema, SchemaDialect::Portable, site, ctx);
      out["response_format"] = {{"type", "json_object"}, {"value", schema}};
    } else {
      bool strict = o.strict && profile == nullptr;
      Json schema = lower_schema(o.schema, strict ? SchemaDialect::OpenAIStrict : SchemaDialect::Portable, site, ctx);
      Json js = {{"name", wire_name(o.name)}};
      if (!o.description.empty()) js["description"] = o.description;
      js["schema"] = std::move(schema);
      js["strict"] = strict;
      out["response_format"] = {{"type", "json_schema"}, {"json_schema", std::move(js)}};
    }
  }

  if (!req.tools.empty() && ctx.model.tools) {
    bool none = req.tool_choice && req.tool_choice->mode == render::ToolChoice::Mode::None;
    Json tools = Json::array();
    for (const render::ToolDef& t : req.tools) {
      bool strict = t.strict && profile == nullptr;
      SchemaSite site{fmt::format("tool `{}`", t.name), t.span, strict};
      Json fn = {{"name", t.name}};
      if (!t.description.empty()) fn["description"] = t.description;
      fn["parameters"] = lower_schema(t.parameters, strict ? SchemaDialect::OpenAIStrict : SchemaDialect::Portable, site, ctx);
      if (profile == nullptr) fn["strict"] = strict;
      tools.push_back({{"type", "function"}, {"function", std::move(fn)}});
    }
    out["tools"] = std::move(tools);
    if (req.tool_choice) {
      const render::ToolChoice& tc = *req.tool_choice;
      using Mode = render::ToolChoice::Mode;
      bool supported = profile == nullptr || (tc.mode == Mode::Required && profile->tool_choice_required) ||
                       (tc.mode == Mode::Named && profile->tool_choice_named) || tc.mode == Mode::Auto ||
                       tc.mode == Mode::None;
      if (!supported) {
        warn_dropped(ctx, "tool_choice", tc.span,
                     fmt::format("{} does not document {}; the server decides", profile->title,
                                 tc.mode == Mode::Named ? fmt::format("a named tool choice (`{}`)", tc.name)
                                                        : std::string("tool_choice `required`")));
      } else if (tc.mode == Mode::Named) {
        out["tool_choice"] = {{"type", "function"}, {"function", {{"name", tc.name}}}};
      } else {
        out["tool_choice"] = tc.mode == Mode::Auto ? "auto" : tc.mode == Mode::None ? "none" : "required";
      }
    }
    (void)none;
  }

  if (c.stream && c.stream->value) {
    out["stream"] = true;
    if (profile == nullptr || profile->stream_options) out["stream_options"] = {{"include_usage", true}};
  }
  if (profile == nullptr) {
    if (c.cache_key) out["prompt_cache_key"] = c.cache_key->value;
    else if (count_cache_breakpoints(req) > 0) out["prompt_cache_key"] = "aep:" + req.prompt;
  }
  return out;
}

}  // namespace aep::targets
