// Inline suppressions: the three forms, which results they hide, and the
// findings about suppressions that hide nothing or name no rule.
#include <catch2/catch.hpp>

#include "compiler/lint/suppress.hpp"
#include "compiler/syntax/parse.hpp"

using namespace aep;
using namespace aep::lint;

namespace {

struct Parsed {
  SourceManager sources;
  FileId id = kNoFile;
  std::unique_ptr<ast::Module> module;
  std::vector<Suppression> suppressions;
};

std::unique_ptr<Parsed> parse(std::string text) {
  auto p = std::make_unique<Parsed>();
  p->id = p->sources.add("s.aep", std::move(text));
  DiagnosticSink sink;
  p->module = syntax::parse(p->sources.file(p->id), sink);
  p->suppressions = find_suppressions(p->sources.file(p->id), *p->module);
  return p;
}

LintResult at(std::string rule, std::uint32_t line, Level level = Level::Warning) {
  LintResult r;
  r.rule = std::move(rule);
  r.level = level;
  r.position.line = line;
  return r;
}

struct AllKnown final : SuppressionChecks {
  bool known(const std::string& id) const override { return id != "nope"; }
  bool active(const std::string& id) const override { return id != "inactive"; }
  std::string suggest(const std::string&) const override { return "closest"; }
};

}  // namespace

TEST_CASE("the three forms are found with their target lines and ids") {
  auto p = parse(
      "// aep: ignore-file[rule-a]\n"
      "prompt P {\n"
      "  input x: string  // aep: ignore[rule-b, rule-c] -- reason\n"
      "  // aep: ignore-next-line[rule-d]\n"
      "  user { \"hi\" }\n"
      "  // an ordinary comment: aep: ignore[rule-e] is not at the start\n"
      "}\n");
  REQUIRE(p->suppressions.size() == 3);
  CHECK(p->suppressions[0].kind == Suppression::Kind::File);
  CHECK(p->suppressions[1].kind == Suppression::Kind::Line);
  CHECK(p->suppressions[1].target_line == 3);
  REQUIRE(p->suppressions[1].ids.size() == 2);
  CHECK(p->suppressions[1].ids[1].id == "rule-c");
  CHECK(p->suppressions[1].ids[1].span.column == 43);
  CHECK(p->suppressions[2].kind == Suppression::Kind::NextLine);
  CHECK(p->suppressions[2].target_line == 5);
}

TEST_CASE("suppressions hide matching results only, and compiler errors never") {
  auto p = parse(
      "// aep: ignore-file[rule-a]\n"
      "prompt P {\n"
      "  input x: string  // aep: ignore[rule-b, E0404]\n"
      "  // aep: ignore-next-line[rule-d]\n"
      "  user { \"hi\" }\n"
      "}\n");
  std::vector<LintResult> results{at("rule-a", 6), at("rule-b", 3), at("rule-b", 4), at("rule-d", 5),
                                  at("rule-d", 4), at("E0404", 3, Level::Error)};
  apply_suppressions(p->suppressions, results);
  REQUIRE(results.size() == 3);
  CHECK(results[0].rule == "rule-b");
  CHECK(results[0].position.line == 4);
  CHECK(results[1].rule == "rule-d");
  CHECK(results[1].position.line == 4);
  CHECK(results[2].rule == "E0404");
}

TEST_CASE("unused and unknown suppression ids are findings, with fixes that keep the file valid") {
  std::string text =
      "prompt P {\n"
      "  input x: string  // aep: ignore[used, unused]\n"
      "  // aep: ignore-next-line[alone]\n"
      "  user { \"hi\" }  // aep: ignore[nope, inactive]\n"
      "}\n";
  auto p = parse(text);
  std::vector<LintResult> results{at("used", 2)};
  apply_suppressions(p->suppressions, results);
  CHECK(results.empty());
  std::vector<Finding> findings;
  suppression_findings(p->suppressions, p->sources.file(p->id), AllKnown{}, findings);
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].rule == "unused-suppression");
  CHECK(findings[0].message == "`unused` is suppressed here but reports nothing");
  REQUIRE(findings[0].fix);
  // Removing `unused` from the list leaves `// aep: ignore[used]`.
  std::string fixed = text;
  fixed.replace(findings[0].fix->span.begin, findings[0].fix->span.end - findings[0].fix->span.begin, "");
  CHECK(fixed.find("// aep: ignore[used]\n") != std::string::npos);
  // A suppression alone on its line goes with its line.
  CHECK(findings[1].rule == "unused-suppression");
  REQUIRE(findings[1].fix);
  std::string fixed2 = text;
  fixed2.replace(findings[1].fix->span.begin, findings[1].fix->span.end - findings[1].fix->span.begin, "");
  CHECK(fixed2.find("ignore-next-line") == std::string::npos);
  CHECK(fixed2.find("  input x: string  // aep: ignore[used, unused]\n  user {") != std::string::npos);
  CHECK(findings[2].rule == "unknown-rule");
  CHECK(findings[2].message == "unknown rule `nope` in a suppression");
  CHECK(*findings[2].help == "did you mean `closest`?");
}

TEST_CASE("a suppression without a rule list is reported, not taken as ignore-all") {
  auto p = parse("prompt P {\n  user { \"hi\" }  // aep: ignore\n}\n");
  REQUIRE(p->suppressions.size() == 1);
  CHECK(p->suppressions[0].malformed);
  std::vector<LintResult> results{at("anything", 2)};
  apply_suppressions(p->suppressions, results);
  CHECK(results.size() == 1);
  std::vector<Finding> findings;
  suppression_findings(p->suppressions, p->sources.file(p->id), AllKnown{}, findings);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "unknown-rule");
}
