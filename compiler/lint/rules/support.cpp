// Implementation of the rules' shared walkers and text helpers (support.hpp).
#include "compiler/lint/rules/support.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace aep::lint::rules {
namespace {

// Calls fn(name, span) for each root name an expression reads, in
// expr_names() order, without building strings (names view the AST).
template <class Fn>
void for_each_expr_name(const ast::Expr* e, Fn& fn) {
  if (e == nullptr) return;
  switch (e->kind) {
    case ast::ExprKind::Name: {
      const auto& n = static_cast<const ast::NameExpr&>(*e);
      fn(std::string_view(n.name.text), n.name.span);
      break;
    }
    case ast::ExprKind::Member: for_each_expr_name(static_cast<const ast::MemberExpr&>(*e).object.get(), fn); break;
    case ast::ExprKind::Index: {
      const auto& i = static_cast<const ast::IndexExpr&>(*e);
      for_each_expr_name(i.object.get(), fn);
      for_each_expr_name(i.index.get(), fn);
      break;
    }
    case ast::ExprKind::Call:
      for (const auto& a : static_cast<const ast::CallExpr&>(*e).args) for_each_expr_name(a.value.get(), fn);
      break;
    case ast::ExprKind::Unary: for_each_expr_name(static_cast<const ast::UnaryExpr&>(*e).operand.get(), fn); break;
    case ast::ExprKind::Compare: {
      const auto& c = static_cast<const ast::CompareExpr&>(*e);
      for_each_expr_name(c.lhs.get(), fn);
      for_each_expr_name(c.rhs.get(), fn);
      break;
    }
    case ast::ExprKind::Logical:
      for (const auto& o : static_cast<const ast::LogicalExpr&>(*e).operands) for_each_expr_name(o.get(), fn);
      break;
    case ast::ExprKind::List:
      for (const auto& i : static_cast<const ast::ListExpr&>(*e).items) for_each_expr_name(i.get(), fn);
      break;
    case ast::ExprKind::Object:
      for (const auto& en : static_cast<const ast::ObjectExpr&>(*e).entries) for_each_expr_name(en.value.get(), fn);
      break;
    case ast::ExprKind::String:
      for (const auto& part : static_cast<const ast::StringExpr&>(*e).value.parts) {
        if (part.interp) for_each_expr_name(part.interp->expr.get(), fn);
      }
      break;
    default: break;
  }
}

// Names of a prompt's inputs, with loop variables mapped back to the input
// they iterate (so `for t in tickets { {{ t }} }` reads `tickets`). Deep
// prompts hold their ancestors' templates, so this walk runs over much
// text: names are views (of the AST and the prompt), not copies, and the
// prompt's inputs are hashed once instead of searched per name.
struct UseWalker {
  const ir::Prompt& prompt;
  std::vector<InputUse>& out;
  std::unordered_set<std::string_view> inputs;
  // Loop variable -> the input it iterates ("" = not an input), innermost last.
  std::vector<std::pair<std::string_view, std::string_view>> aliases;

  UseWalker(const ir::Prompt& p, std::vector<InputUse>& o) : prompt(p), out(o) {
    inputs.reserve(p.inputs.size());
    for (const ir::Input& in : p.inputs) inputs.insert(in.name);
  }

  std::optional<std::string_view> resolve(std::string_view name) const {
    for (auto it = aliases.rbegin(); it != aliases.rend(); ++it) {
      if (it->first == name) return it->second.empty() ? std::nullopt : std::optional<std::string_view>(it->second);
    }
    if (inputs.count(name) != 0) return name;
    return std::nullopt;
  }

  void add_expr(const ast::Expr* e, const InputUse& tmpl) {
    auto add = [&](std::string_view name, const Span& span) {
      if (auto input = resolve(name)) {
        InputUse& u = out.emplace_back(tmpl);
        u.input.assign(*input);
        u.span = span;
      }
    };
    for_each_expr_name(e, add);
  }

  void walk(const ir::Segments& segs, const InputUse& tmpl) {
    for (const ir::Segment& s : segs) {
      switch (s.kind) {
        case ir::SegmentKind::Interpolation:
          if (s.interp) add_expr(s.interp->expr.get(), tmpl);
          break;
        case ir::SegmentKind::If:
          for (const ir::Branch& b : s.branches) {
            InputUse test = tmpl;
            test.placed = false;
            add_expr(b.condition, test);
            walk(b.body, tmpl);
          }
          break;
        case ir::SegmentKind::For: {
          InputUse source = tmpl;
          source.placed = false;
          add_expr(s.iterable, source);
          std::string_view input;
          if (s.iterable && s.iterable->kind == ast::ExprKind::Name) {
            input = resolve(static_cast<const ast::NameExpr&>(*s.iterable).name.text).value_or("");
          } else if (s.iterable) {
            bool first = true;
            auto take = [&](std::string_view name, const Span&) {
              if (first) input = resolve(name).value_or("");
              first = false;
            };
            for_each_expr_name(s.iterable, take);
          }
          std::size_t depth = aliases.size();
          aliases.emplace_back(s.var, input);
          if (!s.second_var.empty()) aliases.emplace_back(s.second_var, input);
          walk(s.body, tmpl);
          aliases.resize(depth);
          break;
        }
        case ir::SegmentKind::Fragment:
          // Arguments are read in the caller's scope; the fragment's body
          // names its own parameters, never the prompt's inputs.
          for (const ir::Binding& b : s.bindings) {
            if (!b.is_default) add_expr(b.value, tmpl);
          }
          break;
        case ir::SegmentKind::Section: walk(s.body, tmpl); break;
        default: break;
      }
    }
  }
};

void items_strings(const ast::Items& items, ast::Role role, const std::function<void(const StringRef&)>& fn);

void expr_strings(const ast::Expr* e, const StringRef& tmpl, const std::function<void(const StringRef&)>& fn) {
  if (e == nullptr) return;
  switch (e->kind) {
    case ast::ExprKind::String: {
      StringRef r = tmpl;
      r.lit = &static_cast<const ast::StringExpr&>(*e).value;
      fn(r);
      break;
    }
    case ast::ExprKind::List:
      for (const auto& i : static_cast<const ast::ListExpr&>(*e).items) expr_strings(i.get(), tmpl, fn);
      break;
    case ast::ExprKind::Object:
      for (const auto& en : static_cast<const ast::ObjectExpr&>(*e).entries) expr_strings(en.value.get(), tmpl, fn);
      break;
    case ast::ExprKind::Call:
      for (const auto& a : static_cast<const ast::CallExpr&>(*e).args) expr_strings(a.value.get(), tmpl, fn);
      break;
    default: break;
  }
}

void items_strings(const ast::Items& items, ast::Role role, const std::function<void(const StringRef&)>& fn) {
  for (const auto& item : items) {
    if (!item) continue;
    switch (item->kind) {
      case ast::ItemKind::Text: fn({&static_cast<const ast::TextItem&>(*item).text, true, false, role}); break;
      case ast::ItemKind::Section: items_strings(static_cast<const ast::SectionItem&>(*item).body, role, fn); break;
      case ast::ItemKind::If: {
        const auto& i = static_cast<const ast::IfItem&>(*item);
        for (const auto& b : i.branches) items_strings(b.body, role, fn);
        items_strings(i.else_body, role, fn);
        break;
      }
      case ast::ItemKind::For: items_strings(static_cast<const ast::ForItem&>(*item).body, role, fn); break;
      case ast::ItemKind::Use:
        for (const auto& a : static_cast<const ast::UseItem&>(*item).args) {
          expr_strings(a.value.get(), {nullptr, true, false, role}, fn);
        }
        break;
      default: break;
    }
  }
}

void members_strings(const ast::Members& members, const std::function<void(const StringRef&)>& fn) {
  for (const auto& m : members) {
    if (!m) continue;
    switch (m->kind) {
      case ast::MemberKind::Message: {
        const auto& msg = static_cast<const ast::MessageMember&>(*m);
        items_strings(msg.items, msg.role, fn);
        break;
      }
      case ast::MemberKind::Example: {
        const auto& ex = static_cast<const ast::ExampleMember&>(*m);
        for (const auto& msg : ex.messages) {
          if (msg) items_strings(msg->items, msg->role, fn);
        }
        for (const auto& e : ex.input) expr_strings(e.value.get(), {nullptr, true, false, ast::Role::User}, fn);
        expr_strings(ex.output.get(), {nullptr, true, false, ast::Role::Assistant}, fn);
        break;
      }
      case ast::MemberKind::Input:
        expr_strings(static_cast<const ast::InputMember&>(*m).default_value.get(), {nullptr, true, false, ast::Role::User}, fn);
        break;
      default: break;
    }
  }
}

}  // namespace

void for_each_text(const ir::Prompt& prompt, const std::function<void(const TextPiece&)>& fn) {
  struct NoBranch {};
  walk_text(
      prompt, NoBranch{}, [&](const TextPiece& p, NoBranch) { fn(p); },
      [](const ir::Segment&, std::size_t, NoBranch) { return NoBranch{}; });
}

std::string all_text(const ir::Prompt& prompt, bool with_examples) {
  std::string out;
  for_each_text(prompt, [&](const TextPiece& p) {
    if (p.in_example && !with_examples) return;
    out.append(p.text);
    out += '\n';
  });
  return out;
}

void expr_names(const ast::Expr* e, std::vector<std::pair<std::string, Span>>& out) {
  auto add = [&](std::string_view name, const Span& span) { out.emplace_back(std::string(name), span); };
  for_each_expr_name(e, add);
}

bool reads_names(const ast::Expr* e) {
  bool any = false;
  auto seen = [&](std::string_view, const Span&) { any = true; };
  for_each_expr_name(e, seen);
  return any;
}

const std::vector<InputUse>& input_uses(const LintContext& ctx, const ir::Prompt& prompt) {
  static const char tag = 0;
  return ctx.memo<std::vector<InputUse>>(&prompt, &tag, [&](std::vector<InputUse>& uses) { uses = input_uses(prompt); });
}

std::vector<InputUse> input_uses(const ir::Prompt& prompt) {
  std::vector<InputUse> out;
  UseWalker w{prompt, out};
  for (std::size_t i = 0; i < prompt.messages.size(); ++i) {
    const ir::Message& m = prompt.messages[i];
    InputUse tmpl;
    tmpl.role = m.role;
    tmpl.message = i;
    if (m.kind == ir::MessageKind::History) {
      InputUse h = tmpl;
      h.input = m.history_input;
      h.span = m.origin.span;
      h.history = true;
      out.push_back(std::move(h));
      continue;
    }
    w.walk(m.body, tmpl);
  }
  for (std::size_t e = 0; e < prompt.examples.size(); ++e) {
    for (const ir::Message& m : prompt.examples[e].messages) {
      InputUse tmpl;
      tmpl.role = m.role;
      tmpl.message = e;
      tmpl.in_example = true;
      w.walk(m.body, tmpl);
    }
  }
  return out;
}

void for_each_section(const ir::Prompt& prompt,
                      const std::function<void(const ir::Segment&, ast::Role, std::size_t)>& fn) {
  for (std::size_t i = 0; i < prompt.messages.size(); ++i) {
    find_section(prompt.messages[i].body, [&](const ir::Segment& s) {
      fn(s, prompt.messages[i].role, i);
      return false;
    });
  }
}

void for_each_string(const ast::Module& module, const std::function<void(const StringRef&)>& fn) {
  for (const auto& d : module.decls) {
    if (!d) continue;
    switch (d->kind) {
      case ast::DeclKind::Fragment:
        items_strings(static_cast<const ast::FragmentDecl&>(*d).body, ast::Role::System, fn);
        break;
      case ast::DeclKind::Mixin: members_strings(static_cast<const ast::MixinDecl&>(*d).members, fn); break;
      case ast::DeclKind::Prompt: members_strings(static_cast<const ast::PromptDecl&>(*d).members, fn); break;
      case ast::DeclKind::Test:
      case ast::DeclKind::Eval:
        for (const auto& item : static_cast<const ast::TestDecl&>(*d).items) {
          if (item && item->kind == ast::CheckItemKind::Input) {
            for (const auto& e : static_cast<const ast::InputCheck&>(*item).entries) {
              expr_strings(e.value.get(), {nullptr, false, true, ast::Role::User}, fn);
            }
          }
        }
        break;
      default: break;
    }
  }
}

const ast::PromptDecl* find_prompt_decl(const ast::Module& module, std::string_view name) {
  for (const auto& d : module.decls) {
    if (d && d->kind == ast::DeclKind::Prompt) {
      const auto& p = static_cast<const ast::PromptDecl&>(*d);
      if (p.name.text == name) return &p;
    }
  }
  return nullptr;
}

const ir::Prompt* prompt_of_test(const LintContext& ctx, const ast::TestDecl& test) {
  if (ctx.program() == nullptr) return nullptr;
  for (const auto& [name, prompt] : ctx.program()->prompts) {
    if (!prompt) continue;
    for (const ast::TestDecl* t : prompt->tests) {
      if (t == &test) return prompt.get();
    }
  }
  return nullptr;
}

const LintModule* module_of(const LintContext& ctx, const ir::Prompt& prompt) {
  return ctx.find_module(prompt.module);
}

const ast::Expr* config_expr(const ir::Prompt& prompt, std::string_view key) {
  auto it = prompt.config.find(std::string(key));
  return it == prompt.config.end() ? nullptr : it->second.value;
}

std::optional<std::string> config_string(const ir::Prompt& prompt, std::string_view key) {
  const ast::Expr* e = config_expr(prompt, key);
  if (e == nullptr || e->kind != ast::ExprKind::String) return std::nullopt;
  const auto& s = static_cast<const ast::StringExpr&>(*e).value;
  if (s.has_interpolation()) return std::nullopt;
  return s.plain_text();
}

std::optional<double> config_number(const ir::Prompt& prompt, std::string_view key) {
  const ast::Expr* e = config_expr(prompt, key);
  if (e == nullptr) return std::nullopt;
  if (e->kind == ast::ExprKind::Int) return static_cast<double>(static_cast<const ast::IntExpr&>(*e).value);
  if (e->kind == ast::ExprKind::Float) return static_cast<const ast::FloatExpr&>(*e).value;
  return std::nullopt;
}

Span config_span(const ir::Prompt& prompt, std::string_view key) {
  auto it = prompt.config.find(std::string(key));
  if (it == prompt.config.end()) return {};
  return it->second.origin.span.valid() ? it->second.origin.span : (it->second.value ? it->second.value->span : Span{});
}

std::optional<std::int64_t> max_output_tokens(const ir::Prompt& prompt, Span* where) {
  for (std::string_view key : {"max_tokens", "max_output_tokens"}) {
    if (auto n = config_number(prompt, key)) {
      if (where) *where = config_span(prompt, key);
      return static_cast<std::int64_t>(*n);
    }
  }
  return std::nullopt;
}

std::optional<std::string> prompt_model(const ir::Prompt& prompt) { return config_string(prompt, "model"); }

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (static_cast<unsigned char>(c) >= 0x80);
}

std::vector<std::size_t> find_words(std::string_view haystack, std::string_view word) {
  std::vector<std::size_t> out;
  if (word.empty()) return out;
  std::size_t pos = 0;
  while ((pos = haystack.find(word, pos)) != std::string_view::npos) {
    bool left = pos == 0 || !is_word_char(haystack[pos - 1]) || !is_word_char(word.front());
    std::size_t end = pos + word.size();
    bool right = end >= haystack.size() || !is_word_char(haystack[end]) || !is_word_char(word.back());
    if (left && right) out.push_back(pos);
    pos += 1;
  }
  return out;
}

bool contains_word(std::string_view haystack, std::string_view word) {
  // find_words() without building the list: stops at the first match.
  if (word.empty()) return false;
  for (std::size_t pos = haystack.find(word); pos != std::string_view::npos; pos = haystack.find(word, pos + 1)) {
    bool left = pos == 0 || !is_word_char(haystack[pos - 1]) || !is_word_char(word.front());
    std::size_t end = pos + word.size();
    bool right = end >= haystack.size() || !is_word_char(haystack[end]) || !is_word_char(word.back());
    if (left && right) return true;
  }
  return false;
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  for_each_sentence(text, [&](const Sentence& s) { out.push_back(s); });
  return out;
}

Span sub_span(const LintContext& ctx, Span base, std::string_view text, std::size_t begin, std::size_t end) {
  const SourceFile* file = ctx.sources().find(base.file);
  if (file == nullptr || !base.valid() || begin >= end || end > text.size()) return base;
  std::string_view source = ctx.text(base);
  std::string_view needle = text.substr(begin, end - begin);
  std::size_t at = std::string_view::npos;
  if (source == text) {
    at = begin;
  } else {
    // Decoded text differs from the source (escapes, stripped indentation):
    // find the same occurrence of the needle, counting earlier ones.
    std::size_t nth = 0;
    for (std::size_t p = text.find(needle); p != std::string_view::npos && p < begin; p = text.find(needle, p + 1)) ++nth;
    std::size_t p = source.find(needle);
    while (p != std::string_view::npos && nth > 0) {
      p = source.find(needle, p + 1);
      --nth;
    }
    at = p;
  }
  if (at == std::string_view::npos) return base;
  return file->span(base.begin + static_cast<std::uint32_t>(at), base.begin + static_cast<std::uint32_t>(at + needle.size()));
}

bool reportable(const LintContext& ctx, Span span) { return span.valid() && ctx.sources().find(span.file) != nullptr; }

bool in_current_module(const LintContext& ctx, Span span) {
  return span.valid() && ctx.module().file != nullptr && span.file == ctx.module().file->id();
}

std::string_view role_name(ast::Role role) { return ast::to_string(role); }

}  // namespace aep::lint::rules
