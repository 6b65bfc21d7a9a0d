// Did-you-mean distance: Levenshtein with adjacent transpositions (optimal
// string alignment), under a threshold that grows with the name: one edit for
// short names, up to a third of the name for long ones.
#include "compiler/sema/suggest.hpp"

#include <algorithm>
#include <cctype>

namespace aep::sema {
namespace {

std::size_t distance(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return std::tolower(static_cast<unsigned char>(c)); };
  std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      bool same = lower(a[i - 1]) == lower(b[j - 1]);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
      // Two swapped neighbours ("Bsae" for "Base") count as one typo.
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1])) {
        cur[j] = std::min(cur[j], before[j - 2] + 1);
      }
    }
    before = prev;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::optional<std::string> closest_name(std::string_view wrong, const std::vector<std::string>& candidates) {
  std::size_t limit = std::max<std::size_t>(1, wrong.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const std::string& c : candidates) {
    if (c == wrong) continue;
    std::size_t d = distance(wrong, c);
    // Ties keep the first candidate in the caller's (deterministic) order.
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& candidates) {
  auto best = closest_name(wrong, candidates);
  return best ? "did you mean `" + *best + "`?" : std::string();
}

std::string list_names(const std::vector<std::string>& names) {
  if (names.empty()) return "none";
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += "`" + names[i] + "`";
  }
  return out;
}

}  // namespace aep::sema
