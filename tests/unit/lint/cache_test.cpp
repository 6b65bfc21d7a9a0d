// The cache file: what is written is read back, and a damaged file is an
// empty cache rather than an error or a crash.
#include <catch2/catch.hpp>

#include <fstream>

#include "compiler/lint/cache.hpp"
#include "tests/unit/lint/test_rules.hpp"

using namespace aep;
using namespace aep::lint;

TEST_CASE("the cache file round-trips every field") {
  testing::TempDir dir;
  LintCacheData data;
  data.project_key = "pk";
  LintResult r;
  r.rule = "test-bad-name";
  r.level = Level::Error;
  r.path = "a.aep";
  r.position = {1, 5, 2, 3, 2, 7, 3, 7};
  r.message = "msg";
  r.help = "help";
  r.notes.push_back({"b.aep", {0, 1, 1, 1, 1, 2, 1, 2}, "note"});
  r.fix = ResultFix{1, 4, "Good", "rename"};
  data.project_results.push_back(r);
  CachedModule m;
  m.own_hash = "h";
  m.deps = {"/p/b.aep"};
  m.data_deps = {"/p/evals/x.jsonl"};
  m.key = "k";
  m.linted = true;
  m.complete = true;
  m.results = {r};
  Suppression s;
  s.kind = Suppression::Kind::NextLine;
  s.comment = Span{0, 10, 30, 4, 3};
  s.target_line = 5;
  s.alone_on_line = true;
  s.ids.push_back({"rule-x", Span{0, 20, 26, 4, 13}, false});
  m.suppressions.push_back(s);
  data.modules["/p/a.aep"] = m;
  auto file = dir.path() / "sub" / "lint.bin";
  REQUIRE(write_cache(file, data));
  LintCacheData back = read_cache(file);
  CHECK(back.project_key == "pk");
  REQUIRE(back.project_results.size() == 1);
  const LintResult& b = back.project_results[0];
  CHECK(b.rule == r.rule);
  CHECK(b.level == Level::Error);
  CHECK(b.position.end_column16 == 7);
  CHECK(*b.help == "help");
  CHECK(b.notes[0].path == "b.aep");
  CHECK(b.fix->replacement == "Good");
  REQUIRE(back.modules.count("/p/a.aep") == 1);
  const CachedModule& bm = back.modules["/p/a.aep"];
  CHECK(bm.deps == m.deps);
  CHECK(bm.data_deps == m.data_deps);
  CHECK(bm.complete);
  REQUIRE(bm.suppressions.size() == 1);
  CHECK(bm.suppressions[0].kind == Suppression::Kind::NextLine);
  CHECK(bm.suppressions[0].ids[0].span.column == 13);
  CHECK(std::filesystem::exists(dir.path() / "sub" / ".gitignore"));
}

TEST_CASE("a truncated or foreign cache file reads as an empty cache") {
  testing::TempDir dir;
  LintCacheData data;
  data.project_key = "pk";
  data.modules["/p/a.aep"].own_hash = "h";
  auto file = dir.path() / "lint.bin";
  REQUIRE(write_cache(file, data));
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  for (std::size_t cut : {std::size_t{3}, bytes.size() / 2, bytes.size() - 1}) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes.substr(0, cut);
    LintCacheData back = read_cache(file);
    CHECK(back.modules.empty());
    CHECK(back.project_key.empty());
  }
  std::ofstream(file, std::ios::binary | std::ios::trunc) << "not a cache";
  CHECK(read_cache(file).modules.empty());
  CHECK(read_cache(dir.path() / "missing.bin").modules.empty());
}
