// Syntax errors: the messages a user reads, and recovery that reports every
// independent error once without follow-on noise.
#include <catch2/catch.hpp>

#include "tests/unit/syntax/test_util.hpp"

using namespace aep;
using aep::test::parse_text;

TEST_CASE("a missing '}' names the construct and where it opened") {
  auto p = parse_text("module m\n\nprompt Triage {\n  user { \"hi\" }\n\nprompt Next {\n  user { \"x\" }\n}\n");
  REQUIRE(p.sink.diagnostics().size() == 1);
  const auto& d = p.sink.diagnostics()[0];
  CHECK(d.kind == DiagKind::UnclosedDelimiter);
  CHECK(d.message == "expected '}' to close prompt 'Triage' opened at 3:15");
  REQUIRE(d.secondary.size() == 1);
  CHECK(d.secondary[0].span.line == 3);
  CHECK(d.secondary[0].span.column == 15);
  // The next prompt is still parsed.
  REQUIRE(p.module->decls.size() == 2);
}

TEST_CASE("errors in two prompts are both reported, each once") {
  auto p = parse_text("prompt A {\n  input x string\n}\nprompt B {\n  system { override section { \"t\" } }\n}\n"
                      "prompt C { user { \"fine\" } }\n");
  INFO(p.messages());
  REQUIRE(p.sink.error_count() == 2);
  CHECK(p.sink.diagnostics()[0].message == "expected ':' after 'x'");
  CHECK(p.sink.diagnostics()[1].message == "expected a section name after 'section'");
  CHECK(p.module->decls.size() == 3);
}

TEST_CASE("a keyword used as a name is explained, and parsing goes on") {
  auto p = parse_text("prompt P {\n  input import: string\n  user { \"{{ import }}\" }\n}\n");
  INFO(p.messages());
  REQUIRE(p.sink.error_count() >= 1);
  const auto& d = p.sink.diagnostics()[0];
  CHECK(d.kind == DiagKind::KeywordAsName);
  CHECK(d.message == "'import' is a keyword and cannot be used as a name");
  REQUIRE(d.help);
  CHECK(d.help->find("`import`") != std::string::npos);
}

TEST_CASE("lexical errors: strings, comments, escapes, characters") {
  SECTION("unterminated string points at its start") {
    auto p = parse_text("prompt P {\n  user { \"hello\n  }\n}\n");
    REQUIRE(p.sink.diagnostics().size() == 1);
    CHECK(p.sink.diagnostics()[0].kind == DiagKind::UnterminatedString);
    CHECK(p.sink.diagnostics()[0].primary.line == 2);
    CHECK(p.sink.diagnostics()[0].primary.column == 10);
  }
  SECTION("unterminated block comment") {
    auto p = parse_text("prompt P { user { \"x\" } }\n/* never closed\nprompt Q {}\n");
    REQUIRE(p.sink.diagnostics().size() == 1);
    CHECK(p.sink.diagnostics()[0].message == "unterminated block comment");
  }
  SECTION("invalid escape") {
    auto p = parse_text("fragment f { \"a\\qb\" }");
    REQUIRE(p.sink.diagnostics().size() == 1);
    CHECK(p.sink.diagnostics()[0].message == "invalid escape sequence '\\q' in string");
  }
  SECTION("stray character") {
    auto p = parse_text("prompt P $ { user { \"x\" } }");
    REQUIRE(p.sink.diagnostics().size() == 1);
    CHECK(p.sink.diagnostics()[0].message == "unexpected character '$'");
  }
}

TEST_CASE("an unexpected item inside a block is skipped with its braces") {
  auto p = parse_text("prompt P {\n  user {\n    else { \"x\" }\n    \"after\"\n  }\n}\nprompt Q {}\n");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().size() == 1);
  CHECK(p.sink.diagnostics()[0].message == "unexpected keyword 'else'");
  REQUIRE(p.module->decls.size() == 2);
}

TEST_CASE("messages never show ANTLR token names or sets") {
  const char* inputs[] = {"prompt {", "prompt P { input x: }", "enum E { a b c", "type T = ", "tool t(a: int",
                          "prompt P { user { if { } } }", "test t for { }", "import a.{", "@x", "prompt P extends {"};
  for (const char* input : inputs) {
    auto p = parse_text(input);
    INFO(input);
    CHECK(p.sink.has_errors());
    for (const auto& d : p.sink.diagnostics()) {
      CHECK(d.message.find("K_") == std::string::npos);
      CHECK(d.message.find("RBRACE") == std::string::npos);
      CHECK(d.message.find("expecting") == std::string::npos);
      CHECK(d.message.find("<missing") == std::string::npos);
    }
  }
}

TEST_CASE("a missing '}' is blamed on the block whose closing brace is out of line") {
  auto p = parse_text(
      "prompt A {\n  system {\n    section rules {\n      \"a\"\n\n  }\n  user { \"b\" }\n}\n");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().size() == 1);
  const auto& d = p.sink.diagnostics()[0];
  CHECK(d.message == "expected '}' to close section 'rules' opened at 3:19");
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0] == "the '}' at 6:3 closes section 'rules' but is indented like the block around it");
}

TEST_CASE("a reserved word as a section name is one error, and the section still parses") {
  auto p = parse_text("prompt P {\n  system {\n    section if { \"a\" }\n    section for { \"b\" }\n  }\n}\n");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().size() == 2);
  CHECK(p.sink.diagnostics()[0].message == "'if' is a keyword and cannot be used as a name");
  const auto& prompt = aep::test::as<aep::ast::PromptDecl>(p.module->decls.at(0));
  const auto& system = aep::test::as<aep::ast::MessageMember>(prompt.members.at(0));
  REQUIRE(system.items.size() == 2);
  CHECK(aep::test::as<aep::ast::SectionItem>(system.items[0]).name.text == "if");
}

TEST_CASE("a brace swallowed by an unterminated string is not reported again") {
  auto p = parse_text("prompt P {\n  user { \"Hello {{ name }} \n}\n");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().size() == 1);
  CHECK(p.sink.diagnostics()[0].kind == DiagKind::UnterminatedString);
}

TEST_CASE("a single '}' closing an interpolation gets a hint") {
  auto p = parse_text("prompt P { user { \"Hello {{ name }\" } }\n");
  INFO(p.messages());
  REQUIRE(p.sink.diagnostics().size() >= 1);
  CHECK(p.sink.diagnostics()[0].message == "unexpected character '}'");
  REQUIRE(p.sink.diagnostics()[0].help);
  CHECK(*p.sink.diagnostics()[0].help == "an interpolation ends with '}}'");
}
