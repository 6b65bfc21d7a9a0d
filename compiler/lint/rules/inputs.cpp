// Rules about prompt inputs: an input no template reads (unused-input).
// Undefined inputs are sema's: a template naming an unknown input is E0404,
// a test or eval passing one is E0800, a required one left unset E0801, so
// no lint rule repeats them.
#include <fmt/format.h>

#include <set>

#include "compiler/lint/rules/support.hpp"

namespace aep::lint::rules {
namespace {

class UnusedInput final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "unused-input", Category::Correctness, Level::Warning,
        "an input that no template, condition, loop or history splice of the prompt reads",
        "An input that nothing reads is a promise the prompt does not keep: callers compute and pass a value "
        "that never reaches the model, and reviewers assume the model sees it. It is usually a leftover of an "
        "edit or a misspelt interpolation elsewhere. The rule counts every read in the resolved prompt "
        "(inherited text, fragment arguments, conditions, loops and history splices included); inputs of "
        "`abstract` prompts are not checked, since they are declared for children to read.",
        "prompt Greet {\n  input name: string\n  input tone: string = \"warm\"\n  user { \"Say hello to {{ name }}.\" }\n}\n",
        "prompt Greet {\n  input name: string\n  input tone: string = \"warm\"\n  user { \"Say hello to {{ name }} in a {{ tone }} tone.\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      // An abstract prompt may declare inputs for its children to read.
      if (prompt == nullptr || prompt->is_abstract) continue;
      // Only the inputs this prompt declares (inherited ones are checked on
      // the prompt that declares them), then one pass over the reads.
      std::vector<const ir::Input*> own;
      for (const ir::Input& in : prompt->inputs) {
        if (in.origin.module != prompt->module || in.origin.decl != prompt->name) continue;  // inherited
        if (in_current_module(ctx, in.origin.span)) own.push_back(&in);
      }
      if (own.empty()) continue;
      std::vector<bool> read(own.size(), false);
      for (const InputUse& u : input_uses(ctx, *prompt)) {
        for (std::size_t k = 0; k < own.size(); ++k) {
          if (!read[k] && u.input == own[k]->name) read[k] = true;
        }
      }
      for (std::size_t k = 0; k < own.size(); ++k) {
        const ir::Input& in = *own[k];
        if (read[k]) continue;
        out.emit({{}, in.origin.span, fmt::format("input `{}` of `{}` is never read", in.name, prompt->name),
                  fmt::format("use it in a message (`{{{{ {} }}}}`) or remove the declaration", in.name), {}, std::nullopt});
      }
    }
  }
};

}  // namespace

AEP_LINT_RULE(UnusedInput);

}  // namespace aep::lint::rules
