// The engine's own rules: findings about `// aep: ignore[...]` comments. They
// are registered like any rule so that configuration, --explain, SARIF rule
// metadata and docs/lint-rules.md treat them alike, but the engine emits
// their findings itself (suppress.cpp), after every other rule has run,
// because only then is it known which suppressions were used.
#include "compiler/lint/rule.hpp"

namespace aep::lint {
namespace {

class UnusedSuppression final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo kInfo{
        .id = "unused-suppression",
        .category = Category::Correctness,
        .default_level = Level::Warning,
        .summary = "an `// aep: ignore[...]` comment suppresses nothing",
        .rationale =
            "A suppression that matches no finding is left over from code that changed or names the wrong "
            "rule; it hides nothing today but will silently hide a real finding tomorrow. Remove it, or fix "
            "the rule id it names.",
        .bad_example = "prompt P {\n  user { \"Hello\" }  // aep: ignore[vague-quantifier]\n}\n",
        .good_example = "prompt P {\n  user { \"Hello\" }\n}\n",
        .fixable = true,
    };
    return kInfo;
  }
  void check(const LintContext&, Emitter&) const override {}  // emitted by the engine
};

class UnknownRuleId final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo kInfo{
        .id = "unknown-rule",
        .category = Category::Correctness,
        .default_level = Level::Warning,
        .summary = "an `// aep: ignore[...]` comment names a rule that does not exist",
        .rationale =
            "A suppression with a misspelt rule id suppresses nothing, and the finding it was meant to hide "
            "still shows, which is confusing; the finding names the closest existing rule id.",
        .bad_example = "prompt P {\n  // aep: ignore-next-line[unused-inptu]\n  input x: string\n  user { \"Hi\" }\n}\n",
        .good_example = "prompt P {\n  input x: string\n  user { \"Hi {{ x }}\" }\n}\n",
    };
    return kInfo;
  }
  void check(const LintContext&, Emitter&) const override {}  // emitted by the engine
};

}  // namespace

AEP_LINT_RULE(UnusedSuppression);
AEP_LINT_RULE(UnknownRuleId);

}  // namespace aep::lint
