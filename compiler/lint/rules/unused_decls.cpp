// Declarations nothing uses: imports (unused-import, with a safe fix that
// deletes the import) and fragments or mixins no prompt of the project uses
// (unused-fragment). Sema marks each import binding it resolves through, so
// the import rule reads that mark; the fragment rule looks at the resolved
// prompts, which record every fragment scope and mixin they applied.
#include <fmt/format.h>

#include <map>
#include <set>
#include <unordered_set>

#include "compiler/lint/rules/support.hpp"

namespace aep::lint::rules {
namespace {

// The bytes to delete so a whole declaration disappears with its line.
Span whole_line_span(const SourceFile& file, Span decl) {
  std::string_view text = file.text();
  std::uint32_t begin = decl.begin, end = decl.end;
  std::uint32_t line_start = begin;
  while (line_start > 0 && (text[line_start - 1] == ' ' || text[line_start - 1] == '\t')) --line_start;
  bool alone_at_start = line_start == 0 || text[line_start - 1] == '\n';
  std::uint32_t after = end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  bool alone_at_end = after >= text.size() || text[after] == '\n' || text[after] == '\r';
  if (alone_at_start && alone_at_end) {
    begin = line_start;
    end = after;
    if (end < text.size() && text[end] == '\r') ++end;
    if (end < text.size() && text[end] == '\n') ++end;
  }
  return file.span(begin, end);
}

// Deletes one item of `import a.{X, Y}` with the comma that joins it.
std::optional<Span> item_span(const SourceFile& file, const ast::ImportDecl& decl, std::size_t index) {
  std::string_view text = file.text();
  const Span s = decl.items[index].span;
  if (!s.valid()) return std::nullopt;
  if (index + 1 < decl.items.size()) {
    const Span next = decl.items[index + 1].span;
    if (!next.valid() || next.begin < s.end) return std::nullopt;
    return file.span(s.begin, next.begin);  // "X, " up to the next item
  }
  if (index == 0) return std::nullopt;
  const Span prev = decl.items[index - 1].span;
  if (!prev.valid() || prev.end > s.begin) return std::nullopt;
  std::string_view between = text.substr(prev.end, s.begin - prev.end);
  if (between.find(',') == std::string_view::npos) return std::nullopt;
  return file.span(prev.end, s.end);  // ", Y" after the previous item
}

class UnusedImport final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "unused-import", Category::Correctness, Level::Warning,
        "an imported name or module that the module never uses",
        "An unused import makes a module look as if it depends on another, so a reader follows a trail that "
        "leads nowhere, and the build re-checks this module whenever the imported one changes. Removing it is "
        "always safe: nothing refers to the name. The fix deletes the item (or the whole import when nothing "
        "of it is used).",
        "// with app/common.aep declaring the fragments polite and signature\nmodule app.greet\nimport app.common.{polite, signature}\nprompt Greet {\n  system { use polite }\n  user { \"Hi\" }\n}\n",
        "// with app/common.aep declaring the fragments polite and signature\nmodule app.greet\nimport app.common.{polite}\nprompt Greet {\n  system { use polite }\n  user { \"Hi\" }\n}\n",
        true};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    const sema::Module* mod = ctx.module().sema;
    if (mod == nullptr || mod->is_std) return;
    const SourceFile& file = *ctx.module().file;
    // Imports whose every binding is unused go as a whole, in one fix.
    std::map<const ast::ImportDecl*, std::pair<std::size_t, std::size_t>> counts;  // decl -> (bindings, unused)
    for (const auto& [local, b] : mod->imports) {
      if (b.import == nullptr) continue;
      auto& c = counts[b.import];
      ++c.first;
      if (!b.used) ++c.second;
    }
    std::set<const ast::ImportDecl*> fixed_whole;
    std::vector<std::pair<Span, Finding>> found;
    for (const auto& [local, b] : mod->imports) {
      if (b.used || b.import == nullptr || !in_current_module(ctx, b.span)) continue;
      bool whole_module = local.starts_with("module ");
      Finding f{{}, b.span,
                whole_module ? fmt::format("module `{}` is imported but never used", b.local)
                             : fmt::format("`{}` is imported but never used", local),
                std::nullopt, {}, std::nullopt};
      const ast::ImportDecl& decl = *b.import;
      auto [bindings, unused] = counts[b.import];
      bool all_unused = bindings == unused && (!decl.has_items || decl.items.size() == bindings);
      if (all_unused || whole_module) {
        if (fixed_whole.insert(b.import).second && decl.span.valid()) {
          f.fix = Fix{whole_line_span(file, decl.span), "", "remove the unused import"};
        }
      } else {
        for (std::size_t k = 0; k < decl.items.size(); ++k) {
          if (decl.items[k].span == b.span || (decl.items[k].span.begin <= b.span.begin && b.span.end <= decl.items[k].span.end)) {
            if (auto s = item_span(file, decl, k)) f.fix = Fix{*s, "", fmt::format("remove `{}` from the import", local)};
            break;
          }
        }
      }
      found.emplace_back(b.span, std::move(f));
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    for (auto& [span, f] : found) out.emit(std::move(f));
  }
};

class UnusedFragment final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "unused-fragment", Category::Correctness, Level::Warning,
        "a fragment or mixin that no prompt of the project uses",
        "Fragments and mixins are shared text; one that no prompt uses is dead text that still gets reviewed, "
        "translated and kept in sync with policy, and its presence suggests that some prompt was meant to "
        "include it. The rule looks at every resolved prompt of the project (fragments used by other "
        "fragments count when a prompt uses the outer one), so it only runs when the whole project is linted.",
        "module app.common\nfragment polite { \"Be polite.\" }\nfragment legacy_footer { \"Sent by Bot 1.0\" }\nprompt Hi {\n  system { use polite }\n  user { \"Hi\" }\n}\n",
        "module app.common\nfragment polite { \"Be polite.\" }\nprompt Hi {\n  system { use polite }\n  user { \"Hi\" }\n}\n",
        false, RuleInfo::Scope::Project};
    return i;
  }

  // Names view the program's strings, which outlive the rule: a deep prompt
  // names its ancestors' fragments again, so lookups must not copy.
  using Used = std::unordered_set<std::string_view>;

  static void collect(const ir::Segments& segs, Used& used) {
    for (const ir::Segment& s : segs) {
      if (s.kind == ir::SegmentKind::Fragment) used.insert(s.fragment);
      for (const ir::Branch& b : s.branches) collect(b.body, used);
      collect(s.body, used);
    }
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    const sema::Program* program = ctx.program();
    if (program == nullptr) return;
    Used used;
    for (const auto& [name, prompt] : program->prompts) {
      if (!prompt) continue;
      for (const std::string& m : prompt->mixins) used.insert(m);
      for (const ir::Message& m : prompt->messages) collect(m.body, used);
      for (const ir::Example& e : prompt->examples) {
        for (const ir::Message& m : e.messages) collect(m.body, used);
      }
    }
    for (const LintModule& m : ctx.modules()) {
      if (!m.linted || m.sema == nullptr || m.sema->is_std) continue;
      for (const auto& d : m.ast->decls) {
        if (!d) continue;
        const ast::Name* name = nullptr;
        std::string_view what;
        if (d->kind == ast::DeclKind::Fragment) {
          name = &static_cast<const ast::FragmentDecl&>(*d).name;
          what = "fragment";
        } else if (d->kind == ast::DeclKind::Mixin) {
          name = &static_cast<const ast::MixinDecl&>(*d).name;
          what = "mixin";
        } else {
          continue;
        }
        if (name->text.empty() || used.count(m.path + "." + name->text) != 0 || !reportable(ctx, name->span)) continue;
        out.emit({{}, name->span, fmt::format("{} `{}` is not used by any prompt", what, name->text),
                  what == "fragment" ? fmt::format("use it in a prompt (`use {}`) or delete it", name->text)
                                     : fmt::format("apply it (`prompt P with {}`) or delete it", name->text),
                  {}, std::nullopt});
      }
    }
  }
};

}  // namespace

AEP_LINT_RULE(UnusedImport);
AEP_LINT_RULE(UnusedFragment);

}  // namespace aep::lint::rules
