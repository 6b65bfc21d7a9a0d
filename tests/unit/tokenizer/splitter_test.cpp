// The hand-written splitters give exactly the pieces PCRE2 finds with the
// official patterns (rewritten to Unicode 16 classes), on random strings
// over an alphabet chosen to hit every branch: each letter category, marks,
// numbers, every kind of whitespace, contractions in all cases (and 'ſ'),
// '/', punctuation, emoji, letters new in Unicode 15/16 and 17.
#include <random>

#include "compiler/tokenizer/encoding_spec.hpp"
#include "compiler/tokenizer/pretokenizer.hpp"
#include "compiler/tokenizer/splitter.hpp"
#include "compiler/tokenizer/utf8.hpp"
#include "tests/unit/tokenizer/test_support.hpp"

using namespace aep::tokenizer;

namespace {

const std::vector<std::string>& alphabet() {
  static const std::vector<std::string> items = [] {
    std::vector<std::string> a = {"a", "b", "s", "t", "e", "r", "v", "m", "l", "d", "A", "S", "T", "R", "E", "V", "M",
                                  "L", "D", "Z", "'", "'s", "'S", "'t", "'re", "'RE", "'ve", "'m", "'ll", "'LL", "'d",
                                  "'x", "1", "0", "9", "12", "1234", " ", " ", "  ", "\t", "\n", "\r", "\r\n", "/",
                                  "//", ".", ",", "!", "-", "_", "(", "\"", "<|", "|>", "#", "$"};
    for (char32_t cp : {0x17FU, 0xE9U, 0xC9U, 0x1C5U, 0x2B0U, 0x5D0U, 0x300U, 0x301U, 0x903U, 0x20DDU, 0x660U, 0xB2U,
                        0x2160U, 0x85U, 0xA0U, 0x1680U, 0x180EU, 0x2003U, 0x2028U, 0x2029U, 0x202FU, 0x3000U, 0x200BU,
                        0xFEFFU, 0x4E2DU, 0x3042U, 0xAC00U, 0xFF01U, 0x3002U, 0x1F600U, 0x1F3FDU, 0x200DU, 0xFE0FU,
                        0x1F1EBU, 0x13927U, 0x1E5D0U, 0x31350U, 0x323B0U, 0x10FFFDU, 0xFFFDU, 0x1D7D8U, 0x10D4AU}) {
      std::string s;
      append_utf8(s, cp);
      a.push_back(s);
    }
    return a;
  }();
  return items;
}

std::vector<std::pair<std::size_t, std::size_t>> splitter_pieces(const Splitter& s, std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  s.for_each_piece(text, [&](std::size_t b, std::size_t e) { out.emplace_back(b, e); });
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> pcre2_pieces(const Pattern& p, std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  p.for_each_piece(text, [&](std::size_t b, std::size_t e) { out.emplace_back(b, e); });
  return out;
}

}  // namespace

TEST_CASE("hand-written splitters match PCRE2 on the official patterns") {
  for (const char* name : {"o200k_base", "cl100k_base", "r50k_base"}) {
    const EncodingSpec& spec = *find_encoding_spec(name);
    auto pattern = Pattern::compile(spec.pattern);
    if (!pattern) FAIL(pattern.error().message);
    Splitter splitter(spec.kind);
    std::mt19937 gen(2026);
    const auto& alpha = alphabet();
    std::uniform_int_distribution<std::size_t> pick(0, alpha.size() - 1);
    int checked = 0;
    for (int round = 0; round < 20000; ++round) {
      std::string text;
      std::size_t len = std::uniform_int_distribution<std::size_t>(1, round % 10 == 0 ? 80 : 12)(gen);
      for (std::size_t i = 0; i < len; ++i) text += alpha[pick(gen)];
      auto expected = pcre2_pieces(**pattern, text);
      auto got = splitter_pieces(splitter, text);
      if (got != expected) {
        INFO(name << " text: " << text);
        CHECK(got == expected);
        break;
      }
      ++checked;
    }
    CHECK(checked == 20000);
  }
}
