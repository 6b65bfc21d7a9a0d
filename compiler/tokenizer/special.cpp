// Resolution of special-token policies and the search for special text.
// Encodings have at most a handful of special tokens, so a scan for their
// first bytes followed by a prefix compare beats any automaton here.
#include "compiler/tokenizer/special.hpp"

#include <cstring>

namespace aep::tokenizer {
namespace {

std::string special_list(const EncodingSpec& spec) {
  std::string out;
  for (const SpecialToken& t : spec.special_tokens) {
    if (!out.empty()) out += ", ";
    out += t.text;
  }
  return out;
}

Expected<std::uint32_t> resolve_set(const EncodingSpec& spec, const SpecialSet& set) {
  std::uint32_t all_mask = (spec.special_tokens.size() >= 32) ? 0xFFFFFFFFu
                                                               : ((1u << spec.special_tokens.size()) - 1);
  if (set.all) return all_mask;
  std::uint32_t mask = 0;
  for (const std::string& name : set.tokens) {
    bool found = false;
    for (std::size_t i = 0; i < spec.special_tokens.size(); ++i) {
      if (spec.special_tokens[i].text == name) {
        mask |= 1u << i;
        found = true;
      }
    }
    if (!found) {
      return Error{"`" + name + "` is not a special token of " + std::string(spec.name) +
                   " (its special tokens: " + special_list(spec) + ")"};
    }
  }
  return mask;
}

}  // namespace

Expected<SpecialMasks> resolve_special(const EncodingSpec& spec, const SpecialPolicy& policy) {
  auto allowed = resolve_set(spec, policy.allowed);
  if (!allowed) return allowed.error();
  SpecialMasks masks;
  masks.allowed = *allowed;
  if (policy.disallowed.all) {
    // tiktoken: disallowed_special="all" means special_tokens - allowed.
    auto all = resolve_set(spec, SpecialSet{true, {}});
    masks.disallowed = *all & ~masks.allowed;
  } else {
    auto disallowed = resolve_set(spec, policy.disallowed);
    if (!disallowed) return disallowed.error();
    masks.disallowed = *disallowed;
  }
  return masks;
}

std::size_t find_special(const EncodingSpec& spec, std::uint32_t mask, std::string_view text,
                         std::size_t from, std::size_t* which) {
  if (mask == 0) return text.size();
  // First bytes of the tokens we look for (all shipped tokens start with '<').
  bool first[256] = {};
  unsigned char only = 0;
  int distinct = 0;
  for (std::size_t i = 0; i < spec.special_tokens.size(); ++i) {
    if (!(mask & (1u << i)) || spec.special_tokens[i].text.empty()) continue;
    auto c = static_cast<unsigned char>(spec.special_tokens[i].text[0]);
    if (!first[c]) {
      first[c] = true;
      only = c;
      ++distinct;
    }
  }
  std::size_t pos = from;
  while (pos < text.size()) {
    if (distinct == 1) {
      const void* hit = std::memchr(text.data() + pos, only, text.size() - pos);
      if (hit == nullptr) return text.size();
      pos = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
    } else if (!first[static_cast<unsigned char>(text[pos])]) {
      ++pos;
      continue;
    }
    // Longest token at this position wins, so no token can hide a longer one.
    std::size_t best_len = 0;
    for (std::size_t i = 0; i < spec.special_tokens.size(); ++i) {
      if (!(mask & (1u << i))) continue;
      std::string_view t = spec.special_tokens[i].text;
      if (t.size() > best_len && text.substr(pos, t.size()) == t) {
        best_len = t.size();
        *which = i;
      }
    }
    if (best_len > 0) return pos;
    ++pos;
  }
  return text.size();
}

}  // namespace aep::tokenizer
