// [lint] configuration: globs, levels through select/ignore/severity and
// overrides, and the diagnostics for mistakes in aep.toml.
#include <catch2/catch.hpp>

#include "compiler/lint/config.hpp"

using namespace aep;
using namespace aep::lint;

namespace {

const RuleInfo& bad_name() { return find_rule("test-bad-name")->info(); }          // clarity, warning
const RuleInfo& forbidden() { return find_rule("test-forbidden-section")->info(); }  // correctness, error

LintConfig parse(const std::string& toml, DiagnosticSink& sink) {
  static SourceManager sources;  // keeps the file alive for the diagnostics' spans
  FileId id = sources.add("aep.toml", toml);
  return parse_lint_config(toml, id, &sources, sink);
}

}  // namespace

TEST_CASE("glob patterns match paths segment by segment") {
  CHECK(glob_match("legacy/**", "legacy/a.aep"));
  CHECK(glob_match("legacy/**", "legacy/x/y/a.aep"));
  CHECK_FALSE(glob_match("legacy/**", "src/legacy/a.aep"));
  CHECK(glob_match("**/legacy/*.aep", "src/legacy/a.aep"));
  CHECK(glob_match("**/legacy/*.aep", "legacy/a.aep"));
  CHECK_FALSE(glob_match("*.aep", "dir/a.aep"));  // `*` stays within a segment
  CHECK(glob_match("dir/?.aep", "dir/a.aep"));
  CHECK_FALSE(glob_match("dir/?.aep", "dir/ab.aep"));
}

TEST_CASE("without configuration every rule has its default level") {
  DiagnosticSink sink;
  LintConfig c = parse("", sink);
  CHECK(c.level_for(bad_name(), "a.aep") == Level::Warning);
  CHECK(c.level_for(forbidden(), "a.aep") == Level::Error);
  CHECK(sink.diagnostics().empty());
}

TEST_CASE("select, ignore, severity and overrides combine in order") {
  DiagnosticSink sink;
  LintConfig c = parse(R"(
[lint]
select = ["correctness"]
[lint.severity]
test-forbidden-section = "warning"
[[lint.overrides]]
paths = ["legacy/**"]
ignore = ["test-forbidden-section"]
[[lint.overrides]]
paths = ["loud/**"]
extend-select = ["test-bad-name"]
severity = { test-bad-name = "error" }
)", sink);
  REQUIRE(sink.diagnostics().empty());
  CHECK(c.level_for(bad_name(), "a.aep") == Level::Off);  // clarity is not selected
  CHECK(c.level_for(forbidden(), "a.aep") == Level::Warning);
  CHECK(c.level_for(forbidden(), "legacy/old.aep") == Level::Off);
  CHECK(c.level_for(bad_name(), "loud/x.aep") == Level::Error);
}

TEST_CASE("the command line is a last layer over aep.toml") {
  DiagnosticSink sink;
  LintConfig c = parse("[lint]\nignore = [\"clarity\"]\n", sink);
  std::vector<std::string> errors;
  apply_command_line(c, {"test-bad-name"}, {}, errors);
  CHECK(errors.empty());
  CHECK(c.level_for(bad_name(), "a.aep") == Level::Warning);
  CHECK(c.level_for(forbidden(), "a.aep") == Level::Off);  // --select replaces the selection
  apply_command_line(c, {}, {"test-bdd-name"}, errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("did you mean `test-bad-name`") != std::string::npos);
}

TEST_CASE("mistakes in [lint] are diagnostics at their key, and parsing goes on") {
  DiagnosticSink sink;
  LintConfig c = parse(R"([lint]
ignore = ["test-bad-nme", 3]
selekt = ["all"]
[lint.severity]
test-forbidden-section = "loud"
)", sink);
  sink.sort();
  REQUIRE(sink.diagnostics().size() == 4);
  const auto& d = sink.diagnostics();
  CHECK(d[0].kind == DiagKind::LintUnknownRule);
  CHECK(d[0].primary.line == 2);
  CHECK(d[0].primary.column == 11);
  REQUIRE(d[0].help);
  CHECK(*d[0].help == "did you mean `test-bad-name`?");
  CHECK(d[1].kind == DiagKind::LintConfigInvalid);  // 3 is not a string
  CHECK(d[2].kind == DiagKind::LintUnknownKey);
  CHECK(d[2].primary.line == 3);
  CHECK(d[3].kind == DiagKind::LintConfigInvalid);  // "loud" is no level
  // What could be read still applies: the default levels stand.
  CHECK(c.level_for(forbidden(), "a.aep") == Level::Error);
}

TEST_CASE("targets for portability rules come from [lint] targets, with an optional model") {
  DiagnosticSink sink;
  LintConfig c = parse("[lint]\ntargets = [\"anthropic=claude-sonnet-4-5\", \"openai-chat\", \"nope\"]\n", sink);
  REQUIRE(c.targets.size() == 2);
  CHECK(c.targets[0].target.name == "anthropic");
  CHECK(c.targets[0].model == "claude-sonnet-4-5");
  CHECK_FALSE(c.targets[1].model);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].code() == "E0600");
}
