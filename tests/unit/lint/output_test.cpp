// Output formats: the one-line form, GitHub's escaping, JSON and SARIF's
// required fields, and positions in UTF-16 code units for SARIF.
#include <catch2/catch.hpp>

#include <sstream>

#include "compiler/lint/output.hpp"

using namespace aep;
using namespace aep::lint;

namespace {

LintResult sample() {
  LintResult r;
  r.rule = "test-bad-name";
  r.level = Level::Warning;
  r.path = "dir/a b.aep";
  r.position = {10, 13, 2, 8, 2, 11, 9, 12};
  r.message = "prompt `BadA` has a bad name, really: yes";
  r.help = "rename it";
  r.fix = ResultFix{10, 13, "Good", "rename it"};
  r.fingerprint = "0123456789abcdef:1";
  return r;
}

}  // namespace

TEST_CASE("the default form is file:line:col: severity: message [rule]") {
  std::ostringstream out;
  write_text(out, {sample()});
  CHECK(out.str() == "dir/a b.aep:2:8: warning: prompt `BadA` has a bad name, really: yes [test-bad-name]\n");
}

TEST_CASE("GitHub annotations escape properties and data as the runner expects") {
  LintResult r = sample();
  r.message = "50% done\nnext: line";
  r.help.reset();
  std::ostringstream out;
  write_github(out, {r});
  CHECK(out.str() ==
        "::warning file=dir/a b.aep,line=2,col=8,endLine=2,endColumn=11,title=aep test-bad-name::50%25 done%0Anext: line\n");
}

TEST_CASE("positions count code points for humans and UTF-16 units for SARIF") {
  // "😀" is 4 bytes, 1 code point, 2 UTF-16 units; "é" is 2 bytes, 1, 1.
  SourceManager sources;
  FileId id = sources.add("u.aep", "x\n\"😀é\" BadName\n");
  const SourceFile& f = sources.file(id);
  std::uint32_t begin = static_cast<std::uint32_t>(f.text().find("BadName"));
  Position p = position_of(f, begin, begin + 7);
  CHECK(p.line == 2);
  CHECK(p.column == 6);
  CHECK(p.column16 == 7);
  CHECK(p.end_column == 13);
  CHECK(p.end_column16 == 14);
}

TEST_CASE("SARIF has the 2.1.0 shape: rules with metadata, results pointing at them") {
  auto doc = to_sarif({sample()}, "file:///work/");
  CHECK(doc["version"] == "2.1.0");
  const auto& run = doc["runs"][0];
  CHECK(run["columnKind"] == "utf16CodeUnits");
  CHECK(run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///work/");
  const auto& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 1);
  CHECK(rules[0]["id"] == "test-bad-name");
  CHECK(rules[0]["defaultConfiguration"]["level"] == "warning");
  CHECK(rules[0]["properties"]["category"] == "clarity");
  CHECK(rules[0]["shortDescription"]["text"] == "a prompt named Bad...");
  const auto& result = run["results"][0];
  CHECK(result["ruleId"] == "test-bad-name");
  CHECK(result["ruleIndex"] == 0);
  CHECK(result["level"] == "warning");
  const auto& loc = result["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "dir/a%20b.aep");
  CHECK(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  CHECK(loc["region"]["startColumn"] == 9);  // the UTF-16 column
  CHECK(loc["region"]["endColumn"] == 12);
  CHECK(result["partialFingerprints"]["primaryLocationLineHash"] == "0123456789abcdef:1");
  CHECK(result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "Good");
}

TEST_CASE("fingerprints survive line shifts and tell repeated findings apart") {
  LintResult a = sample(), b = sample();
  std::vector<LintResult> none;
  fingerprint_results(none, {});  // empty input is fine
  std::vector<LintResult> first{a, b};
  fingerprint_results(first, {"  prompt BadA {", "  prompt BadA {"});
  CHECK(first[0].fingerprint != first[1].fingerprint);  // same text twice: occurrence 1 and 2
  LintResult moved = sample();
  moved.position.line = 40;
  std::vector<LintResult> second{moved};
  fingerprint_results(second, {"prompt BadA {   "});  // indentation and trailing blanks do not count
  CHECK(second[0].fingerprint == first[0].fingerprint);
}

TEST_CASE("docs and explanations come from the registry") {
  CHECK(rules_markdown().find("### test-bad-name") != std::string::npos);
  CHECK(explain_rule("test-bad-name").find("prompt BadOne") != std::string::npos);
  CHECK(explain_rule("no-such-rule").empty());
  CHECK(summary_line({sample()}) == "0 errors, 1 warning, 0 notes (1 fixable with `aep lint --fix`)");
  CHECK(summary_line({}) == "no problems found");
}
