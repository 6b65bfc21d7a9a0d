// The hand-written Scanner must produce exactly the tokens of the lexer that
// ANTLR generates from grammar/AepLexer.g4 (the specification): same type,
// channel, start, stop, line and column, on every golden case and on
// generated token soup.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "AepLexer.h"
#include "antlr4-runtime.h"
#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/scanner.hpp"
#include "compiler/syntax/text_input.hpp"

using namespace aep;

namespace {

std::string compare_tokens(const std::string& text) {
  syntax::OffsetMap offsets;
  std::u32string cps;
  offsets.build(text, cps);
  antlr4::ANTLRInputStream input;
  input.load(text);
  grammar::AepLexer reference(&input);
  reference.removeErrorListeners();
  syntax::Scanner scanner(cps);
  for (int i = 0; i < 1000000; ++i) {
    auto expected = reference.nextToken();
    syntax::RawToken actual = scanner.next();
    std::ostringstream out;
    out << "token " << i << ": expected type " << expected->getType() << " ch " << expected->getChannel() << " ["
        << expected->getStartIndex() << "," << expected->getStopIndex() << "] " << expected->getLine() << ":"
        << expected->getCharPositionInLine() << ", got type " << actual.type << " ch " << actual.channel << " ["
        << actual.start << "," << actual.stop << "] " << actual.line << ":" << actual.column;
    if (expected->getType() != actual.type || expected->getChannel() != actual.channel ||
        expected->getStartIndex() != actual.start || expected->getStopIndex() != actual.stop ||
        expected->getLine() != actual.line || expected->getCharPositionInLine() != actual.column ||
        reference.modeStack.size() != scanner.mode_stack().size()) {
      return out.str();
    }
    if (expected->getType() == antlr4::Token::EOF) return {};
  }
  return "too many tokens";
}

bool valid_utf8_without_nul(const std::string& text) {
  SourceFile file(1, "x", text);
  DiagnosticSink sink;
  return syntax::check_file_text(file, 1ull << 30, sink);
}

}  // namespace

TEST_CASE("the scanner matches the generated lexer on every golden case") {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator("tests/golden/syntax")) {
    if (entry.path().extension() != ".aep") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (!valid_utf8_without_nul(text)) continue;  // such files never reach a lexer
    INFO(entry.path().string());
    CHECK(compare_tokens(text) == "");
    ++files;
  }
  CHECK(files > 20);
}

TEST_CASE("the scanner matches the generated lexer on token soup") {
  std::mt19937 rng(7);
  const char* pieces[] = {"a", "r", "r\"", "r#\"", "\"#", "r\"\"\"", "\"", "\"\"", "\"\"\"", "{", "{{", "}", "}}",
                          "\\", "\\u{41}", "\\u{", "\\n", "/", "//", "///", "////", "/*", "*/", "\n", "\r\n",
                          "\r", " ", "\t", "1", "1_0", "1.5", "1e5", "1.", "e", "_", ".", "-", "->", "=", "==",
                          "!", "!=", "<", "<=", ">", ">=", "@", "@x", "`", "`x`", "`x", "é", "👋", "\u00A0",
                          "\uFEFF", "true", "not", "in", "prompt", "section", "tool_choice", "?", "|", "#", "$"};
  for (int round = 0; round < 3000; ++round) {
    std::string text = " ";  // ANTLR's input stream drops a leading BOM; the scanner keeps it as space
    int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) text += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
    INFO(text);
    REQUIRE(compare_tokens(text) == "");
  }
}
