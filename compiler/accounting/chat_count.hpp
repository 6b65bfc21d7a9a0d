// Token counts of one lowered request as a provider bills it: every message
// with its framing, tool definitions, the structured-output schema and the
// reply priming, each labelled exact or estimate with the rule that gave it.
//
// OpenAI publishes its chat framing in the cookbook "How to count tokens with
// tiktoken" (3 tokens a message, 1 more for a `name`, 3 to prime the reply)
// and a fitted rule for function definitions; both were checked there
// against the API's `usage.prompt_tokens` for gpt-4o, gpt-4o-mini, gpt-4 and
// gpt-3.5-turbo. Those counts are `exact`. Everything else is an estimate,
// and says why: Anthropic's and Gemini's tokenizers are not public, Ollama's
// and OpenAI-compatible servers' models are unknown (o200k_base stands in),
// and no provider publishes how structured-output schemas or tool calls in
// history are rendered.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "compiler/accounting/wire_view.hpp"
#include "compiler/source/expected.hpp"
#include "compiler/tokenizer/encoding.hpp"

namespace aep::accounting {

struct MessageTokens {
  std::string role;          // as on the wire
  std::size_t content = 0;   // text, tool calls and tool results
  std::size_t overhead = 0;  // framing (role, separators, name)
  std::size_t total() const { return content + overhead; }
};

struct ChatCount {
  std::string encoding;            // the encoding the figures use
  bool exact = false;              // the provider counts exactly `total`
  std::string rule;                // the counting rule applied, with its source
  std::vector<std::string> notes;  // each reason the total is an estimate, and assumptions
  std::vector<MessageTokens> messages;
  std::size_t tools = 0;               // function definitions
  std::size_t tool_system_prompt = 0;  // Anthropic's documented tool-use system prompt
  std::size_t output_schema = 0;       // response_format / text.format / output_config / responseSchema / format
  std::size_t reply_priming = 0;
  std::size_t total = 0;
};

struct CountOptions {
  targets::WireFormat wire = targets::WireFormat::OpenAIChat;
  std::string model;     // as sent
  std::string provider;  // openai | anthropic | gemini | ollama | compat
};

// Errors only when the encoding fails on text it was given (not expected:
// invalid UTF-8 is replaced first, special-token text is ordinary text).
Expected<ChatCount> count_wire(const WireView& view, const tokenizer::Encoding& encoding, const CountOptions& options);

// Tokens of `text` as message text: special-token text is ordinary text (the
// APIs never turn user text into special tokens) and invalid UTF-8 is
// replaced with U+FFFD as the providers' JSON decoders do.
Expected<std::size_t> count_text(const tokenizer::Encoding& encoding, std::string_view text);

// Whether OpenAI's cookbook verified its chat framing on this model
// (gpt-4o, gpt-4o-mini, gpt-4, gpt-3.5-turbo and their dated snapshots).
bool cookbook_verified_model(std::string_view model);

}  // namespace aep::accounting
