// Every rule's documented examples (RuleInfo::bad_example / good_example, the
// text docs/lint-rules.md shows) are checked: the bad one fires the rule, the
// good one does not. Examples marked `// abridged` (they stand for text too
// long to print) or describing data files (`// evals/...`) are covered by
// their own tests instead, as are examples that need a second module
// (`// with ...`); a first line `// aep.toml: <toml>` adds top-level keys
// (inline tables) to the example's aep.toml.
#include <catch2/catch.hpp>

#include "tests/unit/lint_rules/harness.hpp"

using namespace aep::lint;

namespace {

bool skipped(std::string_view example) {
  return example.starts_with("// abridged") || example.starts_with("// evals/") || example.starts_with("// with ");
}

testing::RunOptions options_of(std::string_view example) {
  testing::RunOptions o;
  constexpr std::string_view kPrefix = "// aep.toml: ";
  if (example.starts_with(kPrefix)) {
    std::string_view line = example.substr(kPrefix.size());
    o.toml_extra = std::string(line.substr(0, line.find('\n')));
  }
  return o;
}

}  // namespace

TEST_CASE("every rule's bad example fires it and its good example does not") {
  std::size_t checked = 0;
  for (const Rule* rule : all_rules()) {
    const RuleInfo& info = rule->info();
    if (info.id == "unused-suppression" || info.id == "unknown-rule") continue;  // emitted by the engine
    INFO("rule " << info.id);
    CHECK_FALSE(info.summary.empty());
    CHECK_FALSE(info.rationale.empty());
    CHECK_FALSE(info.bad_example.empty());
    CHECK_FALSE(info.good_example.empty());
    if (skipped(info.bad_example)) continue;
    auto bad = testing::run(std::string(info.id), {{"main.aep", std::string(info.bad_example)}}, options_of(info.bad_example));
    CHECK_FALSE(bad.empty());
    auto good = testing::run(std::string(info.id), {{"main.aep", std::string(info.good_example)}}, options_of(info.good_example));
    INFO("good example findings: " << (good.empty() ? std::string() : good.front().message));
    CHECK(good.empty());
    ++checked;
  }
  CHECK(checked >= 30);
}

TEST_CASE("rule ids are kebab-case and messages follow the style") {
  for (const Rule* rule : all_rules()) {
    std::string_view id = rule->info().id;
    INFO(id);
    CHECK_FALSE(id.empty());
    for (char c : id) CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'));
    CHECK(id.front() != '-');
    CHECK(id.back() != '-');
    std::string_view summary = rule->info().summary;
    CHECK(summary.back() != '.');
  }
}
