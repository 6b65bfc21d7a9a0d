// Diagnostics: registry codes are unique and well-formed, and the text and
// JSON renderers show what a user needs (location, caret, labels, help).
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "compiler/diag/render.hpp"

using namespace aep;

TEST_CASE("every diagnostic code is unique and well formed") {
  std::set<std::string_view> codes;
  for (const auto& k : all_diag_kinds()) {
    INFO(k.name);
    CHECK(codes.insert(k.code).second);
    REQUIRE(k.code.size() == 5);
    CHECK((k.code[0] == 'E' || k.code[0] == 'W'));
    CHECK((k.code[0] == 'E') == (k.severity == Severity::Error));
    CHECK(!k.summary.empty());
  }
}

TEST_CASE("source lines and columns count code points and both line endings") {
  SourceManager sm;
  FileId id = sm.add("a.aep", "ab\r\ncé\rx\ny");
  const SourceFile& f = sm.file(id);
  CHECK(f.line_count() == 4);
  CHECK(f.line_text(2) == "cé");
  CHECK(f.locate(8).line == 3);      // 'x' after the lone '\r'
  LineColumn after_e = f.locate(7);  // the '\r' itself, after 'c' and 'é' (3 bytes)
  CHECK(after_e.line == 2);
  CHECK(after_e.column == 3);        // 'c','é' are two code points, 3 bytes
}

TEST_CASE("text rendering shows location, caret under the span, labels and help") {
  SourceManager sm;
  FileId id = sm.add("t.aep", "prompt Triage {\n  user { \"hi\"\n");
  const SourceFile& f = sm.file(id);
  Diagnostic d = make_diag(DiagKind::FileNotUtf8, f.span(18, 22), "something is wrong")
                     .primary_label("here")
                     .label(f.span(0, 6), "opened here")
                     .note("a note")
                     .help("do this");
  std::ostringstream out;
  render_text(out, d, sm);
  std::string text = out.str();
  CHECK(text.find("error[E0002]: something is wrong") != std::string::npos);
  CHECK(text.find("--> t.aep:2:3") != std::string::npos);
  CHECK(text.find("2 |   user { \"hi\"") != std::string::npos);
  CHECK(text.find("  |   ^^^^ here") != std::string::npos);
  CHECK(text.find("------ opened here") != std::string::npos);
  CHECK(text.find("= help: do this") != std::string::npos);
  CHECK(text.find("\x1b[") == std::string::npos);  // no colour unless asked
}

TEST_CASE("JSON rendering carries code, severity, span and labels") {
  SourceManager sm;
  FileId id = sm.add("t.aep", "abc\ndef\n");
  DiagnosticSink sink;
  sink.report(make_diag(DiagKind::FileHasNul, sm.file(id).span(4, 7), "nul").help("remove it"));
  nlohmann::json j = to_json(sink, sm);
  CHECK(j["errors"] == 1);
  const auto& d = j["diagnostics"][0];
  CHECK(d["code"] == "E0003");
  CHECK(d["severity"] == "error");
  CHECK(d["span"]["file"] == "t.aep");
  CHECK(d["span"]["line"] == 2);
  CHECK(d["span"]["column"] == 1);
  CHECK(d["help"] == "remove it");
}
