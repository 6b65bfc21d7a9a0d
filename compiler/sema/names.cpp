// Name lookup across imports, resolution of type expressions and
// declarations into semantic types, annotation constraints, and tools.
#include <fmt/format.h>

#include "compiler/sema/analyzer.hpp"
#include "compiler/sema/suggest.hpp"

namespace aep::sema {

std::string_view decl_name_of(const ast::Decl& d) {
  switch (d.kind) {
    case ast::DeclKind::Enum: return static_cast<const ast::EnumDecl&>(d).name.text;
    case ast::DeclKind::Type: return static_cast<const ast::TypeDecl&>(d).name.text;
    case ast::DeclKind::Tool: return static_cast<const ast::ToolDecl&>(d).name.text;
    case ast::DeclKind::Fragment: return static_cast<const ast::FragmentDecl&>(d).name.text;
    case ast::DeclKind::Mixin: return static_cast<const ast::MixinDecl&>(d).name.text;
    case ast::DeclKind::Prompt: return static_cast<const ast::PromptDecl&>(d).name.text;
    default: return {};
  }
}

std::string origin_text(const ir::Origin& o) {
  return fmt::format("{}.{}@{}", o.module, o.decl, o.span.line);
}

const TypeRef* Scope::find(std::string_view name) const {
  for (const Scope* s = this; s; s = s->parent) {
    for (const auto& [n, t] : s->names) {
      if (n == name) return &t;
    }
  }
  return nullptr;
}

bool Scope::is_untrusted(std::string_view name) const {
  for (const Scope* s = this; s; s = s->parent) {
    for (const auto& [n, t] : s->names) {
      if (n == name) return s->untrusted.count(std::string(name)) > 0;
    }
  }
  return false;
}

std::vector<std::string> Scope::all_names() const {
  std::vector<std::string> out;
  for (const Scope* s = this; s; s = s->parent) {
    for (const auto& [n, t] : s->names) out.push_back(n);
  }
  return out;
}

void Analyzer::report(Diagnostic diag) {
  // A parent's body is checked again inside every child; say it once.
  ++report_attempts_;
  auto key = std::make_tuple(diag.kind, diag.primary.file, diag.primary.begin, diag.primary.end);
  if (diag.primary.valid() && !reported_.insert(key).second) return;
  sink_.report(std::move(diag));
}

std::string Analyzer::qualified(std::size_t module, std::string_view name) const {
  return program_.modules[module]->path + "." + std::string(name);
}

Analyzer::Found Analyzer::lookup(std::size_t module_index, const ast::QualifiedName& name) {
  Module& module = *program_.modules[module_index];
  if (name.parts.empty()) return {nullptr, 0, true};
  if (name.parts.size() == 1) {
    const std::string& n = name.parts[0].text;
    if (auto it = module.decls.find(n); it != module.decls.end()) return {it->second, module_index, false};
    if (auto it = module.imports.find(n); it != module.imports.end()) {
      it->second.used = true;
      return {it->second.decl, it->second.module, false};
    }
    if (module.broken_names.count(n)) return {nullptr, 0, true};
    return {};
  }
  // `alias.Name` or `a.b.Name` through a whole-module import, or a fully
  // qualified name of a module this one imports in any form.
  std::string prefix;
  for (std::size_t i = 0; i + 1 < name.parts.size(); ++i) prefix += (i ? "." : "") + name.parts[i].text;
  const std::string& last = name.parts.back().text;
  std::optional<std::size_t> target;
  if (auto it = module.module_aliases.find(prefix); it != module.module_aliases.end()) {
    target = it->second;
    if (auto b = module.imports.find("module " + prefix); b != module.imports.end()) b->second.used = true;
  } else if (module.broken_names.count(prefix)) {
    return {nullptr, 0, true};
  } else {
    for (auto& [local, binding] : module.imports) {
      if (program_.modules[binding.module]->path == prefix) {
        target = binding.module;
        binding.used = true;
        break;
      }
    }
  }
  if (!target) return {};
  const Module& from = *program_.modules[*target];
  if (auto it = from.decls.find(last); it != from.decls.end()) return {it->second, *target, false};
  return {};
}

namespace {

std::string kind_word(ast::DeclKind k) {
  switch (k) {
    case ast::DeclKind::Enum: return "enum";
    case ast::DeclKind::Type: return "type";
    case ast::DeclKind::Tool: return "tool";
    case ast::DeclKind::Fragment: return "fragment";
    case ast::DeclKind::Mixin: return "mixin";
    case ast::DeclKind::Prompt: return "prompt";
    default: return "declaration";
  }
}

}  // namespace

const ast::Decl* Analyzer::expect(std::size_t module_index, const ast::QualifiedName& name, ast::DeclKind kind,
                                  std::string_view what, std::size_t* found_module) {
  Found found = lookup(module_index, name);
  if (found.broken) return nullptr;
  if (!found.decl) {
    std::vector<std::string> candidates;
    const Module& module = *program_.modules[module_index];
    for (const auto& [n, d] : module.decls) {
      if (d->kind == kind) candidates.push_back(n);
    }
    for (const auto& [n, b] : module.imports) {
      if (b.decl && b.decl->kind == kind) candidates.push_back(n);
    }
    auto d = make_diag(DiagKind::UnknownName, name.span, fmt::format("unknown {} `{}`", what, name.joined()))
                 .primary_label("not declared in this module nor imported");
    if (auto s = closest_name(name.joined(), candidates)) d.help("did you mean `" + *s + "`?");
    else d.help(fmt::format("declare it here, or import it: `import some.module.{{{}}}`", name.parts.back().text));
    report(d);
    return nullptr;
  }
  if (found.decl->kind != kind) {
    report(make_diag(DiagKind::WrongKindOfName, name.span,
                     fmt::format("`{}` is a {}, not a {}", name.joined(), kind_word(found.decl->kind), what))
               .label(static_cast<const ast::Decl*>(found.decl)->span, "declared here"));
    return nullptr;
  }
  if (found_module) *found_module = found.module;
  return found.decl;
}

TypeRef Analyzer::resolve_type(std::size_t module, const ast::TypeExpr& expr) {
  TypeRef result;
  if (expr.kind == ast::TypeKind::Record) {
    const auto& record = static_cast<const ast::RecordType&>(expr);
    auto t = std::make_shared<Type>();
    t->tag = TypeTag::Record;
    t->span = expr.span;
    t->fields = fields_of(module, record.fields, "field");
    result = t;
  } else {
    const auto& named = static_cast<const ast::NamedType&>(expr);
    std::string n = named.name.joined();
    auto want_args = [&](std::size_t count) {
      if (named.args.size() == count) return true;
      report(make_diag(DiagKind::TypeArgumentCount, named.span,
                       count == 0 ? fmt::format("`{}` takes no type arguments", n)
                                  : fmt::format("`{}` takes {} type argument, not {}", n, count, named.args.size()))
                 .help(count == 0 ? std::string("remove the `<...>`") : fmt::format("write `{}<T>`", n)));
      return false;
    };
    static const std::map<std::string, TypeTag, std::less<>> builtins = {
        {"string", TypeTag::String}, {"int", TypeTag::Int},   {"float", TypeTag::Float},
        {"bool", TypeTag::Bool},     {"json", TypeTag::Json}, {"messages", TypeTag::Messages}};
    bool shadowed = named.name.parts.size() == 1 && program_.modules[module]->decls.count(n);
    if (auto b = builtins.find(n); b != builtins.end() && !shadowed) {
      if (!want_args(0)) return nullptr;
      result = primitive(b->second);
    } else if ((n == "list" || n == "map") && !shadowed) {
      if (!want_args(1)) return nullptr;
      auto t = std::make_shared<Type>();
      t->tag = n == "list" ? TypeTag::List : TypeTag::Map;
      t->element = resolve_type(module, *named.args[0]);
      if (!t->element) return nullptr;
      result = t;
    } else {
      Found found = lookup(module, named.name);
      if (found.broken) return nullptr;
      if (!found.decl || (found.decl->kind != ast::DeclKind::Type && found.decl->kind != ast::DeclKind::Enum)) {
        std::vector<std::string> candidates = {"string", "int", "float", "bool", "json", "messages", "list", "map"};
        const Module& m = *program_.modules[module];
        for (const auto& [name, d] : m.decls) {
          if (d->kind == ast::DeclKind::Type || d->kind == ast::DeclKind::Enum) candidates.push_back(name);
        }
        for (const auto& [name, b] : m.imports) {
          if (b.decl && (b.decl->kind == ast::DeclKind::Type || b.decl->kind == ast::DeclKind::Enum)) candidates.push_back(name);
        }
        auto d = make_diag(found.decl ? DiagKind::WrongKindOfName : DiagKind::UnknownType, named.name.span,
                           found.decl ? fmt::format("`{}` is a {}, not a type", n, kind_word(found.decl->kind))
                                      : fmt::format("unknown type `{}`", n));
        if (auto s = closest_name(n, candidates)) d.help("did you mean `" + *s + "`?");
        report(d);
        return nullptr;
      }
      if (!want_args(0)) return nullptr;
      result = decl_type(found.module, *found.decl);
      if (!result) return nullptr;
    }
  }
  return with_optional(result, expr.optional || result->optional);
}

Constraints Analyzer::constraints_of(const ast::Annotations& annotations, const TypeRef& type, const ast::Doc* doc) {
  Constraints c;
  if (doc && !doc->text.empty()) c.description = doc->text;
  auto number = [](const ast::Expr* e) -> std::optional<double> {
    if (!e) return std::nullopt;
    if (e->kind == ast::ExprKind::Int) return static_cast<double>(static_cast<const ast::IntExpr*>(e)->value);
    if (e->kind == ast::ExprKind::Float) return static_cast<const ast::FloatExpr*>(e)->value;
    return std::nullopt;
  };
  auto plain_string = [](const ast::Expr* e) -> std::optional<std::string> {
    if (!e || e->kind != ast::ExprKind::String) return std::nullopt;
    const auto& lit = static_cast<const ast::StringExpr*>(e)->value;
    if (lit.has_interpolation()) return std::nullopt;
    return lit.plain_text();
  };
  for (const ast::Annotation& a : annotations) {
    const std::string& n = a.name.text;
    if (n == "range") {
      bool numeric = type && (type->tag == TypeTag::Int || type->tag == TypeTag::Float ||
                              (type->tag == TypeTag::List && type->element &&
                               (type->element->tag == TypeTag::Int || type->element->tag == TypeTag::Float)));
      auto lo = a.args.size() == 2 ? number(a.args[0].value.get()) : std::nullopt;
      auto hi = a.args.size() == 2 ? number(a.args[1].value.get()) : std::nullopt;
      if (type && !numeric) {
        report(make_diag(DiagKind::InvalidAnnotation, a.span, fmt::format("`@range` on a value of type `{}`", type_name(type)))
                   .help("`@range(min, max)` applies to `int` and `float`"));
      } else if (!lo || !hi || *lo > *hi) {
        report(make_diag(DiagKind::InvalidAnnotation, a.span, "`@range` takes two numbers, the smaller first")
                   .help("write `@range(1, 5)`"));
      } else {
        c.minimum = lo;
        c.maximum = hi;
      }
    } else if (n == "pattern") {
      auto p = a.args.size() == 1 ? plain_string(a.args[0].value.get()) : std::nullopt;
      if (type && type->tag != TypeTag::String) {
        report(make_diag(DiagKind::InvalidAnnotation, a.span, fmt::format("`@pattern` on a value of type `{}`", type_name(type)))
                   .help("`@pattern(\"regex\")` applies to `string`"));
      } else if (!p) {
        report(make_diag(DiagKind::InvalidAnnotation, a.span, "`@pattern` takes one string without interpolation"));
      } else {
        c.pattern = p;
      }
    } else if (n == "desc") {
      auto d = a.args.size() == 1 ? plain_string(a.args[0].value.get()) : std::nullopt;
      if (!d) report(make_diag(DiagKind::InvalidAnnotation, a.span, "`@desc` takes one string without interpolation"));
      else c.description = *d;
    }
  }
  return c;
}

std::vector<RecordField> Analyzer::fields_of(std::size_t module, const std::vector<ast::Field>& fields, std::string_view what) {
  std::vector<RecordField> out;
  std::map<std::string, const ast::Field*> seen;
  for (const ast::Field& f : fields) {
    if (auto [it, inserted] = seen.emplace(f.name.text, &f); !inserted) {
      report(make_diag(DiagKind::DuplicateField, f.name.span, fmt::format("{} `{}` is declared twice", what, f.name.text))
                 .label(it->second->name.span, "first declared here"));
      continue;
    }
    RecordField rf;
    rf.name = f.name.text;
    rf.decl = &f;
    rf.type = f.type ? resolve_type(module, *f.type) : nullptr;
    rf.constraints = constraints_of(f.annotations, rf.type, &f.doc);
    if (f.default_value && rf.type) check_value(*f.default_value, rf.type, fmt::format("the default of `{}`", f.name.text));
    if (!rf.type) rf.type = primitive(TypeTag::Json);
    out.push_back(std::move(rf));
  }
  return out;
}

TypeRef Analyzer::decl_type(std::size_t module, const ast::Decl& decl) {
  if (auto it = decl_types_.find(&decl); it != decl_types_.end()) return it->second;
  if (decl.kind == ast::DeclKind::Enum) {
    const auto& e = static_cast<const ast::EnumDecl&>(decl);
    auto t = std::make_shared<Type>();
    t->tag = TypeTag::Enum;
    t->name = qualified(module, e.name.text);
    t->span = e.name.span;
    t->description = constraints_of(e.annotations, nullptr, &e.doc).description;
    std::map<std::string, const ast::EnumMember*> seen;
    for (const auto& m : e.members) {
      if (auto [it, inserted] = seen.emplace(m.name.text, &m); !inserted) {
        report(make_diag(DiagKind::DuplicateField, m.name.span, fmt::format("enum value `{}` is listed twice", m.name.text))
                   .label(it->second->name.span, "first listed here"));
        continue;
      }
      t->values.push_back({m.name.text, constraints_of(m.annotations, nullptr, &m.doc).description});
    }
    decl_types_[&decl] = t;
    return t;
  }
  const auto& td = static_cast<const ast::TypeDecl&>(decl);
  if (types_in_progress_.count(&decl)) {
    report(make_diag(DiagKind::RecursiveType, td.name.span, fmt::format("type `{}` contains itself", td.name.text))
               .help("JSON Schema of the targets cannot express recursion; use `json` for the recursive part"));
    decl_types_[&decl] = nullptr;
    return nullptr;
  }
  types_in_progress_.insert(&decl);
  TypeRef t = td.type ? resolve_type(module, *td.type) : nullptr;
  types_in_progress_.erase(&decl);
  if (t && !td.is_alias) {
    auto named = std::make_shared<Type>(*t);
    named->name = qualified(module, td.name.text);
    named->span = td.name.span;
    named->description = constraints_of(td.annotations, nullptr, &td.doc).description;
    t = named;
  }
  if (decl_types_.count(&decl) && !decl_types_[&decl]) return nullptr;  // recursion reported inside
  decl_types_[&decl] = t;
  return t;
}

const ir::Tool& Analyzer::tool_of(std::size_t module, const ast::ToolDecl& tool) {
  if (auto it = tools_.find(&tool); it != tools_.end()) return it->second;
  ir::Tool t;
  t.name = tool.name.text;
  t.decl = &tool;
  t.origin = {program_.modules[module]->path, tool.name.text, tool.name.span};
  if (tool.description) t.description = tool.description->plain_text();
  if (t.description.empty()) t.description = tool.doc.text;
  Type params;
  params.tag = TypeTag::Record;
  params.fields = fields_of(module, tool.params, "parameter");
  t.parameters = json_schema(params);
  if (tool.result) t.result = resolve_type(module, *tool.result);
  return tools_.emplace(&tool, std::move(t)).first->second;
}

}  // namespace aep::sema
