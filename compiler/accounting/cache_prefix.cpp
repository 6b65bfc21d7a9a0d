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

std::size_t framing(const render::Message& m, const tokenizer::Encoding& enc) {
  auto role = count_text(enc, render::role_name(m.role));
  return 3 + (role ? *role : 1);
}

struct WireRange {
  std::size_t begin = 0, end = 0;
  std::string reason;
  Span span;
};

// The dynamic byte ranges of one message in its wire text.
std::vector<WireRange> dynamic_ranges(const MessageParts& mp, const CacheOptions& options) {
  std::vector<WireRange> out;
  const render::Message& m = *mp.message;
  std::size_t raw = 0;
  for (std::size_t i = 0; i < m.parts.size(); ++i) {
    const render::TextPart& part = m.parts[i];
    std::size_t raw_begin = raw, raw_end = raw + part.text.size();
    raw = raw_end;
    if (part.untrusted) {
      out.push_back({mp.part_begin[i], mp.part_end[i], fmt::format("untrusted input `{}`", *part.untrusted), part.span});
      continue;
    }
    if (!mp.request_index) continue;
    for (const DynamicRange& r : options.dynamic_ranges) {
      if (r.message != *mp.request_index || r.end <= raw_begin || r.begin >= raw_end) continue;
      std::size_t b = std::max(r.begin, raw_begin) - raw_begin, e = std::min(r.end, raw_end) - raw_begin;
      out.push_back({mp.part_begin[i] + b, mp.part_begin[i] + e, r.reason, r.span});
    }
  }
  return out;
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

std::optional<std::string> interpolated_input(std::string_view source_text, const std::set<std::string>& inputs) {
  if (!starts_with(source_text, "{{")) return std::nullopt;
  std::size_t i = 2;
  while (i < source_text.size() && (source_text[i] == ' ' || source_text[i] == '\t' || source_text[i] == '-')) ++i;
  std::size_t begin = i;
  while (i < source_text.size() && (std::isalnum(static_cast<unsigned char>(source_text[i])) || source_text[i] == '_')) ++i;
  std::string name(source_text.substr(begin, i - begin));
  if (!inputs.count(name)) return std::nullopt;
  return fmt::format("input `{}`", name);
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
  auto mark_dynamic = [&](std::size_t mi, std::size_t pi, const std::string& section, const std::string& reason,
                          const Span& span) {
    report.first_dynamic = DynamicSite{mi, pi, section, reason, span};
    report.prefix_tokens = position;
  };
  auto add_static = [&](const render::TextPart& part, std::size_t tokens) {
    report.static_after_dynamic_tokens += tokens;
    auto& runs = report.static_after_dynamic;
    if (!runs.empty() && runs.back().section == part.section && runs.back().span.file == part.span.file &&
        runs.back().span.begin == part.span.begin) {
      runs.back().tokens += tokens;
    } else {
      runs.push_back({part.span, part.section, tokens});
    }
  };
  std::vector<std::size_t> breakpoints;  // token positions just after each breakpoint part
  for (std::size_t mi = 0; mi < parts->size(); ++mi) {
    const MessageParts& mp = (*parts)[mi];
    const render::Message& m = *mp.message;
    // A whole message that differs between calls: tool traffic and history.
    std::optional<std::string> whole;
    if (!m.tool_calls.empty() || m.tool_result) whole = "tool call or result";
    else if (starts_with(span_text(options.sources, m.span), "messages")) whole = "history";
    if (whole && !report.first_dynamic) mark_dynamic(mi, 0, "", *whole, m.span);
    position += framing(m, encoding);
    std::vector<WireRange> dyn = dynamic_ranges(mp, options);

    const bool per_token = !mp.token_end.empty() || m.parts.empty();
    if (!per_token) {
      // Invalid UTF-8 forced per-part counts: classify whole parts.
      for (std::size_t pi = 0; pi < m.parts.size(); ++pi) {
        const render::TextPart& part = m.parts[pi];
        const WireRange* hit = nullptr;
        for (const auto& r : dyn) {
          if (r.begin < mp.part_end[pi] && r.end > mp.part_begin[pi]) hit = &r;
        }
        if (!report.first_dynamic && hit) mark_dynamic(mi, pi, part.section, hit->reason, hit->span);
        else if (report.first_dynamic && !hit && !whole) add_static(part, mp.part_tokens[pi]);
        position += mp.part_tokens[pi];
        if (part.cache_breakpoint) breakpoints.push_back(position);
      }
    } else {
      std::size_t part = 0, start = 0;
      for (std::size_t k = 0; k < mp.token_end.size(); ++k) {
        std::size_t end = mp.token_end[k];
        while (part + 1 < m.parts.size() && start >= mp.part_end[part]) ++part;
        const WireRange* hit = nullptr;
        for (const auto& r : dyn) {
          if (r.begin < end && r.end > start) { hit = &r; break; }
        }
        const render::TextPart& p = m.parts[part];
        if (!report.first_dynamic && hit) mark_dynamic(mi, part, p.section, hit->reason, hit->span);
        else if (report.first_dynamic && !hit && !whole) add_static(p, 1);
        ++position;
        // The breakpoint part ends within this token.
        if (p.cache_breakpoint && end >= mp.part_end[part] && start < mp.part_end[part]) {
          breakpoints.push_back(position);
        }
        start = end;
      }
    }
    position += mp.tool_tokens;
  }
  if (!report.first_dynamic) report.prefix_tokens = position;

  if (policy.needs_breakpoint) {
    std::optional<std::size_t> usable;
    bool after_dynamic = false;
    for (std::size_t b : breakpoints) {
      if (b <= report.prefix_tokens) usable = b;
      else after_dynamic = true;
    }
    if (usable) {
      report.cacheable_tokens = cacheable_for(policy, *usable);
      if (report.cacheable_tokens == 0) {
        report.notes.push_back(fmt::format("the prefix up to the last cache breakpoint is {} tokens, below the minimum of {}",
                                           *usable, policy.minimum));
      }
    } else {
      report.notes.push_back("no cache breakpoint in the static prefix: Anthropic caches nothing without one");
    }
    if (after_dynamic) {
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
