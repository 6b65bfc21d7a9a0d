// Lowering of message content (AST items) to IR segments: text, checked
// interpolations, conditions, loops, sections and `use` of fragments, whose
// bodies are checked once against their parameters and inlined as scopes.
#include <fmt/format.h>

#include "compiler/sema/analyzer.hpp"
#include "compiler/sema/ir_copy.hpp"
#include "compiler/sema/suggest.hpp"

namespace aep::sema {
namespace {

bool is_edit(const ast::SectionItem& s) {
  return s.has(ast::SectionModifierKind::Override) || s.has(ast::SectionModifierKind::Append) ||
         s.has(ast::SectionModifierKind::Prepend) || s.has(ast::SectionModifierKind::Remove);
}

std::vector<ir::Annotation> annotations_of(const ast::Annotations& as) {
  std::vector<ir::Annotation> out;
  for (const auto& a : as) out.push_back({a.name.text, &a});
  return out;
}

}  // namespace

ir::Segments Analyzer::lower_items(const ast::Items& items, const Scope& scope, const BodyContext& ctx,
                                   std::vector<SectionEdit>* edits) {
  ir::Segments out;
  out.reserve(items.size());  // a text item may add several: the vector grows then
  for (const auto& item : items) {
    ir::Segment seg;
    seg.span = item->span;
    switch (item->kind) {
      case ast::ItemKind::Text: {
        const auto& lit = static_cast<const ast::TextItem&>(*item).text;
        for (const auto& part : lit.parts) {
          ir::Segment p;
          p.span = part.span;
          if (part.interp) {
            check_interpolation(*part.interp, scope, ctx);
            p.kind = ir::SegmentKind::Interpolation;
            p.interp = part.interp.get();
          } else {
            p.kind = ir::SegmentKind::Text;
            p.text = part.text;
          }
          out.push_back(std::move(p));
        }
        continue;
      }
      case ast::ItemKind::Interpolation: {
        const auto& i = static_cast<const ast::InterpolationItem&>(*item);
        check_interpolation(i.interp, scope, ctx);
        seg.kind = ir::SegmentKind::Interpolation;
        seg.interp = &i.interp;
        break;
      }
      case ast::ItemKind::If: {
        const auto& i = static_cast<const ast::IfItem&>(*item);
        seg.kind = ir::SegmentKind::If;
        for (const auto& b : i.branches) {
          BodyContext test = ctx;
          test.placing = false;  // a condition reads the value, it does not place it
          if (b.condition) type_of(*b.condition, scope, test);  // any type: documented truthiness
          seg.branches.push_back({b.condition.get(), lower_items(b.body, scope, ctx, nullptr), b.span});
        }
        if (i.has_else) seg.branches.push_back({nullptr, lower_items(i.else_body, scope, ctx, nullptr), i.else_span});
        break;
      }
      case ast::ItemKind::For: {
        const auto& f = static_cast<const ast::ForItem&>(*item);
        seg.kind = ir::SegmentKind::For;
        seg.var = f.var.text;
        seg.iterable = f.iterable.get();
        BodyContext source = ctx;
        source.placing = false;  // the loop variables carry the untrusted mark instead
        TypeRef it = f.iterable ? type_of(*f.iterable, scope, source) : nullptr;
        TypeRef first, second;
        if (it) {
          TypeRef bare = with_optional(it, false);
          if (bare->tag == TypeTag::List) {
            first = f.second_var ? primitive(TypeTag::Int) : bare->element;
            second = bare->element;
          } else if (bare->tag == TypeTag::Map) {
            first = primitive(TypeTag::String);
            second = bare->element;
            if (!f.second_var) {
              report(make_diag(DiagKind::NotIterable, f.var.span, "a loop over a map names a key and a value")
                         .help(fmt::format("write `for key, {} in ...`", f.var.text)));
            }
          } else if (bare->tag == TypeTag::Json) {
            first = second = primitive(TypeTag::Json);
          } else {
            report(make_diag(DiagKind::NotIterable, f.iterable->span,
                             fmt::format("cannot loop over a value of type `{}`", type_name(it)))
                       .help("`for` walks a `list<T>` (item, or index and item) or a `map<T>` (key and value)"));
          }
        }
        Scope inner{&scope, {}, {}};
        if (f.second_var) {
          seg.second_var = f.second_var->text;
          inner.names.emplace_back(f.var.text, first);
          inner.names.emplace_back(f.second_var->text, second);
        } else {
          inner.names.emplace_back(f.var.text, first);
        }
        // Loop variables of an untrusted list stay untrusted.
        if (f.iterable && f.iterable->kind == ast::ExprKind::Name &&
            scope.is_untrusted(static_cast<const ast::NameExpr&>(*f.iterable).name.text)) {
          inner.untrusted.insert(f.var.text);
          if (f.second_var) inner.untrusted.insert(f.second_var->text);
        }
        seg.var_type = first;
        seg.second_var_type = second;
        seg.body = lower_items(f.body, inner, ctx, nullptr);
        break;
      }
      case ast::ItemKind::Super:
        if (!ctx.in_override) {
          report(make_diag(DiagKind::SuperOutsideOverride, item->span, "`super` outside an `override` section")
                     .help("`super` stands for the parent's content of the section being overridden; "
                           "use it inside `override section name { ... }`"));
          continue;
        }
        seg.kind = ir::SegmentKind::Super;
        break;
      case ast::ItemKind::Section: {
        const auto& s = static_cast<const ast::SectionItem&>(*item);
        bool o = s.has(ast::SectionModifierKind::Override), a = s.has(ast::SectionModifierKind::Append),
             p = s.has(ast::SectionModifierKind::Prepend), r = s.has(ast::SectionModifierKind::Remove),
             q = s.has(ast::SectionModifierKind::Required);
        if (int(o) + int(a) + int(p) + int(r) + int(q) > 1) {
          report(make_diag(DiagKind::ConflictingModifiers, s.span,
                           fmt::format("section `{}` has modifiers that exclude each other", s.name.text))
                     .help("use one of `override`, `append`, `prepend`, `remove`, `required`"));
        }
        auto section = std::make_shared<ir::Section>();
        section->name = s.name.text;
        section->origin = ctx.origin;
        section->origin.span = s.name.span;
        section->priority = s.budget.priority;
        section->shrink = s.budget.shrink;
        section->annotations = annotations_of(s.annotations);
        section->is_final = s.has(ast::SectionModifierKind::Final);
        if (section->is_final) section->final_origin = section->origin;
        section->is_required = q && !s.has_body;
        seg.kind = ir::SegmentKind::Section;
        seg.section = section;
        BodyContext inner = ctx;
        inner.in_override = o;
        seg.body = lower_items(s.body, scope, inner, nullptr);
        if (edits && is_edit(s)) {
          edits->push_back({&s, std::move(seg)});
          continue;
        }
        if (!edits && is_edit(s)) {
          report(make_diag(DiagKind::MissingSection, s.span,
                           fmt::format("`{}` of section `{}` must stand directly in a message block",
                                       ast::to_string(s.modifiers.front().kind), s.name.text)));
          continue;
        }
        break;
      }
      case ast::ItemKind::Use: {
        const auto& u = static_cast<const ast::UseItem&>(*item);
        std::size_t fmod = 0;
        const auto* decl = expect(ctx.module, u.fragment, ast::DeclKind::Fragment, "fragment", &fmod);
        if (!decl) continue;
        const auto& frag = static_cast<const ast::FragmentDecl&>(*decl);
        seg.kind = ir::SegmentKind::Fragment;
        seg.fragment = qualified(fmod, frag.name.text);
        // Bind arguments: positional first, then named; each once.
        std::vector<const ast::Arg*> bound(frag.params.size(), nullptr);
        std::size_t position = 0;
        for (const ast::Arg& arg : u.args) {
          std::size_t index = frag.params.size();
          if (arg.name) {
            for (std::size_t i = 0; i < frag.params.size(); ++i) {
              if (frag.params[i].name.text == arg.name->text) index = i;
            }
            if (index == frag.params.size()) {
              std::vector<std::string> names;
              for (const auto& p : frag.params) names.push_back(p.name.text);
              auto d = make_diag(DiagKind::UnknownParameter, arg.name->span,
                                 fmt::format("fragment `{}` has no parameter `{}`", frag.name.text, arg.name->text))
                           .label(frag.name.span, "fragment declared here");
              if (auto s = closest_name(arg.name->text, names)) d.help("did you mean `" + *s + "`?");
              else d.note("its parameters are " + list_names(names));
              report(d);
              continue;
            }
          } else {
            index = position++;
            if (index >= frag.params.size()) {
              report(make_diag(DiagKind::TooManyArguments, arg.span,
                               fmt::format("fragment `{}` takes {} parameter{}", frag.name.text, frag.params.size(),
                                           frag.params.size() == 1 ? "" : "s"))
                         .label(frag.name.span, "fragment declared here"));
              continue;
            }
          }
          if (bound[index]) {
            report(make_diag(DiagKind::TooManyArguments, arg.span,
                             fmt::format("parameter `{}` is given twice", frag.params[index].name.text))
                       .label(bound[index]->span, "first given here"));
            continue;
          }
          bound[index] = &arg;
        }
        const ir::Segments* body = fragment_body(fmod, frag);
        for (std::size_t i = 0; i < frag.params.size(); ++i) {
          const ast::Field& param = frag.params[i];
          ir::Binding b;
          b.name = param.name.text;
          b.type = param.type ? resolve_type(fmod, *param.type) : nullptr;
          if (bound[i]) {
            b.value = bound[i]->value.get();
            if (b.value) {
              TypeRef at = type_of(*b.value, scope, ctx);
              if (at && b.type && !assignable(at, b.type) &&
                  !(b.type->tag == TypeTag::Enum && at->tag == TypeTag::String)) {
                report(make_diag(DiagKind::TypeMismatch, b.value->span,
                                 fmt::format("argument `{}` of fragment `{}` has the wrong type: expected `{}`, found `{}`",
                                             b.name, frag.name.text, type_name(b.type), type_name(at)))
                           .label(param.span, "parameter declared here"));
              } else if (b.type && b.value->kind == ast::ExprKind::String && b.type->tag == TypeTag::Enum) {
                check_value(*b.value, b.type, fmt::format("argument `{}`", b.name));
              }
            }
          } else if (param.default_value) {
            b.value = param.default_value.get();
            b.is_default = true;
          } else if (!(b.type && b.type->optional)) {
            report(make_diag(DiagKind::MissingArgument, u.span,
                             fmt::format("`use {}` does not give parameter `{}`", frag.name.text, b.name))
                       .label(param.span, "declared here without a default")
                       .help(fmt::format("write `use {}({}: ...)`", frag.name.text, b.name)));
          }
          seg.bindings.push_back(std::move(b));
        }
        if (body) seg.body = copy_segments(*body);
        break;
      }
    }
    out.push_back(std::move(seg));
  }
  return out;
}

const ir::Segments* Analyzer::fragment_body(std::size_t module, const ast::FragmentDecl& frag) {
  if (auto it = fragments_.find(&frag); it != fragments_.end()) return &it->second;
  if (broken_fragments_.count(&frag)) return nullptr;
  for (std::size_t i = 0; i < fragment_stack_.size(); ++i) {
    if (fragment_stack_[i] != &frag) continue;
    std::string cycle;
    for (std::size_t j = i; j < fragment_stack_.size(); ++j) cycle += fragment_stack_[j]->name.text + " -> ";
    cycle += frag.name.text;
    auto d = make_diag(DiagKind::CompositionCycle, frag.name.span, "fragments use each other in a cycle: " + cycle)
                 .help("a fragment cannot include itself, directly or through others");
    for (std::size_t j = i + 1; j < fragment_stack_.size(); ++j) d.label(fragment_stack_[j]->name.span, "part of the cycle");
    report(d);
    for (std::size_t j = i; j < fragment_stack_.size(); ++j) broken_fragments_.insert(fragment_stack_[j]);
    return nullptr;
  }
  fragment_stack_.push_back(&frag);
  Scope scope;
  std::map<std::string, const ast::Field*> seen;
  for (const ast::Field& p : frag.params) {
    if (auto [it, inserted] = seen.emplace(p.name.text, &p); !inserted) {
      report(make_diag(DiagKind::DuplicateField, p.name.span, fmt::format("parameter `{}` is declared twice", p.name.text))
                 .label(it->second->name.span, "first declared here"));
      continue;
    }
    TypeRef t = p.type ? resolve_type(module, *p.type) : nullptr;
    if (p.default_value && t) check_value(*p.default_value, t, fmt::format("the default of `{}`", p.name.text));
    scope.names.emplace_back(p.name.text, t);
  }
  BodyContext ctx;
  ctx.module = module;
  ctx.origin = {program_.modules[module]->path, frag.name.text, frag.name.span};
  ctx.in_fragment = true;
  ir::Segments body = lower_items(frag.body, scope, ctx, nullptr);
  fragment_stack_.pop_back();
  if (broken_fragments_.count(&frag)) return nullptr;
  return &fragments_.emplace(&frag, std::move(body)).first->second;
}

}  // namespace aep::sema
