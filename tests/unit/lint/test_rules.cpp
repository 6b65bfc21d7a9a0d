// See test_rules.hpp.
#include "tests/unit/lint/test_rules.hpp"

#include <cstdlib>
#include <fstream>
#include <random>

#include "compiler/lint/context.hpp"
#include "compiler/lint/rule.hpp"

namespace aep::lint::testing {

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() / ("aep-lint-test-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(path_);
  path_ = std::filesystem::canonical(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void TempDir::write(const std::string& relative, const std::string& text) const {
  std::filesystem::path p = path_ / relative;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

namespace {

class BadName final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo kInfo{.id = "test-bad-name",
                                .category = Category::Clarity,
                                .default_level = Level::Warning,
                                .summary = "a prompt named Bad...",
                                .rationale = "test rule",
                                .bad_example = "prompt BadOne { user { \"x\" } }\n",
                                .good_example = "prompt GoodOne { user { \"x\" } }\n",
                                .fixable = true};
    return kInfo;
  }
  void check(const LintContext& ctx, Emitter& out) const override {
    for (const auto& decl : ctx.module().ast->decls) {
      if (decl->kind != ast::DeclKind::Prompt) continue;
      const auto& p = static_cast<const ast::PromptDecl&>(*decl);
      if (!p.name.text.starts_with("Bad")) continue;
      Finding f;
      f.span = p.name.span;
      f.message = "prompt `" + p.name.text + "` has a bad name";
      Span first3{p.name.span.file, p.name.span.begin, p.name.span.begin + 3, p.name.span.line, p.name.span.column};
      f.fix = Fix{first3, "Good", "rename it"};
      out.emit(std::move(f));
    }
  }
};

bool has_forbidden(const ir::Segments& segments) {
  for (const ir::Segment& s : segments) {
    if (s.kind == ir::SegmentKind::Section && s.section && s.section->name == "forbidden") return true;
    if (has_forbidden(s.body)) return true;
  }
  return false;
}

class ForbiddenSection final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo kInfo{.id = "test-forbidden-section",
                                .category = Category::Correctness,
                                .default_level = Level::Error,
                                .summary = "a prompt with a section named forbidden",
                                .rationale = "test rule",
                                .bad_example = "",
                                .good_example = ""};
    return kInfo;
  }
  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* p : ctx.module().prompts) {
      for (const ir::Message& m : p->messages) {
        if (!has_forbidden(m.body)) continue;
        Finding f;
        f.span = p->span;
        f.message = "prompt `" + p->name + "` has a forbidden section";
        out.emit(std::move(f));
        break;
      }
    }
  }
};

}  // namespace

AEP_LINT_RULE(BadName);
AEP_LINT_RULE(ForbiddenSection);

}  // namespace aep::lint::testing
