// Reading a request into a PromptView (see prompt_view.hpp): item matching
// by id, by hash of the last user turn, then by the longest task input the
// prompt contains; delimiter detection around that input.
#include "runtime/sim/prompt_view.hpp"

#include <algorithm>

#include "runtime/sim/hash.hpp"

namespace aep::sim {

namespace {

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

const Task* find_longest_contained(const World& world, const std::string& haystack) {
  const Task* best = nullptr;
  for (const Task& t : world.tasks) {
    if (best != nullptr && t.input_normalized.size() <= best->input_normalized.size()) continue;
    if (haystack.find(t.input_normalized) != std::string::npos) best = &t;
  }
  return best;
}

// Whether `before` ends with an opening delimiter that `after` closes.
bool delimited(std::string_view before, std::string_view after,
               const std::vector<std::pair<std::string, std::string>>& extra) {
  before = trim_spaces(before);
  after = trim_spaces(after);
  if (before.empty() || after.empty()) return false;
  // <tag ...> input </tag>
  if (before.back() == '>') {
    auto lt = before.rfind('<');
    if (lt != std::string_view::npos && lt + 1 < before.size() && before[lt + 1] != '/') {
      std::string_view tag = before.substr(lt + 1, before.size() - lt - 2);
      tag = tag.substr(0, tag.find(' '));
      std::string close = "</" + std::string(tag) + ">";
      if (!tag.empty() && after.starts_with(close)) return true;
    }
  }
  // ``` fences may carry a language name after the opening fence.
  auto fence = before.rfind("```");
  if (fence != std::string_view::npos && before.substr(fence + 3).find(' ') == std::string_view::npos &&
      after.starts_with("```")) {
    return true;
  }
  static const std::pair<std::string_view, std::string_view> kPairs[] = {
      {"\"\"\"", "\"\"\""}, {"'''", "'''"}, {"---", "---"}, {"###", "###"},
      {"[[", "]]"},         {"<<<", ">>>"}, {"\"", "\""},   {"«", "»"}};
  for (auto [open, close] : kPairs) {
    if (before.ends_with(open) && after.starts_with(close)) return true;
  }
  for (const auto& [open, close] : extra) {
    if (before.ends_with(normalize_text(open)) && after.starts_with(normalize_text(close))) return true;
  }
  return false;
}

}  // namespace

bool cue_present(const Cue& cue, const std::string& normalized_text) {
  if (cue.pattern) return std::regex_search(normalized_text, *cue.pattern);
  return normalized_text.find(cue.phrase) != std::string::npos;
}

bool any_cue(const std::vector<Cue>& cues, const std::string& normalized_text) {
  return std::any_of(cues.begin(), cues.end(),
                     [&](const Cue& c) { return cue_present(c, normalized_text); });
}

PromptView read_prompt(const World& world, const SimRequest& request) {
  PromptView view;
  std::string raw = request.system;
  std::string last_user_raw;
  for (const SimMessage& m : request.messages) {
    raw += "\n";
    raw += m.text;
    if (m.role == "user") last_user_raw = m.text;
  }
  view.normalized = normalize_text(raw);
  view.last_user = normalize_text(last_user_raw);

  if (request.item_id) {
    if (auto it = world.task_by_id.find(*request.item_id); it != world.task_by_id.end())
      view.task = &world.tasks[it->second];
  }
  if (view.task == nullptr && !view.last_user.empty()) {
    if (auto it = world.task_by_input_hash.find(hash_text(view.last_user));
        it != world.task_by_input_hash.end())
      view.task = &world.tasks[it->second];
  }
  if (view.task == nullptr) view.task = find_longest_contained(world, view.last_user);
  if (view.task == nullptr) view.task = find_longest_contained(world, view.normalized);

  view.instructions = view.normalized;
  if (view.task != nullptr) {
    const std::string& input = view.task->input_normalized;
    // The last occurrence is the item itself; earlier ones may be examples.
    auto pos = view.normalized.rfind(input);
    if (pos != std::string::npos) {
      std::string_view all(view.normalized);
      std::size_t window = 80;
      std::string_view before = all.substr(pos >= window ? pos - window : 0, pos >= window ? window : pos);
      std::string_view after = all.substr(pos + input.size(), window);
      view.input_delimited = delimited(before, after, world.penalties.delimiter_pairs);
      view.instructions.replace(pos, input.size(), "{input}");
    }
  }
  view.prompt_hash = hash_text(view.instructions);
  return view;
}

}  // namespace aep::sim
