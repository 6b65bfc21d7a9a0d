// Anthropic Messages (POST /v1/messages). System text is the top-level
// `system` (a string, or text blocks when a cache breakpoint falls in it);
// `messages` hold only user and assistant turns, same-role turns merged, tool
// results as tool_result blocks in user turns; a final assistant turn is a
// prefill. Structured output uses output_config.format on models that have it
// and a forced tool on older ones (capability `structured_output`). Shapes
// follow the `@anthropic-ai/sdk` MessageCreateParams.
#include <fmt/format.h>

#include "compiler/targets/backends.hpp"
#include "compiler/targets/schema_lower.hpp"

namespace aep::targets {
namespace {

constexpr std::size_t kMaxBreakpoints = 4;

struct Turn {
  std::string role;
  Json blocks = Json::array();
};

// Text blocks for a message's parts, split after each cache breakpoint.
void append_text_blocks(const render::Message& m, Json& blocks) {
  std::string text;
  for (const render::TextPart& p : m.parts) {
    text += part_text(p);
    if (p.cache_breakpoint) {
      blocks.push_back({{"type", "text"}, {"text", text}, {"cache_control", {{"type", "ephemeral"}}}});
      text.clear();
    }
  }
  if (!text.empty()) blocks.push_back({{"type", "text"}, {"text", text}});
}

// Effort names mapped to budgets (docs/targets.md): Anthropic takes tokens.
std::int64_t effort_budget(const std::string& effort) {
  if (effort == "minimal") return 1024;
  if (effort == "low") return 4096;
  if (effort == "medium") return 10000;
  return 32000;  // high
}

}  // namespace

Json lower_anthropic_messages(const LowerContext& ctx) {
  const render::Request& req = ctx.request;
  const render::Config& c = ctx.config;
  const ModelInfo& model = ctx.model;
  Json out = Json::object();
  // Room for every top-level key up front: an ordered_json object is a vector of
  // pair<const string, Json>, which reallocates by copying, so growing it after
  // the messages are in would deep-copy the whole conversation each time.
  out.get_ref<Json::object_t&>().reserve(32);
  out["model"] = model.name;

  std::size_t breakpoints = count_cache_breakpoints(req);
  if (breakpoints > kMaxBreakpoints) {
    ctx.report(DiagKind::TooManyCacheBreakpoints, req.span,
               fmt::format("the prompt marks {} cache breakpoints but Anthropic allows at most {}", breakpoints,
                           kMaxBreakpoints),
               "keep the breakpoints at the ends of the longest stable prefixes");
  }

  // max_tokens is required by the API.
  std::optional<std::int64_t> max_tokens;
  if (c.max_output_tokens) max_tokens = c.max_output_tokens->value;
  else if (model.default_max_output) max_tokens = *model.default_max_output;
  if (!max_tokens && !req.effective_config(ctx.target.name, ctx.target.family).max_output_tokens) {
    ctx.report(DiagKind::MaxTokensRequired, ctx.config.model ? ctx.config.model->span : req.span,
               "the Anthropic Messages API requires `max_tokens`, and neither the prompt nor the model entry sets one",
               fmt::format("set `max_output_tokens` in the config or a `target anthropic` block, or "
                           "`default_max_output` under [models.\"{}\"] in aep.toml", model.name));
  }
  out["max_tokens"] = max_tokens.value_or(0);

  Conversation conv = split_conversation(req);
  require_turns(ctx, conv, "the Anthropic Messages API");
  if (!conv.system.empty()) {
    Json blocks = Json::array();
    for (const render::Message* m : conv.system) append_text_blocks(*m, blocks);
    bool cached = std::any_of(blocks.begin(), blocks.end(), [](const Json& b) { return b.contains("cache_control"); });
    if (cached) out["system"] = std::move(blocks);
    else out["system"] = system_text(conv.system);
  }

  std::vector<Turn> turns;
  for (const render::Message* m : conv.turns) {
    Turn t;
    switch (m->role) {
      case render::Role::System:
      case render::Role::Developer:
        if (model.system_in_messages) {
          t.role = "system";
          append_text_blocks(*m, t.blocks);
          break;
        }
        ctx.report(DiagKind::MessageMoved, m->span,
                   fmt::format("a {} message after the conversation has started is sent as a user turn: "
                               "Anthropic has system text only at the top",
                               render::role_name(m->role)),
                   fmt::format("move the text into the leading system block if it applies to the whole "
                               "conversation; models that take system messages in place can say so with "
                               "`features.system_in_messages = true` under [models.\"{}\"]", model.name));
        t.role = "user";
        append_text_blocks(*m, t.blocks);
        break;
      case render::Role::User:
        t.role = "user";
        append_text_blocks(*m, t.blocks);
        break;
      case render::Role::Assistant:
        t.role = "assistant";
        append_text_blocks(*m, t.blocks);
        for (const render::ToolCall& call : m->tool_calls) {
          t.blocks.push_back({{"type", "tool_use"}, {"id", call.id}, {"name", call.name}, {"input", call.arguments}});
        }
        break;
      case render::Role::Tool: {
        t.role = "user";
        Json block = {{"type", "tool_result"}, {"tool_use_id", m->tool_result->tool_call_id},
                      {"content", m->tool_result->content}};
        if (m->tool_result->is_error) block["is_error"] = true;
        t.blocks.push_back(std::move(block));
        break;
      }
    }
    if (!turns.empty() && turns.back().role == t.role) {
      for (auto& b : t.blocks) turns.back().blocks.push_back(std::move(b));
    } else {
      turns.push_back(std::move(t));
    }
  }
  bool prefill = !turns.empty() && turns.back().role == "assistant" &&
                 std::all_of(turns.back().blocks.begin(), turns.back().blocks.end(),
                             [](const Json& b) { return b["type"] == "text"; });
  if (prefill && !turns.back().blocks.empty()) {
    // The API rejects a final assistant turn that ends in whitespace.
    Json& last = turns.back().blocks.back();
    std::string text = last["text"].get<std::string>();
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    last["text"] = text;
  }
  Json messages = Json::array();
  for (Turn& t : turns) {
    Json content;
    if (t.blocks.size() == 1 && t.blocks[0]["type"] == "text" && !t.blocks[0].contains("cache_control")) {
      content = t.blocks[0]["text"];
    } else {
      content = std::move(t.blocks);
    }
    messages.push_back({{"role", t.role}, {"content", std::move(content)}});
  }
  out["messages"] = std::move(messages);

  // Thinking: an explicit budget, else an effort mapped to a budget.
  std::optional<std::int64_t> budget;
  Span budget_span;
  if (c.thinking_budget && c.thinking_budget->value > 0) {
    budget = c.thinking_budget->value;
    budget_span = c.thinking_budget->span;
  } else if (c.reasoning_effort && model.reasoning.kind == ReasoningInfo::Kind::Budget) {
    budget = effort_budget(c.reasoning_effort->value);
    budget_span = c.reasoning_effort->span;
    if (max_tokens && *budget >= *max_tokens) budget = *max_tokens - 1;
  }
  if (budget && max_tokens && *budget >= *max_tokens) {
    ctx.report(DiagKind::ThinkingBudgetOutOfRange, budget_span,
               fmt::format("the thinking budget {} must be less than `max_tokens` ({})", *budget, *max_tokens),
               "raise `max_output_tokens` above the budget, or lower the budget");
  } else if (budget && *budget < 1024) {
    ctx.report(DiagKind::ThinkingBudgetOutOfRange, budget_span,
               fmt::format("the thinking budget {} is below Anthropic's minimum of 1024 (max_tokens {})", *budget,
                           max_tokens.value_or(0)),
               "raise `max_output_tokens` so that a budget of at least 1024 fits below it");
  }
  bool thinking = budget.has_value();
  auto conflict = [&](std::string_view what, Span span) {
    ctx.report(DiagKind::ThinkingConflict, span,
               fmt::format("{} cannot be used while extended thinking is on", what),
               "turn thinking off for this target, or remove the setting");
  };
  if (thinking) {
    if (c.temperature && c.temperature->value != 1.0) conflict("`temperature` other than 1", c.temperature->span);
    if (c.top_k) conflict("`top_k`", c.top_k->span);
    if (c.top_p && c.top_p->value < 0.95) conflict("`top_p` below 0.95", c.top_p->span);
    if (prefill) conflict("a final assistant turn (prefill)", req.messages.empty() ? req.span : req.messages.back().span);
  }

  if (c.temperature) out["temperature"] = c.temperature->value;
  if (c.top_p) out["top_p"] = c.top_p->value;
  if (c.top_k) out["top_k"] = c.top_k->value;
  if (c.stop) out["stop_sequences"] = c.stop->value;
  if (thinking) out["thinking"] = {{"type", "enabled"}, {"budget_tokens", *budget}};

  Json tools = Json::array();
  bool native = model.structured_output == "native";
  if (!req.tools.empty() && model.tools) {
    for (const render::ToolDef& t : req.tools) {
      bool strict = t.strict && native;
      SchemaSite site{fmt::format("tool `{}`", t.name), t.span, strict};
      Json tool = {{"name", t.name}};
      if (!t.description.empty()) tool["description"] = t.description;
      tool["input_schema"] = lower_schema(t.parameters, SchemaDialect::Anthropic, site, ctx);
      if (strict) tool["strict"] = true;
      tools.push_back(std::move(tool));
    }
  }
  std::optional<Json> tool_choice;
  if (req.tool_choice && !tools.empty()) {
    using Mode = render::ToolChoice::Mode;
    const render::ToolChoice& tc = *req.tool_choice;
    if (tc.mode == Mode::Named) tool_choice = Json{{"type", "tool"}, {"name", tc.name}};
    else tool_choice = Json{{"type", tc.mode == Mode::Auto ? "auto" : tc.mode == Mode::None ? "none" : "any"}};
    if (thinking && (tc.mode == Mode::Named || tc.mode == Mode::Required)) conflict("a tool choice that forces a tool call", tc.span);
  }

  if (req.output) {
    const render::OutputSpec& o = *req.output;
    if (native) {
      SchemaSite site{fmt::format("output `{}`", o.name), o.span, o.strict};
      Json schema = lower_schema(o.schema, SchemaDialect::Anthropic, site, ctx);
      out["output_config"] = {{"format", {{"type", "json_schema"}, {"schema", std::move(schema)}}}};
    } else if (model.structured_output == "tool") {
      // Older models: the answer is the input of a tool the model must call.
      SchemaSite site{fmt::format("tool `{}`", o.name), o.span, false};
      Json tool = {{"name", wire_name(o.name)},
                   {"description", o.description.empty() ? "Give the answer in this structure." : o.description},
                   {"input_schema", lower_schema(o.schema, SchemaDialect::Anthropic, site, ctx)}};
      tools.push_back(std::move(tool));
      if (req.tool_choice && req.tool_choice->mode != render::ToolChoice::Mode::Auto) {
        warn_dropped(ctx, "tool_choice", req.tool_choice->span,
                     fmt::format("model `{}` gives structured output through a forced tool call, which replaces the tool choice", model.name));
      }
      tool_choice = Json{{"type", "tool"}, {"name", wire_name(o.name)}};
      if (thinking) conflict("structured output through a forced tool (this model has no output_config)", o.span);
    }
  }
  if (!tools.empty()) out["tools"] = std::move(tools);
  if (tool_choice) out["tool_choice"] = std::move(*tool_choice);
  if (c.stream && c.stream->value) out["stream"] = true;
  return out;
}

}  // namespace aep::targets
