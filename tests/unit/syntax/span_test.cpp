// Spans: byte offsets (UTF-8 aware), 1-based lines and code-point columns,
// for nodes after multi-byte text and across CRLF line ends.
#include <catch2/catch.hpp>

#include "tests/unit/syntax/test_util.hpp"

using namespace aep;
using namespace aep::ast;
using aep::test::as;
using aep::test::parse_text;

TEST_CASE("spans after multi-byte characters are byte offsets with code-point columns") {
  // "é" is 2 bytes, "👋" is 4 bytes.
  std::string text = "// café 👋\nprompt P { user { \"é👋 {{ name }}\" } }\n";
  auto p = parse_text(text);
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().empty());
  const auto& prompt = as<PromptDecl>(p.module->decls.at(0));
  CHECK(prompt.span.line == 2);
  CHECK(prompt.span.column == 1);
  CHECK(prompt.span.begin == text.find("prompt"));
  const auto& user = as<MessageMember>(prompt.members.at(0));
  const auto& s = as<TextItem>(user.items.at(0)).text;
  REQUIRE(s.parts.size() == 2);
  const Expr& name = *s.parts[1].interp->expr;
  std::size_t byte = text.find("name");
  CHECK(name.span.begin == byte);
  CHECK(name.span.end == byte + 4);
  CHECK(name.span.line == 2);
  // Columns count code points: `prompt P { user { "é👋 {{ ` is 25 of them.
  CHECK(name.span.column == 26);
  CHECK(s.parts[0].text == "é👋 ");
  CHECK(p.file().text().substr(s.span.begin, s.span.end - s.span.begin) == "\"é👋 {{ name }}\"");
}

TEST_CASE("CRLF line ends count as one line break") {
  auto p = parse_text("prompt P {\r\n  input a: string\r\n  input b: int\r\n}\r\n");
  REQUIRE(p.sink.diagnostics().empty());
  const auto& prompt = as<PromptDecl>(p.module->decls.at(0));
  CHECK(prompt.members.at(1)->span.line == 3);
  CHECK(prompt.members.at(1)->span.column == 3);
}

TEST_CASE("a node's span covers its whole text") {
  std::string text = "enum Color { red, green }";
  auto p = parse_text(text);
  const auto& e = as<EnumDecl>(p.module->decls.at(0));
  CHECK(e.span.begin == 0);
  CHECK(e.span.end == text.size());
  CHECK(e.members.at(1).span.begin == text.find("green"));
  CHECK(e.name.span.column == 6);
}

TEST_CASE("diagnostic spans after multi-byte text point at the right bytes") {
  std::string text = "prompt P { user { \"ü\\q\" } }";
  auto p = parse_text(text);
  REQUIRE(p.sink.diagnostics().size() == 1);
  const auto& d = p.sink.diagnostics()[0];
  CHECK(d.primary.begin == text.find("\\q"));
  CHECK(d.primary.end == d.primary.begin + 2);
  CHECK(d.primary.column == 21);
}

TEST_CASE("the line index finds every line start, with and without carriage returns") {
  // The index takes a memchr path when a text has no '\r' and a byte loop
  // otherwise; both must give the starts a plain reading gives.
  auto expected = [](const std::string& text) {
    std::vector<std::uint32_t> starts{0};
    for (std::uint32_t i = 0; i < text.size(); ++i) {
      bool lone_cr = text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n');
      if (text[i] == '\n' || lone_cr) starts.push_back(i + 1);
    }
    return starts;
  };
  for (const std::string& text : {std::string(""), std::string("one line"), std::string("a\nb\n\nc"),
                                  std::string("\n\n"), std::string("ends with a break\n"), std::string("a\r\nb\rc\r"),
                                  std::string("mixed\nline\r\nends\r")}) {
    INFO(text);
    SourceFile file(1, "t.aep", text);
    std::vector<std::uint32_t> starts = expected(text);
    REQUIRE(file.line_count() == starts.size());
    for (std::uint32_t line = 1; line <= starts.size(); ++line) CHECK(file.line_start(line) == starts[line - 1]);
  }
}
