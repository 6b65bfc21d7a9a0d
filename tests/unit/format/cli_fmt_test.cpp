// `aep fmt` as users and pre-commit hooks run it: in-place rewrite, --check
// listing files and exiting 1, --diff, stdin to stdout, refusal of files with
// syntax errors (untouched, exit 1), usage and I/O errors (exit 2).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "process.hpp"
#include "temp_dir.hpp"

namespace {

using aep::test::run;

const std::string kMessy = "prompt P{\n      user {\"x\"}\n}\n";
const std::string kClean = "prompt P {\n  user { \"x\" }\n}\n";

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("aep fmt rewrites files in place and leaves formatted files alone") {
  aep::test::TempDir dir;
  std::string messy = dir.write("a/messy.aep", kMessy);
  std::string clean = dir.write("a/clean.aep", kClean);
  auto before = std::filesystem::last_write_time(clean);
  auto r = run({aep::test::aep_binary(), "fmt", dir.path.string()});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(read(messy) == kClean);
  CHECK(read(clean) == kClean);
  CHECK(std::filesystem::last_write_time(clean) == before);  // not rewritten
  CHECK(r.err.find("reformatted 1 of 2 files") != std::string::npos);
  // No temporary file is left beside them.
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path / "a"), std::filesystem::directory_iterator{}) == 2);
}

TEST_CASE("aep fmt --check lists files that would change, writes nothing and exits 1") {
  aep::test::TempDir dir;
  std::string messy = dir.write("messy.aep", kMessy);
  std::string clean = dir.write("clean.aep", kClean);
  auto r = run({aep::test::aep_binary(), "fmt", "--check", messy, clean});
  CHECK(r.exit_code == 1);
  CHECK(r.out == messy + "\n");
  CHECK(read(messy) == kMessy);
  auto ok = run({aep::test::aep_binary(), "fmt", "--check", clean});
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.empty());
}

TEST_CASE("aep fmt --diff prints a unified diff and writes nothing") {
  aep::test::TempDir dir;
  std::string messy = dir.write("messy.aep", kMessy);
  auto r = run({aep::test::aep_binary(), "fmt", "--diff", messy});
  CHECK(r.exit_code == 1);
  CHECK(r.out.rfind("--- " + messy + "\n+++ " + messy + " (formatted)\n@@ ", 0) == 0);
  CHECK(r.out.find("-prompt P{\n") != std::string::npos);
  CHECK(r.out.find("+prompt P {\n") != std::string::npos);
  CHECK(read(messy) == kMessy);
}

TEST_CASE("aep fmt - and --stdin filter standard input to standard output") {
  aep::test::RunOptions in;
  in.stdin_text = kMessy;
  auto dash = run({aep::test::aep_binary(), "fmt", "-"}, in);
  CHECK(dash.exit_code == 0);
  CHECK(dash.out == kClean);
  auto flag = run({aep::test::aep_binary(), "fmt", "--stdin"}, in);
  CHECK(flag.exit_code == 0);
  CHECK(flag.out == kClean);
  auto check = run({aep::test::aep_binary(), "fmt", "--check", "-"}, in);
  CHECK(check.exit_code == 1);
  CHECK(check.out.empty());
}

TEST_CASE("aep fmt refuses a file with syntax errors: diagnostics, exit 1, file untouched") {
  aep::test::TempDir dir;
  std::string bad_text = "prompt P {\n   user { \"x\" \n";
  std::string bad = dir.write("bad.aep", bad_text);
  std::string messy = dir.write("messy.aep", kMessy);
  auto r = run({aep::test::aep_binary(), "fmt", "--color", "never", bad, messy});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("error[E") != std::string::npos);
  CHECK(r.err.find("bad.aep: not formatted: it has syntax errors") != std::string::npos);
  CHECK(read(bad) == bad_text);
  CHECK(read(messy) == kClean);  // the other files are still formatted
  aep::test::RunOptions in;
  in.stdin_text = bad_text;
  auto piped = run({aep::test::aep_binary(), "fmt", "-"}, in);
  CHECK(piped.exit_code == 1);
  CHECK(piped.out.empty());
}

TEST_CASE("aep fmt usage and I/O errors exit 2") {
  auto none = run({aep::test::aep_binary(), "fmt"});
  CHECK(none.exit_code == 2);
  auto missing = run({aep::test::aep_binary(), "fmt", "/nonexistent/dir/x.aep"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("/nonexistent/dir/x.aep") != std::string::npos);
  auto help = run({aep::test::aep_binary(), "fmt", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--check") != std::string::npos);
  CHECK(help.out.find("Exit status") != std::string::npos);
}
