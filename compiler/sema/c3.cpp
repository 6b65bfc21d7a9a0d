// C3 merge with memoized linearizations of the ancestors.
#include "compiler/sema/c3.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace aep::sema {
namespace {

bool in_tail(std::size_t candidate, const std::vector<std::size_t>& list) {
  return std::find(list.begin() + (list.empty() ? 0 : 1), list.end(), candidate) != list.end();
}

class Linearizer {
 public:
  explicit Linearizer(const Parents& parents) : parents_(parents) {}

  std::variant<std::vector<std::size_t>, C3Conflict> run(std::size_t node) {
    if (auto it = memo_.find(node); it != memo_.end()) return it->second;
    std::vector<std::vector<std::size_t>> lists;
    const auto& direct = parents_(node);
    for (std::size_t parent : direct) {
      auto sub = run(parent);
      if (auto* conflict = std::get_if<C3Conflict>(&sub)) return *conflict;
      lists.push_back(std::get<std::vector<std::size_t>>(sub));
    }
    lists.push_back(direct);

    std::vector<std::size_t> result{node};
    for (;;) {
      std::erase_if(lists, [](const auto& l) { return l.empty(); });
      if (lists.empty()) break;
      std::optional<std::size_t> head;
      for (const auto& list : lists) {
        bool blocked = std::any_of(lists.begin(), lists.end(),
                                   [&](const auto& other) { return in_tail(list.front(), other); });
        if (!blocked) {
          head = list.front();
          break;
        }
      }
      if (!head) return C3Conflict{lists};
      result.push_back(*head);
      for (auto& list : lists) {
        if (!list.empty() && list.front() == *head) list.erase(list.begin());
      }
    }
    memo_[node] = result;
    return result;
  }

 private:
  const Parents& parents_;
  std::map<std::size_t, std::vector<std::size_t>> memo_;
};

}  // namespace

std::variant<std::vector<std::size_t>, C3Conflict> c3_linearize(std::size_t node,
                                                                 const Parents& parents) {
  return Linearizer(parents).run(node);
}

std::string explain_conflict(const C3Conflict& conflict,
                             const std::function<std::string(std::size_t)>& name) {
  // Find two heads that block each other's way: a's head sits in a tail
  // after b's head, in some list.
  for (const auto& blocked : conflict.remaining) {
    std::size_t a = blocked.front();
    for (const auto& other : conflict.remaining) {
      auto pos = std::find(other.begin() + 1, other.end(), a);
      if (pos == other.end()) continue;
      std::size_t b = other.front();
      return "cannot order `" + name(a) + "` and `" + name(b) + "`: one parent list puts `" +
             name(a) + "` first, another puts `" + name(b) + "` before `" + name(a) + "`";
    }
  }
  return "the parents' orders cannot be merged into one";
}

}  // namespace aep::sema
