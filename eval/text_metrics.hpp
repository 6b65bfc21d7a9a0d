// Text measures behind the similarity assertions, defined as promptfoo
// defines them so thresholds carry over:
//   levenshtein  edit distance in Unicode code points (promptfoo counts UTF-16
//                units; the two differ only outside the Basic Multilingual Plane)
//   rouge_n      n-gram recall: |cand ∩ ref| / |ref n-grams| (multiset), case-
//                sensitive, punctuation split off words (js-rouge's `n`)
//   bleu         Papineni et al. 2002 with 1..4-gram precisions weighted 0.25,
//                clipped counts, best clip over references, brevity penalty
//                against the closest reference length, lowercased whitespace
//                tokens, zero precisions smoothed to 1e-7 (promptfoo's bleu.ts)
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aep::eval {

// Simple lowercase mapping for ASCII, Latin-1, Latin Extended-A, Greek and
// Cyrillic; other code points are kept (no ICU dependency).
std::string lowercase(std::string_view text);

std::u32string to_code_points(std::string_view utf8);
std::size_t levenshtein(std::string_view a, std::string_view b);

// Words and punctuation marks as separate tokens.
std::vector<std::string> word_tokens(std::string_view text);
double rouge_n(std::string_view candidate, std::string_view reference, int n = 1);
double bleu(std::string_view candidate, const std::vector<std::string>& references);

// promptfoo's list syntax for contains-any/all given as one string:
// `a, b, "c, d"` is three values.
std::vector<std::string> split_comma_values(std::string_view text);

}  // namespace aep::eval
