// The cacheable prefix of a rendered Request per target: how many leading
// tokens are the same on every call (the static prefix), how many of them a
// provider's prompt cache would reuse, and which dynamic text ends the
// static prefix, so a prompt that puts an input value before a long static
// block can be told (lint rule "dynamic content before the cacheable
// prefix") how many tokens moving it would make cacheable.
//
// Provider rules (docs/tokenizer.md, "Cacheable prefix", gives the sources):
//   OpenAI     automatic for prompts of 1,024 tokens or more; hits come in
//              128-token steps (1,024, 1,152, ...).
//   Anthropic  explicit: the prefix up to the last `cache_control`
//              breakpoint (render::TextPart::cache_breakpoint), when that
//              breakpoint lies in the static prefix and the prefix reaches
//              the model's minimum (1,024; 2,048 for Claude 3.x Haiku; 4,096
//              for Claude Opus 4.5 and Haiku 4.5).
//   Gemini     implicit caching on 2.5 models from 1,024 tokens (Flash,
//              Flash-Lite) or 2,048 (Pro); other models need an explicit
//              cachedContent resource, which aep does not create.
//   Ollama and OpenAI-compatible servers: no cache pricing (a server may
//              still reuse its KV cache); the static prefix is reported.
// Wire order is assumed tools → system text → examples → conversation, the
// order Anthropic documents for its cache; OpenAI and Google do not say
// where tool definitions sit, so their figures are estimates.
//
// Dynamic text: a part with `untrusted` set, a message carrying tool calls
// or results, a message spliced from a `messages` history input (recognised
// from its span when `sources` is given), and the byte ranges the caller
// passes in `dynamic_ranges`. The renderer merges literal text with constant
// and input interpolations into one part, so `aep tokens` derives those
// ranges from the render source map (pieces whose source is
// `{{ input ... }}`; see interpolated_input()): the source map is the one
// record of which bytes are input values (TextPart has no flag for it). The
// analysis works token by token, so a dynamic value in the middle of a part
// ends the prefix there.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/render/request.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/tokenizer/encoding.hpp"

namespace aep::accounting {

struct DynamicSite {
  std::size_t message = 0;  // index in wire order (system messages, examples' turns, conversation)
  std::size_t part = 0;     // index in that message's parts
  std::string section;      // the part's section, "" outside sections
  std::string reason;       // "input `product`", "untrusted input `ticket`", "history", "tool call or result"
  Span span;
};

struct StaticRun {
  Span span;
  std::string section;
  std::size_t tokens = 0;
};

struct CachePrefixReport {
  std::string target;
  std::string model;
  std::string policy;              // the provider rule applied, in words
  std::size_t prefix_tokens = 0;   // tokens before the first dynamic text, in wire order (the static prefix)
  std::size_t cacheable_tokens = 0;  // what the provider's cache would reuse on a warm call
  std::size_t minimum_tokens = 0;  // the provider's minimum for caching (0 when none applies)
  bool exact = false;              // always false today: see the wire-order note above
  std::optional<DynamicSite> first_dynamic;
  // Static text after the first dynamic text: what could join the prefix if
  // the dynamic text moved after it. Runs are merged per section.
  std::size_t static_after_dynamic_tokens = 0;
  std::vector<StaticRun> static_after_dynamic;
  std::vector<std::string> notes;
};

// Bytes [begin, end) of Request::messages[message]'s joined text (the parts'
// text, without untrusted wrappers: the offsets of the render source map)
// that differ between calls.
struct DynamicRange {
  std::size_t message = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string reason;  // e.g. "input `product`"
  Span span;
};

// When `source_text` (the .aep text of a source-map piece) is an
// interpolation whose root name is one of `inputs`, the reason
// ("input `name`"); nullopt otherwise (constants, fragment parameters).
std::optional<std::string> interpolated_input(std::string_view source_text, const std::set<std::string>& inputs);

// DynamicRanges from a render source map (ir::RenderResult::source_map, or
// anything whose entries have message, begin, end and span): the pieces
// whose .aep source is an interpolation of one of `inputs`. This is how
// `aep tokens` and the lint rule find input values inside merged text.
template <class SourceMap>
std::vector<DynamicRange> dynamic_ranges_from_source_map(const SourceMap& map, const SourceManager& sources,
                                                         const std::set<std::string>& inputs) {
  std::vector<DynamicRange> out;
  for (const auto& piece : map) {
    const SourceFile* f = sources.find(piece.span.file);
    if (!f || piece.span.end > f->text().size() || piece.span.begin > piece.span.end) continue;
    std::string_view src = f->text().substr(piece.span.begin, piece.span.end - piece.span.begin);
    if (auto why = interpolated_input(src, inputs)) out.push_back({piece.message, piece.begin, piece.end, *why, piece.span});
  }
  return out;
}

struct CacheOptions {
  std::string model;  // for the per-model minimums; empty: the target's usual default
  // Tokens before the first message (tool definitions, Anthropic's tool-use
  // system prompt). When unset, the tools' compact JSON is counted.
  std::optional<std::size_t> leading_tokens;
  const SourceManager* sources = nullptr;  // recognises history splices by their span
  std::vector<DynamicRange> dynamic_ranges;
};

// `target` is a target name (openai-chat, anthropic, openai-compat:vllm, ...);
// an unknown name gets no cache policy (cacheable 0) and a note.
CachePrefixReport analyze_cache_prefix(const render::Request& request, std::string_view target,
                                       const tokenizer::Encoding& encoding, const CacheOptions& options = {});

// The provider's rule alone: tokens a warm call reads from cache for a static
// prefix of `prefix_tokens`, and the minimum applied (exposed for tests and
// for the budget code).
struct CachePolicy {
  std::string description;
  std::size_t minimum = 0;  // 0: this target has no priced prompt cache
  std::size_t step = 0;     // OpenAI's 128-token increments; 0: any length
  bool needs_breakpoint = false;  // Anthropic
};
CachePolicy cache_policy(std::string_view target, std::string_view model);
std::size_t cacheable_for(const CachePolicy& policy, std::size_t prefix_tokens);

}  // namespace aep::accounting
