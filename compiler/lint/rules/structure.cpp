// Structural rules about how a prompt is laid out: sections with nothing in
// them (empty-section), system text after the conversation started or a
// history spliced after the last user turn (role-order), and invisible
// whitespace at the end of text lines (trailing-whitespace, with a fix).
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

bool blank_items(const ast::Items& items) {
  for (const auto& item : items) {
    if (!item) continue;
    if (item->kind != ast::ItemKind::Text) return false;
    const auto& lit = static_cast<const ast::TextItem&>(*item).text;
    if (lit.has_interpolation()) return false;
    std::string t = lit.plain_text();
    if (t.find_first_not_of(" \t\r\n") != std::string::npos) return false;
  }
  return true;
}

void sections_of(const ast::Items& items, std::vector<const ast::SectionItem*>& out) {
  for (const auto& item : items) {
    if (!item) continue;
    if (item->kind == ast::ItemKind::Section) {
      const auto& s = static_cast<const ast::SectionItem&>(*item);
      out.push_back(&s);
      sections_of(s.body, out);
    } else if (item->kind == ast::ItemKind::If) {
      const auto& i = static_cast<const ast::IfItem&>(*item);
      for (const auto& b : i.branches) sections_of(b.body, out);
      sections_of(i.else_body, out);
    } else if (item->kind == ast::ItemKind::For) {
      sections_of(static_cast<const ast::ForItem&>(*item).body, out);
    }
  }
}

class EmptySection final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "empty-section", Category::Clarity, Level::Warning,
        "a section (or `override`) whose body is empty or only whitespace",
        "An empty section sends nothing but still occupies a name, a priority and a place in the inheritance "
        "graph; children may `append` to it believing it holds text. An empty `override` silently deletes "
        "the parent's text, which `remove section` says openly. `required section x` without a body in an "
        "abstract prompt is a placeholder and is not reported. The fix deletes a plain empty section.",
        "prompt P {\n  system {\n    section notes { }\n    \"Answer briefly.\"\n  }\n  user { \"Hi\" }\n}\n",
        "prompt P {\n  system {\n    \"Answer briefly.\"\n  }\n  user { \"Hi\" }\n}\n",
        true};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    const ast::Module& module = *ctx.module().ast;
    std::vector<const ast::SectionItem*> sections;
    for (const auto& d : module.decls) {
      if (!d) continue;
      const ast::Members* members = nullptr;
      if (d->kind == ast::DeclKind::Prompt) members = &static_cast<const ast::PromptDecl&>(*d).members;
      if (d->kind == ast::DeclKind::Mixin) members = &static_cast<const ast::MixinDecl&>(*d).members;
      if (d->kind == ast::DeclKind::Fragment) sections_of(static_cast<const ast::FragmentDecl&>(*d).body, sections);
      if (members == nullptr) continue;
      for (const auto& m : *members) {
        if (m && m->kind == ast::MemberKind::Message) sections_of(static_cast<const ast::MessageMember&>(*m).items, sections);
      }
    }
    for (const ast::SectionItem* s : sections) {
      if (!s->has_body || !blank_items(s->body)) continue;
      if (s->has(ast::SectionModifierKind::Required) || s->has(ast::SectionModifierKind::Remove)) continue;
      if (!in_current_module(ctx, s->span)) continue;
      bool is_override = s->has(ast::SectionModifierKind::Override);
      bool is_edit = is_override || s->has(ast::SectionModifierKind::Append) || s->has(ast::SectionModifierKind::Prepend);
      if (is_edit && !is_override) continue;  // an empty append/prepend is redundant-override's
      Finding f{{}, s->name.span.valid() ? s->name.span : s->span,
                is_override ? fmt::format("`override section {}` is empty, so it deletes the inherited text", s->name.text)
                            : fmt::format("section `{}` is empty", s->name.text),
                is_override ? fmt::format("write `remove section {}` if deleting is the intent", s->name.text)
                            : std::string("give it content or delete it"),
                {}, std::nullopt};
      bool plain = s->modifiers.empty() && !s->budget.priority && !s->budget.shrink && s->annotations.empty();
      if (plain && s->span.valid()) f.fix = Fix{line_span(*ctx.module().file, s->span), "", "delete the empty section"};
      out.emit(std::move(f));
    }
  }
};

class RoleOrder final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "role-order", Category::Correctness, Level::Warning,
        "system or developer text after the conversation started, or a history spliced after the last user turn",
        "Providers read system and developer text as standing instructions at the top of a conversation; a "
        "system block after a user turn is moved, merged or turned into a user turn depending on the target, "
        "so its authority differs from provider to provider. A `messages` history spliced after the final "
        "user turn makes the latest question disappear into the past, and the model answers the history's "
        "last message instead. Checked on the resolved prompt, so inherited blocks count.",
        "prompt P {\n  input question: string\n  input history: messages = []\n  user { \"{{ question }}\" }\n  system { \"Be brief.\" }\n  messages history\n}\n",
        "prompt P {\n  input question: string\n  input history: messages = []\n  system { \"Be brief.\" }\n  messages history\n  user { \"{{ question }}\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    std::vector<std::pair<Span, Finding>> found;
    // As written: sema merges a later system block into the first system
    // message, and a target may move it, so the author's order is lost.
    for (const auto& d : ctx.module().ast->decls) {
      if (!d || d->kind != ast::DeclKind::Prompt) continue;
      const auto& p = static_cast<const ast::PromptDecl&>(*d);
      bool started = false;
      for (const auto& m : p.members) {
        if (!m) continue;
        if (m->kind == ast::MemberKind::Messages) started = true;
        if (m->kind != ast::MemberKind::Message) continue;
        const auto& msg = static_cast<const ast::MessageMember&>(*m);
        if (msg.role == ast::Role::User || msg.role == ast::Role::Assistant) {
          started = true;
        } else if (started && in_current_module(ctx, msg.span)) {
          found.emplace_back(msg.span, Finding{{}, msg.span,
                                               fmt::format("a {} block of `{}` is written after the conversation has started",
                                                           role_name(msg.role), p.name.text),
                                               "write system and developer text before the first turn: sema merges it into "
                                               "the first system message and targets move it, so it is never sent here",
                                               {}, std::nullopt});
        }
      }
    }
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || prompt->is_abstract) continue;
      const auto& msgs = prompt->messages;
      std::optional<std::size_t> last_user;
      for (std::size_t i = 0; i < msgs.size(); ++i) {
        if (msgs[i].kind == ir::MessageKind::Block && msgs[i].role == ast::Role::User) last_user = i;
      }
      for (std::size_t i = 0; i < msgs.size(); ++i) {
        const ir::Message& m = msgs[i];
        if (!last_user || i < *last_user || m.kind != ir::MessageKind::History || !in_current_module(ctx, m.origin.span)) continue;
        found.emplace_back(m.origin.span, Finding{{}, m.origin.span,
                                                  fmt::format("history `{}` is spliced after the last user turn of `{}`",
                                                              m.history_input, prompt->name),
                                                  "splice the history before the user turn that asks the current question", {},
                                                  std::nullopt});
      }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    for (auto& [span, f] : found) out.emit(std::move(f));
  }
};

class TrailingWhitespace final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "trailing-whitespace", Category::Clarity, Level::Note,
        "spaces or tabs at the end of a line of prompt text",
        "Whitespace before a line end is invisible in review but sent to the model on every call, costs tokens, "
        "changes tokenization (\" \\n\" and \"\\n\" are different tokens) and makes two visually identical "
        "prompts hash and cache differently. The fix deletes it; only text inside string literals is "
        "considered (the formatter already handles the rest of the file).",
        "prompt P {\n  system {\n    \"\"\"\n    Be brief.   \n    Cite sources.\n    \"\"\"\n  }\n  user { \"Hi\" }\n}\n",
        "prompt P {\n  system {\n    \"\"\"\n    Be brief.\n    Cite sources.\n    \"\"\"\n  }\n  user { \"Hi\" }\n}\n",
        true};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    const SourceFile& file = *ctx.module().file;
    std::vector<std::pair<Span, Finding>> found;
    for_each_string(*ctx.module().ast, [&](const StringRef& r) {
      if (r.lit == nullptr || !r.sent || !r.lit->span.valid() || r.lit->span.file != file.id()) return;
      std::string_view src = ctx.text(r.lit->span);
      std::uint32_t base = r.lit->span.begin;
      bool triple = r.lit->style == ast::StringStyle::Triple || r.lit->style == ast::StringStyle::RawTriple;
      auto flag = [&](std::size_t b, std::size_t e) {
        Span s = file.span(base + static_cast<std::uint32_t>(b), base + static_cast<std::uint32_t>(e));
        found.emplace_back(s, Finding{{}, s, "trailing whitespace in prompt text", std::nullopt, {},
                                      Fix{s, "", "delete the trailing whitespace"}});
      };
      for (std::size_t i = 0; i < src.size(); ++i) {
        bool line_end = false;
        std::size_t end_at = i;
        if (triple && src[i] == '\n') line_end = true;
        // `\n` escape in a quoted string: the space before it ends a line of the text.
        if (!triple && r.lit->style == ast::StringStyle::Quoted && src[i] == '\\' && i + 1 < src.size() && src[i + 1] == 'n') {
          std::size_t backslashes = 0;
          for (std::size_t k = i; k > 0 && src[k - 1] == '\\'; --k) ++backslashes;
          line_end = backslashes % 2 == 0;
        }
        if (!line_end) continue;
        std::size_t b = end_at;
        if (b > 0 && src[b - 1] == '\r') --b;
        std::size_t e = b;
        while (b > 0 && (src[b - 1] == ' ' || src[b - 1] == '\t')) --b;
        if (b == e) continue;
        // A line of only whitespace inside a triple string is indentation the
        // lexer strips; flag only whitespace that follows text.
        if (triple && (b == 0 || src[b - 1] == '\n')) continue;
        flag(b, e);
      }
    });
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    for (auto& [span, f] : found) out.emit(std::move(f));
  }
};

}  // namespace

AEP_LINT_RULE(EmptySection);
AEP_LINT_RULE(RoleOrder);
AEP_LINT_RULE(TrailingWhitespace);

}  // namespace aep::lint::rules
