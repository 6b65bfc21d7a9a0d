// Tokens of each text part of a rendered Request, in the order the wire
// formats send messages (leading system/developer messages, then examples'
// turns, then the conversation). Each message's text as sent (untrusted
// inputs wrapped by the targets' delimiters) is encoded once and every token
// is attributed to the part holding its first byte, so the parts of a
// message add up exactly to the message's content tokens; counting parts
// one by one would not, since BPE merges across part boundaries.
//
// Per-section totals (`aep tokens`) and the cacheable-prefix analysis
// (cache_prefix.hpp) are built on this.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "compiler/render/request.hpp"
#include "compiler/source/expected.hpp"
#include "compiler/tokenizer/encoding.hpp"

namespace aep::accounting {

struct MessageParts {
  const render::Message* message = nullptr;
  std::optional<std::size_t> request_index;  // index in Request::messages; nullopt for examples' turns
  std::string example;                    // name of the example it belongs to, "" otherwise
  std::vector<std::size_t> part_tokens;   // one per message->parts
  std::size_t tool_tokens = 0;            // tool calls (name + arguments) and tool results
  // The message text as sent (parts joined, untrusted ones wrapped): where
  // each part starts and ends in it, in bytes, and where each of its tokens
  // ends (empty when invalid UTF-8 forced per-part counting).
  std::vector<std::size_t> part_begin, part_end;
  std::vector<std::size_t> token_end;
  std::size_t total() const;
};

Expected<std::vector<MessageParts>> attribute_parts(const render::Request& request, const tokenizer::Encoding& encoding);

struct SectionTokens {
  std::string section;  // a section name, or "(system text)", "(user text)", "(example <name>)", "(tool calls)"
  std::size_t tokens = 0;
};

// In order of first appearance.
std::vector<SectionTokens> section_totals(const std::vector<MessageParts>& messages);

}  // namespace aep::accounting
