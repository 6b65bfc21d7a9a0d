// Special tokens follow tiktoken's encode(): allowed text becomes the special
// id, disallowed text anywhere is an error, the rest is ordinary text.
#include "tests/unit/tokenizer/test_support.hpp"

using namespace aep::tokenizer;

TEST_CASE("tiktoken's default policy rejects special-token text") {
  const Encoding& enc = load_encoding("o200k_base");
  auto ids = enc.encode("abc <|endoftext|>", SpecialPolicy::tiktoken_default());
  REQUIRE_FALSE(ids);
  CHECK(ids.error().message.find("`<|endoftext|>` at byte 4") != std::string::npos);
  // Text without special tokens encodes normally under the default.
  CHECK(enc.encode("abc <|endof", SpecialPolicy::tiktoken_default()));
}

TEST_CASE("allowed=all makes special text the special id") {
  CHECK(*load_encoding("o200k_base").encode("a<|endoftext|>b", SpecialPolicy::allow_all()) ==
        std::vector<Rank>{64, 199999, 65});
  CHECK(*load_encoding("cl100k_base").encode("a<|endoftext|>b", SpecialPolicy::allow_all()) ==
        std::vector<Rank>{64, 100257, 65});
  CHECK(*load_encoding("cl100k_base").encode("<|fim_prefix|><|fim_suffix|>", SpecialPolicy::allow_all()) ==
        std::vector<Rank>{100258, 100260});
}

TEST_CASE("ordinary policy encodes special text as plain text") {
  const Encoding& enc = load_encoding("o200k_base");
  auto ids = enc.encode("<|endoftext|>", SpecialPolicy::ordinary());
  REQUIRE(ids);
  CHECK(ids->size() > 1);
  CHECK(*enc.decode_bytes(*ids) == "<|endoftext|>");
}

TEST_CASE("an allowed list admits those tokens, the others stay errors or text") {
  const Encoding& enc = load_encoding("cl100k_base");
  SpecialPolicy policy;
  policy.allowed.tokens = {"<|fim_prefix|>"};
  CHECK(*enc.encode("x<|fim_prefix|>y", policy) == std::vector<Rank>{87, 100258, 88});
  auto err = enc.encode("x<|fim_prefix|>y<|endoftext|>", policy);
  REQUIRE_FALSE(err);
  CHECK(err.error().message.find("<|endoftext|>") != std::string::npos);
  policy.disallowed = {};  // disallowed_special=()
  auto ok = enc.encode("x<|fim_prefix|>y<|endoftext|>", policy);
  REQUIRE(ok);
  CHECK((*ok)[1] == 100258);
  CHECK(ok->back() != 100257);
}

TEST_CASE("special tokens split the pattern's view of the text as in tiktoken") {
  // tiktoken encodes the text between special tokens separately, so the
  // whitespace before <|endoftext|> is not merged with what follows it.
  const Encoding& enc = load_encoding("o200k_base");
  auto ids = enc.encode("a   <|endoftext|>   b", SpecialPolicy::allow_all());
  REQUIRE(ids);
  std::vector<Rank> left = ordinary(enc, "a   "), right = ordinary(enc, "   b");
  std::vector<Rank> expected = left;
  expected.push_back(199999);
  expected.insert(expected.end(), right.begin(), right.end());
  CHECK(*ids == expected);
}

TEST_CASE("unknown special token names are errors") {
  const Encoding& enc = load_encoding("o200k_base");
  SpecialPolicy policy;
  policy.allowed.tokens = {"<|fim_prefix|>"};  // a cl100k token, not o200k
  auto err = enc.encode("x", policy);
  REQUIRE_FALSE(err);
  CHECK(err.error().message.find("not a special token of o200k_base") != std::string::npos);
}
