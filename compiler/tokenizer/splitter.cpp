// The hand-written matchers for tiktoken's three pattern families. Notation
// in the comments: L letters, N numbers, M marks, WS White_Space, U =
// [Lu Lt Lm Lo M], W = [Ll Lm Lo M] (o200k), P = [^\r\n\p{L}\p{N}],
// O = [^\s\p{L}\p{N}]. Regex alternatives are tried in order, each with
// leftmost-first backtracking; where backtracking can change a result the
// comment says what it settles on and why.
#include "compiler/tokenizer/splitter.hpp"

#include "compiler/tokenizer/char_class.hpp"

namespace aep::tokenizer {
namespace {

struct Text {
  const unsigned char* s;
  std::size_t n;
  const std::uint8_t* cls;

  // Code point at pos (valid UTF-8 assumed) and its byte length.
  char32_t decode(std::size_t pos, std::size_t* len) const {
    unsigned char b = s[pos];
    if (b < 0x80) {
      *len = 1;
      return b;
    }
    if (b < 0xE0) {
      *len = 2;
      return (char32_t(b & 0x1F) << 6) | (s[pos + 1] & 0x3F);
    }
    if (b < 0xF0) {
      *len = 3;
      return (char32_t(b & 0x0F) << 12) | (char32_t(s[pos + 1] & 0x3F) << 6) | (s[pos + 2] & 0x3F);
    }
    *len = 4;
    return (char32_t(b & 0x07) << 18) | (char32_t(s[pos + 1] & 0x3F) << 12) | (char32_t(s[pos + 2] & 0x3F) << 6) |
           (s[pos + 3] & 0x3F);
  }
  std::uint8_t cls_at(std::size_t pos, std::size_t* len) const { return cls[decode(pos, len)]; }

  // End of the maximal run of characters whose class intersects `mask`.
  std::size_t run(std::size_t pos, std::uint8_t mask) const {
    std::size_t len;
    while (pos < n && (cls_at(pos, &len) & mask)) pos += len;
    return pos;
  }
  // End of the maximal run of O characters (not WS, L or N).
  std::size_t run_other(std::size_t pos) const {
    std::size_t len;
    while (pos < n && !(cls_at(pos, &len) & (kClsLetter | kClsNumber | kClsSpace))) pos += len;
    return pos;
  }
  bool is_other(std::size_t pos) const {
    std::size_t len;
    return pos < n && !(cls_at(pos, &len) & (kClsLetter | kClsNumber | kClsSpace));
  }
  bool has(std::size_t pos, std::uint8_t mask) const {
    std::size_t len;
    return pos < n && (cls_at(pos, &len) & mask);
  }
  // Skips any of the ASCII bytes in `set` (e.g. "\r\n").
  std::size_t skip_bytes(std::size_t pos, std::string_view set) const {
    while (pos < n && set.find(static_cast<char>(s[pos])) != std::string_view::npos) pos++;
    return pos;
  }

  // Length of 's|'t|'re|'ve|'m|'ll|'d at pos, case-insensitively when `ci`
  // (Unicode simple case folding: only 'ſ' U+017F joins s/S), else 0.
  std::size_t contraction(std::size_t pos, bool ci) const {
    if (pos + 1 >= n || s[pos] != '\'') return 0;
    auto letter = [&](std::size_t at, std::size_t* len) -> char {
      if (at >= n) return 0;
      *len = 1;
      unsigned char b = s[at];
      if (ci) {
        if (b >= 'A' && b <= 'Z') return static_cast<char>(b + 32);
        if (b == 0xC5 && at + 1 < n && s[at + 1] == 0xBF) {
          *len = 2;
          return 's';
        }
      }
      return b < 0x80 ? static_cast<char>(b) : 0;
    };
    std::size_t l1 = 0, l2 = 0;
    char a = letter(pos + 1, &l1);
    switch (a) {
      case 's':
      case 't':
      case 'm':
      case 'd':
        return 1 + l1;
      case 'r':
      case 'v':
        return letter(pos + 1 + l1, &l2) == 'e' ? 1 + l1 + l2 : 0;
      case 'l':
        return letter(pos + 1 + l1, &l2) == 'l' ? 1 + l1 + l2 : 0;
      default:
        return 0;
    }
  }

  // Whitespace tail shared by all patterns, at a WS character:
  //   [cl/o200k] \s*[\r\n]+ : \s* backtracks from the end of the maximal WS
  //       run to the last \r or \n in it; [\r\n]+ then takes that one
  //       character (the next one is not \r/\n, or it would be later).
  //   \s+(?!\S) : at the end of text the whole run; otherwise the run minus
  //       its last character (which then is whitespace, so (?!\S) holds),
  //       if that leaves at least one character;
  //   \s+ : else the whole (one-character) run.
  std::size_t whitespace(std::size_t pos, bool newline_rule) const {
    std::size_t end = pos, last_start = pos, last_newline = n;
    std::size_t len;
    while (end < n && (cls_at(end, &len) & kClsSpace)) {
      if (s[end] == '\r' || s[end] == '\n') last_newline = end;
      last_start = end;
      end += len;
    }
    if (end == pos) {  // not whitespace: cannot happen for valid input
      decode(pos, &len);
      return pos + len;
    }
    if (newline_rule && last_newline != n) return last_newline + 1;
    if (end == n) return end;
    if (last_start > pos) return last_start;
    return end;
  }
};

// r50k: 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
std::size_t r50k_end(const Text& t, std::size_t pos) {
  std::size_t len;
  std::uint8_t k = t.cls_at(pos, &len);
  if (t.s[pos] == '\'') {
    if (std::size_t c = t.contraction(pos, false)) return pos + c;
  }
  bool space = t.s[pos] == ' ';
  // For each " ?X+": with the space when X follows it, else X at pos (a
  // space is never L, N or O, so "without the space" fails for it).
  if (space && t.has(pos + 1, kClsLetter)) return t.run(pos + 1, kClsLetter);
  if (k & kClsLetter) return t.run(pos, kClsLetter);
  if (space && t.has(pos + 1, kClsNumber)) return t.run(pos + 1, kClsNumber);
  if (k & kClsNumber) return t.run(pos, kClsNumber);
  if (space && t.is_other(pos + 1)) return t.run_other(pos + 1);
  if (!(k & (kClsLetter | kClsNumber | kClsSpace))) return t.run_other(pos);
  return t.whitespace(pos, false);
}

bool is_prefix_char(const Text& t, std::size_t pos, std::uint8_t k) {
  return !(k & (kClsLetter | kClsNumber)) && t.s[pos] != '\r' && t.s[pos] != '\n';
}

// cl100k: (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}
//         | ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
std::size_t cl100k_end(const Text& t, std::size_t pos) {
  std::size_t len;
  std::uint8_t k = t.cls_at(pos, &len);
  if (t.s[pos] == '\'') {
    if (std::size_t c = t.contraction(pos, true)) return pos + c;
  }
  // P?\p{L}+ : with the P character when letters follow it; P excludes L,
  // so "without" only works when pos itself is a letter.
  if (is_prefix_char(t, pos, k) && t.has(pos + len, kClsLetter)) return t.run(pos + len, kClsLetter);
  if (k & kClsLetter) return t.run(pos, kClsLetter);
  if (k & kClsNumber) {
    std::size_t end = pos + len;
    for (int i = 1; i < 3 && t.has(end, kClsNumber); ++i) {
      t.decode(end, &len);
      end += len;
    }
    return end;
  }
  if (t.s[pos] == ' ' && t.is_other(pos + 1)) return t.skip_bytes(t.run_other(pos + 1), "\r\n");
  if (!(k & (kClsLetter | kClsNumber | kClsSpace))) return t.skip_bytes(t.run_other(pos), "\r\n");
  return t.whitespace(pos, true);
}

// o200k alternative 1 from q: U*W+ then the optional contraction; 0 when it
// fails. U* first takes every U character; if a Ll (the only W that is not
// U) follows, W+ runs greedily from there. Otherwise U* backs off until W+
// can start at a W character: the last W of the run, after which the next
// character (Lu/Lt or the run's end) stops W+.
std::size_t o200k_alt1(const Text& t, std::size_t q) {
  constexpr std::uint8_t kU = kClsUpper | kClsModOther | kClsMark;
  constexpr std::uint8_t kW = kClsLower | kClsModOther | kClsMark;
  std::size_t pos = q, len, last_w_end = 0;
  while (pos < t.n) {
    std::uint8_t k = t.cls_at(pos, &len);
    if (k & kU) {
      if (k & kW) last_w_end = pos + len;
      pos += len;
      continue;
    }
    if (k & kClsLower) {
      std::size_t end = t.run(pos, kW);
      return end + t.contraction(end, true);
    }
    break;
  }
  if (last_w_end == 0) return 0;
  return last_w_end + t.contraction(last_w_end, true);
}

// o200k alternative 2 from q: U+W* then the optional contraction; 0 when it
// fails. Both are greedy and nothing after them can fail, so no backtracking.
std::size_t o200k_alt2(const Text& t, std::size_t q) {
  constexpr std::uint8_t kU = kClsUpper | kClsModOther | kClsMark;
  constexpr std::uint8_t kW = kClsLower | kClsModOther | kClsMark;
  std::size_t j = t.run(q, kU);
  if (j == q) return 0;
  std::size_t end = t.run(j, kW);
  return end + t.contraction(end, true);
}

// o200k: P?U*W+C? | P?U+W*C? | \p{N}{1,3} | ?[^\s\p{L}\p{N}]+[\r\n/]*
//        | \s*[\r\n]+ | \s+(?!\S) | \s+
std::size_t o200k_end(const Text& t, std::size_t pos) {
  std::size_t len;
  std::uint8_t k = t.cls_at(pos, &len);
  bool prefix = is_prefix_char(t, pos, k);
  // Each alternative tries "with the P character" before "without".
  if (prefix) {
    if (std::size_t e = o200k_alt1(t, pos + len)) return e;
  }
  if (std::size_t e = o200k_alt1(t, pos)) return e;
  if (prefix) {
    if (std::size_t e = o200k_alt2(t, pos + len)) return e;
  }
  if (std::size_t e = o200k_alt2(t, pos)) return e;
  if (k & kClsNumber) {
    std::size_t end = pos + len;
    for (int i = 1; i < 3 && t.has(end, kClsNumber); ++i) {
      t.decode(end, &len);
      end += len;
    }
    return end;
  }
  if (t.s[pos] == ' ' && t.is_other(pos + 1)) return t.skip_bytes(t.run_other(pos + 1), "\r\n/");
  if (!(k & (kClsLetter | kClsNumber | kClsSpace))) return t.skip_bytes(t.run_other(pos), "\r\n/");
  return t.whitespace(pos, true);
}

}  // namespace

Splitter::Splitter(PatternKind kind) : kind_(kind), cls_(char_class_table()) {}

std::size_t Splitter::piece_end(std::string_view text, std::size_t pos) const {
  Text t{reinterpret_cast<const unsigned char*>(text.data()), text.size(), cls_};
  switch (kind_) {
    case PatternKind::R50k:
      return r50k_end(t, pos);
    case PatternKind::Cl100k:
      return cl100k_end(t, pos);
    case PatternKind::O200k:
    case PatternKind::Other:
      break;
  }
  return o200k_end(t, pos);
}

std::size_t safe_split_point(std::string_view text, std::size_t from) {
  std::size_t lowest = from > 2 ? from : 2;
  for (std::size_t p = text.size(); p >= lowest; --p) {
    if (p == text.size() || text[p - 1] != '\n') continue;
    char c = text[p];
    char before = text[p - 2];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter && before > ' ' && before < 0x7F) return p;
  }
  return 0;
}

}  // namespace aep::tokenizer
