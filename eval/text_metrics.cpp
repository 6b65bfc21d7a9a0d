// Implementations of the text measures (see text_metrics.hpp).
#include "eval/text_metrics.hpp"
#include "compiler/source/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace aep::eval {
namespace {

char32_t lower_cp(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0x80) return c;
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;               // Latin-1
  if (c == 0x178) return 0xFF;                                             // Ÿ -> ÿ
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
    // Latin Extended-A alternates upper/lower, with the parity flipping at U+0139..U+0148 and U+0179..U+017E.
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (odd_upper ? (c % 2 == 1) : (c % 2 == 0)) return c + 1;
    return c;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;               // Greek
  switch (c) {                                                             // Greek capitals with tonos
    case 0x386: return 0x3AC;
    case 0x388: return 0x3AD;
    case 0x389: return 0x3AE;
    case 0x38A: return 0x3AF;
    case 0x38C: return 0x3CC;
    case 0x38E: return 0x3CD;
    case 0x38F: return 0x3CE;
    default: break;
  }
  if (c >= 0x410 && c <= 0x42F) return c + 32;                             // Cyrillic
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

std::vector<std::string> ngrams(const std::vector<std::string>& tokens, std::size_t n) {
  std::vector<std::string> out;
  if (n == 0 || tokens.size() < n) return out;
  for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
    std::string g = tokens[i];
    for (std::size_t k = 1; k < n; ++k) {
      g += '\x1f';  // a separator that never occurs inside a token
      g += tokens[i + k];
    }
    out.push_back(std::move(g));
  }
  return out;
}

std::vector<std::string> whitespace_tokens(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) out.emplace_back(text.substr(start, i - start));
  }
  return out;
}

}  // namespace

std::u32string to_code_points(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    char32_t cp = c;
    std::size_t len = 1;
    if (c >= 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else if (c >= 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xC0) {
      len = 2;
      cp = c & 0x1F;
    }
    if (len > 1 && i + len <= s.size()) {
      for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    } else {
      len = 1;
      cp = c;  // a stray byte counts as one unit
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::string lowercase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : to_code_points(text)) append_utf8(out, lower_cp(cp));
  return out;
}

std::size_t levenshtein(std::string_view a_utf8, std::string_view b_utf8) {
  std::u32string a = to_code_points(a_utf8);
  std::u32string b = to_code_points(b_utf8);
  if (a.size() < b.size()) std::swap(a, b);
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::vector<std::string> word_tokens(std::string_view text) {
  static constexpr std::string_view kPunct = ".,;:!?()[]{}<>\"'`";
  std::vector<std::string> out;
  for (const std::string& word : whitespace_tokens(text)) {
    std::string cur;
    for (char c : word) {
      if (kPunct.find(c) != std::string_view::npos) {
        if (!cur.empty()) out.push_back(std::move(cur));
        cur.clear();
        out.emplace_back(1, c);
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
  }
  return out;
}

double rouge_n(std::string_view candidate, std::string_view reference, int n) {
  auto cand = ngrams(word_tokens(candidate), static_cast<std::size_t>(n));
  auto ref = ngrams(word_tokens(reference), static_cast<std::size_t>(n));
  if (ref.empty()) return 0.0;
  std::map<std::string, std::size_t> cand_counts;
  for (const auto& g : cand) ++cand_counts[g];
  std::size_t match = 0;
  for (const auto& g : ref) {
    auto it = cand_counts.find(g);
    if (it != cand_counts.end() && it->second > 0) {
      --it->second;
      ++match;
    }
  }
  return static_cast<double>(match) / static_cast<double>(ref.size());
}

double bleu(std::string_view candidate, const std::vector<std::string>& references) {
  auto cand_words = whitespace_tokens(lowercase(candidate));
  if (cand_words.empty() || references.empty()) return 0.0;
  std::vector<std::vector<std::string>> refs;
  for (const auto& r : references) refs.push_back(whitespace_tokens(lowercase(r)));
  // Closest reference length; ties keep the earlier reference, as promptfoo's reduce does.
  std::size_t closest = refs[0].size();
  for (const auto& r : refs) {
    auto d = [&](std::size_t len) {
      return len > cand_words.size() ? len - cand_words.size() : cand_words.size() - len;
    };
    if (d(r.size()) < d(closest)) closest = r.size();
  }
  double log_sum = 0.0;
  for (std::size_t n = 1; n <= 4; ++n) {
    auto cand = ngrams(cand_words, n);
    std::map<std::string, std::size_t> cand_counts;
    for (const auto& g : cand) ++cand_counts[g];
    std::size_t best = 0;
    for (const auto& r : refs) {
      std::map<std::string, std::size_t> ref_counts;
      for (const auto& g : ngrams(r, n)) ++ref_counts[g];
      std::size_t clipped = 0;
      for (const auto& [g, count] : cand_counts) {
        auto it = ref_counts.find(g);
        if (it != ref_counts.end()) clipped += std::min(count, it->second);
      }
      best = std::max(best, clipped);
    }
    double p = cand.empty() ? 0.0 : static_cast<double>(best) / static_cast<double>(cand.size());
    log_sum += 0.25 * std::log(p == 0.0 ? 1e-7 : p);
  }
  double bp = cand_words.size() > closest
                  ? 1.0
                  : std::exp(1.0 - static_cast<double>(closest) / static_cast<double>(cand_words.size()));
  return bp * std::exp(log_sum);
}

std::vector<std::string> split_comma_values(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  bool was_quoted = false;
  auto flush = [&] {
    std::string v = cur;
    if (!was_quoted) {
      std::size_t b = v.find_first_not_of(" \t");
      std::size_t e = v.find_last_not_of(" \t");
      v = b == std::string::npos ? "" : v.substr(b, e - b + 1);
    }
    if (!v.empty() || was_quoted) out.push_back(v);
    cur.clear();
    was_quoted = false;
  };
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;
      if (quoted) {
        cur.clear();
        was_quoted = true;
      }
    } else if (c == ',' && !quoted) {
      flush();
    } else if (quoted || !was_quoted) {
      cur += c;
    }
  }
  flush();
  return out;
}

}  // namespace aep::eval
