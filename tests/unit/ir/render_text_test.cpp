// MessageText (render_text.hpp), the executor's message text that Request
// parts view: appends of every length agree with std::string, storage is
// reused only while nothing views it, and bytes a view holds never change
// (clear() hands viewed storage over and writes elsewhere).
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "compiler/ir/render_text.hpp"

using aep::ir::plan::MessageText;
using aep::render::Text;

namespace {

std::string pattern(std::size_t n, std::size_t seed) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s.push_back(static_cast<char>('a' + (i * 7 + seed) % 26));
  return s;
}

}  // namespace

TEST_CASE("MessageText appends of every length agree with std::string, across growth") {
  MessageText t;
  std::string expected;
  CHECK(t.empty());
  CHECK(t.view() == "");
  // 0..40 bytes (the inline 0-3, 4-7, 8-16 classes and memcpy), repeated
  // until the text has outgrown its first storage several times.
  for (std::size_t round = 0; round < 12; ++round) {
    for (std::size_t n = 0; n <= 40; ++n) {
      std::string piece = pattern(n, round + n);
      t += piece;
      expected += piece;
      REQUIRE(t.size() == expected.size());
    }
  }
  CHECK(expected.size() > 4096);
  CHECK(t.view() == expected);
}

TEST_CASE("MessageText insert and resize edit the tail as std::string does") {
  MessageText t;
  std::string expected = "persona text\nrules";
  t += expected;
  t.insert(12, "\n");
  expected.insert(12, "\n");
  CHECK(t.view() == expected);
  t.insert(0, "\n\n");
  expected.insert(0, "\n\n");
  CHECK(t.view() == expected);
  t.resize(5);
  CHECK(t.view() == expected.substr(0, 5));
  t.resize(50);  // never grows
  CHECK(t.size() == 5);
}

TEST_CASE("MessageText reuses its storage only while nothing views it") {
  MessageText t;
  t += std::string_view("first render text that a part will view");
  const char* first = t.data();
  t.clear();
  t += std::string_view("second");
  CHECK(t.data() == first);  // nothing viewed it: the same storage, no allocation

  Text part = Text::shared(t.owner(), t.data(), t.size());
  t.clear();
  t += std::string_view("third, written while the part is alive");
  CHECK(t.data() != first);  // fresh storage: the part's bytes stay as they were
  CHECK(part == "second");

  // The part gone, the new storage is reused again.
  const char* third = t.data();
  part = Text();
  t.clear();
  t += std::string_view("fourth");
  CHECK(t.data() == third);
  CHECK(t.view() == "fourth");
}

TEST_CASE("copying a MessageText copies its bytes, never its storage") {
  MessageText a;
  a += std::string_view("shared? no");
  MessageText b = a;
  CHECK(b.view() == a.view());
  CHECK(b.data() != a.data());
  b += std::string_view(" - appended to the copy");
  CHECK(a.view() == "shared? no");
  MessageText c;
  c = a;
  CHECK(c.view() == "shared? no");
  CHECK(c.data() != a.data());
  MessageText d = std::move(c);
  CHECK(d.view() == "shared? no");
  CHECK(c.empty());  // NOLINT: a moved-from text is empty
}
