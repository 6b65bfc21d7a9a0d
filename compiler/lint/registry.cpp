// The rule registry behind AEP_LINT_RULE, and the small vocabulary shared by
// rules and the engine (category and level names, secret masking). Rules
// register from static initialisers in any order; all_rules() sorts once.
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "compiler/lint/rule.hpp"

namespace aep::lint {
namespace {

struct Registry {
  std::vector<std::unique_ptr<Rule>> owned;
  std::vector<const Rule*> sorted;
  bool dirty = true;
};

Registry& registry() {
  static Registry r;  // constructed on first use, so static registrars may run first
  return r;
}

}  // namespace

namespace detail {
void register_rule(std::unique_ptr<Rule> rule) {
  Registry& r = registry();
  r.owned.push_back(std::move(rule));
  r.dirty = true;
}
}  // namespace detail

const std::vector<const Rule*>& all_rules() {
  Registry& r = registry();
  if (r.dirty) {
    r.sorted.clear();
    for (const auto& rule : r.owned) r.sorted.push_back(rule.get());
    std::sort(r.sorted.begin(), r.sorted.end(),
              [](const Rule* a, const Rule* b) { return a->info().id < b->info().id; });
    for (std::size_t i = 1; i < r.sorted.size(); ++i) {
      if (r.sorted[i]->info().id == r.sorted[i - 1]->info().id) {
        // Two rules with one id would make configuration ambiguous: a bug
        // every test run catches at once.
        std::fprintf(stderr, "aep: internal error: two lint rules share the id `%.*s`\n",
                     static_cast<int>(r.sorted[i]->info().id.size()), r.sorted[i]->info().id.data());
        std::abort();
      }
    }
    r.dirty = false;
  }
  return r.sorted;
}

const Rule* find_rule(std::string_view id) {
  const auto& rules = all_rules();
  auto it = std::lower_bound(rules.begin(), rules.end(), id,
                             [](const Rule* r, std::string_view v) { return r->info().id < v; });
  return it != rules.end() && (*it)->info().id == id ? *it : nullptr;
}

std::string_view category_name(Category c) {
  switch (c) {
    case Category::Correctness: return "correctness";
    case Category::Portability: return "portability";
    case Category::Security: return "security";
    case Category::Cost: return "cost";
    case Category::Clarity: return "clarity";
    case Category::Evaluation: return "evaluation";
  }
  return "correctness";
}

std::string_view level_name(Level l) {
  switch (l) {
    case Level::Off: return "off";
    case Level::Note: return "note";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
  }
  return "off";
}

std::optional<Category> parse_category(std::string_view text) {
  for (Category c : {Category::Correctness, Category::Portability, Category::Security, Category::Cost,
                     Category::Clarity, Category::Evaluation}) {
    if (category_name(c) == text) return c;
  }
  return std::nullopt;
}

std::optional<Level> parse_level(std::string_view text) {
  if (text == "off" || text == "allow" || text == "ignore") return Level::Off;
  if (text == "note" || text == "info") return Level::Note;
  if (text == "warning" || text == "warn") return Level::Warning;
  if (text == "error" || text == "deny") return Level::Error;
  return std::nullopt;
}

std::string mask_secret(std::string_view secret) {
  if (secret.size() <= 8) return std::string(secret.substr(0, std::min<std::size_t>(2, secret.size()))) + "…";
  std::size_t prefix = secret.find('-');
  if (prefix == std::string_view::npos || prefix > 6) prefix = 3;
  else prefix += 1;  // keep "sk-"
  prefix = std::min(prefix, secret.size() - 4);
  return std::string(secret.substr(0, prefix)) + "…" + std::string(secret.substr(secret.size() - 4));
}

}  // namespace aep::lint
