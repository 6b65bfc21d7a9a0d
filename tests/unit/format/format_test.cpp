// The formatter library: layout rules, comment placement, strings kept byte
// for byte, triple-quoted bodies moved only when meaning allows, refusal of
// files with syntax errors, the unified diff and the atomic write.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

#include "compiler/format/atomic_write.hpp"
#include "compiler/format/format.hpp"
#include "compiler/format/unified_diff.hpp"
#include "compiler/syntax/parse.hpp"

namespace {

using aep::format::FormatStatus;

aep::format::FormatResult fmt_text(const std::string& text) {
  aep::SourceFile file(1, "test.aep", text);
  aep::DiagnosticSink sink;
  return aep::format::format_source(file, sink);
}

std::string formatted(const std::string& text) {
  auto result = fmt_text(text);
  INFO(result.message);
  REQUIRE(result.status == FormatStatus::Ok);
  return result.text;
}

}  // namespace

TEST_CASE("indentation is two spaces per open block, whatever the source had") {
  CHECK(formatted("prompt P {\n\t\tuser {\n        \"x\"\n }\n}\n") ==
        "prompt P {\n  user {\n    \"x\"\n  }\n}\n");
}

TEST_CASE("spacing around colons, commas, equals, pipes and braces is canonical") {
  CHECK(formatted("prompt P{input a :string=\"x\"  user{\"{{a|trim}}\"}}") ==
        "prompt P { input a: string = \"x\"  user { \"{{ a | trim }}\" } }\n");
  CHECK(formatted("tool t(a:int,b:list< string >?=[ ])->R \"d\"\n") ==
        "tool t(a: int, b: list<string>? = []) -> R \"d\"\n");
  CHECK(formatted("import a.b.{ X ,Y }\n") == "import a.b.{X, Y}\n");
}

TEST_CASE("blank lines: at most one, none inside bracket edges, one after a top-level block") {
  CHECK(formatted("\n\nprompt A {\n\n\n  user { \"x\" }\n\n}\nprompt B { user { \"y\" } }\n\n\n") ==
        "prompt A {\n  user { \"x\" }\n}\n\nprompt B { user { \"y\" } }\n");
}

TEST_CASE("a declaration after a closing brace on the same line moves to its own line") {
  CHECK(formatted("prompt A { user { \"x\" } } prompt B { user { \"y\" } }") ==
        "prompt A { user { \"x\" } }\nprompt B { user { \"y\" } }\n");
}

TEST_CASE("comments stay where they were: leading, trailing, inline and between declarations") {
  std::string in =
      "// head\nprompt A {   // after brace\n        // own line\n   user { \"x\"   /* in */ }   // trailing\n}"
      "   // after block\nprompt B { user { \"y\" } }\n";
  CHECK(formatted(in) ==
        "// head\nprompt A { // after brace\n  // own line\n  user { \"x\" /* in */ } // trailing\n} // after block\n\n"
        "prompt B { user { \"y\" } }\n");
}

TEST_CASE("doc comments stay attached to their member") {
  std::string out = formatted("prompt A {\n      /// The ticket.\n   input t: string\n  user { \"{{t}}\" }\n}\n");
  CHECK(out == "prompt A {\n  /// The ticket.\n  input t: string\n  user { \"{{ t }}\" }\n}\n");
  aep::SourceFile file(1, "t.aep", out);
  aep::DiagnosticSink sink;
  auto module = aep::syntax::parse(file, sink);
  CHECK(aep::format::dump_without_spans(*module).find("doc \"The ticket.\"") != std::string::npos);
}

TEST_CASE("string contents are never changed, raw strings not even their spacing") {
  std::string in = "prompt S { system {\n r\"a  {{ b }}  c\"\n r#\"{\"k\":  1}\"#\n \"t\\t  x\"\n } }\n";
  std::string out = formatted(in);
  CHECK(out.find("r\"a  {{ b }}  c\"") != std::string::npos);
  CHECK(out.find("r#\"{\"k\":  1}\"#") != std::string::npos);
  CHECK(out.find("\"t\\t  x\"") != std::string::npos);
}

TEST_CASE("a triple-quoted body moves with its line only when stripping gives the same text") {
  // Opening quotes end their line: the body moves by the same amount as the line.
  CHECK(formatted("prompt T {\n      system {\n            \"\"\"\n            a\n              b\n            \"\"\"\n  }\n}\n") ==
        "prompt T {\n  system {\n    \"\"\"\n    a\n      b\n    \"\"\"\n  }\n}\n");
  // Text right after the opening quotes takes part in the common indentation:
  // the body stays exactly as written.
  std::string kept = "prompt T {\n      system {\n        \"\"\"a\n            b\"\"\"\n  }\n}\n";
  CHECK(formatted(kept).find("\"\"\"a\n            b\"\"\"") != std::string::npos);
}

TEST_CASE("a file with syntax errors is refused with its diagnostics") {
  aep::SourceFile file(1, "bad.aep", "prompt P { user { \"x\" }\n");
  aep::DiagnosticSink sink;
  auto result = aep::format::format_source(file, sink);
  CHECK(result.status == FormatStatus::SyntaxErrors);
  CHECK(result.text.empty());
  CHECK(sink.has_errors());
}

TEST_CASE("formatting is idempotent on the layout test inputs") {
  for (const char* in : {"prompt P{input a :string=\"x\"  user{\"{{a|trim}}\"}}",
                         "// c\nprompt A { // t\n  /* b */ user { \"x\" }\n}\n",
                         "type T {a:int   b:map<list<int>?>}\n"}) {
    std::string once = formatted(in);
    CHECK(formatted(once) == once);
  }
}

TEST_CASE("unified diff: equal texts give nothing, changes give -/+ hunks with context") {
  CHECK(aep::format::unified_diff("a\nb\n", "a\nb\n", "x", "y").empty());
  std::string d = aep::format::unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nFIVE\n6\n7\n8\n", "old", "new");
  CHECK(d == "--- old\n+++ new\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n 6\n 7\n 8\n");
  std::string tail = aep::format::unified_diff("a", "a\n", "o", "n");
  CHECK(tail == "--- o\n+++ n\n@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+a\n");
}

TEST_CASE("atomic write replaces the file, keeps its mode and leaves no temporary file") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("aep-fmt-atomic-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string path = (dir / "a.aep").string();
  std::ofstream(path) << "old";
  ::chmod(path.c_str(), 0640);
  auto ok = aep::format::write_file_atomically(path, "new text\n");
  REQUIRE(ok);
  std::ifstream in(path);
  std::stringstream got;
  got << in.rdbuf();
  CHECK(got.str() == "new text\n");
  struct stat st {};
  ::stat(path.c_str(), &st);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}) == 1);
  // A folder that does not exist: an error naming the path, nothing written.
  auto bad = aep::format::write_file_atomically((dir / "missing" / "b.aep").string(), "x");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message.find("missing/b.aep") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("CRLF line ends become LF, inside triple-quoted strings too, with the same value") {
  std::string out = formatted("prompt P {\r\n  user {\r\n      \"\"\"\r\n      x\r\n        y\r\n      \"\"\"\r\n  }\r\n}\r\n");
  CHECK(out == "prompt P {\n  user {\n    \"\"\"\n    x\n      y\n    \"\"\"\n  }\n}\n");
}

TEST_CASE("tab-indented triple-quoted bodies are kept as written") {
  std::string in = "prompt P {\n\tsystem {\n\t\t\"\"\"\n\t\tBody\n\t\t\"\"\"\n\t}\n}\n";
  CHECK(formatted(in) == "prompt P {\n  system {\n    \"\"\"\n\t\tBody\n\t\t\"\"\"\n  }\n}\n");
}

TEST_CASE("atomic write through a symbolic link replaces the target and keeps the link") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("aep-fmt-link-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "real.aep") << "old";
  fs::create_symlink("real.aep", dir / "link.aep");
  REQUIRE(aep::format::write_file_atomically((dir / "link.aep").string(), "new\n"));
  CHECK(fs::is_symlink(dir / "link.aep"));
  std::ifstream in(dir / "real.aep");
  std::stringstream got;
  got << in.rdbuf();
  CHECK(got.str() == "new\n");
  fs::remove_all(dir);
}
