// Invalid UTF-8: the library reports the first bad byte; replacement gives
// exactly what a WHATWG TextDecoder gives (one U+FFFD per maximal subpart).
#include "compiler/tokenizer/utf8.hpp"
#include "tests/unit/tokenizer/test_support.hpp"

using namespace aep::tokenizer;

TEST_CASE("validation finds the first ill-formed byte") {
  CHECK(find_invalid_utf8("plain ascii") == kValidUtf8);
  CHECK(find_invalid_utf8("\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80") == kValidUtf8);
  CHECK(find_invalid_utf8("ab\xFF") == 2);
  CHECK(find_invalid_utf8("abcdefghij\xC3") == 10);               // truncated at the end
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);                  // surrogate U+D800
  CHECK(find_invalid_utf8("\xC0\xAF") == 0);                      // overlong '/'
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);              // above U+10FFFF
  CHECK(find_invalid_utf8("ok\xE2\x82") == 2);
}

TEST_CASE("replacement matches TextDecoder's maximal-subpart rule") {
  // Expected strings are what `new TextDecoder().decode(bytes)` returns.
  CHECK(replace_invalid_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(replace_invalid_utf8("\xE2\x82" "A") == "\xEF\xBF\xBD" "A");           // one U+FFFD for E2 82
  CHECK(replace_invalid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate: 3
  CHECK(replace_invalid_utf8("\xF0\x9F\x98") == "\xEF\xBF\xBD");                // truncated emoji: 1
  CHECK(replace_invalid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(replace_invalid_utf8("fine") == "fine");
}

TEST_CASE("encoding invalid UTF-8 is an error with the offset, never a crash") {
  const Encoding& enc = load_encoding("o200k_base");
  auto ids = enc.encode("hello \xFF world", SpecialPolicy::ordinary());
  REQUIRE_FALSE(ids);
  CHECK(ids.error().message.find("0xFF at offset 6") != std::string::npos);
  auto count = enc.count("\xC3", SpecialPolicy::ordinary());
  REQUIRE_FALSE(count);
  // After replacement it encodes, and U+FFFD is ordinary text.
  auto fixed = enc.encode(replace_invalid_utf8("hello \xFF world"), SpecialPolicy::ordinary());
  REQUIRE(fixed);
  CHECK(*enc.decode_bytes(*fixed) == "hello \xEF\xBF\xBD world");
}
