// Gemini generateContent (POST /v1beta/models/{model}:generateContent; the
// model and the stream mode are in the path, not the body). System text is
// `systemInstruction`; turns are `user` and `model` contents with text,
// functionCall and functionResponse parts; settings go to generationConfig.
// The body type is composed from the `@google/genai` SDK's Content,
// GenerationConfig, Tool and ToolConfig types (the SDK's own
// GenerateContentParameters is a client-side shape, not the wire body).
#include <fmt/format.h>

#include "compiler/targets/backends.hpp"
#include "compiler/targets/schema_lower.hpp"

namespace aep::targets {
namespace {

// Effort names mapped to budgets (docs/targets.md), clamped to the model's range.
std::int64_t effort_budget(const std::string& effort, const ReasoningInfo& r) {
  std::int64_t b = 24576;
  if (effort == "minimal") return r.can_disable ? 0 : r.budget_min;
  if (effort == "low") b = 1024;
  else if (effort == "medium") b = 8192;
  return std::clamp(b, r.budget_min, r.budget_max);
}

}  // namespace

Json lower_gemini_generate(const LowerContext& ctx) {
  const render::Request& req = ctx.request;
  const render::Config& c = ctx.config;
  Json out = Json::object();
  // Room for every top-level key up front: an ordered_json object is a vector of
  // pair<const string, Json>, which reallocates by copying, so growing it after
  // the messages are in would deep-copy the whole conversation each time.
  out.get_ref<Json::object_t&>().reserve(32);

  if (count_cache_breakpoints(req) > 0) {
    ctx.report(DiagKind::CacheBreakpointIgnored, req.span,
               "Gemini caches explicitly through a separate `cachedContent` resource, so the prompt's cache "
               "breakpoints are not expressible in the request",
               "Gemini 2.5 models also cache repeated prefixes implicitly; no change is needed for that");
  }

  Conversation conv = split_conversation(req);
  require_turns(ctx, conv, "the Gemini generateContent API");
  Json contents = Json::array();
  auto push = [&](const std::string& role, Json parts) {
    if (!contents.empty() && contents.back()["role"] == role) {
      for (auto& p : parts) contents.back()["parts"].push_back(std::move(p));
    } else {
      contents.push_back({{"role", role}, {"parts", std::move(parts)}});
    }
  };
  for (const render::Message* m : conv.turns) {
    Json parts = Json::array();
    std::string text = message_text(*m);
    switch (m->role) {
      case render::Role::System:
      case render::Role::Developer:
        ctx.report(DiagKind::MessageMoved, m->span,
                   fmt::format("a {} message after the conversation has started is sent as a user turn: "
                               "Gemini has system text only in `systemInstruction`",
                               render::role_name(m->role)));
        push("user", Json::array({{{"text", text}}}));
        break;
      case render::Role::User:
        push("user", Json::array({{{"text", text}}}));
        break;
      case render::Role::Assistant:
        if (!text.empty() || m->tool_calls.empty()) parts.push_back({{"text", text}});
        for (const render::ToolCall& call : m->tool_calls) {
          parts.push_back({{"functionCall", {{"name", call.name}, {"args", call.arguments}}}});
        }
        push("model", std::move(parts));
        break;
      case render::Role::Tool:
        push("user", Json::array({{{"functionResponse",
                                     {{"name", m->tool_result->name}, {"response", tool_result_object(*m->tool_result)}}}}}));
        break;
    }
  }
  out["contents"] = std::move(contents);
  if (!conv.system.empty()) {
    Json parts = Json::array();
    for (const render::Message* m : conv.system) parts.push_back({{"text", message_text(*m)}});
    out["systemInstruction"] = {{"parts", std::move(parts)}};
  }

  Json gen = Json::object();
  if (c.temperature) gen["temperature"] = c.temperature->value;
  if (c.top_p) gen["topP"] = c.top_p->value;
  if (c.top_k) gen["topK"] = c.top_k->value;
  if (c.n) gen["candidateCount"] = c.n->value;
  if (c.max_output_tokens) gen["maxOutputTokens"] = c.max_output_tokens->value;
  if (c.stop) gen["stopSequences"] = c.stop->value;
  if (c.seed) gen["seed"] = c.seed->value;
  if (c.presence_penalty) gen["presencePenalty"] = c.presence_penalty->value;
  if (c.frequency_penalty) gen["frequencyPenalty"] = c.frequency_penalty->value;
  if (c.logprobs) {
    gen["responseLogprobs"] = true;
    if (c.top_logprobs) gen["logprobs"] = c.top_logprobs->value;
  }
  if (req.output) {
    const render::OutputSpec& o = *req.output;
    SchemaSite site{fmt::format("output `{}`", o.name), o.span, o.strict};
    gen["responseMimeType"] = "application/json";
    gen["responseSchema"] = lower_schema(o.schema, SchemaDialect::Gemini, site, ctx);
  }
  const ReasoningInfo& r = ctx.model.reasoning;
  if (c.thinking_budget && r.kind == ReasoningInfo::Kind::Budget) {
    gen["thinkingConfig"] = {{"thinkingBudget", c.thinking_budget->value}};
  } else if (c.reasoning_effort && r.kind == ReasoningInfo::Kind::Budget) {
    gen["thinkingConfig"] = {{"thinkingBudget", effort_budget(c.reasoning_effort->value, r)}};
  }
  if (!gen.empty()) out["generationConfig"] = std::move(gen);

  if (!req.tools.empty() && ctx.model.tools) {
    Json decls = Json::array();
    for (const render::ToolDef& t : req.tools) {
      SchemaSite site{fmt::format("tool `{}`", t.name), t.span, t.strict};
      Json d = {{"name", t.name}};
      if (!t.description.empty()) d["description"] = t.description;
      d["parameters"] = lower_schema(t.parameters, SchemaDialect::Gemini, site, ctx);
      decls.push_back(std::move(d));
    }
    out["tools"] = Json::array({{{"functionDeclarations", std::move(decls)}}});
    if (req.tool_choice) {
      using Mode = render::ToolChoice::Mode;
      const render::ToolChoice& tc = *req.tool_choice;
      Json fcc = {{"mode", tc.mode == Mode::Auto ? "AUTO" : tc.mode == Mode::None ? "NONE" : "ANY"}};
      if (tc.mode == Mode::Named) fcc["allowedFunctionNames"] = Json::array({tc.name});
      out["toolConfig"] = {{"functionCallingConfig", std::move(fcc)}};
    }
  }
  return out;
}

}  // namespace aep::targets
