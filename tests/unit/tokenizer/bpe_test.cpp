// BPE merging: the long-piece encoder, the heap version and tiktoken's scan
// (the reference) agree on any input, and pathological pieces (MBs of one
// letter, long whitespace) finish and give the right ids.
#include <map>
#include <random>
#include <string>

#include "compiler/tokenizer/bpe.hpp"
#include "tests/unit/tokenizer/test_support.hpp"

using namespace aep::tokenizer;

namespace {

// A RankTable view of an encoding through its public API: byte_pair_encode
// needs the table, which encodings keep private, so build one from the file.
const RankTable& table_of(std::string_view name) {
  static std::map<std::string, RankTable, std::less<>> tables;
  auto it = tables.find(name);
  if (it != tables.end()) return it->second;
  const Encoding& enc = load_encoding(name);
  std::string text;
  static const char* b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (Rank r = 0; r < enc.spec().n_vocab; ++r) {
    auto bytes = enc.token_bytes(r);
    if (!bytes || enc.special_token(*bytes)) continue;
    std::string_view b = *bytes;
    std::string line;
    for (std::size_t i = 0; i < b.size(); i += 3) {
      std::uint32_t v = std::uint32_t(static_cast<unsigned char>(b[i])) << 16;
      if (i + 1 < b.size()) v |= std::uint32_t(static_cast<unsigned char>(b[i + 1])) << 8;
      if (i + 2 < b.size()) v |= static_cast<unsigned char>(b[i + 2]);
      line += b64[(v >> 18) & 63];
      line += b64[(v >> 12) & 63];
      line += i + 1 < b.size() ? b64[(v >> 6) & 63] : '=';
      line += i + 2 < b.size() ? b64[v & 63] : '=';
    }
    text += line + " " + std::to_string(r) + "\n";
  }
  auto table = RankTable::parse(text, name);
  if (!table) FAIL(table.error().message);
  return tables.emplace(std::string(name), std::move(*table)).first->second;
}

}  // namespace

TEST_CASE("heap and scan BPE agree on random pieces up to 3000 bytes") {
  const RankTable& ranks = table_of("o200k_base");
  std::mt19937 gen(12345);
  const std::vector<std::string> alphabets = {"ab", "a", " ", " \n", "0123456789", "\xC3\xA9", "abcdefghij",
                                              "!?.", "\xE4\xB8\xAD\xE6\x96\x87"};
  for (int round = 0; round < 200; ++round) {
    const std::string& alpha = alphabets[round % alphabets.size()];
    std::size_t len = std::uniform_int_distribution<std::size_t>(1, round < 150 ? 400 : 3000)(gen);
    std::string piece;
    // Multi-byte alphabets are picked whole characters at a time.
    std::size_t step = (static_cast<unsigned char>(alpha[0]) >= 0xE0) ? 3 : (static_cast<unsigned char>(alpha[0]) >= 0xC0 ? 2 : 1);
    while (piece.size() < len) {
      std::size_t k = std::uniform_int_distribution<std::size_t>(0, alpha.size() / step - 1)(gen) * step;
      piece += alpha.substr(k, step);
    }
    std::vector<Rank> scan, heap;
    byte_pair_encode_scan(ranks, piece, scan);
    byte_pair_encode_heap(ranks, piece, heap);
    INFO("round " << round << " length " << piece.size());
    REQUIRE(scan == heap);
  }
}

TEST_CASE("1 MB of one letter encodes to the repeated 8-letter token") {
  // tiktoken merges a run of 'a' pairwise from the left into "aaaaaaaa"
  // (o200k_base has no longer run of 'a'); the heap result must equal that
  // closed form, and equal tiktoken's own scan on a shorter run.
  const Encoding& enc = load_encoding("o200k_base");
  const RankTable& ranks = table_of("o200k_base");
  std::string run8(8, 'a');
  Rank eight = ranks.find(run8);
  REQUIRE(eight != kNoRank);
  REQUIRE(ranks.find(std::string(9, 'a')) == kNoRank);
  std::vector<Rank> scan;
  byte_pair_encode_scan(ranks, std::string(4003, 'a'), scan);
  std::vector<Rank> expected_small(500, eight);
  expected_small.push_back(ranks.find("aaa"));
  CHECK(scan == expected_small);

  std::size_t n = (1u << 20) + 3;
  auto ids = ordinary(enc, std::string(n, 'a'));
  std::vector<Rank> expected(n / 8, eight);
  expected.push_back(ranks.find("aaa"));
  CHECK(ids == expected);
}

TEST_CASE("long whitespace and digit runs match the scan algorithm") {
  const Encoding& enc = load_encoding("cl100k_base");
  const RankTable& ranks = table_of("cl100k_base");
  // 3000 spaces then a letter: the pattern gives one piece of 2999 spaces.
  std::string spaces(3000, ' ');
  auto ids = ordinary(enc, spaces + "x");
  std::vector<Rank> expected;
  byte_pair_encode_scan(ranks, std::string(2999, ' '), expected);
  byte_pair_encode_scan(ranks, " x", expected);
  CHECK(ids == expected);
  // 1 MB of spaces finishes and round-trips.
  std::string big(1 << 20, ' ');
  auto big_ids = ordinary(enc, big);
  CHECK(*enc.decode_bytes(big_ids) == big);
}

namespace {

// A random piece over `alpha` (whole UTF-8 characters of `step` bytes), or
// over all 256 bytes when alpha is empty.
std::string random_piece(std::mt19937& gen, const std::string& alpha, std::size_t len) {
  std::string piece;
  if (alpha.empty()) {
    while (piece.size() < len) piece += static_cast<char>(gen() & 0xFF);
    return piece;
  }
  auto lead = static_cast<unsigned char>(alpha[0]);
  std::size_t step = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  while (piece.size() < len) {
    std::size_t k = std::uniform_int_distribution<std::size_t>(0, alpha.size() / step - 1)(gen) * step;
    piece += alpha.substr(k, step);
  }
  return piece;
}

// Alphabets that make long pieces of every kind the patterns produce (one
// letter, letters, CJK, spaces, newlines, digits, punctuation) and ones
// chosen to make the search backtrack (overlapping tokens such as "ab"/"ba",
// "ing"/"ng", arbitrary bytes).
const std::vector<std::string>& long_piece_alphabets() {
  static const std::vector<std::string> alphabets = {
      "a", "ab", "abc", "abcdefghijklmnopqrstuvwxyz", "ingto", "eaiousnrt", " ", " \n", "\n",
      "0123456789", "01", "!?.-=", "-", "\xC3\xA9", "\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97",
      "\xE4\xB8\xAD", "\xF0\x9F\x98\x80\xF0\x9F\x91\x8D", "\xD0\xB0\xD0\xB1\xD0\xB2", ""};
  return alphabets;
}

}  // namespace

TEST_CASE("long-piece encoder equals tiktoken's scan on 6,000 random pieces up to 2,000 bytes") {
  // Pieces from 1 byte up, so short ones (where the first-token check and
  // the end of the piece meet) are covered as well as long ones.
  std::size_t backtracks = 0, total = 0;
  for (const char* name : {"o200k_base", "cl100k_base", "r50k_base"}) {
    const RankTable& ranks = table_of(name);
    std::mt19937 gen(20261126);
    const auto& alphabets = long_piece_alphabets();
    for (int round = 0; round < 2000; ++round) {
      const std::string& alpha = alphabets[round % alphabets.size()];
      std::size_t len = std::uniform_int_distribution<std::size_t>(1, round % 4 == 0 ? 2000 : 200)(gen);
      std::string piece = random_piece(gen, alpha, len);
      std::vector<Rank> scan, fast;
      byte_pair_encode_scan(ranks, piece, scan);
      LongPieceStats stats;
      REQUIRE(byte_pair_encode_long(ranks, piece, fast, &stats));
      backtracks += stats.backtracks;
      ++total;
      INFO(name << " round " << round << " length " << piece.size());
      REQUIRE(fast == scan);
    }
  }
  CHECK(total == 6000);
  // The corpus must exercise the backtracking, not only the greedy path.
  CHECK(backtracks > 1000);
}

TEST_CASE("long-piece encoder equals tiktoken's scan on words glued into long pieces") {
  // Real words without spaces (what a long identifier, a hashtag run or
  // text with its spaces stripped looks like): many distinct tokens and
  // pairs, unlike the one- or few-letter alphabets above.
  const std::vector<std::string> words = {
      "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "tokenizer", "encoding", "ing", "tion",
      "Hello", "World", "un", "believ", "able", "ness", "über", "straße", "résumé", "naïve", "δ", "λόγος",
      "слово", "中文", "字符", "日本語", "한국어", "😀", "x", "q", "zz", "README", "HTTP", "Json", "snake_case"};
  std::size_t backtracks = 0;
  for (const char* name : {"o200k_base", "cl100k_base"}) {
    const RankTable& ranks = table_of(name);
    std::mt19937 gen(99);
    for (int round = 0; round < 300; ++round) {
      std::size_t len = std::uniform_int_distribution<std::size_t>(1, 1500)(gen);
      std::string piece;
      while (piece.size() < len) piece += words[gen() % words.size()];
      std::vector<Rank> scan, fast;
      byte_pair_encode_scan(ranks, piece, scan);
      LongPieceStats stats;
      REQUIRE(byte_pair_encode_long(ranks, piece, fast, &stats));
      backtracks += stats.backtracks;
      INFO(name << " round " << round << " piece " << piece);
      REQUIRE(fast == scan);
    }
  }
  CHECK(backtracks > 0);
}

TEST_CASE("long-piece encoder equals the heap merge on random pieces up to 64 KB") {
  for (const char* name : {"o200k_base", "cl100k_base"}) {
    const RankTable& ranks = table_of(name);
    std::mt19937 gen(777);
    const auto& alphabets = long_piece_alphabets();
    for (std::size_t round = 0; round < alphabets.size() * 3; ++round) {
      const std::string& alpha = alphabets[round % alphabets.size()];
      std::size_t len = std::uniform_int_distribution<std::size_t>(8 << 10, 64 << 10)(gen);
      std::string piece = random_piece(gen, alpha, len);
      std::vector<Rank> heap, fast;
      byte_pair_encode_heap(ranks, piece, heap);
      REQUIRE(byte_pair_encode_long(ranks, piece, fast));
      INFO(name << " round " << round << " length " << piece.size());
      REQUIRE(fast == heap);
    }
  }
}

TEST_CASE("a multi-MB single piece gives the reference ids through encode()") {
  // 3 MiB of random lowercase letters is one pre-token; encode() takes the
  // long-piece path, the heap merge is the reference.
  const Encoding& enc = load_encoding("o200k_base");
  const RankTable& ranks = table_of("o200k_base");
  std::mt19937 gen(4242);
  std::string piece = random_piece(gen, "abcdefghijklmnopqrstuvwxyz", 3u << 20);
  std::vector<Rank> heap;
  byte_pair_encode_heap(ranks, piece, heap);
  auto ids = ordinary(enc, piece);
  CHECK(ids.size() == heap.size());
  CHECK(ids == heap);
  CHECK(*enc.count(piece, SpecialPolicy::ordinary()) == heap.size());
  // 2 MiB of one CJK character, also one pre-token.
  std::string cjk;
  while (cjk.size() < (2u << 20)) cjk += "\xE4\xB8\xAD";
  std::vector<Rank> cjk_heap;
  byte_pair_encode_heap(ranks, cjk, cjk_heap);
  CHECK(ordinary(enc, cjk) == cjk_heap);
  // r50k_base keeps a digit run in one piece (` ?\p{N}+`).
  const Encoding& r50k = load_encoding("r50k_base");
  std::string digits = random_piece(gen, "0123456789", 1u << 20);
  std::vector<Rank> digits_heap;
  byte_pair_encode_heap(table_of("r50k_base"), digits, digits_heap);
  CHECK(ordinary(r50k, digits) == digits_heap);
}

TEST_CASE("long-piece encoder declines tables it cannot serve, and the dispatch falls back to the heap") {
  // A table without the byte 'b' as a token: no cover exists, the encoder
  // says so and leaves the output alone.
  auto table = RankTable::parse("YQ== 0\nYWE= 1\n", "test");  // "a", "aa"
  REQUIRE(table);
  std::vector<Rank> out = {7};
  CHECK_FALSE(byte_pair_encode_long(*table, std::string(300, 'a') + "b", out));
  CHECK(out == std::vector<Rank>{7});
  std::vector<Rank> dispatched, heap;
  byte_pair_encode(*table, std::string(300, 'a') + "b", dispatched);
  byte_pair_encode_heap(*table, std::string(300, 'a') + "b", heap);
  CHECK(dispatched == heap);
  CHECK(dispatched.size() == 151);
  std::vector<Rank> ok;
  REQUIRE(byte_pair_encode_long(*table, std::string(301, 'a'), ok));
  std::vector<Rank> expected(150, 1);
  expected.push_back(0);
  CHECK(ok == expected);
}
