// Limits and hostile input: deep nesting, long chains, huge and binary files
// end in diagnostics, never in a crash or a stack overflow.
#include <catch2/catch.hpp>

#include <random>

#include "tests/unit/syntax/test_util.hpp"

using namespace aep;
using aep::test::parse_text;

namespace {
bool has_kind(const DiagnosticSink& sink, DiagKind kind) {
  for (const auto& d : sink.diagnostics()) {
    if (d.kind == kind) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("10,000 nested if blocks are a nesting diagnostic") {
  std::string text = "prompt P { user {\n";
  for (int i = 0; i < 10000; ++i) text += "if x {\n";
  for (int i = 0; i < 10000; ++i) text += "}\n";
  text += "} }\n";
  auto p = parse_text(text);
  CHECK(has_kind(p.sink, DiagKind::NestingTooDeep));
  CHECK(p.sink.error_count() == 1);
}

TEST_CASE("nesting just under the limit parses") {
  syntax::ParseOptions options;
  options.max_nesting = 64;
  std::string text = "prompt P { user {\n";
  for (int i = 0; i < 60; ++i) text += "if x {\n";
  for (int i = 0; i < 60; ++i) text += "}\n";
  text += "} }\n";
  auto p = parse_text(text, options);
  INFO(p.messages());
  CHECK_FALSE(p.sink.has_errors());
}

TEST_CASE("100,000 open brackets are a nesting diagnostic") {
  std::string text = "test t for P { assert " + std::string(100000, '[') + " }";
  auto p = parse_text(text);
  CHECK(has_kind(p.sink, DiagKind::NestingTooDeep));
}

TEST_CASE("deeply nested generic types stop at the parser's guard") {
  std::string text = "type T = ";
  for (int i = 0; i < 5000; ++i) text += "list<";
  text += "int";
  for (int i = 0; i < 5000; ++i) text += ">";
  auto p = parse_text(text);
  CHECK(has_kind(p.sink, DiagKind::NestingTooDeep));
}

TEST_CASE("long flat chains do not nest the AST without bound") {
  std::string nots = "test t for P { assert ";
  for (int i = 0; i < 5000; ++i) nots += "not ";
  nots += "x }";
  auto a = parse_text(nots);
  CHECK(has_kind(a.sink, DiagKind::NestingTooDeep));

  std::string members = "test t for P { assert x";
  for (int i = 0; i < 5000; ++i) members += ".y";
  members += " }";
  auto b = parse_text(members);
  CHECK(has_kind(b.sink, DiagKind::NestingTooDeep));

  std::string ors = "test t for P { assert a";
  for (int i = 0; i < 20000; ++i) ors += " or a";
  ors += " }";
  auto c = parse_text(ors);
  INFO(c.messages());
  CHECK_FALSE(c.sink.has_errors());  // n-ary: no nesting at all
}

TEST_CASE("file-level checks come before lexing") {
  SECTION("too large") {
    syntax::ParseOptions options;
    options.max_file_bytes = 10;
    auto p = parse_text("prompt P { }", options);
    REQUIRE(p.sink.diagnostics().size() == 1);
    CHECK(p.sink.diagnostics()[0].kind == DiagKind::FileTooLarge);
  }
  SECTION("NUL byte") {
    auto p = parse_text(std::string("prompt P {\0}", 12));
    REQUIRE(p.sink.diagnostics().size() == 1);
    CHECK(p.sink.diagnostics()[0].kind == DiagKind::FileHasNul);
    CHECK(p.sink.diagnostics()[0].primary.begin == 10);
  }
  SECTION("invalid UTF-8, overlong and surrogate forms") {
    for (std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF5\x80\x80\x80", "\xE2\x82", "\x80"}) {
      auto p = parse_text("// x\n" + bad);
      REQUIRE(p.sink.diagnostics().size() == 1);
      CHECK(p.sink.diagnostics()[0].kind == DiagKind::FileNotUtf8);
      CHECK(p.sink.diagnostics()[0].primary.begin == 5);
    }
  }
}

TEST_CASE("random bytes and random token soup never crash") {
  std::mt19937 rng(12345);
  const char* pieces[] = {"prompt", "P", "{", "}", "(", ")", "[", "]", "\"", "\"\"\"", "{{", "}}", "r\"", "r#\"",
                          "/*", "*/", "//", "section", "override", "if", "else", "for", "in", "not", "and", ":",
                          ",", ".", "@tune", "\n", " ", "`", "\\", "\\u{", "1.5", "-", "==", "<", ">", "|",
                          "user", "system", "input", "type", "enum", "tool", "test", "eval", "é", "\r\n"};
  for (int round = 0; round < 400; ++round) {
    std::string text;
    int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) {
      if (round % 4 == 0) {
        text += static_cast<char>(rng() % 128 + (rng() % 8 == 0 ? 128 : 0));
      } else {
        text += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
        if (rng() % 3 == 0) text += ' ';
      }
    }
    auto p = parse_text(text);
    REQUIRE(p.module != nullptr);
    (void)dump_ast(*p.module);
  }
}
