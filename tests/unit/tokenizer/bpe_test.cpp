// BPE merging: the heap version (long pieces) and tiktoken's scan (short
// pieces) agree on any input, and pathological pieces (1 MB of one letter,
// long whitespace) finish and give the right ids.
#include <map>
#include <random>

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
