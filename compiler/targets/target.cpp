// Target names and the lower() driver: resolve the model (capability table,
// or a compat profile), run the shared capability checks, call the backend
// for the wire format, then merge the `target` blocks' provider-only extras.
#include "compiler/targets/target.hpp"

#include <fmt/format.h>

#include "compiler/targets/backends.hpp"
#include "compiler/targets/cache_breakpoints.hpp"
#include "compiler/targets/checks.hpp"
#include "compiler/targets/compat_profiles.hpp"

namespace aep::targets {
namespace {

constexpr std::string_view kCompatPrefix = "openai-compat:";

std::string_view provider_of(WireFormat wire) {
  switch (wire) {
    case WireFormat::OpenAIChat:
    case WireFormat::OpenAIResponses: return "openai";
    case WireFormat::AnthropicMessages: return "anthropic";
    case WireFormat::GeminiGenerate: return "gemini";
    case WireFormat::OllamaChat: return "ollama";
  }
  return "";
}

std::string_view target_for_provider(std::string_view provider) {
  if (provider == "openai") return "openai-chat` or `openai-responses";
  if (provider == "anthropic") return "anthropic";
  if (provider == "gemini") return "gemini";
  if (provider == "ollama") return "ollama";
  return "openai-compat:<profile>";
}

}  // namespace

std::optional<Target> parse_target(std::string_view name) {
  Target t;
  t.name = std::string(name);
  t.family = t.name;
  if (name == "openai-chat") { t.wire = WireFormat::OpenAIChat; t.family = "openai"; return t; }
  if (name == "openai-responses") { t.wire = WireFormat::OpenAIResponses; t.family = "openai"; return t; }
  if (name == "anthropic") { t.wire = WireFormat::AnthropicMessages; return t; }
  if (name == "gemini") { t.wire = WireFormat::GeminiGenerate; return t; }
  if (name == "ollama") { t.wire = WireFormat::OllamaChat; return t; }
  if (name.substr(0, kCompatPrefix.size()) == kCompatPrefix) {
    const CompatProfile* p = find_compat_profile(name.substr(kCompatPrefix.size()));
    if (p == nullptr) return std::nullopt;
    t.wire = WireFormat::OpenAIChat;
    t.family = "openai-compat";
    t.profile = p;
    return t;
  }
  return std::nullopt;
}

std::vector<std::string> known_target_names() {
  std::vector<std::string> out = {"openai-chat", "openai-responses", "anthropic", "gemini", "ollama"};
  for (const CompatProfile& p : compat_profiles()) out.push_back(std::string(kCompatPrefix) + p.name);
  return out;
}

void report_unknown_target(std::string_view name, Span span, DiagnosticSink& sink) {
  std::vector<std::string> known = known_target_names();
  std::string closest;
  std::size_t best = std::string::npos;
  for (const std::string& k : known) {
    std::size_t d = edit_distance(name, k);
    if (d < best) { best = d; closest = k; }
  }
  DiagBuilder b = make_diag(DiagKind::UnknownTarget, span, fmt::format("unknown target `{}`", name));
  b.note(fmt::format("known targets: {}", fmt::join(known, ", ")));
  if (best <= std::max<std::size_t>(3, name.size() / 3)) b.help(fmt::format("did you mean `{}`?", closest));
  sink.report(b);
}

std::string block_spelling(std::string_view target_name) {
  std::string out(target_name);
  for (char& c : out) {
    if (c == '-' || c == ':') c = '_';
  }
  return out;
}

namespace {
LoweringResult lower_request(const render::Request& request, const Target& target,
                             const CapabilityTable& capabilities, DiagnosticSink& sink,
                             const LowerOptions& options);
}  // namespace

LoweringResult lower(const render::Request& request, const Target& target,
                     const CapabilityTable& capabilities, DiagnosticSink& sink,
                     const LowerOptions& options) {
  // `.aep` names cannot hold `-` or `:`, so a prompt writes
  // `target openai_chat { }` for openai-chat (openai_compat_vllm for
  // openai-compat:vllm). Such blocks are renamed on a copy, only when present.
  std::optional<render::Request> renamed;
  for (const std::string& name : {target.name, target.family}) {
    std::string spelled = block_spelling(name);
    if (spelled == name) continue;
    auto it = request.targets.find(spelled);
    if (it == request.targets.end() || request.targets.count(name)) continue;
    if (!renamed) renamed = request;
    renamed->targets[name] = renamed->targets[spelled];
    renamed->targets.erase(spelled);
  }
  const render::Request& named = renamed ? *renamed : request;
  if (auto marked = apply_cache_breakpoints(named, target, sink)) {
    return lower_request(*marked, target, capabilities, sink, options);
  }
  return lower_request(named, target, capabilities, sink, options);
}

namespace {
LoweringResult lower_request(const render::Request& request, const Target& target,
                             const CapabilityTable& capabilities, DiagnosticSink& sink,
                             const LowerOptions& options) {
  LoweringResult result;
  std::size_t errors_before = sink.error_count();
  render::Config config = request.effective_config(target.name, target.family);

  std::string model_name;
  Span model_span = request.span;
  if (options.model) {
    model_name = *options.model;
  } else if (config.model) {
    model_name = config.model->value;
    if (config.model->span.valid()) model_span = config.model->span;
  }
  if (model_name.empty()) {
    sink.report(make_diag(DiagKind::UnknownModel, model_span,
                          fmt::format("no model is set for target `{}`", target.name))
                    .note(fmt::format("prompt `{}`", request.prompt))
                    .help("set `model` in the prompt's config or in its `target` block"));
    return result;
  }

  ModelInfo model;
  if (target.profile != nullptr) {
    model = compat_model_info(*target.profile, model_name);
  } else {
    const ModelInfo* found = capabilities.find(model_name);
    if (found == nullptr) {
      DiagBuilder b = make_diag(DiagKind::UnknownModel, model_span,
                                fmt::format("unknown model `{}` for target `{}`", model_name, target.name));
      b.note(fmt::format("prompt `{}`", request.prompt));
      std::vector<std::string> near = capabilities.closest(model_name);
      if (!near.empty()) {
        std::vector<std::string> quoted;
        for (const auto& n : near) quoted.push_back("`" + n + "`");
        b.help(fmt::format("did you mean {}? A model the table lacks can be added under [models.\"{}\"] in aep.toml",
                           fmt::join(quoted, " or "), model_name));
      } else {
        b.help(fmt::format("add it under [models.\"{}\"] in aep.toml (see docs/targets.md)", model_name));
      }
      sink.report(b);
      return result;
    }
    model = *found;
    if (model.provider != provider_of(target.wire)) {
      sink.report(make_diag(DiagKind::ModelProviderMismatch, model_span,
                            fmt::format("model `{}` belongs to provider `{}` and cannot be used with target `{}`",
                                        model_name, model.provider, target.name))
                      .note(fmt::format("prompt `{}`", request.prompt))
                      .help(fmt::format("use target `{}`, or set a model of provider `{}` in a `target {}` block",
                                        target_for_provider(model.provider), provider_of(target.wire),
                                        target.family)));
      return result;
    }
  }
  // The name as the user wrote it is what the provider receives (a dated
  // snapshot stays a dated snapshot); the table entry only supplies limits.
  model.name = model_name;

  LowerContext ctx{request, std::move(config), model, target, sink};
  check_capabilities(ctx);

  switch (target.wire) {
    case WireFormat::OpenAIChat:
      result.payload = lower_openai_chat(ctx);
      result.path = "/v1/chat/completions";
      break;
    case WireFormat::OpenAIResponses:
      result.payload = lower_openai_responses(ctx);
      result.path = "/v1/responses";
      break;
    case WireFormat::AnthropicMessages:
      result.payload = lower_anthropic_messages(ctx);
      result.path = "/v1/messages";
      break;
    case WireFormat::GeminiGenerate: {
      result.payload = lower_gemini_generate(ctx);
      bool stream = ctx.config.stream && ctx.config.stream->value;
      result.path = fmt::format("/v1beta/models/{}:{}", model_name,
                                stream ? "streamGenerateContent?alt=sse" : "generateContent");
      break;
    }
    case WireFormat::OllamaChat:
      result.payload = lower_ollama_chat(ctx);
      result.path = "/api/chat";
      break;
  }
  deep_merge(result.payload, request.effective_extra(target.name, target.family));
  result.model = model_name;
  result.ok = sink.error_count() == errors_before;
  return result;
}
}  // namespace

}  // namespace aep::targets
