// render::Text, the shared immutable text of Request parts: every way of
// making one from other text owns a copy, views keep their owner alive
// through copies and moves, and a moved-from Text is empty rather than a
// view without an owner. Run under AddressSanitizer these also prove no view
// outlives its bytes.
#include <catch2/catch.hpp>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "compiler/render/request.hpp"

using aep::render::Text;
using aep::render::TextPart;

TEST_CASE("a Text made from a string owns a copy of it") {
  std::string s = "a text longer than the small-string buffer of std::string";
  Text t = s;
  s.assign(s.size(), 'x');  // changing the source does not change the copy
  CHECK(t == "a text longer than the small-string buffer of std::string");
  Text v = std::string_view("view text");
  Text c = "literal";
  CHECK(v == "view text");
  CHECK(c.size() == 7);
  CHECK(Text().empty());
  CHECK(Text(std::string()).empty());
}

TEST_CASE("shared views keep their buffer alive through copies and moves") {
  std::vector<TextPart> parts;
  {
    auto buffer = std::make_shared<const std::string>("first part|second part that is long enough");
    parts.push_back({Text::shared(buffer, buffer->data(), 10), {}, false, std::nullopt, {}});
    parts.push_back({Text::shared(buffer, buffer->data() + 11, buffer->size() - 11), {}, false, std::nullopt, {}});
    CHECK(buffer.use_count() == 3);
  }  // the only owners left are the parts
  std::vector<TextPart> copy = parts;
  parts.clear();
  REQUIRE(copy.size() == 2);
  CHECK(copy[0].text == "first part");
  CHECK(copy[1].text == "second part that is long enough");
  Text sliced = copy[1].text.slice(7, 4);
  copy.clear();
  CHECK(sliced == "part");
}

TEST_CASE("a moved-from Text is empty, and self-assignment keeps the text") {
  Text a = std::string(40, 'a');
  Text b = std::move(a);
  CHECK(a.empty());  // NOLINT(bugprone-use-after-move): the state is specified
  CHECK(a.data() != nullptr);
  CHECK(b == std::string(40, 'a'));
  Text& same = b;
  b = same;
  b = std::move(same);
  CHECK(b == std::string(40, 'a'));
  b.clear();
  CHECK(b.empty());
}

TEST_CASE("Text reads like a string_view") {
  Text t = "Hello, world";
  std::string_view v = t;
  CHECK(v == "Hello, world");
  CHECK(t.find("world") == 7);
  CHECK(t.substr(0, 5) == "Hello");
  CHECK(t.starts_with("Hell"));
  CHECK(t.ends_with("world"));
  CHECK(t.compare(7, 5, "world") == 0);
  CHECK(t[4] == 'o');
  CHECK(t.front() == 'H');
  CHECK(t.back() == 'd');
  CHECK(std::string(t.begin(), t.end()) == "Hello, world");
  CHECK(t.str() == std::string("Hello, world"));
  CHECK(fmt::format("[{}]", t) == "[Hello, world]");
  CHECK(fmt::format("[{:>14}]", t) == "[  Hello, world]");
  std::ostringstream os;
  os << t;
  CHECK(os.str() == "Hello, world");
  std::string joined = "> ";
  joined += t;
  CHECK(joined == "> Hello, world");
  CHECK(std::string("> ") + t == "> Hello, world");
  CHECK(t == Text("Hello, world"));
  CHECK(Text("a") < Text("b"));
  CHECK(std::string("Hello, world") == t);
}

TEST_CASE("joined_text joins the parts' views") {
  aep::render::Message m;
  auto buffer = std::make_shared<const std::string>("abcdef");
  m.parts.push_back({Text::shared(buffer, buffer->data(), 3), {}, false, std::nullopt, {}});
  m.parts.push_back({std::string("-owned-"), {}, false, std::nullopt, {}});
  m.parts.push_back({Text::shared(buffer, buffer->data() + 3, 3), {}, false, std::nullopt, {}});
  buffer.reset();
  CHECK(m.joined_text() == "abc-owned-def");
}
