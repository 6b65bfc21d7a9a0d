// Token attribution to Request parts (see part_tokens.hpp).
#include "compiler/accounting/part_tokens.hpp"

#include <algorithm>

#include "compiler/accounting/chat_count.hpp"
#include "compiler/targets/lower_common.hpp"
#include "compiler/tokenizer/utf8.hpp"

namespace aep::accounting {

std::size_t MessageParts::total() const {
  std::size_t n = tool_tokens;
  for (std::size_t t : part_tokens) n += t;
  return n;
}

namespace {

Expected<MessageParts> attribute(const render::Message& m, const tokenizer::Encoding& enc, std::string example,
                                 std::optional<std::size_t> index) {
  MessageParts out;
  out.message = &m;
  out.request_index = index;
  out.example = std::move(example);
  out.part_tokens.assign(m.parts.size(), 0);
  std::string text;
  std::vector<std::size_t> ends;  // end offset of each part in `text`
  for (const auto& part : m.parts) {
    out.part_begin.push_back(text.size());
    text += targets::part_text(part);
    ends.push_back(text.size());
  }
  out.part_end = ends;
  if (tokenizer::find_invalid_utf8(text) != tokenizer::kValidUtf8) {
    // Replacement changes lengths; fall back to per-part counts.
    for (std::size_t i = 0; i < m.parts.size(); ++i) {
      auto n = count_text(enc, targets::part_text(m.parts[i]));
      if (!n) return n.error();
      out.part_tokens[i] = *n;
    }
  } else if (!text.empty()) {
    auto ids = enc.encode_ordinary(text);
    if (!ids) return ids.error();
    std::size_t offset = 0, part = 0;
    for (tokenizer::Rank id : *ids) {
      while (part + 1 < ends.size() && offset >= ends[part]) ++part;
      ++out.part_tokens[part];
      auto bytes = enc.token_bytes(id);
      offset += bytes ? bytes->size() : 0;
      out.token_end.push_back(offset);
    }
  }
  for (const auto& call : m.tool_calls) {
    auto n = count_text(enc, call.name + call.arguments.dump());
    if (!n) return n.error();
    out.tool_tokens += *n;
  }
  if (m.tool_result) {
    auto n = count_text(enc, m.tool_result->content);
    if (!n) return n.error();
    out.tool_tokens += *n;
  }
  return out;
}

bool is_system(const render::Message& m) {
  return m.role == render::Role::System || m.role == render::Role::Developer;
}

}  // namespace

Expected<std::vector<MessageParts>> attribute_parts(const render::Request& request, const tokenizer::Encoding& enc) {
  std::vector<MessageParts> out;
  std::size_t lead = 0;
  while (lead < request.messages.size() && is_system(request.messages[lead])) ++lead;
  for (std::size_t i = 0; i < lead; ++i) {
    auto m = attribute(request.messages[i], enc, "", i);
    if (!m) return m.error();
    out.push_back(std::move(*m));
  }
  for (const auto& ex : request.examples) {
    for (const auto& msg : ex.messages) {
      auto m = attribute(msg, enc, ex.name, std::nullopt);
      if (!m) return m.error();
      out.push_back(std::move(*m));
    }
  }
  for (std::size_t i = lead; i < request.messages.size(); ++i) {
    auto m = attribute(request.messages[i], enc, "", i);
    if (!m) return m.error();
    out.push_back(std::move(*m));
  }
  return out;
}

std::vector<SectionTokens> section_totals(const std::vector<MessageParts>& messages) {
  std::vector<SectionTokens> out;
  auto add = [&](const std::string& key, std::size_t n) {
    auto it = std::find_if(out.begin(), out.end(), [&](const SectionTokens& s) { return s.section == key; });
    if (it == out.end()) out.push_back({key, n});
    else it->tokens += n;
  };
  for (const MessageParts& mp : messages) {
    for (std::size_t i = 0; i < mp.part_tokens.size(); ++i) {
      const auto& part = mp.message->parts[i];
      std::string key;
      if (!mp.example.empty()) key = "(example " + mp.example + ")";
      else if (!part.section.empty()) key = part.section;
      else key = "(" + std::string(render::role_name(mp.message->role)) + " text)";
      if (mp.part_tokens[i]) add(key, mp.part_tokens[i]);
    }
    if (mp.tool_tokens) add("(tool calls and results)", mp.tool_tokens);
  }
  return out;
}

}  // namespace aep::accounting
