// Behaviour of the neutral Request that is not its JSON form: joining message
// text, merging config layers for one target, and the input-slot markers that
// payload templates (aep build) rely on.
#include "compiler/render/request.hpp"

namespace aep::render {

std::string_view role_name(Role role) {
  switch (role) {
    case Role::System: return "system";
    case Role::Developer: return "developer";
    case Role::User: return "user";
    case Role::Assistant: return "assistant";
    case Role::Tool: return "tool";
  }
  return "user";
}

std::string Message::joined_text() const {
  std::size_t size = 0;
  for (const TextPart& part : parts) size += part.text.size();
  std::string out;
  out.reserve(size);
  for (const TextPart& part : parts) out += part.text.view();
  return out;
}

void Config::merge_from(const Config& over) {
  auto take = [](auto& mine, const auto& theirs) {
    if (theirs) mine = theirs;
  };
  take(model, over.model);
  take(temperature, over.temperature);
  take(top_p, over.top_p);
  take(top_k, over.top_k);
  take(max_output_tokens, over.max_output_tokens);
  take(stop, over.stop);
  take(seed, over.seed);
  take(n, over.n);
  take(reasoning_effort, over.reasoning_effort);
  take(thinking_budget, over.thinking_budget);
  take(stream, over.stream);
  take(presence_penalty, over.presence_penalty);
  take(frequency_penalty, over.frequency_penalty);
  take(logprobs, over.logprobs);
  take(top_logprobs, over.top_logprobs);
  take(cache_key, over.cache_key);
}

Config Request::effective_config(std::string_view target, std::string_view family) const {
  Config out = config;
  if (auto it = targets.find(std::string(family)); it != targets.end() && family != target) {
    out.merge_from(it->second.config);
  }
  if (auto it = targets.find(std::string(target)); it != targets.end()) {
    out.merge_from(it->second.config);
  }
  return out;
}

namespace {
void deep_merge(Json& into, const Json& from) {
  for (auto it = from.begin(); it != from.end(); ++it) {
    if (it.value().is_object() && into.contains(it.key()) && into[it.key()].is_object()) {
      deep_merge(into[it.key()], it.value());
    } else {
      into[it.key()] = it.value();
    }
  }
}
}  // namespace

Json Request::effective_extra(std::string_view target, std::string_view family) const {
  Json out = Json::object();
  if (auto it = targets.find(std::string(family)); it != targets.end() && family != target) {
    deep_merge(out, it->second.extra);
  }
  if (auto it = targets.find(std::string(target)); it != targets.end()) {
    deep_merge(out, it->second.extra);
  }
  return out;
}

namespace {
constexpr std::string_view kSlotOpen = "\xE2\x9F\xA6" "aep:";  // U+27E6
constexpr std::string_view kSlotClose = "\xE2\x9F\xA7";        // U+27E7

std::string pointer_escape(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

void collect_slots(const Json& node, const std::string& pointer, std::vector<SlotUse>& out) {
  if (node.is_string()) {
    const std::string& s = node.get_ref<const std::string&>();
    std::size_t at = 0;
    while ((at = s.find(kSlotOpen, at)) != std::string::npos) {
      std::size_t name_begin = at + kSlotOpen.size();
      std::size_t close = s.find(kSlotClose, name_begin);
      if (close == std::string::npos) break;
      out.push_back({s.substr(name_begin, close - name_begin), pointer});
      at = close + kSlotClose.size();
    }
  } else if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      collect_slots(it.value(), pointer + "/" + pointer_escape(it.key()), out);
    }
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      collect_slots(node[i], pointer + "/" + std::to_string(i), out);
    }
  }
}
}  // namespace

std::string slot_marker(std::string_view input_name) {
  std::string out(kSlotOpen);
  out += input_name;
  out += kSlotClose;
  return out;
}

std::vector<SlotUse> find_slots(const Json& payload) {
  std::vector<SlotUse> out;
  collect_slots(payload, "", out);
  return out;
}

}  // namespace aep::render
