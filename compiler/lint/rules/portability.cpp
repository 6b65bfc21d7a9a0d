// Portability rules: every capability and schema-dialect problem the target
// backends find when they lower a prompt, one rule id per family, for every
// configured target (`[lint] targets` in aep.toml). The backends are the one
// source of truth (compiler/targets/checks.cpp and the backends): these rules
// lower each concrete prompt with placeholder inputs through LintContext and
// turn the E06xx/W06xx diagnostics into findings, so `aep lint` and
// `aep lower` can never disagree.
//
// Without configured targets, the target is the one of the prompt's own
// model's provider (openai -> openai-chat, anthropic, gemini, ollama), which
// is what `aep run` would use; a prompt without a model is then not checked.
//
// A diagnostic whose span lies in another module (a config key inherited
// from a parent) is reported at the prompt of this module, with a note at the
// inherited line, so every finding belongs to the module being linted.
#include <fmt/format.h>

#include <set>
#include <tuple>

#include "compiler/lint/rules/support.hpp"

namespace aep::lint::rules {
namespace {

struct FamilySpec {
  RuleInfo info;
  std::vector<DiagKind> kinds;
};

std::vector<ConfiguredTarget> targets_for(const LintContext& ctx, const ir::Prompt& prompt) {
  if (!ctx.targets().empty()) return ctx.targets();
  std::vector<ConfiguredTarget> out;
  auto model = prompt_model(prompt);
  if (!model) return out;
  const targets::ModelInfo* info = ctx.capabilities().find(*model);
  if (info == nullptr) return out;
  std::string name = info->provider == "openai" ? "openai-chat" : info->provider;
  if (auto t = targets::parse_target(name)) out.push_back({*t, std::nullopt, std::nullopt});
  return out;
}

// What the thirteen rules of the family share for one prompt: the targets it
// is checked for, its payload lowered for each (null when rendering failed)
// and where findings go. Derived once per prompt (LintContext::memo) rather
// than once per rule.
struct PromptLowerings {
  std::vector<ConfiguredTarget> targets;
  std::vector<const LoweredPayload*> lowered;  // by targets index
  Span prompt_span;
};

const PromptLowerings& lowerings(const LintContext& ctx, const ir::Prompt& prompt) {
  static const int tag = 0;
  return ctx.memo<PromptLowerings>(&prompt, &tag, [&](PromptLowerings& out) {
    out.targets = targets_for(ctx, prompt);
    for (const ConfiguredTarget& target : out.targets) out.lowered.push_back(ctx.lowered(prompt, target));
    const ast::PromptDecl* decl = find_prompt_decl(*ctx.module().ast, prompt.name);
    out.prompt_span = decl && decl->name.span.valid() ? decl->name.span : prompt.span;
  });
}

class TargetFamilyRule final : public Rule {
 public:
  explicit TargetFamilyRule(FamilySpec spec) : spec_(std::move(spec)) {}
  const RuleInfo& info() const override { return spec_.info; }

  void check(const LintContext& ctx, Emitter& out) const override {
    std::set<std::tuple<std::uint32_t, std::uint32_t, std::string>> seen;
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || prompt->is_abstract) continue;
      const PromptLowerings& shared = lowerings(ctx, *prompt);
      const Span& prompt_span = shared.prompt_span;
      for (std::size_t t = 0; t < shared.targets.size(); ++t) {
        const ConfiguredTarget& target = shared.targets[t];
        const LoweredPayload* lowered = shared.lowered[t];
        if (lowered == nullptr) continue;
        for (const Diagnostic& d : lowered->diagnostics) {
          if (std::find(spec_.kinds.begin(), spec_.kinds.end(), d.kind) == spec_.kinds.end()) continue;
          std::string message = d.message;
          if (message.find("`" + target.target.name + "`") == std::string::npos) {
            message += fmt::format(" (target `{}`)", target.target.name);
          }
          Finding f{{}, d.primary, message, d.help, {}, std::nullopt};
          if (!in_current_module(ctx, d.primary)) {
            f.span = prompt_span;
            f.message = fmt::format("in `{}`: {}", prompt->name, message);
            if (reportable(ctx, d.primary)) f.notes.emplace_back(d.primary, "set here");
          }
          for (const Label& l : d.secondary) {
            if (reportable(ctx, l.span)) f.notes.emplace_back(l.span, l.message);
          }
          if (!seen.emplace(f.span.begin, f.span.end, f.message).second) continue;
          out.emit(std::move(f));
        }
      }
    }
  }

 private:
  FamilySpec spec_;
};

struct Registrar {
  Registrar() {
    auto add = [](std::string_view id, Level level, std::string_view summary, std::string_view rationale,
                  std::string_view bad, std::string_view good, std::vector<DiagKind> kinds) {
      detail::register_rule(std::make_unique<TargetFamilyRule>(
          FamilySpec{RuleInfo{id, Category::Portability, level, summary, rationale, bad, good}, std::move(kinds)}));
    };
    // The rationales are string literals concatenated with the shared note.
    add("unsupported-parameter", Level::Error, "a setting that the target's API or model rejects",
        "Some settings exist only on some APIs or models: `seed` has no field in Anthropic's Messages API, "
        "reasoning models reject `temperature` and `stop`. Sending them fails the request (HTTP 400) or, "
        "for a guarantee such as `seed`, silently loses it. Put provider-specific settings in a "
        "`target <name> { }` block so each target gets only what it takes."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "prompt P {\n  config { model: \"claude-sonnet-4-5\"  max_tokens: 500  seed: 7 }\n  user { \"Hi\" }\n}\n",
        "prompt P {\n  config { model: \"claude-sonnet-4-5\"  max_tokens: 500 }\n  target openai { seed: 7 }\n  user { \"Hi\" }\n}\n",
        {DiagKind::ParamRejected});
    add("dropped-setting", Level::Warning, "a setting the target cannot express and leaves out of the payload",
        "A setting the wire format has no field for (`top_k` on OpenAI, `n` on Anthropic, a tool choice on "
        "Ollama) is dropped from the payload with no error from the provider: the prompt behaves differently "
        "on that target than its text says. Move the setting into the `target` blocks that take it."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "prompt P {\n  config { model: \"gpt-4o-mini\"  top_k: 40 }\n  user { \"Hi\" }\n}\n",
        "prompt P {\n  config { model: \"gpt-4o-mini\" }\n  target gemini { top_k: 40 }\n  user { \"Hi\" }\n}\n",
        {DiagKind::SettingDropped});
    add("parameter-out-of-range", Level::Error,
        "a sampling setting, output length, thinking budget or stop list outside what the target accepts",
        "Ranges differ between providers (`temperature` 0-2 on OpenAI and Gemini, 0-1 on Anthropic; at most 4 "
        "stop sequences on OpenAI, 5 on Gemini; each model's own output limit). A value outside the range is a "
        "rejected request at run time; the linter reports it with the accepted range."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "prompt P {\n  config { model: \"gpt-4o\"  max_tokens: 70000 }\n  user { \"Hi\" }\n}\n",
        "prompt P {\n  config { model: \"gpt-4o\"  max_tokens: 4000 }\n  user { \"Hi\" }\n}\n",
        {DiagKind::ValueOutOfRange, DiagKind::TooManyStops, DiagKind::ThinkingBudgetOutOfRange, DiagKind::MaxOutputTooSmall,
         DiagKind::MaxOutputTooLarge, DiagKind::TooManyCacheBreakpoints});
    add("missing-max-tokens", Level::Error, "a target that requires a maximum output length gets none",
        "Anthropic's Messages API rejects a request without `max_tokens`. Unless the model's entry in aep.toml "
        "gives a default, the prompt must set one; setting it deliberately also bounds cost and latency."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "prompt P {\n  config { model: \"claude-sonnet-4-5\" }\n  user { \"Hi\" }\n}\n",
        "prompt P {\n  config { model: \"claude-sonnet-4-5\"  max_tokens: 1000 }\n  user { \"Hi\" }\n}\n",
        {DiagKind::MaxTokensRequired});
    add("unsupported-tools", Level::Error, "tools or a tool choice that the target's model cannot honour",
        "A model without tool calling rejects (or ignores) the tool list; a forced tool choice that names no "
        "tool of the prompt is rejected. Either the prompt quietly loses its tools on that target or the call "
        "fails; choose a model with tool calling for prompts that declare tools."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "tool lookup(id: string) \"Look up an order\"\nprompt P {\n  config { model: \"gemma2\" }\n  tools [lookup]\n  user { \"Where is order 1?\" }\n}\n",
        "tool lookup(id: string) \"Look up an order\"\nprompt P {\n  config { model: \"llama3.1\" }\n  tools [lookup]\n  user { \"Where is order 1?\" }\n}\n",
        {DiagKind::ToolsUnsupported, DiagKind::ToolChoiceUnknownTool, DiagKind::ToolMessageInvalid});
    add("unsupported-structured-output", Level::Error, "an output type on a target that cannot constrain its output",
        "Structured output needs a model or server that constrains decoding to the schema. On one that cannot, "
        "the schema is not sent and answers do not reliably parse; pick a model with structured output for "
        "that target, or describe the format in the messages and accept parse failures."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "// aep.toml: models = { \"tiny-local\" = { extends = \"llama3.1\", features = { structured_output = \"none\" } } }\nprompt P {\n  config { model: \"tiny-local\" }\n  output { label: string }\n  user { \"Answer in JSON with `label`.\" }\n}\n",
        "// aep.toml: models = { \"tiny-local\" = { extends = \"llama3.1\", features = { structured_output = \"none\" } } }\nprompt P {\n  config { model: \"llama3.1\" }\n  output { label: string }\n  user { \"Answer in JSON with `label`.\" }\n}\n",
        {DiagKind::StructuredOutputUnsupported});
    add("unsupported-reasoning", Level::Error,
        "a reasoning effort or thinking setting on a model without it, or one that conflicts with thinking",
        "`reasoning_effort` and thinking budgets only exist on reasoning models, each with its own set of "
        "efforts; a forced tool choice is forbidden while Anthropic's extended thinking is on. These are "
        "rejected requests, or settings that silently do nothing."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "prompt P {\n  config { model: \"gpt-4o\"  reasoning_effort: \"high\" }\n  user { \"Hi\" }\n}\n",
        "prompt P {\n  config { model: \"o3\"  reasoning_effort: \"high\" }\n  user { \"Hi\" }\n}\n",
        {DiagKind::ReasoningUnsupported, DiagKind::ThinkingConflict});
    add("unknown-model", Level::Error,
        "a model the capability table does not know, or that belongs to another provider than the target",
        "A misspelt model name (`claude-sonet-4-5`) is a 404 at run time, and a model of one provider sent to "
        "another provider's API is always rejected. Unknown but real models (new releases, local fine-tunes) "
        "are declared in aep.toml under `[models.\"name\"]` with their capabilities."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "// aep.toml: lint = { targets = [\"openai-chat\"] }\nprompt P {\n  config { model: \"claude-sonnet-4-5\"  max_tokens: 500 }\n  user { \"Hi\" }\n}\n",
        "// aep.toml: lint = { targets = [\"openai-chat\"] }\nprompt P {\n  config { model: \"gpt-4o-mini\" }\n  user { \"Hi\" }\n}\n",
        {DiagKind::UnknownModel, DiagKind::ModelProviderMismatch, DiagKind::UnknownTarget, DiagKind::ModelEntryInvalid});
    add("lossy-schema", Level::Warning,
        "a schema constraint the target's dialect cannot carry, moved into the field's description",
        "Each provider accepts a different subset of JSON Schema: Anthropic has no numeric or length "
        "constraints, Gemini no `format` beyond a few. The backend moves such a constraint into the field's "
        "description, so the model is told but decoding no longer enforces it: validate the answer or relax "
        "the constraint."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "prompt P {\n  config { model: \"claude-sonnet-4-5\"  max_tokens: 500 }\n  output { urgency: int @range(1, 5) }\n  user { \"Rate the urgency from 1 to 5, in JSON.\" }\n}\n",
        "prompt P {\n  config { model: \"claude-sonnet-4-5\"  max_tokens: 500 }\n  output { urgency: int }\n  user { \"Rate the urgency from 1 to 5, in JSON.\" }\n}\n",
        {DiagKind::SchemaConstraintMoved});
    add("unrepresentable-schema", Level::Error, "an output or tool schema the target's dialect cannot hold at all",
        "Some shapes have no equivalent in a dialect: OpenAI strict mode and Anthropic need an object root and "
        "no free-form additional properties (a `map<T>` field). The request is rejected; change the type "
        "(a list of key/value records instead of a map) or use another target."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "prompt P {\n  config { model: \"gpt-4o-mini\" }\n  output { counts: map<int> }\n  user { \"Count the words, in JSON.\" }\n}\n",
        "type Count { word: string  n: int }\nprompt P {\n  config { model: \"gpt-4o-mini\" }\n  output { counts: list<Count> }\n  user { \"Count the words, in JSON.\" }\n}\n",
        {DiagKind::SchemaUnrepresentable, DiagKind::SchemaInvalid});
    add("moved-message", Level::Warning, "a message the target places elsewhere or under another role",
        "Not every API takes every role at every position: a system message after the first turn becomes a "
        "user turn on Anthropic, a developer message becomes system text on others. The model then reads the "
        "text with another authority than the author intended; keep system and developer text at the start."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "prompt P {\n  config { model: \"claude-sonnet-4-5\"  max_tokens: 500 }\n  user { \"Hi\" }\n  system { \"Answer in French.\" }\n}\n",
        "prompt P {\n  config { model: \"claude-sonnet-4-5\"  max_tokens: 500 }\n  system { \"Answer in French.\" }\n  user { \"Hi\" }\n}\n",
        {DiagKind::MessageMoved});
    add("empty-conversation", Level::Error, "a prompt with only system text, which some targets reject",
        "Anthropic's Messages API and Gemini need at least one user or assistant turn; a prompt that is all "
        "system text fails there. Put the task, or the input it works on, in a `user` block."
        " Checked for every target in `[lint] targets` of aep.toml (else the provider of the prompt's model) by "
        "lowering the prompt exactly as `aep lower` does.",
        "prompt P {\n  config { model: \"claude-sonnet-4-5\"  max_tokens: 500 }\n  system { \"Tell a joke.\" }\n}\n",
        "prompt P {\n  config { model: \"claude-sonnet-4-5\"  max_tokens: 500 }\n  system { \"You tell jokes.\" }\n  user { \"Tell a joke.\" }\n}\n",
        {DiagKind::EmptyConversation});
  }
};

Registrar registrar;

}  // namespace
}  // namespace aep::lint::rules
