// Unified diff (see unified_diff.hpp). Common leading and trailing lines are
// cut first (a formatter's changes are usually few); the middle is matched by
// a longest-common-subsequence table when it is small enough, and otherwise
// shown as one replaced block, which is still a correct diff.
#include "compiler/format/unified_diff.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

namespace aep::format {

namespace {

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

enum class Op : std::uint8_t { Keep, Del, Add };
struct Edit {
  Op op;
  std::size_t a;  // index in old (Keep/Del)
  std::size_t b;  // index in new (Keep/Add)
};

constexpr std::size_t kMaxTable = 16u << 20;  // cells of the LCS table

std::vector<Edit> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  std::size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
  std::size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
  std::vector<Edit> edits;
  for (std::size_t k = 0; k < pre; ++k) edits.push_back({Op::Keep, k, k});
  if ((n + 1) * (m + 1) <= kMaxTable) {
    // lcs[i][j]: LCS length of a[pre+i..] and b[pre+j..] (middle parts).
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        at(i, j) = a[pre + i] == b[pre + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[pre + i] == b[pre + j]) {
        edits.push_back({Op::Keep, pre + i++, pre + j++});
      } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
        edits.push_back({Op::Del, pre + i++, pre + j});  // deletions first, as diff -u does
      } else {
        edits.push_back({Op::Add, pre + i, pre + j++});
      }
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) edits.push_back({Op::Del, pre + i, pre});
    for (std::size_t j = 0; j < m; ++j) edits.push_back({Op::Add, pre + n, pre + j});
  }
  for (std::size_t k = 0; k < suf; ++k) edits.push_back({Op::Keep, pre + n + k, pre + m + k});
  return edits;
}

void put_line(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view old_text, std::string_view new_text, std::string_view old_label,
                         std::string_view new_label) {
  if (old_text == new_text) return {};
  auto a = lines_of(old_text);
  auto b = lines_of(new_text);
  std::vector<Edit> edits = edit_script(a, b);
  constexpr std::size_t kContext = 3;
  std::string out = fmt::format("--- {}\n+++ {}\n", old_label, new_label);
  std::size_t k = 0;
  while (k < edits.size()) {
    while (k < edits.size() && edits[k].op == Op::Keep) ++k;
    if (k == edits.size()) break;
    // A hunk: from kContext lines before this change to kContext after the
    // last change that is within 2*kContext of the previous one.
    std::size_t start = k >= kContext ? k - kContext : 0;
    while (start < k && edits[start].op != Op::Keep) ++start;
    std::size_t end = k;
    std::size_t last_change = k;
    while (end < edits.size()) {
      if (edits[end].op != Op::Keep) last_change = end;
      else if (end - last_change > 2 * kContext) break;
      ++end;
    }
    end = std::min(edits.size(), last_change + 1 + kContext);
    std::size_t a_start = edits[start].a, b_start = edits[start].b;
    std::size_t a_count = 0, b_count = 0;
    for (std::size_t e = start; e < end; ++e) {
      if (edits[e].op != Op::Add) ++a_count;
      if (edits[e].op != Op::Del) ++b_count;
    }
    out += fmt::format("@@ -{},{} +{},{} @@\n", a_count == 0 ? a_start : a_start + 1, a_count,
                       b_count == 0 ? b_start : b_start + 1, b_count);
    for (std::size_t e = start; e < end; ++e) {
      switch (edits[e].op) {
        case Op::Keep: put_line(out, ' ', a[edits[e].a]); break;
        case Op::Del: put_line(out, '-', a[edits[e].a]); break;
        case Op::Add: put_line(out, '+', b[edits[e].b]); break;
      }
    }
    k = end;
  }
  return out;
}

}  // namespace aep::format
