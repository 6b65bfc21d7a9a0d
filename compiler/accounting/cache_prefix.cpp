// Cacheable-prefix analysis (see cache_prefix.hpp for the rules and sources).
#include "compiler/accounting/cache_prefix.hpp"

#include <cctype>

#include <fmt/format.h>

#include "compiler/accounting/chat_count.hpp"
#include "compiler/accounting/part_tokens.hpp"
#include "compiler/targets/target.hpp"

namespace aep::accounting {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string_view span_text(const SourceManager* sources, const Span& span) {
  if (!sources || !span.valid()) return {};
  const SourceFile* f = sources->find(span.file);
  if (!f || span.end > f->text().size() || span.begin > span.end) return {};
  return f->text().substr(span.begin, span.end - span.begin);
}

// The first identifier of `{{ name.field | filter }}`.
std::string interpolated_name(std::string_view text) {
  std::size_t i = 2;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  std::size_t start = i;
  while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_')) ++i;
  return std::string(text.substr(start, i - start));
}

std::optional<std::string> dynamic_reason(const render::Message& m, const render::TextPart& part,
                                          const CacheOptions& options) {
  if (part.untrusted) return fmt::format("untrusted input `{}`", *part.untrusted);
  if (part.dynamic) return std::string("input value");
  std::string_view src = span_text(options.sources, part.span);
  if (starts_with(src, "{{")) {
    std::string name = interpolated_name(src);
    if (options.input_names.count(name)) return fmt::format("input `{}`", name);
  }
  if (starts_with(span_text(options.sources, m.span), "messages")) return std::string("history");
  return std::nullopt;
}

std::size_t framing(const render::Message& m, const tokenizer::Encoding& enc) {
  auto role = count_text(enc, render::role_name(m.role));
  return 3 + (role ? *role : 1);
}

}  // namespace

CachePolicy cache_policy(std::string_view target, std::string_view model) {
  auto t = targets::parse_target(target);
  if (!t) return {"unknown target: no cache policy", 0, 0, false};
  if (t->profile != nullptr) {
    return {"OpenAI-compatible server: no prompt-cache pricing (the server may reuse its KV cache)", 0, 0, false};
  }
  switch (t->wire) {
    case targets::WireFormat::OpenAIChat:
    case targets::WireFormat::OpenAIResponses:
      return {"OpenAI automatic prefix caching: prompts of 1,024 tokens or more, hits in 128-token steps", 1024, 128, false};
    case targets::WireFormat::AnthropicMessages: {
      std::size_t min = 1024;
      if (starts_with(model, "claude-3-5-haiku") || starts_with(model, "claude-3-haiku")) min = 2048;
      if (starts_with(model, "claude-opus-4-5") || starts_with(model, "claude-haiku-4-5")) min = 4096;
      return {fmt::format("Anthropic explicit caching: the prefix up to the last cache_control breakpoint, "
                          "at least {} tokens for this model", min),
              min, 0, true};
    }
    case targets::WireFormat::GeminiGenerate:
      if (starts_with(model, "gemini-2.5-pro")) {
        return {"Gemini implicit caching (2.5 Pro): prefixes of 2,048 tokens or more", 2048, 0, false};
      }
      if (starts_with(model, "gemini-2.5")) {
        return {"Gemini implicit caching (2.5 Flash, Flash-Lite): prefixes of 1,024 tokens or more", 1024, 0, false};
      }
      return {"Gemini: no implicit caching for this model (explicit cachedContent only, which aep does not create)",
              0, 0, false};
    case targets::WireFormat::OllamaChat:
      return {"Ollama: no prompt-cache pricing (the server reuses a matching prefix of its KV cache)", 0, 0, false};
  }
  return {};
}

std::size_t cacheable_for(const CachePolicy& policy, std::size_t prefix_tokens) {
  if (policy.minimum == 0 || prefix_tokens < policy.minimum) return 0;
  if (policy.step == 0) return prefix_tokens;
  return policy.minimum + (prefix_tokens - policy.minimum) / policy.step * policy.step;
}

CachePrefixReport analyze_cache_prefix(const render::Request& request, std::string_view target,
                                       const tokenizer::Encoding& encoding, const CacheOptions& options) {
  CachePrefixReport report;
  report.target = std::string(target);
  report.model = options.model;
  CachePolicy policy = cache_policy(target, options.model);
  report.policy = policy.description;
  report.minimum_tokens = policy.minimum;

  std::size_t position = 0;
  if (options.leading_tokens) {
    position = *options.leading_tokens;
  } else {
    for (const auto& tool : request.tools) {
      render::Json def = {{"name", tool.name}, {"description", tool.description}, {"parameters", tool.parameters}};
      auto n = count_text(encoding, def.dump());
      position += n ? *n : 0;
    }
  }

  auto parts = attribute_parts(request, encoding);
  if (!parts) {
    report.notes.push_back("could not count the messages: " + parts.error().message);
    return report;
  }
  std::optional<std::size_t> breakpoint_end;  // token position after the last breakpoint in the static prefix
  bool breakpoint_after_dynamic = false;
  for (std::size_t mi = 0; mi < parts->size(); ++mi) {
    const MessageParts& mp = (*parts)[mi];
    const render::Message& m = *mp.message;
    std::size_t frame = framing(m, encoding);
    if (!report.first_dynamic && (!m.tool_calls.empty() || m.tool_result)) {
      report.first_dynamic = DynamicSite{mi, 0, "", "tool call or result", m.span};
      report.prefix_tokens = position;
    }
    position += frame;
    for (std::size_t pi = 0; pi < m.parts.size(); ++pi) {
      const render::TextPart& part = m.parts[pi];
      std::size_t tokens = mp.part_tokens[pi];
      if (!report.first_dynamic) {
        if (auto why = dynamic_reason(m, part, options)) {
          report.first_dynamic = DynamicSite{mi, pi, part.section, *why, part.span};
          report.prefix_tokens = position;
        }
      } else if (tokens > 0 && !dynamic_reason(m, part, options)) {
        report.static_after_dynamic_tokens += tokens;
        if (!report.static_after_dynamic.empty() && report.static_after_dynamic.back().section == part.section &&
            report.static_after_dynamic.back().span.file == part.span.file) {
          report.static_after_dynamic.back().tokens += tokens;
        } else {
          report.static_after_dynamic.push_back({part.span, part.section, tokens});
        }
      }
      position += tokens;
      if (part.cache_breakpoint) {
        if (report.first_dynamic) breakpoint_after_dynamic = true;
        else breakpoint_end = position;
      }
    }
    position += mp.tool_tokens;
  }
  if (!report.first_dynamic) report.prefix_tokens = position;

  if (policy.needs_breakpoint) {
    if (breakpoint_end) {
      report.cacheable_tokens = cacheable_for(policy, *breakpoint_end);
      if (report.cacheable_tokens == 0) {
        report.notes.push_back(fmt::format("the prefix up to the last cache breakpoint is {} tokens, below the minimum of {}",
                                           *breakpoint_end, policy.minimum));
      }
    } else {
      report.notes.push_back("no cache breakpoint in the static prefix: Anthropic caches nothing without one");
    }
    if (breakpoint_after_dynamic) {
      report.notes.push_back("a cache breakpoint follows dynamic text: that cache entry differs on every call and is never reused");
    }
  } else {
    report.cacheable_tokens = cacheable_for(policy, report.prefix_tokens);
    if (policy.minimum > 0 && report.cacheable_tokens == 0) {
      report.notes.push_back(fmt::format("the static prefix ({} tokens) is below the provider's minimum of {}",
                                         report.prefix_tokens, policy.minimum));
    }
  }
  report.notes.push_back("wire order assumed: tool definitions, system text, examples, conversation");
  return report;
}

}  // namespace aep::accounting
