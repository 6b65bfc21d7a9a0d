// The engine end to end on small projects: the cache answers unchanged
// modules, re-checks a module when a parent changes, and always gives what
// an uncached run gives; named files skip project rules; a file that does
// not parse still gets its syntax errors and rules see its partial AST.
#include <catch2/catch.hpp>

#include <algorithm>

#include "compiler/lint/engine.hpp"
#include "tests/unit/lint/test_rules.hpp"

using namespace aep;
using namespace aep::lint;

namespace {

const char* kBase = "module base\n\nabstract prompt Base {\n  system {\n    section intro { \"Hello.\" }\n  }\n}\n";
const char* kBaseForbidden =
    "module base\n\nabstract prompt Base {\n  system {\n    section intro { \"Hello.\" }\n"
    "    section forbidden { \"No.\" }\n  }\n}\n";
const char* kChild =
    "module child\n\nimport base.{Base}\n\nprompt Child extends Base {\n  user { \"Hi.\" }\n}\n";
const char* kOther = "module other\n\nprompt BadOther {\n  user { \"Hi.\" }  // aep: ignore[test-forbidden-section]\n}\n";

struct Project {
  testing::TempDir dir;
  testing::TempDir cache;
  Project() {
    dir.write("aep.toml", "[project]\nname = \"t\"\nroots = [\".\"]\n");
    dir.write("base.aep", kBase);
    dir.write("child.aep", kChild);
    dir.write("other.aep", kOther);
  }
  LintOutput lint(bool use_cache = true, std::vector<std::string> only = {}) const {
    LintOptions o;
    if (only.empty()) {
      for (const char* f : {"base.aep", "child.aep", "other.aep"}) o.files.push_back((dir.path() / f).string());
      o.directories.push_back(dir.path().string());
    } else {
      for (const auto& f : only) o.files.push_back((dir.path() / f).string());
    }
    o.use_cache = use_cache;
    o.cache_dir = cache.path();
    o.select = {"test-bad-name", "test-forbidden-section", "unused-suppression", "unknown-rule"};
    return run_lint(o);
  }
};

std::vector<std::string> lines(const LintOutput& out) {
  std::vector<std::string> v;
  for (const LintResult& r : out.results) {
    v.push_back(r.path.substr(r.path.rfind('/') + 1) + ":" + std::to_string(r.position.line) + ":" + r.rule + ":" +
                r.message + ":" + r.fingerprint);
  }
  return v;
}

bool reports(const LintOutput& out, const std::string& file, const std::string& rule) {
  return std::any_of(out.results.begin(), out.results.end(), [&](const LintResult& r) {
    return r.rule == rule && r.path.ends_with("/" + file);
  });
}

}  // namespace

TEST_CASE("a second run answers every module from the cache with the same results") {
  Project p;
  LintOutput first = p.lint();
  CHECK(first.io_errors.empty());
  CHECK(first.stats.files == 3);
  CHECK(first.stats.cached == 0);
  CHECK(reports(first, "other.aep", "test-bad-name"));
  // The suppression in other.aep hides nothing: reported, also from the cache.
  CHECK(reports(first, "other.aep", "unused-suppression"));
  LintOutput second = p.lint();
  CHECK(second.stats.cached == 3);
  CHECK(second.stats.parsed == 0);
  CHECK(lines(second) == lines(first));
}

TEST_CASE("changing a parent re-checks its children, and only them") {
  Project p;
  LintOutput before = p.lint();
  CHECK_FALSE(reports(before, "child.aep", "test-forbidden-section"));
  p.dir.write("base.aep", kBaseForbidden);
  LintOutput after = p.lint();
  CHECK(after.stats.cached == 1);  // other.aep imports nothing that changed
  CHECK(reports(after, "child.aep", "test-forbidden-section"));
  CHECK(lines(after) == lines(p.lint(false)));  // what an uncached run finds
  // And back: the child's finding goes away again.
  p.dir.write("base.aep", kBase);
  LintOutput back = p.lint();
  CHECK_FALSE(reports(back, "child.aep", "test-forbidden-section"));
  CHECK(lines(back) == lines(before));
}

TEST_CASE("a change to aep.toml re-checks everything") {
  Project p;
  p.lint();
  p.dir.write("aep.toml", "[project]\nname = \"t\"\nroots = [\".\"]\n[lint.severity]\ntest-bad-name = \"error\"\n");
  LintOutput out = p.lint();
  CHECK(out.stats.cached == 0);
  auto it = std::find_if(out.results.begin(), out.results.end(), [](const LintResult& r) { return r.rule == "test-bad-name"; });
  REQUIRE(it != out.results.end());
  CHECK(it->level == Level::Error);
}

TEST_CASE("naming files lints those modules (imports loaded, not linted)") {
  Project p;
  p.dir.write("base.aep", kBaseForbidden);
  LintOutput out = p.lint(true, {"child.aep"});
  CHECK(out.stats.files == 1);
  CHECK(out.stats.parsed == 2);  // child and the base it imports
  CHECK(reports(out, "child.aep", "test-forbidden-section"));
  CHECK_FALSE(reports(out, "base.aep", "test-forbidden-section"));
  CHECK(p.lint(true, {"child.aep"}).stats.cached == 1);
}

TEST_CASE("a file with syntax errors gets them, rules see its partial AST, suppressions are not judged") {
  Project p;
  p.dir.write("other.aep", "module other\n\nprompt BadOther {\n  user { \"Hi.\"   // aep: ignore[test-bad-name]\n");
  LintOutput out = p.lint(false);
  CHECK(std::any_of(out.results.begin(), out.results.end(), [](const LintResult& r) {
    return r.rule.starts_with("E01") && r.level == Level::Error;
  }));
  CHECK_FALSE(reports(out, "other.aep", "unused-suppression"));
  // Sema did not run (a file of the project does not parse), so the
  // sema-based rule is silent for the child too, without a crash.
  CHECK_FALSE(reports(out, "child.aep", "test-forbidden-section"));
}

TEST_CASE("an unreadable file is an I/O error, the others are still linted") {
  Project p;
  LintOptions o;
  o.files = {(p.dir.path() / "missing.aep").string(), (p.dir.path() / "other.aep").string()};
  o.use_cache = false;
  o.select = {"test-bad-name"};
  LintOutput out = run_lint(o);
  REQUIRE(out.io_errors.size() == 1);
  CHECK(out.io_errors[0].find("missing.aep") != std::string::npos);
  CHECK(reports(out, "other.aep", "test-bad-name"));
}
