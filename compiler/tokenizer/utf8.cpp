// UTF-8 validation and WHATWG-style replacement. Both walk the text once with
// an ASCII fast path, since prompts are mostly ASCII and encode() validates
// every input before PCRE2 is told to skip its own (per-call) check.
#include "compiler/tokenizer/utf8.hpp"

#include "compiler/source/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace aep::tokenizer {
namespace {

// Length of the well-formed sequence at p (1..4), or 0 when ill-formed; in
// that case *bad_len gets the length of the maximal subpart to replace.
std::size_t sequence_length(const unsigned char* p, const unsigned char* end, std::size_t* bad_len) {
  unsigned char b0 = p[0];
  *bad_len = 1;
  if (b0 < 0x80) return 1;
  std::size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // nothing past U+10FFFF
  } else {
    return 0;
  }
  for (std::size_t i = 1; i <= need; ++i) {
    if (p + i >= end) return 0;
    unsigned char b = p[i];
    if (b < lo || b > hi) return 0;
    lo = 0x80;
    hi = 0xBF;
    *bad_len = i + 1;
  }
  return need + 1;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
  auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* p = begin;
  const unsigned char* end = begin + text.size();
  while (p < end) {
    // Eight ASCII bytes at a time.
    while (end - p >= 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      if (v & 0x8080808080808080ull) break;
      p += 8;
    }
    if (p >= end) break;
    if (*p < 0x80) {
      ++p;
      continue;
    }
    std::size_t bad;
    std::size_t n = sequence_length(p, end, &bad);
    if (n == 0) return static_cast<std::size_t>(p - begin);
    p += n;
  }
  return kValidUtf8;
}

std::string replace_invalid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* end = p + text.size();
  while (p < end) {
    std::size_t bad;
    std::size_t n = sequence_length(p, end, &bad);
    if (n == 0) {
      // WHATWG: the maximal subpart of an ill-formed sequence is one U+FFFD;
      // a byte that cannot start a sequence is one U+FFFD on its own. The
      // byte that broke the subpart is read again as a possible start.
      out += "\xEF\xBF\xBD";
      p += bad;
      continue;
    }
    out.append(reinterpret_cast<const char*>(p), n);
    p += n;
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) { aep::append_utf8(out, cp); }

}  // namespace aep::tokenizer
