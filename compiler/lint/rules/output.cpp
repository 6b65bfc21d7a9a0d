// Rules about the declared output type: a type the model is never told about
// (undescribed-output), enum labels the prompt never names
// (unmentioned-enum-label), examples whose answer does not fit the type
// (example-output-mismatch). Assertions reading a field the type does not
// have are sema's E0802.
//
// "Told about" depends on the target: a model with native structured output
// (or Anthropic's forced tool) receives the JSON Schema, enum values and
// field descriptions included, and decoding enforces it; every other model
// sees only the messages. So the first two rules fire only when some
// configured target (or, without `[lint] targets`, the prompt's own model)
// cannot constrain its output, or when no model is known at all.
#include <fmt/format.h>

#include <set>

#include "compiler/lint/rules/support.hpp"

namespace aep::lint::rules {
namespace {

// Targets (as "name (model)") whose model does not receive the schema.
std::vector<std::string> unconstrained_targets(const LintContext& ctx, const ir::Prompt& prompt) {
  std::vector<std::string> out;
  auto check = [&](const std::string& label, const std::optional<std::string>& model) {
    const targets::ModelInfo* info = model ? ctx.capabilities().find(*model) : nullptr;
    if (info == nullptr || info->structured_output == "none") out.push_back(label);
  };
  if (!ctx.targets().empty()) {
    for (const ConfiguredTarget& t : ctx.targets()) {
      std::optional<std::string> model = t.model ? t.model : prompt_model(prompt);
      check(fmt::format("`{}`{}", t.target.name, model ? fmt::format(" (`{}`)", *model) : std::string()), model);
    }
  } else {
    std::optional<std::string> model = prompt_model(prompt);
    check(model ? fmt::format("`{}`", *model) : std::string("an unspecified model"), model);
  }
  return out;
}

std::string join(const std::vector<std::string>& xs) {
  std::string out;
  for (std::size_t i = 0; i < xs.size(); ++i) out += (i ? ", " : "") + xs[i];
  return out;
}

// The label as prose may write it: `needs_human` also matches "needs human".
bool mentioned(std::string_view text_lower, const std::string& name) {
  std::string n = lower_ascii(name);
  if (contains_word(text_lower, n)) return true;
  std::string spaced = n;
  for (char& c : spaced) {
    if (c == '_' || c == '-') c = ' ';
  }
  return spaced != n && contains_word(text_lower, spaced);
}

void collect_enums(const sema::TypeRef& t, std::vector<const sema::Type*>& out, int depth = 0) {
  if (!t || depth > 16) return;
  if (t->tag == sema::TypeTag::Enum) {
    for (const sema::Type* e : out) {
      if (e == t.get()) return;
    }
    out.push_back(t.get());
  }
  if (t->element) collect_enums(t->element, out, depth + 1);
  for (const auto& f : t->fields) collect_enums(f.type, out, depth + 1);
}

Span prompt_name_span(const LintContext& ctx, const ir::Prompt& prompt) {
  const ast::PromptDecl* decl = find_prompt_decl(*ctx.module().ast, prompt.name);
  return decl && decl->name.span.valid() ? decl->name.span : prompt.span;
}

class UndescribedOutput final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "undescribed-output", Category::Correctness, Level::Warning,
        "an output type that no message describes, on a target that does not send the schema",
        "A declared output type is a contract the parser enforces, but a model that does not receive the JSON "
        "Schema (no native structured output) only knows what the messages say. If no message mentions JSON "
        "nor at least half of the record's fields, the model answers in prose and every call fails to parse. "
        "The rule looks at every literal text of the resolved prompt, examples included, and at the models "
        "of the configured targets.",
        "prompt Classify {\n  output { label: string  score: float }\n  user { \"Classify this review: great product\" }\n}\n",
        "prompt Classify {\n  output { label: string  score: float }\n  user { \"Classify this review and answer in JSON with `label` and `score`: great product\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || prompt->is_abstract || !prompt->output || !prompt->output->type) continue;
      const sema::Type& type = *prompt->output->type;
      if (type.tag != sema::TypeTag::Record || type.fields.empty()) continue;
      std::string text = lower_ascii(all_text(*prompt));
      if (contains_word(text, "json")) continue;
      std::size_t named = 0;
      for (const auto& f : type.fields) named += mentioned(text, f.name) ? 1 : 0;
      if (named * 2 >= type.fields.size()) continue;
      auto targets = unconstrained_targets(ctx, *prompt);
      if (targets.empty()) continue;
      Finding f{{}, prompt_name_span(ctx, *prompt),
                fmt::format("`{}` declares an output type that no message describes ({} of {} fields named, no mention of "
                            "JSON), and {} does not receive the schema",
                            prompt->name, named, type.fields.size(), join(targets)),
                "tell the model to answer in JSON and name the fields, or use a model with structured output", {},
                std::nullopt};
      if (reportable(ctx, prompt->output->origin.span)) f.notes.emplace_back(prompt->output->origin.span, "output declared here");
      out.emit(std::move(f));
    }
  }
};

class UnmentionedEnumLabel final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "unmentioned-enum-label", Category::Correctness, Level::Warning,
        "an enum label of the output type that the prompt never names, on a target that does not send the schema",
        "A model that does not receive the schema can only choose labels it has read. A label that no message "
        "or example names is never produced (or produced by luck), and a label the prompt spells differently "
        "fails the parse. Naming every label, ideally with what it means, is the single most effective fix "
        "for classification prompts on such models.",
        "enum Sentiment { positive, negative, mixed }\nprompt Classify {\n  output { sentiment: Sentiment }\n  user { \"Answer in JSON: is this review positive or negative? great product\" }\n}\n",
        "enum Sentiment { positive, negative, mixed }\nprompt Classify {\n  output { sentiment: Sentiment }\n  user { \"Answer in JSON: is this review positive, negative or mixed? great product\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || prompt->is_abstract || !prompt->output || !prompt->output->type) continue;
      std::vector<const sema::Type*> enums;
      collect_enums(prompt->output->type, enums);
      if (enums.empty()) continue;
      auto targets = unconstrained_targets(ctx, *prompt);
      if (targets.empty()) continue;
      std::string text = lower_ascii(all_text(*prompt));
      for (const sema::Type* e : enums) {
        std::vector<std::string> missing;
        for (const auto& v : e->values) {
          if (!mentioned(text, v.name)) missing.push_back("`" + v.name + "`");
        }
        if (missing.empty()) continue;
        Finding f{{}, prompt_name_span(ctx, *prompt),
                  fmt::format("`{}` never names {} {} of enum `{}`, and {} does not receive the schema", prompt->name,
                              missing.size() == 1 ? "label" : "labels", join(missing), e->name, join(targets)),
                  "list every label with a short definition in the instructions", {}, std::nullopt};
        if (reportable(ctx, e->span)) f.notes.emplace_back(e->span, "enum declared here");
        out.emit(std::move(f));
      }
    }
  }
};

// First mismatch between a JSON value and a type, or nullopt.
std::optional<std::string> mismatch(const nlohmann::json& v, const sema::TypeRef& t, const std::string& path, int depth = 0) {
  if (!t || depth > 32) return std::nullopt;
  if (v.is_null()) {
    if (t->optional || t->tag == sema::TypeTag::Json || t->tag == sema::TypeTag::Null) return std::nullopt;
    return fmt::format("`{}` is null but its type `{}` is not optional", path, sema::type_name(t));
  }
  auto expect = [&](bool ok) -> std::optional<std::string> {
    if (ok) return std::nullopt;
    return fmt::format("`{}` should be {} but is `{}`", path, sema::type_name(t), v.dump());
  };
  switch (t->tag) {
    case sema::TypeTag::String: return expect(v.is_string());
    case sema::TypeTag::Int: return expect(v.is_number_integer());
    case sema::TypeTag::Float: return expect(v.is_number());
    case sema::TypeTag::Bool: return expect(v.is_boolean());
    case sema::TypeTag::Json: return std::nullopt;
    case sema::TypeTag::Enum:
      if (!v.is_string()) return expect(false);
      if (!t->has_value(v.get<std::string>())) {
        return fmt::format("`{}` is `{}`, which is not a label of `{}`", path, v.get<std::string>(), t->name);
      }
      return std::nullopt;
    case sema::TypeTag::List:
      if (!v.is_array()) return expect(false);
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (auto m = mismatch(v[i], t->element, fmt::format("{}[{}]", path, i), depth + 1)) return m;
      }
      return std::nullopt;
    case sema::TypeTag::Map:
      if (!v.is_object()) return expect(false);
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (auto m = mismatch(it.value(), t->element, path + "." + it.key(), depth + 1)) return m;
      }
      return std::nullopt;
    case sema::TypeTag::Record: {
      if (!v.is_object()) return expect(false);
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (t->field(it.key()) == nullptr) {
          return fmt::format("`{}` has no field `{}` in `{}`", path, it.key(),
                             t->name.empty() ? std::string("the output type") : t->name);
        }
      }
      for (const auto& f : t->fields) {
        if (!v.contains(f.name)) {
          if (f.type && f.type->optional) continue;
          return fmt::format("`{}` lacks the field `{}`", path, f.name);
        }
        if (auto m = mismatch(v.at(f.name), f.type, path + "." + f.name, depth + 1)) return m;
      }
      return std::nullopt;
    }
    default: return std::nullopt;
  }
}

// A literal expression as JSON (nullopt when it is not a literal).
std::optional<nlohmann::json> literal_json(const ast::Expr* e, int depth = 0) {
  if (e == nullptr || depth > 32) return std::nullopt;
  switch (e->kind) {
    case ast::ExprKind::Null: return nlohmann::json(nullptr);
    case ast::ExprKind::Bool: return nlohmann::json(static_cast<const ast::BoolExpr&>(*e).value);
    case ast::ExprKind::Int: return nlohmann::json(static_cast<const ast::IntExpr&>(*e).value);
    case ast::ExprKind::Float: return nlohmann::json(static_cast<const ast::FloatExpr&>(*e).value);
    case ast::ExprKind::String: {
      const auto& s = static_cast<const ast::StringExpr&>(*e).value;
      if (s.has_interpolation()) return std::nullopt;
      return nlohmann::json(s.plain_text());
    }
    case ast::ExprKind::List: {
      nlohmann::json a = nlohmann::json::array();
      for (const auto& i : static_cast<const ast::ListExpr&>(*e).items) {
        auto v = literal_json(i.get(), depth + 1);
        if (!v) return std::nullopt;
        a.push_back(std::move(*v));
      }
      return a;
    }
    case ast::ExprKind::Object: {
      nlohmann::json o = nlohmann::json::object();
      for (const auto& en : static_cast<const ast::ObjectExpr&>(*e).entries) {
        auto v = literal_json(en.value.get(), depth + 1);
        if (!v) return std::nullopt;
        o[en.key.text] = std::move(*v);
      }
      return o;
    }
    default: return std::nullopt;
  }
}

// The assistant text with a ```json fence removed.
std::string strip_fence(std::string text) {
  auto trim = [](std::string& s) {
    std::size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
    s = b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  };
  trim(text);
  if (text.starts_with("```")) {
    std::size_t nl = text.find('\n');
    std::size_t close = text.rfind("```");
    if (nl != std::string::npos && close != std::string::npos && close > nl) text = text.substr(nl + 1, close - nl - 1);
    trim(text);
  }
  return text;
}

class ExampleOutputMismatch final : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "example-output-mismatch", Category::Correctness, Level::Error,
        "an example whose answer does not fit the prompt's output type",
        "Few-shot examples teach the format more strongly than any instruction: an example answer with a "
        "misspelt field, a missing required field, a label that is not in the enum, or text that is not JSON "
        "at all teaches the model to produce exactly that, and the parser then rejects real answers. Both "
        "forms are checked: `output { ... }` of an input/output example, and the last assistant turn of a "
        "multi-turn example when it is literal text.",
        "enum Sentiment { positive, negative }\nprompt Classify {\n  output { sentiment: Sentiment }\n  example { user { \"great\" } assistant { r#\"{\"sentiment\": \"happy\"}\"# } }\n  user { \"Answer in JSON with `sentiment`: awful\" }\n}\n",
        "enum Sentiment { positive, negative }\nprompt Classify {\n  output { sentiment: Sentiment }\n  example { user { \"great\" } assistant { r#\"{\"sentiment\": \"positive\"}\"# } }\n  user { \"Answer in JSON with `sentiment`: awful\" }\n}\n"};
    return i;
  }

  void check(const LintContext& ctx, Emitter& out) const override {
    for (const ir::Prompt* prompt : ctx.module().prompts) {
      if (prompt == nullptr || !prompt->output || !prompt->output->type) continue;
      const sema::TypeRef& type = prompt->output->type;
      if (type->tag != sema::TypeTag::Record) continue;
      for (const ir::Example& ex : prompt->examples) {
        if (ex.ast == nullptr || !in_current_module(ctx, ex.ast->span)) continue;
        // Report each example once, at the prompt that declares it.
        if (ex.origin.module != prompt->module || ex.origin.decl != prompt->name) continue;
        std::string label = ex.name.empty() ? std::string("an example") : fmt::format("example `{}`", ex.name);
        if (ex.ast->output) {
          auto v = literal_json(ex.ast->output.get());
          if (!v) continue;
          if (auto m = mismatch(*v, type, "output")) {
            out.emit({{}, ex.ast->output->span, fmt::format("the answer of {} does not fit the output type: {}", label, *m),
                      "make the example's answer a valid value of the output type", {}, std::nullopt});
          }
          continue;
        }
        const ast::MessageMember* last = nullptr;
        for (const auto& mm : ex.ast->messages) {
          if (mm && mm->role == ast::Role::Assistant) last = mm.get();
        }
        if (last == nullptr) continue;
        std::string text;
        bool literal = true;
        for (const auto& item : last->items) {
          if (!item || item->kind != ast::ItemKind::Text) {
            literal = false;
            break;
          }
          const auto& lit = static_cast<const ast::TextItem&>(*item).text;
          if (lit.has_interpolation()) {
            literal = false;
            break;
          }
          text += lit.plain_text();
        }
        if (!literal) continue;
        std::string body = strip_fence(text);
        auto parsed = nlohmann::json::parse(body, nullptr, false);
        if (parsed.is_discarded()) {
          out.emit({{}, last->span, fmt::format("the assistant answer of {} is not JSON, but the prompt declares an output type", label),
                    "write the answer as the JSON object the output type describes", {}, std::nullopt});
          continue;
        }
        if (auto m = mismatch(parsed, type, "output")) {
          out.emit({{}, last->span, fmt::format("the assistant answer of {} does not fit the output type: {}", label, *m),
                    "make the example's answer a valid value of the output type", {}, std::nullopt});
        }
      }
    }
  }
};

}  // namespace

AEP_LINT_RULE(UndescribedOutput);
AEP_LINT_RULE(UnmentionedEnumLabel);
AEP_LINT_RULE(ExampleOutputMismatch);

}  // namespace aep::lint::rules
