// Rules about prompt inputs: an input no template reads (unused-input), a
// test or eval that passes an input the prompt does not have
// (undefined-input), and a test that leaves a required input unset
// (missing-test-input). Sema already rejects a template naming an unknown
// input (E0404), so undefined-input looks where sema does not: the `input`
// blocks of tests and evals, which only fail when `aep test` runs them.
#include <fmt/format.h>

#include <set>

#include "compiler/lint/rules/support.hpp"

namespace aep::lint::rules {
namespace {

bool has_default_or_optional(const ir::Input& in) {
  return in.default_value != nullptr || (in.type && (in.type->optional || in.type->tag == sema::TypeTag::Null));
}

std::string input_list(const ir::Prompt& prompt) {
  std::string out;
  for (const ir::Input& in : prompt.inputs) {
    if (!out.empty()) out += ", ";
    out += "`" + in.name + "`";
  }
  return out.empty() ? "none" : out;
}

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
      std::set<std::string> read;
      for (const InputUse& u : input_uses(*prompt)) read.insert(u.input);
      for (const ir::Input& in : prompt->inputs) {
        if (in.origin.module != prompt->module || in.origin.decl != prompt->name) continue;  // inherited
        if (read.count(in.name) || !in_current_module(ctx, in.origin.span)) continue;
        out.emit({{}, in.origin.span, fmt::format("input `{}` of `{}` is never read", in.name, prompt->name),
                  fmt::format("use it in a message (`{{{{ {} }}}}`) or remove the declaration", in.name), {}, std::nullopt});
      }
    }
  }
};

class UndefinedInput final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "undefined-input", Category::Correctness, Level::Error,
        "a test or eval passes an input that its prompt does not declare",
        "Sema checks every name a template reads, but the `input` block of a test or an eval is only "
        "checked when `aep test` renders the prompt, often in CI minutes later. A misspelt input name there "
        "means the test runs with the default value (or fails to render) and checks something other than "
        "what it says. This rule reports such names at lint time, with the prompt's inputs listed.",
        "prompt Greet {\n  input name: string\n  user { \"Hello {{ name }}\" }\n}\ntest hello for Greet {\n  input { nmae: \"Ada\" }\n  assert contains(output, \"Ada\")\n}\n",
        "prompt Greet {\n  input name: string\n  user { \"Hello {{ name }}\" }\n}\ntest hello for Greet {\n  input { name: \"Ada\" }\n  assert contains(output, \"Ada\")\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const auto& d : ctx.module().ast->decls) {
      if (!d || (d->kind != ast::DeclKind::Test && d->kind != ast::DeclKind::Eval)) continue;
      const auto& test = static_cast<const ast::TestDecl&>(*d);
      const ir::Prompt* prompt = prompt_of_test(ctx, test);
      if (prompt == nullptr) continue;
      for (const auto& item : test.items) {
        if (!item || item->kind != ast::CheckItemKind::Input) continue;
        for (const auto& e : static_cast<const ast::InputCheck&>(*item).entries) {
          if (e.key.text.empty() || prompt->find_input(e.key.text) != nullptr) continue;
          Finding f{{}, e.key.span,
                    fmt::format("`{}` passes input `{}`, which `{}` does not declare", test.name.text, e.key.text, prompt->name),
                    fmt::format("the inputs of `{}` are {}", prompt->name, input_list(*prompt)), {}, std::nullopt};
          if (reportable(ctx, prompt->span)) f.notes.emplace_back(prompt->span, "prompt declared here");
          out.emit(std::move(f));
        }
      }
    }
  }
};

class MissingTestInput final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "missing-test-input", Category::Correctness, Level::Error,
        "a test leaves an input without default unset, so the prompt cannot render",
        "A test gives its inputs inline; an input that has no default and is not optional must be among them, "
        "or rendering fails when the test runs. Catching it at lint time saves a CI round trip and, with a "
        "paid provider, a wasted call setup. Evals map inputs from data columns and are not checked here.",
        "prompt Greet {\n  input name: string\n  input city: string\n  user { \"Hello {{ name }} from {{ city }}\" }\n}\ntest hello for Greet {\n  input { name: \"Ada\" }\n  assert contains(output, \"Ada\")\n}\n",
        "prompt Greet {\n  input name: string\n  input city: string = \"Paris\"\n  user { \"Hello {{ name }} from {{ city }}\" }\n}\ntest hello for Greet {\n  input { name: \"Ada\" }\n  assert contains(output, \"Ada\")\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const auto& d : ctx.module().ast->decls) {
      if (!d || d->kind != ast::DeclKind::Test) continue;
      const auto& test = static_cast<const ast::TestDecl&>(*d);
      const ir::Prompt* prompt = prompt_of_test(ctx, test);
      if (prompt == nullptr || prompt->is_abstract) continue;
      std::set<std::string> given;
      for (const auto& item : test.items) {
        if (!item || item->kind != ast::CheckItemKind::Input) continue;
        for (const auto& e : static_cast<const ast::InputCheck&>(*item).entries) given.insert(e.key.text);
      }
      std::vector<std::string> missing;
      for (const ir::Input& in : prompt->inputs) {
        if (!has_default_or_optional(in) && !given.count(in.name)) missing.push_back("`" + in.name + "`");
      }
      if (missing.empty()) continue;
      std::string list;
      for (std::size_t k = 0; k < missing.size(); ++k) list += (k ? ", " : "") + missing[k];
      Span where = test.name.span.valid() ? test.name.span : test.span;
      out.emit({{}, where,
                fmt::format("test `{}` does not give {} {}, which `{}` requires", test.name.text,
                            missing.size() == 1 ? "input" : "inputs", list, prompt->name),
                "add it to the test's `input { ... }` block, or give the input a default", {}, std::nullopt});
    }
  }
};

}  // namespace

AEP_LINT_RULE(UnusedInput);
AEP_LINT_RULE(UndefinedInput);
AEP_LINT_RULE(MissingTestInput);

}  // namespace aep::lint::rules
