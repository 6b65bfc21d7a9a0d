// account_target(): model choice, lowering, counting, cache and cost for one
// target (see account.hpp).
#include "compiler/accounting/account.hpp"

#include <fmt/format.h>

#include "compiler/diag/sink.hpp"
#include "compiler/targets/target.hpp"
#include "compiler/tokenizer/model_map.hpp"

namespace aep::accounting {
namespace {

std::string provider_of(const targets::Target& t) {
  if (t.profile != nullptr) return "compat";
  switch (t.wire) {
    case targets::WireFormat::OpenAIChat:
    case targets::WireFormat::OpenAIResponses: return "openai";
    case targets::WireFormat::AnthropicMessages: return "anthropic";
    case targets::WireFormat::GeminiGenerate: return "gemini";
    case targets::WireFormat::OllamaChat: return "ollama";
  }
  return "openai";
}

}  // namespace

std::string default_model_for(std::string_view target) {
  auto t = targets::parse_target(target);
  if (!t) return "";
  std::string p = provider_of(*t);
  if (p == "openai") return "gpt-4.1";
  if (p == "anthropic") return "claude-sonnet-4-5";
  if (p == "gemini") return "gemini-2.5-flash";
  return "llama3.1";
}

std::vector<std::string> default_targets() {
  return {"openai-chat", "openai-responses", "anthropic", "gemini", "ollama"};
}

Expected<TargetAccount> account_target(const render::Request& request, std::string_view target_name,
                                       const targets::CapabilityTable& table, const AccountOptions& options) {
  auto target = targets::parse_target(target_name);
  if (!target) {
    std::string known;
    for (const auto& n : targets::known_target_names()) known += (known.empty() ? "" : ", ") + n;
    return Error{fmt::format("unknown target `{}` (known targets: {})", target_name, known)};
  }
  const std::string provider = provider_of(*target);
  TargetAccount acc;
  acc.target = target->name;

  // The model: --model, else the prompt's when it belongs to this target's
  // provider, else a documented default so every target gets a figure.
  render::Config config = request.effective_config(target->name, target->family);
  if (options.model) {
    acc.model = *options.model;
    acc.model_source = "--model";
  } else if (options.configured_model) {
    acc.model = *options.configured_model;
    acc.model_source = fmt::format("aep.toml [targets.{}] model", target->name);
  } else if (config.model) {
    const targets::ModelInfo* info = table.find(config.model->value);
    if (target->profile != nullptr || (info && info->provider == provider)) {
      acc.model = config.model->value;
      acc.model_source = "the prompt's config";
    } else {
      acc.model = default_model_for(target->name);
      acc.model_source = info ? fmt::format("default for `{}`: the prompt's model `{}` belongs to provider `{}`",
                                            target->name, config.model->value, info->provider)
                              : fmt::format("default for `{}`: the prompt's model `{}` is not in the table",
                                            target->name, config.model->value);
    }
  } else {
    acc.model = default_model_for(target->name);
    acc.model_source = fmt::format("default for `{}`: the prompt sets no model", target->name);
  }

  DiagnosticSink sink;
  targets::LowerOptions lower_options;
  lower_options.model = acc.model;
  targets::LoweringResult lowered = targets::lower(request, *target, table, sink, lower_options);
  for (const Diagnostic& d : sink.diagnostics()) {
    if (d.severity == Severity::Error) acc.lowering_problems.push_back(fmt::format("{}: {}", d.code(), d.message));
  }
  if (lowered.model.empty()) {
    // lower() stops before building a payload only when the model is unusable.
    return Error{fmt::format("target `{}`: {}", target->name,
                             acc.lowering_problems.empty() ? "no payload was built" : acc.lowering_problems.front())};
  }

  // The encoding: the model's own for OpenAI models tiktoken knows;
  // o200k_base as the stand-in everywhere else (labelled in the notes).
  std::string encoding_name = "o200k_base";
  bool mapped = false;
  if (provider == "openai") {
    if (auto e = tokenizer::encoding_for_model(acc.model)) {
      encoding_name = std::string(*e);
      mapped = true;
    }
  }
  auto encoding = tokenizer::Encoding::get(encoding_name);
  if (!encoding) return encoding.error();
  const tokenizer::Encoding& enc = **encoding;

  CountOptions count_options{target->wire, acc.model, provider};
  auto count = count_wire(read_payload(lowered.payload, target->wire), enc, count_options);
  if (!count) return count.error();
  acc.count = std::move(*count);
  if (provider == "openai" && !mapped) {
    acc.count.exact = false;
    acc.count.notes.push_back(fmt::format("`{}` is not in tiktoken's model map: o200k_base assumed", acc.model));
  }

  auto parts = attribute_parts(request, enc);
  if (!parts) return parts.error();
  acc.sections = section_totals(*parts);

  CacheOptions cache_options;
  cache_options.model = acc.model;
  cache_options.leading_tokens = acc.count.tools + acc.count.tool_system_prompt + acc.count.output_schema;
  cache_options.sources = options.sources;
  cache_options.dynamic_ranges = options.dynamic_ranges;
  acc.cache = analyze_cache_prefix(request, target->name, enc, cache_options);
  acc.cache.cacheable_tokens = std::min(acc.cache.cacheable_tokens, acc.count.total);

  const targets::ModelInfo* info = target->profile ? nullptr : table.find(acc.model);
  acc.cost = estimate_cost(info, config, acc.count.total, acc.cache.cacheable_tokens, provider == "anthropic");
  return acc;
}

}  // namespace aep::accounting
