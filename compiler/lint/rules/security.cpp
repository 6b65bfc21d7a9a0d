// Security rules: untrusted text where the model treats it as its own or the
// operator's words (untrusted-in-system), external text that is not marked
// `@untrusted` and so reaches the model undelimited (undelimited-untrusted),
// credentials in .aep files (secret-in-prompt), and personal data literals in
// prompts, examples and test inputs (personal-data).
//
// Sema already rejects an `@untrusted` input interpolated in a system or
// developer message (E0414); untrusted-in-system covers the paths sema does
// not: assistant turns (prefill and examples), an untrusted `messages`
// history (whose turns carry caller-chosen roles, `system` included), and an
// untrusted value deciding which system text is sent.
#include <fmt/format.h>

#include <set>

#include "compiler/lint/rules/sensitive_text.hpp"
#include "compiler/lint/rules/support.hpp"

namespace aep::lint::rules {
namespace {

bool privileged(ast::Role r) { return r == ast::Role::System || r == ast::Role::Developer; }

class UntrustedInSystem final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "untrusted-in-system", Category::Security, Level::Error,
        "an `@untrusted` input reaches a turn the model trusts: an assistant turn, a history with caller-chosen roles, or a choice of system text",
        "Prompt injection works by getting attacker text read with more authority than user data. Sema already "
        "refuses an `@untrusted` input interpolated into a system or developer message (E0414); this rule "
        "covers the other ways in. Text placed in an assistant turn (a prefill or an example) is read as the "
        "model's own words; an `@untrusted` `messages` history may carry `system` turns written by the "
        "attacker; and an `if` on an untrusted value inside a system message lets the attacker choose which "
        "instructions the model gets. Keep untrusted text in user turns, where targets delimit it.",
        "prompt Reply {\n  input draft: string @untrusted\n  user { \"Finish this reply.\" }\n  assistant { \"{{ draft }}\" }\n}\n",
        "prompt Reply {\n  input draft: string @untrusted\n  user { \"Finish this reply:\\n{{ draft }}\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr) continue;
      std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
      for (const InputUse& u : input_uses(ctx, *prompt)) {
        // Uses of inherited text are the ancestors' findings: skip them before
        // looking the input up (a deep prompt has many inputs and uses).
        if (!in_current_module(ctx, u.span)) continue;
        const ir::Input* in = prompt->find_input(u.input);
        if (in == nullptr || !in->untrusted) continue;
        std::optional<std::string> message;
        std::string help;
        if (u.history) {
          message = fmt::format("untrusted history `{}` is spliced as turns whose roles the caller chooses, `system` included",
                                u.input);
          help = "pass untrusted conversation text as a string in a user turn, or drop `@untrusted` if the history is your own";
        } else if (u.role == ast::Role::Assistant && u.placed) {
          message = fmt::format("untrusted input `{}` is placed in an assistant turn, which the model reads as its own words",
                                u.input);
          help = "move it into a user turn, where targets delimit it as data";
        } else if (privileged(u.role) && !u.placed && !u.in_example) {
          message = fmt::format("untrusted input `{}` decides which {} text is sent", u.input, role_name(u.role));
          help = "decide on a trusted input instead, or move the branch into a user turn";
        }
        if (!message || !seen.emplace(u.span.begin, u.span.end).second) continue;
        Finding f{{}, u.span, *message, help, {}, std::nullopt};
        if (reportable(ctx, in->origin.span)) f.notes.emplace_back(in->origin.span, "marked `@untrusted` here");
        out.emit(std::move(f));
      }
    }
  }
};

// Words of an input name or doc that mark text written by someone else.
bool external_name(std::string_view name) {
  static const std::set<std::string, std::less<>> kWords = {
      "ticket", "tickets", "email", "emails", "mail", "comment", "comments", "review", "reviews", "feedback",
      "complaint", "query", "question", "transcript", "post", "tweet", "chat", "webpage", "html", "snippet",
      "snippets", "excerpt", "upload", "attachment", "message", "reply", "testimonial", "submission"};
  std::string lower = lower_ascii(name);
  std::size_t start = 0;
  while (start <= lower.size()) {
    std::size_t end = lower.find_first_of("_-", start);
    if (end == std::string::npos) end = lower.size();
    if (kWords.count(std::string_view(lower).substr(start, end - start))) return true;
    start = end + 1;
  }
  return lower == "user_input" || lower == "user_text";
}

bool external_doc(std::string_view doc) {
  std::string d = lower_ascii(doc);
  for (std::string_view p : {"customer wrote", "user wrote", "as written by", "user-provided", "user provided",
                             "user-supplied", "user supplied", "written by the user", "written by the customer",
                             "from the web", "scraped", "third-party", "third party", "untrusted"}) {
    if (d.find(p) != std::string::npos) return true;
  }
  return false;
}

const ast::InputMember* find_input_member(const ast::Module& module, const ir::Prompt& prompt, const ir::Input& in) {
  const ast::PromptDecl* decl = find_prompt_decl(module, in.origin.decl);
  if (decl == nullptr) return nullptr;
  for (const auto& m : decl->members) {
    if (m && m->kind == ast::MemberKind::Input) {
      const auto& im = static_cast<const ast::InputMember&>(*m);
      if (im.name.text == in.name) return &im;
    }
  }
  (void)prompt;
  return nullptr;
}

class UndelimitedUntrusted final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "undelimited-untrusted", Category::Security, Level::Warning,
        "an input that carries external text (a ticket, an e-mail, a review) is not marked `@untrusted`",
        "Targets wrap `@untrusted` inputs in delimiters and neutralise closing tags inside them, so the model "
        "can tell data from instructions; an input that is not marked gets neither, and text such as "
        "\"ignore the above\" reads like an instruction. The rule flags inputs whose name (`ticket`, "
        "`email`, `review`, `user_input`...) or doc comment (\"as the customer wrote it\") says they hold "
        "someone else's text. The fix adds `@untrusted`; it is offered only when the input never reaches a "
        "system or developer message, where `@untrusted` would be an error.",
        "prompt Triage {\n  input ticket: string\n  user { \"Classify this ticket: {{ ticket }}\" }\n}\n",
        "prompt Triage {\n  input ticket: string @untrusted\n  user { \"Classify this ticket: {{ ticket }}\" }\n}\n",
        true};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr) continue;
      const std::vector<InputUse>* uses = nullptr;  // only once an input qualifies
      for (const ir::Input& in : prompt->inputs) {
        if (in.untrusted || !in.type || !in_current_module(ctx, in.origin.span)) continue;
        if (in.origin.module != prompt->module || in.origin.decl != prompt->name) continue;
        sema::TypeTag tag = in.type->tag;
        bool texty = tag == sema::TypeTag::String ||
                     (tag == sema::TypeTag::List && in.type->element && in.type->element->tag == sema::TypeTag::String);
        if (!texty || !(external_name(in.name) || external_doc(in.doc))) continue;
        bool placed = false, in_privileged = false;
        if (uses == nullptr) uses = &input_uses(ctx, *prompt);
        for (const InputUse& u : *uses) {
          if (u.input != in.name) continue;
          placed = placed || u.placed;
          in_privileged = in_privileged || privileged(u.role);
        }
        if (!placed || !seen.emplace(in.origin.span.begin, in.origin.span.end).second) continue;
        Finding f{{}, in.origin.span,
                  fmt::format("input `{}` looks like external text but is not marked `@untrusted`, so no target delimits it",
                              in.name),
                  in_privileged ? std::optional<std::string>("mark it `@untrusted` and move it out of the system and developer messages")
                                : std::optional<std::string>("mark it `@untrusted` so targets wrap it as data"),
                  {}, std::nullopt};
        if (!in_privileged) {
          if (const ast::InputMember* m = find_input_member(*ctx.module().ast, *prompt, in); m && m->span.valid()) {
            f.fix = Fix{ctx.module().file->span(m->span.end, m->span.end), " @untrusted", "mark the input `@untrusted`"};
          }
        }
        out.emit(std::move(f));
      }
    }
  }
};

class SecretInPrompt final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "secret-in-prompt", Category::Security, Level::Error,
        "an API key, access token or private key in a .aep file",
        ".aep files are committed, shared, sent to providers and copied into build artifacts and traces: a "
        "credential in one is leaked to everyone who can read any of those. The rule recognises OpenAI "
        "(`sk-`, `sk-proj-`), Anthropic (`sk-ant-`), Google (`AIza`), AWS (`AKIA`/`ASIA`), GitHub (`ghp_`, "
        "`github_pat_`...), Slack (`xox?-`) keys, bearer tokens and PEM private key blocks anywhere in the "
        "file, comments included, and skips obvious placeholders (`sk-XXXX...`). Findings show the key "
        "masked. Rotate the key: deleting it from the file does not remove it from history.",
        "prompt Call {\n  system { \"Use the key sk-proj-4fT9aQ2LmZ8xR7vB1nK3sW6yD0hJ5cE2 for the API.\" }\n  user { \"Hi\" }\n}\n",
        "prompt Call {\n  system { \"The API key is configured by the caller.\" }\n  user { \"Hi\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    const SourceFile& file = *ctx.module().file;
    std::string_view text = file.text();
    for (const SensitiveMatch& m : find_secrets(text)) {
      out.emit({{}, file.span(static_cast<std::uint32_t>(m.begin), static_cast<std::uint32_t>(m.end)),
                fmt::format("{} `{}` in the source", describe(m.kind), shown(m, text)),
                "remove it, rotate it (it is in the version history), and pass credentials through the environment",
                {}, std::nullopt});
    }
  }
};

class PersonalData final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "personal-data", Category::Security, Level::Warning,
        "an e-mail address, phone number or payment card number in prompt text, examples or test inputs",
        "Prompt text is sent to a provider on every call, logged in traces and copied into builds; examples and "
        "test inputs are often pasted from real tickets. A real person's address, phone number or card "
        "number there is a data-protection incident waiting to happen. Use reserved example data instead: "
        "addresses at example.com or *.example, phone numbers such as +1 555 0100, the card networks' test "
        "numbers (4242 4242 4242 4242). Card numbers must pass the Luhn check, and a bare run of digits is "
        "never taken for a phone number, so order ids and timestamps do not fire.",
        "test refund for Triage {\n  input { ticket: \"Refund me: jane.doe@gmail.com, card 4539 1488 0343 6467\" }\n  assert output.category == \"billing\"\n}\n",
        "test refund for Triage {\n  input { ticket: \"Refund me: jane@example.com, card 4242 4242 4242 4242\" }\n  assert output.category == \"billing\"\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    std::vector<std::pair<Span, Finding>> found;
    for_each_string(*ctx.module().ast, [&](const StringRef& r) {
      if (r.lit == nullptr || !(r.sent || r.test_input)) return;
      for (const ast::StringPart& part : r.lit->parts) {
        if (!part.is_text() || part.text.empty()) continue;
        for (const SensitiveMatch& m : find_personal_data(part.text)) {
          Span where = sub_span(ctx, part.span, part.text, m.begin, m.end);
          if (!in_current_module(ctx, where)) continue;
          std::string_view kind = describe(m.kind);
          found.emplace_back(where, Finding{{}, where,
                                            fmt::format("{} `{}` in {}", kind, shown(m, part.text),
                                                        r.test_input ? "a test input" : "prompt text"),
                                            "replace it with reserved example data (example.com, +1 555 0100, 4242 4242 4242 4242)",
                                            {}, std::nullopt});
        }
      }
    });
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    for (auto& [span, f] : found) out.emit(std::move(f));
  }
};

}  // namespace

AEP_LINT_RULE(UntrustedInSystem);
AEP_LINT_RULE(UndelimitedUntrusted);
AEP_LINT_RULE(SecretInPrompt);
AEP_LINT_RULE(PersonalData);

}  // namespace aep::lint::rules
