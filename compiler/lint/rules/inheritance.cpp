// Inheritance rules: an override (of a section or a config key) that leaves
// the prompt exactly as it was (redundant-override), and a section that one
// branch of a multiple-inheritance hierarchy silently hides from another
// (shadowed-section; sema records these in ir::Prompt::shadowings).
#include <fmt/format.h>

#include "compiler/lint/rules/support.hpp"

namespace aep::lint::rules {
namespace {

Span line_span(const SourceFile& file, Span s) {
  std::string_view text = file.text();
  std::uint32_t begin = s.begin, end = s.end;
  while (begin > 0 && (text[begin - 1] == ' ' || text[begin - 1] == '\t')) --begin;
  bool alone = begin == 0 || text[begin - 1] == '\n';
  std::uint32_t after = end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  if (!alone || (after < text.size() && text[after] != '\n' && text[after] != '\r')) return s;
  if (after < text.size() && text[after] == '\r') ++after;
  if (after < text.size() && text[after] == '\n') ++after;
  return file.span(begin, after);
}

const ir::Segment* find_section(const ir::Segments& segs, std::string_view name) {
  for (const ir::Segment& s : segs) {
    if (s.kind == ir::SegmentKind::Section && s.section && s.section->name == name) return &s;
    const ir::Segment* found = nullptr;
    if (s.kind == ir::SegmentKind::If) {
      for (const ir::Branch& b : s.branches) {
        if ((found = find_section(b.body, name))) return found;
      }
    } else if ((found = find_section(s.body, name))) {
      return found;
    }
  }
  return nullptr;
}

const ir::Segment* find_section(const ir::Prompt& p, std::string_view name) {
  for (const ir::Message& m : p.messages) {
    if (const ir::Segment* s = find_section(m.body, name)) return s;
  }
  return nullptr;
}

// A comparable rendering of simple content: text and interpolations (by
// their source). Nullopt for anything else (conditions, loops, fragments).
std::optional<std::string> flat(const LintContext& ctx, const ir::Segments& segs) {
  std::string out;
  for (const ir::Segment& s : segs) {
    if (s.kind == ir::SegmentKind::Text) {
      out += s.text;
    } else if (s.kind == ir::SegmentKind::Interpolation && s.interp) {
      std::string_view src = ctx.text(s.interp->span);
      if (src.empty()) return std::nullopt;
      out += "\x01";
      out += src;
    } else {
      return std::nullopt;
    }
  }
  return out;
}

bool settings_free(const ast::SectionItem& s) {
  return !s.budget.priority && !s.budget.shrink && s.annotations.empty() && !s.has(ast::SectionModifierKind::Final);
}

class RedundantOverride final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "redundant-override", Category::Correctness, Level::Warning,
        "an override, append or config entry that leaves the inherited prompt unchanged",
        "An `override` whose body is only `super`, an empty `append`/`prepend`, an override that repeats the "
        "parent's text word for word, or a config key set to the value already inherited changes nothing in "
        "what is sent. It costs a reader the time to compare both versions, and it silently pins the value: "
        "when the parent is improved, the child keeps the old copy. The fix deletes the no-op section edits; "
        "config entries are reported without a fix (pinning may be deliberate: suppress the finding then). "
        "Config is compared only for prompts with one parent and no mixins, where the inherited value is "
        "unambiguous.",
        "prompt Base {\n  config { temperature: 0.2 }\n  system { section rules { \"Be brief.\" } }\n  user { \"Hi\" }\n}\nprompt Child extends Base {\n  config { temperature: 0.2 }\n  system { override section rules { super } }\n}\n",
        "prompt Base {\n  config { temperature: 0.2 }\n  system { section rules { \"Be brief.\" } }\n  user { \"Hi\" }\n}\nprompt Child extends Base {\n  config { temperature: 0 }\n  system { append section rules { \" Cite sources.\" } }\n}\n",
        true};
    return i;
  }

  void check_sections(const LintContext& ctx, const ir::Prompt& prompt, const ast::Items& items, Emitter& out) const {
    const sema::Program* program = ctx.program();
    for (const auto& item : items) {
      if (!item || item->kind != ast::ItemKind::Section) continue;
      const auto& s = static_cast<const ast::SectionItem&>(*item);
      bool o = s.has(ast::SectionModifierKind::Override);
      bool ap = s.has(ast::SectionModifierKind::Append) || s.has(ast::SectionModifierKind::Prepend);
      if (!(o || ap) || !settings_free(s) || !in_current_module(ctx, s.span)) continue;
      std::optional<std::string> why;
      bool fixable = true;
      if (o && s.body.size() == 1 && s.body[0] && s.body[0]->kind == ast::ItemKind::Super) {
        why = "its body is only `super`";
      } else if (ap && s.has_body && s.body.empty()) {
        why = "its body is empty";
      } else if (o && program != nullptr && prompt.linearization.size() > 1) {
        // Compare with the content the nearest ancestor that has the section sends.
        const ir::Segment* mine = find_section(prompt, s.name.text);
        for (std::size_t k = 1; k < prompt.linearization.size() && mine; ++k) {
          auto it = program->prompts.find(prompt.linearization[k]);
          if (it == program->prompts.end() || !it->second) continue;
          const ir::Segment* theirs = find_section(*it->second, s.name.text);
          if (theirs == nullptr) continue;
          auto a = flat(ctx, mine->body), b = flat(ctx, theirs->body);
          if (a && b && *a == *b) {
            why = fmt::format("it repeats the text `{}` already sends", it->second->name);
            fixable = true;
          }
          break;
        }
      }
      if (!why) continue;
      Finding f{{}, s.name.span.valid() ? s.name.span : s.span,
                fmt::format("`{}` of section `{}` changes nothing: {}", s.has(ast::SectionModifierKind::Override) ? "override"
                                                                       : s.has(ast::SectionModifierKind::Append) ? "append" : "prepend",
                            s.name.text, *why),
                "delete it; the inherited section is used as it is", {}, std::nullopt};
      if (fixable && s.span.valid()) f.fix = Fix{line_span(*ctx.module().file, s.span), "", "delete the no-op section edit"};
      out.emit(std::move(f));
    }
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    const sema::Program* program = ctx.program();
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr) continue;
      const ast::PromptDecl* decl = find_prompt_decl(*ctx.module().ast, prompt->name);
      if (decl == nullptr) continue;
      for (const auto& m : decl->members) {
        if (m && m->kind == ast::MemberKind::Message) {
          check_sections(ctx, *prompt, static_cast<const ast::MessageMember&>(*m).items, out);
        }
      }
      // Config entries equal to the single parent's resolved value.
      if (program == nullptr || decl->parents.size() != 1 || !decl->mixins.empty() || prompt->linearization.size() < 2) continue;
      auto parent = program->prompts.find(prompt->linearization[1]);
      if (parent == program->prompts.end() || !parent->second) continue;
      for (const auto& m : decl->members) {
        if (!m || m->kind != ast::MemberKind::Config) continue;
        for (const auto& e : static_cast<const ast::ConfigMember&>(*m).entries) {
          auto it = parent->second->config.find(e.key.text);
          if (it == parent->second->config.end() || !it->second.value || !e.value) continue;
          if (ir::expression_text(it->second.value) != ir::expression_text(e.value.get())) continue;
          Finding f{{}, e.span.valid() ? e.span : e.key.span,
                    fmt::format("`{}: {}` is already inherited from `{}`", e.key.text, ir::expression_text(e.value.get()),
                                it->second.origin.decl),
                    "delete the entry, or suppress this finding if the value is pinned on purpose", {}, std::nullopt};
          if (reportable(ctx, it->second.origin.span)) f.notes.emplace_back(it->second.origin.span, "inherited value set here");
          out.emit(std::move(f));
        }
      }
    }
  }
};

class ShadowedSection final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "shadowed-section", Category::Correctness, Level::Warning,
        "two parents define a section of one name and the later one in the linearization is silently hidden",
        "With `extends A, B`, when `A` and `B` each define a section `rules` without one overriding the other, "
        "the resolved prompt keeps `A`'s and drops `B`'s without a word: whatever `B` wanted the model to know "
        "is gone. Usually one of them should `append` to a common parent's section, or the child should "
        "`override` it and combine both texts deliberately.",
        "prompt A { system { section rules { \"Be brief.\" } } }\nprompt B { system { section rules { \"Cite sources.\" } } }\nprompt C extends A, B { user { \"Hi\" } }\n",
        "prompt A { system { section rules { \"Be brief.\" } } }\nprompt B { system { section sources { \"Cite sources.\" } } }\nprompt C extends A, B { user { \"Hi\" } }\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || !in_current_module(ctx, prompt->span)) continue;
      const ast::PromptDecl* decl = find_prompt_decl(*ctx.module().ast, prompt->name);
      Span where = decl && decl->name.span.valid() ? decl->name.span : prompt->span;
      for (const ir::Shadowing& s : prompt->shadowings) {
        Finding f{{}, where,
                  fmt::format("in `{}`, section `{}` of `{}` hides the one of `{}`", prompt->name, s.section, s.kept.decl,
                              s.hidden.decl),
                  fmt::format("override `{}` in `{}` to combine both, or rename one of them", s.section, prompt->name), {},
                  std::nullopt};
        if (reportable(ctx, s.kept.span)) f.notes.emplace_back(s.kept.span, "kept");
        if (reportable(ctx, s.hidden.span)) f.notes.emplace_back(s.hidden.span, "hidden");
        out.emit(std::move(f));
      }
    }
  }
};

}  // namespace

AEP_LINT_RULE(RedundantOverride);
AEP_LINT_RULE(ShadowedSection);

}  // namespace aep::lint::rules
