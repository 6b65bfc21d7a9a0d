// Encoding: the vectors shipped with gpt-tokenizer (TestPlans.txt), known
// ids of sample strings, decode round trips, counts, and the model map.
#include <fstream>
#include <sstream>

#include "compiler/tokenizer/model_map.hpp"
#include "compiler/tokenizer/splitter.hpp"
#include "tests/unit/tokenizer/test_support.hpp"

using namespace aep::tokenizer;

TEST_CASE("TestPlans.txt vectors of gpt-tokenizer all match") {
  const char* path = "tools/node/node_modules/gpt-tokenizer/data/TestPlans.txt";
  std::ifstream in(path);
  if (!in) FAIL(std::string(path) + " is missing: run scripts/setup (npm install in tools/node)");
  std::string line, encoding, sample;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.rfind("EncodingName: ", 0) == 0) encoding = line.substr(14);
    if (line.rfind("Sample: ", 0) == 0) sample = line.substr(8);
    if (line.rfind("Encoded: ", 0) != 0) continue;
    const Encoding& enc = load_encoding(encoding);
    auto ids = ordinary(enc, sample);
    std::string got = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) got += (i ? ", " : "") + std::to_string(ids[i]);
    got += "]";
    INFO(encoding << " sample: " << sample);
    CHECK(got == line.substr(9));
    ++checked;
  }
  CHECK(checked > 300);  // the file holds 313 vectors over four encodings
}

TEST_CASE("known ids of sample strings") {
  CHECK(ordinary(load_encoding("o200k_base"), "hello world") == std::vector<Rank>{24912, 2375});
  CHECK(ordinary(load_encoding("cl100k_base"), "hello world") == std::vector<Rank>{15339, 1917});
  CHECK(ordinary(load_encoding("r50k_base"), "hello world") == std::vector<Rank>{31373, 995});
  CHECK(ordinary(load_encoding("o200k_base"), "").empty());
  // Upper-case contractions (tiktoken matches them case-insensitively);
  // the ids are tiktoken 1.0.22's.
  CHECK(ordinary(load_encoding("o200k_base"), "DON'T stop") == std::vector<Rank>{134882, 51532, 5666});
  CHECK(ordinary(load_encoding("cl100k_base"), "DON'T stop") == std::vector<Rank>{85741, 17773, 3009});
  CHECK(ordinary(load_encoding("r50k_base"), "DON'T stop") == std::vector<Rank>{41173, 6, 51, 2245});
}

TEST_CASE("decode is the inverse of encode, and unknown ids are errors") {
  for (const char* name : {"o200k_base", "cl100k_base", "p50k_base", "r50k_base"}) {
    const Encoding& enc = load_encoding(name);
    for (std::string text : std::vector<std::string>{"Hello, 世界! 🌍 👨‍👩‍👧", "  trailing spaces   \r\n\r\n", "x = f(a, b) // ok\n\tdone",
                             "e\xCC\x81\xCC\x81 combining", std::string(5000, 'z')}) {
      auto ids = ordinary(enc, text);
      auto back = enc.decode_bytes(ids);
      REQUIRE(back);
      CHECK(*back == text);
    }
    std::vector<Rank> bad{1, 4000000};
    auto err = enc.decode_bytes(bad);
    REQUIRE_FALSE(err);
    CHECK(err.error().message.find("4000000") != std::string::npos);
  }
  // Special ids decode to their text.
  const Encoding& o200k = load_encoding("o200k_base");
  std::vector<Rank> eot{199999};
  CHECK(*o200k.decode_bytes(eot) == "<|endoftext|>");
}

TEST_CASE("count equals the length of encode without building ids") {
  const Encoding& enc = load_encoding("o200k_base");
  std::string text = "The quick brown fox — 速い茶色の狐 — jumps 12345678 times!!! <|endoftext|>\n\n";
  for (int i = 0; i < 5; ++i) text += text;
  auto n = enc.count(text, SpecialPolicy::ordinary());
  REQUIRE(n);
  CHECK(*n == ordinary(enc, text).size());
  auto all = enc.count(text, SpecialPolicy::allow_all());
  REQUIRE(all);
  CHECK(*all == enc.encode(text, SpecialPolicy::allow_all())->size());
  CHECK(*all < *n);  // each special token text is one id instead of several
}

TEST_CASE("model names map to encodings like tiktoken's model.py") {
  CHECK(encoding_for_model("gpt-4o") == "o200k_base");
  CHECK(encoding_for_model("gpt-4o-2024-08-06") == "o200k_base");
  CHECK(encoding_for_model("gpt-4o-mini") == "o200k_base");
  CHECK(encoding_for_model("gpt-4.1-nano") == "o200k_base");
  CHECK(encoding_for_model("gpt-5") == "o200k_base");
  CHECK(encoding_for_model("gpt-5-mini") == "o200k_base");
  CHECK(encoding_for_model("gpt-5.1") == "o200k_base");
  CHECK(encoding_for_model("o1") == "o200k_base");
  CHECK(encoding_for_model("o3-mini") == "o200k_base");
  CHECK(encoding_for_model("o4-mini-2025-04-16") == "o200k_base");
  CHECK(encoding_for_model("chatgpt-4o-latest") == "o200k_base");
  CHECK(encoding_for_model("ft:gpt-4o-mini:org:custom:id") == "o200k_base");
  CHECK(encoding_for_model("gpt-4") == "cl100k_base");
  CHECK(encoding_for_model("gpt-4-turbo") == "cl100k_base");
  CHECK(encoding_for_model("gpt-3.5-turbo-0125") == "cl100k_base");
  CHECK(encoding_for_model("text-embedding-3-small") == "cl100k_base");
  CHECK(encoding_for_model("ft:gpt-3.5-turbo:org") == "cl100k_base");
  CHECK(encoding_for_model("text-davinci-003") == "p50k_base");
  CHECK(encoding_for_model("text-davinci-edit-001") == "p50k_edit");
  CHECK(encoding_for_model("davinci") == "r50k_base");
  CHECK_FALSE(encoding_for_model("claude-3-5-sonnet"));
  CHECK_FALSE(encoding_for_model("gpt-oss-120b"));  // o200k_harmony is not shipped
  CHECK_FALSE(encoding_for_model(""));
}

TEST_CASE("unknown encodings and models are errors that list the known ones") {
  auto enc = Encoding::get("o300k_base");
  REQUIRE_FALSE(enc);
  CHECK(enc.error().message.find("unknown encoding `o300k_base`") != std::string::npos);
  CHECK(enc.error().message.find("cl100k_base") != std::string::npos);
  auto model = Encoding::for_model("llama-3");
  REQUIRE_FALSE(model);
  CHECK(model.error().message.find("llama-3") != std::string::npos);
  CHECK(model.error().message.find("o200k_base") != std::string::npos);
}

TEST_CASE("characters PCRE2 (Unicode 14) and tiktoken (Unicode 16) classify differently split like tiktoken") {
  const Encoding& enc = load_encoding("o200k_base");
  // U+13927 is a letter since Unicode 16: tiktoken keeps "'s" as a contraction
  // after it instead of splitting "'" off with the punctuation.
  auto ids = ordinary(enc, "\xF0\x93\xA4\xA7's");
  REQUIRE(!ids.empty());
  CHECK(*enc.token_bytes(ids.back()) == "'s");
  // U+180E is not white space for Rust's \s (it is for PCRE2's): with it,
  // "a\u180E b" has no whitespace run before the space.
  auto mvs = ordinary(enc, "  \xE1\xA0\x8E");
  CHECK(*enc.token_bytes(mvs.front()) == " ");
}

TEST_CASE("cutting text at safe_split_point never changes the ids") {
  // Lines that end in every kind of character before "\n", so some cuts are
  // refused (after spaces, digits, CR) and some taken; each cut must give the
  // ids of the whole text, for every pattern family.
  std::string text;
  const char* lines[] = {"alpha beta", "trailing   ", "x.", "digits 123", "tab\t", "crlf\r", "Word's",
                         "  indented", "emoji \xF0\x9F\x98\x80", "<|endoftext|>", "a/b/", "", "'s"};
  for (int i = 0; i < 600; ++i) {
    text += lines[i % 13];
    text += (i % 7 == 0) ? "\n\n" : "\n";
  }
  for (const char* name : {"o200k_base", "cl100k_base", "r50k_base"}) {
    const Encoding& enc = load_encoding(name);
    auto whole = ordinary(enc, text);
    std::vector<Rank> pieces;
    std::string_view rest = text;
    int cuts = 0;
    while (!rest.empty()) {
      // Cut the earliest safe point after a minimum length, as the CLI does.
      std::size_t limit = std::min<std::size_t>(rest.size(), 200);
      std::size_t cut = safe_split_point(rest.substr(0, limit));
      if (cut == 0 || limit == rest.size()) cut = rest.size();
      auto part = ordinary(enc, rest.substr(0, cut));
      pieces.insert(pieces.end(), part.begin(), part.end());
      rest.remove_prefix(cut);
      ++cuts;
    }
    INFO(name);
    CHECK(cuts > 20);
    CHECK(pieces == whole);
  }
  CHECK(safe_split_point("abc  \nxyz") == 0);  // whitespace before the newline
  CHECK(safe_split_point("abc.\nxyz") == 5);
  CHECK(safe_split_point("abc.\n1yz") == 0);   // a digit is not a letter
}
