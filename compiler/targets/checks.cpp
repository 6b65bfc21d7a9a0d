// Capability checks (see checks.hpp). The rule for what is an error and what a
// warning: an error when the provider would reject the request, or when
// leaving the setting out would break a guarantee the prompt states (`seed`
// promises reproducibility, `stop` changes where the output ends); a warning
// when leaving it out only loses a tuning knob or extra output (`top_k`, `n`,
// logprobs, penalties). docs/targets.md lists every case.
#include "compiler/targets/checks.hpp"

#include <set>

#include <fmt/format.h>

#include "compiler/targets/compat_profiles.hpp"

namespace aep::targets {
namespace {

struct WireSupport {
  bool seed, stop, n, top_k, logprobs, penalties;
  bool sampling = true;  // temperature and top_p
};

WireSupport wire_support(const Target& t) {
  switch (t.wire) {
    case WireFormat::OpenAIChat:
      return {true, true, true, t.profile != nullptr && t.profile->top_k, true, true};
    case WireFormat::OpenAIResponses: return {false, false, false, false, true, false};
    case WireFormat::AnthropicMessages:
      // The pinned @anthropic-ai/sdk (1.14.0) MessageCreateParams has no
      // temperature, top_p or top_k: the SDK types are the spec we check
      // payloads against (tests/integration/sdk_types).
      return {false, true, false, false, false, false, false};
    case WireFormat::GeminiGenerate: return {true, true, true, true, true, true};
    case WireFormat::OllamaChat: return {true, true, false, true, true, true};
  }
  return {};
}

std::string_view api_name(const Target& t) {
  if (t.profile != nullptr) return t.profile->title;
  switch (t.wire) {
    case WireFormat::OpenAIChat: return "the OpenAI Chat Completions API";
    case WireFormat::OpenAIResponses: return "the OpenAI Responses API";
    case WireFormat::AnthropicMessages: return "the Anthropic Messages API";
    case WireFormat::GeminiGenerate: return "the Gemini generateContent API";
    case WireFormat::OllamaChat: return "the Ollama chat API";
  }
  return "the target";
}

// Reports a setting neither the wire nor the model can carry and clears it.
template <class T>
void unsupported(LowerContext& ctx, std::optional<render::Setting<T>>& setting, std::string_view name,
                 bool wire_has, bool model_has, bool is_error) {
  if (!setting || (wire_has && model_has)) return;
  std::string why = !wire_has ? fmt::format("{} has no such field", api_name(ctx.target))
                              : fmt::format("model `{}` does not accept it", ctx.model.name);
  if (is_error) {
    ctx.report(DiagKind::ParamRejected, setting->span,
               fmt::format("`{}` cannot be sent to target `{}`: {}", name, ctx.target.name, why),
               fmt::format("remove `{}`, or set it in a `target` block for the targets that take it", name));
  } else {
    warn_dropped(ctx, name, setting->span, why);
  }
  setting.reset();
}

void check_sampling(LowerContext& ctx, std::optional<render::Setting<double>>& setting,
                    std::string_view name, const SamplingParam& param) {
  if (!setting) return;
  if (!param.accepted) {
    if (param.fixed && *param.fixed == setting->value) {
      setting.reset();  // the model's own fixed value: nothing to send
      return;
    }
    std::string fixed = param.fixed ? fmt::format(" (it runs at a fixed {})", *param.fixed) : std::string();
    ctx.report(DiagKind::ParamRejected, setting->span,
               fmt::format("model `{}` does not accept `{}`{}", ctx.model.name, name, fixed),
               fmt::format("remove `{}` for this target, or choose a model that accepts it", name));
    setting.reset();
    return;
  }
  if (param.range && (setting->value < param.range->min || setting->value > param.range->max)) {
    ctx.report(DiagKind::ValueOutOfRange, setting->span,
               fmt::format("`{}` is {} but target `{}` accepts {} to {}", name, setting->value,
                           ctx.target.name, param.range->min, param.range->max));
    setting.reset();
  }
}

}  // namespace

std::string wire_field(WireFormat wire, std::string_view setting) {
  if (setting == "max_output_tokens") {
    switch (wire) {
      case WireFormat::OpenAIChat: return "max_completion_tokens";
      case WireFormat::OpenAIResponses: return "max_output_tokens";
      case WireFormat::AnthropicMessages: return "max_tokens";
      case WireFormat::GeminiGenerate: return "generationConfig.maxOutputTokens";
      case WireFormat::OllamaChat: return "options.num_predict";
    }
  }
  return std::string(setting);
}

void check_capabilities(LowerContext& ctx) {
  render::Config& c = ctx.config;
  const ModelInfo& m = ctx.model;
  WireSupport wire = wire_support(ctx.target);

  unsupported(ctx, c.temperature, "temperature", wire.sampling, true, false);
  unsupported(ctx, c.top_p, "top_p", wire.sampling, true, false);
  check_sampling(ctx, c.temperature, "temperature", m.temperature);
  check_sampling(ctx, c.top_p, "top_p", m.top_p);
  unsupported(ctx, c.top_k, "top_k", wire.top_k, m.top_k, false);
  if (c.top_k && c.top_k->value < 1) {
    ctx.report(DiagKind::ValueOutOfRange, c.top_k->span, fmt::format("`top_k` is {} but must be at least 1", c.top_k->value));
    c.top_k.reset();
  }
  unsupported(ctx, c.seed, "seed", wire.seed, m.seed, true);

  if (c.stop && c.stop->value.empty()) c.stop.reset();
  unsupported(ctx, c.stop, "stop", wire.stop, m.stop_max != 0, true);
  if (c.stop && m.stop_max > 0 && static_cast<std::int64_t>(c.stop->value.size()) > m.stop_max) {
    ctx.report(DiagKind::TooManyStops, c.stop->span,
               fmt::format("{} stop sequences given but target `{}` accepts at most {}", c.stop->value.size(),
                           ctx.target.name, m.stop_max),
               "keep the most important ones, or cut the output after the call");
    c.stop.reset();
  }

  if (c.n && c.n->value < 1) {
    ctx.report(DiagKind::ValueOutOfRange, c.n->span, fmt::format("`n` is {} but must be at least 1", c.n->value));
    c.n.reset();
  }
  if (c.n && c.n->value == 1) c.n.reset();  // the default everywhere
  unsupported(ctx, c.n, "n", wire.n, m.n, false);

  if (c.top_logprobs && !c.logprobs) c.logprobs = render::Setting<bool>{true, c.top_logprobs->span};
  if (c.logprobs && !c.logprobs->value) c.logprobs.reset();
  if (c.logprobs && !(wire.logprobs && m.logprobs)) {
    unsupported(ctx, c.logprobs, "logprobs", wire.logprobs, m.logprobs, false);
    c.top_logprobs.reset();
  }
  if (c.top_logprobs && (c.top_logprobs->value < 0 || c.top_logprobs->value > 20)) {
    ctx.report(DiagKind::ValueOutOfRange, c.top_logprobs->span,
               fmt::format("`top_logprobs` is {} but must be between 0 and 20", c.top_logprobs->value));
    c.top_logprobs.reset();
  }

  for (auto* penalty : {&c.presence_penalty, &c.frequency_penalty}) {
    std::string_view name = penalty == &c.presence_penalty ? "presence_penalty" : "frequency_penalty";
    unsupported(ctx, *penalty, name, wire.penalties, m.penalties, false);
    if (*penalty && ((*penalty)->value < -2 || (*penalty)->value > 2)) {
      ctx.report(DiagKind::ValueOutOfRange, (*penalty)->span,
                 fmt::format("`{}` is {} but must be between -2 and 2", name, (*penalty)->value));
      penalty->reset();
    }
  }

  if (c.max_output_tokens) {
    std::int64_t v = c.max_output_tokens->value;
    if (v < 1) {
      ctx.report(DiagKind::ValueOutOfRange, c.max_output_tokens->span,
                 fmt::format("`max_output_tokens` is {} but must be at least 1", v));
      c.max_output_tokens.reset();
    } else if (m.max_output > 0 && v > m.max_output) {
      ctx.report(DiagKind::MaxOutputTooLarge, c.max_output_tokens->span,
                 fmt::format("`max_output_tokens` is {} but model `{}` produces at most {} tokens", v,
                             m.name, m.max_output),
                 fmt::format("lower it to {} or less", m.max_output));
      c.max_output_tokens.reset();
    }
  }

  if (c.reasoning_effort) {
    const ReasoningInfo& r = m.reasoning;
    if (r.kind == ReasoningInfo::Kind::None) {
      ctx.report(DiagKind::ReasoningUnsupported, c.reasoning_effort->span,
                 fmt::format("model `{}` has no reasoning setting, so `reasoning_effort` cannot be sent", m.name),
                 "remove `reasoning_effort` for this target, or choose a reasoning model");
      c.reasoning_effort.reset();
    } else if ((r.kind == ReasoningInfo::Kind::Effort || (r.kind == ReasoningInfo::Kind::Think && !r.efforts.empty())) &&
               std::find(r.efforts.begin(), r.efforts.end(), c.reasoning_effort->value) == r.efforts.end()) {
      ctx.report(DiagKind::ReasoningUnsupported, c.reasoning_effort->span,
                 fmt::format("model `{}` does not know reasoning effort `{}`", m.name, c.reasoning_effort->value),
                 fmt::format("use one of: {}", fmt::join(r.efforts, ", ")));
      c.reasoning_effort.reset();
    } else if (r.kind == ReasoningInfo::Kind::Budget && c.reasoning_effort->value != "low" &&
               c.reasoning_effort->value != "medium" && c.reasoning_effort->value != "high" &&
               c.reasoning_effort->value != "minimal") {
      ctx.report(DiagKind::ReasoningUnsupported, c.reasoning_effort->span,
                 fmt::format("reasoning effort `{}` has no thinking-budget equivalent", c.reasoning_effort->value),
                 "use minimal, low, medium or high, or set `thinking_budget`");
      c.reasoning_effort.reset();
    }
  }
  if (c.thinking_budget) {
    const ReasoningInfo& r = m.reasoning;
    std::int64_t v = c.thinking_budget->value;
    if (r.kind == ReasoningInfo::Kind::None) {
      ctx.report(DiagKind::ReasoningUnsupported, c.thinking_budget->span,
                 fmt::format("model `{}` has no thinking, so `thinking_budget` cannot be sent", m.name),
                 "remove `thinking_budget` for this target, or choose a model with thinking");
      c.thinking_budget.reset();
    } else if (r.kind == ReasoningInfo::Kind::Effort) {
      warn_dropped(ctx, "thinking_budget", c.thinking_budget->span,
                   fmt::format("model `{}` takes a reasoning effort, not a token budget", m.name));
      c.thinking_budget.reset();
    } else if (r.kind == ReasoningInfo::Kind::Budget) {
      bool off = v == 0;
      if ((off && !r.can_disable) || (!off && (v < r.budget_min || v > r.budget_max)) || v < 0) {
        ctx.report(DiagKind::ThinkingBudgetOutOfRange, c.thinking_budget->span,
                   fmt::format("`thinking_budget` is {} but model `{}` accepts {} to {}{}", v, m.name,
                               r.budget_min, r.budget_max, r.can_disable ? ", or 0 to turn thinking off" : ""),
                   r.can_disable ? std::string() : fmt::format("model `{}` cannot turn thinking off", m.name));
        c.thinking_budget.reset();
      }
    } else if (r.kind == ReasoningInfo::Kind::Think) {
      warn_dropped(ctx, "thinking_budget", c.thinking_budget->span,
                   "Ollama's `think` switch takes no token budget; thinking is turned on instead");
      // kept: the Ollama backend turns a non-zero budget into think: true
    }
  }

  const render::Request& req = ctx.request;
  if (!req.tools.empty() && !m.tools) {
    ctx.report(DiagKind::ToolsUnsupported, req.tools.front().span,
               fmt::format("model `{}` cannot call tools, but the prompt declares {} tool{}", m.name,
                           req.tools.size(), req.tools.size() == 1 ? "" : "s"),
               "remove the tools for this target, or choose a model with tool calling");
  }
  if (req.tool_choice) {
    const render::ToolChoice& tc = *req.tool_choice;
    bool forcing = tc.mode == render::ToolChoice::Mode::Required || tc.mode == render::ToolChoice::Mode::Named;
    if (forcing && req.tools.empty()) {
      ctx.report(DiagKind::ToolChoiceUnknownTool, tc.span, "the tool choice forces a tool call but the prompt has no tools",
                 "declare the tool, or remove `tool_choice`");
    } else if (tc.mode == render::ToolChoice::Mode::Named) {
      bool found = std::any_of(req.tools.begin(), req.tools.end(), [&](const render::ToolDef& t) { return t.name == tc.name; });
      if (!found) {
        std::vector<std::string> names;
        for (const auto& t : req.tools) names.push_back("`" + t.name + "`");
        ctx.report(DiagKind::ToolChoiceUnknownTool, tc.span,
                   fmt::format("the tool choice names `{}`, which is not a tool of this prompt", tc.name),
                   fmt::format("the prompt's tools are {}", fmt::join(names, ", ")));
      }
    }
  }
  if (req.output && m.structured_output == "none") {
    ctx.report(DiagKind::StructuredOutputUnsupported, req.output->span,
               fmt::format("target `{}` with model `{}` cannot constrain output to the schema `{}`",
                           ctx.target.name, m.name, req.output->name),
               "remove the output type for this target, or choose a model with structured output");
  }
  // Every wire format links a tool result to an earlier call of the same id
  // (OpenAI rejects an unmatched `tool` message outright).
  std::set<std::string> calls;
  for (const render::Message* msg : split_conversation(req).turns) {
    for (const render::ToolCall& call : msg->tool_calls) calls.insert(call.id);
    if (msg->tool_result && !calls.count(msg->tool_result->tool_call_id)) {
      ctx.report(DiagKind::ToolMessageInvalid, msg->tool_result->span.valid() ? msg->tool_result->span : msg->span,
                 fmt::format("the tool result for `{}` has no earlier assistant tool call with that id",
                             msg->tool_result->tool_call_id),
                 "give the assistant turn before it a tool call with the same id");
    }
  }
  if (c.stream && c.stream->value && !m.streaming) {
    ctx.report(DiagKind::ParamRejected, c.stream->span, fmt::format("model `{}` does not stream", m.name),
               "set `stream: false` for this target");
    c.stream.reset();
  }
}

}  // namespace aep::targets
