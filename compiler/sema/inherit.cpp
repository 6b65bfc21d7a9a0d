// Inheritance merge rules: how one contributor (an ancestor prompt or a
// mixin) adds its members and message blocks to the prompt being resolved:
// inputs, output, tools, config and targets key by key, sections with
// override/append/prepend/remove and `super`, examples and history splices.
// resolve_prompt.cpp decides which contributors run, and in which order. The
// rules are in docs/language.md, "Inheritance".
#include <algorithm>

#include <fmt/format.h>

#include "compiler/sema/prompt_builder.hpp"
#include "compiler/sema/suggest.hpp"

namespace aep::sema {
namespace {

// Every section lookup walks the whole prompt (sections may nest in
// conditions, loops and fragments), and most segments are text: the empty
// bodies are skipped without a call.
ir::Segment* find_section(ir::Segments& segs, std::string_view name, ir::Segments** container, std::size_t* index) {
  for (std::size_t i = 0; i < segs.size(); ++i) {
    ir::Segment& s = segs[i];
    if (s.kind == ir::SegmentKind::Section && s.section->name == name) {
      if (container) *container = &segs;
      if (index) *index = i;
      return &s;
    }
    if (!s.body.empty()) {
      if (auto* found = find_section(s.body, name, container, index)) return found;
    }
    for (auto& b : s.branches) {
      if (b.body.empty()) continue;
      if (auto* found = find_section(b.body, name, container, index)) return found;
    }
  }
  return nullptr;
}

void section_names(const ir::Segments& segs, std::vector<std::string>& out) {
  for (const auto& s : segs) {
    if (s.kind == ir::SegmentKind::Section) out.push_back(s.section->name);
    section_names(s.body, out);
    for (const auto& b : s.branches) section_names(b.body, out);
  }
}

std::size_t count_super(const ir::Segments& body) {
  std::size_t n = 0;
  for (const auto& s : body) {
    if (s.kind == ir::SegmentKind::Super) ++n;
    n += count_super(s.body);
    for (const auto& b : s.branches) n += count_super(b.body);
  }
  return n;
}

// Replaces every `super` in `body` by the parent's content. `left` counts the
// uses still to come: the last one takes the parent's content by move (a
// chain of overrides would otherwise copy the whole inherited section at
// every level).
ir::Segments replace_super(ir::Segments body, ir::Segments& parent, std::size_t& left) {
  ir::Segments out;
  out.reserve(body.size() + parent.size());
  for (auto& s : body) {
    if (s.kind == ir::SegmentKind::Super) {
      if (--left == 0) {
        out.insert(out.end(), std::make_move_iterator(parent.begin()), std::make_move_iterator(parent.end()));
      } else {
        out.insert(out.end(), parent.begin(), parent.end());
      }
      continue;
    }
    if (left > 0) {
      s.body = replace_super(std::move(s.body), parent, left);
      for (auto& b : s.branches) b.body = replace_super(std::move(b.body), parent, left);
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::string qualified_of(const ir::Origin& o) { return o.module + "." + o.decl; }

}  // namespace

void PromptBuilder::merge_members(const Contributor& c) {
  std::set<std::string> local_inputs;
  for (const auto& m : *c.members) {
    ir::Origin origin{c.origin.module, c.origin.decl, m->span};
    switch (m->kind) {
      case ast::MemberKind::Input: {
        const auto& in = static_cast<const ast::InputMember&>(*m);
        origin.span = in.name.span;
        if (!local_inputs.insert(in.name.text).second) {
          a_.report(make_diag(DiagKind::DuplicateMember, in.name.span, fmt::format("input `{}` is declared twice", in.name.text)));
          continue;
        }
        ir::Input input;
        input.name = in.name.text;
        input.type = in.type ? a_.resolve_type(c.module, *in.type) : nullptr;
        input.default_value = in.default_value.get();
        input.doc = in.doc.text;
        input.origin = origin;
        for (const auto& an : in.annotations) {
          input.annotations.push_back({an.name.text, &an});
          if (an.name.text == "untrusted") input.untrusted = true;
        }
        a_.constraints_of(in.annotations, input.type, nullptr);
        if (input.default_value && input.type) {
          a_.check_value(*input.default_value, input.type, fmt::format("the default of input `{}`", input.name));
        }
        auto it = std::find_if(p_.inputs.begin(), p_.inputs.end(), [&](const ir::Input& i) { return i.name == input.name; });
        if (it == p_.inputs.end()) {
          p_.inputs.push_back(std::move(input));
        } else {
          if (!same_type(with_optional(it->type, false), with_optional(input.type, false))) {
            a_.report(make_diag(DiagKind::IncompatibleInput, in.type ? in.type->span : in.name.span,
                                fmt::format("input `{}` is redefined as `{}` but `{}` declares it `{}`", input.name,
                                            type_name(input.type), it->origin.module + "." + it->origin.decl, type_name(it->type)))
                          .primary_label("redefined here")
                          .label(it->origin.span, "inherited definition")
                          .help("a child may change an input's default or optionality, not its type"));
            continue;
          }
          if (!input.untrusted && it->untrusted) input.untrusted = true;  // @untrusted is never lost
          if (input.annotations.empty()) input.annotations = it->annotations;
          if (!input.default_value) input.default_value = it->default_value;
          if (input.doc.empty()) input.doc = it->doc;
          *it = std::move(input);
        }
        break;
      }
      case ast::MemberKind::Output: {
        const auto& out = static_cast<const ast::OutputMember&>(*m);
        ir::Output o;
        o.type = out.type ? a_.resolve_type(c.module, *out.type) : nullptr;
        o.origin = origin;
        for (const auto& an : out.annotations) o.annotations.push_back({an.name.text, &an});
        if (o.type) {
          if (o.type->tag != TypeTag::Record) {
            a_.report(make_diag(DiagKind::TypeMismatch, out.type->span,
                                fmt::format("the output type must be a record, not `{}`", type_name(o.type)))
                          .help("wrap it in a record: `output { value: ... }`"));
          }
          o.schema = json_schema(*o.type);
          o.name = o.type->name.empty() ? p_.name + "Output" : o.type->name.substr(o.type->name.rfind('.') + 1);
        }
        p_.output = std::move(o);
        break;
      }
      case ast::MemberKind::Tools: {
        const auto& tools = static_cast<const ast::ToolsMember&>(*m);
        for (const auto& name : tools.tools) {
          if (tools.remove) {
            auto it = std::find_if(p_.tools.begin(), p_.tools.end(), [&](const ir::Tool& t) { return t.name == name.parts.back().text; });
            if (it == p_.tools.end()) {
              std::vector<std::string> names;
              for (const auto& t : p_.tools) names.push_back(t.name);
              auto d = make_diag(DiagKind::ToolNotPresent, name.span, fmt::format("`tools remove` names `{}`, which the prompt does not have", name.joined()));
              if (auto s = closest_name(name.parts.back().text, names)) d.help("did you mean `" + *s + "`?");
              else d.note("its tools are " + list_names(names));
              a_.report(d);
            } else {
              p_.tools.erase(it);
            }
            continue;
          }
          std::size_t tmod = 0;
          const auto* decl = a_.expect(c.module, name, ast::DeclKind::Tool, "tool", &tmod);
          if (!decl) continue;
          add_tool(a_.tool_of(tmod, static_cast<const ast::ToolDecl&>(*decl)), origin);
        }
        break;
      }
      case ast::MemberKind::Tool: {
        const auto& tm = static_cast<const ast::ToolMember&>(*m);
        if (tm.tool) add_tool(a_.tool_of(c.module, *tm.tool), origin);
        break;
      }
      case ast::MemberKind::ToolChoice:
        p_.tool_choice = ir::ToolChoice{static_cast<const ast::ToolChoiceMember&>(*m).choice.text, origin};
        break;
      case ast::MemberKind::Config:
        for (const auto& e : static_cast<const ast::ConfigMember&>(*m).entries) {
          p_.config[e.key.text] = {e.value.get(), {c.origin.module, c.origin.decl, e.span}};
        }
        break;
      case ast::MemberKind::Target: {
        const auto& t = static_cast<const ast::TargetMember&>(*m);
        auto& map = p_.targets[t.target.text];
        for (const auto& e : t.entries) map[e.key.text] = {e.value.get(), {c.origin.module, c.origin.decl, e.span}};
        break;
      }
      case ast::MemberKind::Budget: {
        const auto& b = static_cast<const ast::BudgetMember&>(*m);
        p_.budget = ir::Budget{b.tokens, b.reserve_output, origin};
        break;
      }
      default: break;
    }
  }
}

void PromptBuilder::add_tool(const ir::Tool& tool, const ir::Origin& origin) {
  ir::Tool t = tool;
  t.origin = origin;
  auto it = std::find_if(p_.tools.begin(), p_.tools.end(), [&](const ir::Tool& x) { return x.name == t.name; });
  if (it == p_.tools.end()) p_.tools.push_back(std::move(t));
  else *it = std::move(t);
}

void PromptBuilder::merge_messages(const Contributor& c, const Scope& scope) {
  std::map<std::string, Span> defined_here;
  std::set<std::string> example_names;
  for (const auto& m : *c.members) {
    if (m->kind == ast::MemberKind::Message) {
      apply_block(c, static_cast<const ast::MessageMember&>(*m), scope, defined_here);
    } else if (m->kind == ast::MemberKind::Messages) {
      const auto& h = static_cast<const ast::MessagesMember&>(*m);
      const ir::Input* in = p_.find_input(h.source.text);
      if (!in || (in->type && in->type->tag != TypeTag::Messages)) {
        std::vector<std::string> names;
        for (const auto& i : p_.inputs) {
          if (i.type && i.type->tag == TypeTag::Messages) names.push_back(i.name);
        }
        auto d = make_diag(DiagKind::BadHistorySplice, h.source.span,
                           in ? fmt::format("`messages {}` needs an input of type `messages`, not `{}`", h.source.text, type_name(in->type))
                              : fmt::format("`messages {}` names no input", h.source.text));
        if (in) d.label(in->origin.span, "declared here");
        else if (auto s = closest_name(h.source.text, names)) d.help("did you mean `" + *s + "`?");
        else d.help(fmt::format("declare it: `input {}: messages`", h.source.text));
        a_.report(d);
      }
      ir::Message msg;
      msg.kind = ir::MessageKind::History;
      msg.role = ast::Role::User;
      msg.history_input = h.source.text;
      msg.priority = h.budget.priority;
      msg.shrink = h.budget.shrink;
      msg.origin = {c.origin.module, c.origin.decl, h.span};
      for (const auto& an : h.annotations) msg.annotations.push_back({an.name.text, &an});
      p_.messages.push_back(std::move(msg));
    } else if (m->kind == ast::MemberKind::Example) {
      const auto& ex = static_cast<const ast::ExampleMember&>(*m);
      ir::Example e;
      e.name = ex.name ? ex.name->text : "";
      e.ast = &ex;
      e.origin = {c.origin.module, c.origin.decl, ex.name ? ex.name->span : ex.span};
      if (!e.name.empty() && !example_names.insert(e.name).second) {
        a_.report(make_diag(DiagKind::DuplicateMember, ex.name->span, fmt::format("example `{}` is declared twice", e.name)));
        continue;
      }
      for (const auto& mm : ex.messages) {
        BodyContext ctx{c.module, e.origin, mm->role, false, false};
        ir::Message msg;
        msg.role = mm->role;
        msg.origin = {c.origin.module, c.origin.decl, mm->span};
        msg.body = a_.lower_items(mm->items, scope, ctx, nullptr);
        e.messages.push_back(std::move(msg));
      }
      for (const auto& entry : ex.input) {
        const ir::Input* in = p_.find_input(entry.key.text);
        if (!in) {
          std::vector<std::string> names;
          for (const auto& i : p_.inputs) names.push_back(i.name);
          auto d = make_diag(DiagKind::TypeMismatch, entry.key.span,
                             fmt::format("example input `{}` is not an input of the prompt", entry.key.text));
          if (auto s = closest_name(entry.key.text, names)) d.help("did you mean `" + *s + "`?");
          a_.report(d);
        } else if (entry.value && in->type) {
          a_.check_value(*entry.value, in->type, fmt::format("example input `{}`", entry.key.text));
        }
      }
      // Examples accumulate in linearization order; a child's example of
      // the same name replaces the inherited one in place.
      auto it = e.name.empty() ? p_.examples.end()
                               : std::find_if(p_.examples.begin(), p_.examples.end(), [&](const ir::Example& x) { return x.name == e.name; });
      if (it == p_.examples.end()) p_.examples.push_back(std::move(e));
      else *it = std::move(e);
    }
  }
}

std::vector<std::string> PromptBuilder::all_sections() {
  std::vector<std::string> names;
  for (auto& m : p_.messages) section_names(m.body, names);
  return names;
}

ir::Segment* PromptBuilder::find(std::string_view name, ir::Segments** container, std::size_t* index) {
  for (auto& m : p_.messages) {
    if (auto* s = find_section(m.body, name, container, index)) return s;
  }
  return nullptr;
}

void PromptBuilder::apply_block(const Contributor& c, const ast::MessageMember& block, const Scope& scope, std::map<std::string, Span>& defined_here) {
  BodyContext ctx{c.module, {c.origin.module, c.origin.decl, block.span}, block.role, false, false};
  std::vector<SectionEdit> edits;
  ir::Segments segs = a_.lower_items(block.items, scope, ctx, &edits);
  for (const auto& item : block.items) {
    if (item->kind != ast::ItemKind::Section) continue;
    const auto& s = static_cast<const ast::SectionItem&>(*item);
    if (s.has(ast::SectionModifierKind::Required) && c.is_concrete_prompt) {
      a_.report(make_diag(DiagKind::RequiredInConcrete, s.span,
                          fmt::format("`required section {}` in `{}`, which is not abstract", s.name.text, c.origin.decl))
                    .help("declare the prompt `abstract prompt " + c.origin.decl + "`, or give the section its content"));
    }
  }
  // Plain sections that meet an inherited one of the same name. The
  // segments that stay are compacted in place (`kept`), in order: erasing
  // one by one would move the rest of the block at every erase.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < segs.size(); ++i) {
    ir::Segment& seg = segs[i];
    auto keep = [&] {
      if (kept != i) segs[kept] = std::move(seg);
      ++kept;
    };
    if (seg.kind != ir::SegmentKind::Section) {
      keep();
      continue;
    }
    const std::string& name = seg.section->name;
    if (auto [it, inserted] = defined_here.emplace(name, seg.section->origin.span); !inserted) {
      a_.report(make_diag(DiagKind::DuplicateSection, seg.section->origin.span,
                          fmt::format("section `{}` is defined twice in `{}`", name, c.origin.decl))
                    .label(it->second, "first defined here"));
      continue;
    }
    ir::Segment* existing = find(name);
    if (!existing) {
      keep();
      continue;
    }
    ir::Section& old = *existing->section;
    if (old.is_required) {
      seg.section->contributors = old.contributors;
      seg.section->contributors.push_back(old.origin);
      if (!seg.section->priority) seg.section->priority = old.priority;
      if (!seg.section->shrink) seg.section->shrink = old.shrink;
      existing->section = seg.section;
      existing->body = std::move(seg.body);
    } else if (old.is_final) {
      a_.report(make_diag(DiagKind::FinalSectionModified, seg.section->origin.span,
                          fmt::format("section `{}` is final in `{}`", name, qualified_of(old.final_origin)))
                    .label(old.final_origin.span, "declared final here"));
    } else if (c.ancestors.count(qualified_of(old.origin))) {
      a_.report(make_diag(DiagKind::SectionRedefined, seg.section->origin.span,
                          fmt::format("section `{}` is already defined by `{}`", name, qualified_of(old.origin)))
                    .label(old.origin.span, "inherited from here")
                    .help(fmt::format("write `override section {}` to replace it, or `append`/`prepend` to add to it", name)));
      existing->section = seg.section;
      existing->body = std::move(seg.body);
    } else {
      // Another branch of the hierarchy: the nearer parent wins.
      p_.shadowings.push_back({name, seg.section->origin, old.origin});
      existing->section = seg.section;
      existing->body = std::move(seg.body);
    }
  }
  segs.erase(segs.begin() + static_cast<std::ptrdiff_t>(kept), segs.end());
  for (SectionEdit& edit : edits) apply_edit(c, edit);
  if (segs.empty()) {
    bool has_role = std::any_of(p_.messages.begin(), p_.messages.end(), [&](const ir::Message& m) {
      return m.kind == ir::MessageKind::Block && m.role == block.role;
    });
    if (has_role || !edits.empty()) return;
  }
  if (block.role == ast::Role::System || block.role == ast::Role::Developer) {
    for (auto& m : p_.messages) {
      if (m.kind == ir::MessageKind::Block && m.role == block.role) {
        m.body.insert(m.body.end(), std::make_move_iterator(segs.begin()), std::make_move_iterator(segs.end()));
        return;
      }
    }
  }
  ir::Message msg;
  msg.role = block.role;
  msg.origin = ctx.origin;
  for (const auto& an : block.annotations) msg.annotations.push_back({an.name.text, &an});
  msg.body = std::move(segs);
  p_.messages.push_back(std::move(msg));
}

void PromptBuilder::apply_edit(const Contributor& c, SectionEdit& edit) {
  const ast::SectionItem& s = *edit.item;
  ast::SectionModifierKind kind = ast::SectionModifierKind::Override;
  for (const auto& m : s.modifiers) {
    if (m.kind != ast::SectionModifierKind::Final) {
      kind = m.kind;
      break;
    }
  }
  std::string_view verb = ast::to_string(kind);
  ir::Segments* container = nullptr;
  std::size_t index = 0;
  ir::Segment* existing = find(s.name.text, &container, &index);
  if (!existing) {
    auto names = all_sections();
    auto d = make_diag(DiagKind::MissingSection, s.name.span,
                       fmt::format("cannot {} section `{}`: no parent of `{}` has it", verb, s.name.text, c.origin.decl))
                 .primary_label("unknown section");
    if (auto best = closest_name(s.name.text, names)) d.help("did you mean `" + *best + "`?");
    d.note("the inherited sections are " + list_names(names));
    a_.report(d);
    return;
  }
  ir::Section& old = *existing->section;
  if (old.is_final) {
    a_.report(make_diag(DiagKind::FinalSectionModified, s.name.span,
                        fmt::format("cannot {} section `{}`: it is final in `{}`", verb, s.name.text, qualified_of(old.final_origin)))
                  .label(old.final_origin.span, "declared final here"));
    return;
  }
  if (kind == ast::SectionModifierKind::Remove) {
    container->erase(container->begin() + static_cast<std::ptrdiff_t>(index));
    return;
  }
  auto section = std::make_shared<ir::Section>(old);
  section->contributors.push_back(old.origin);
  section->origin = edit.segment.section->origin;
  if (edit.segment.section->priority) section->priority = edit.segment.section->priority;
  if (edit.segment.section->shrink) section->shrink = edit.segment.section->shrink;
  if (!edit.segment.section->annotations.empty()) section->annotations = edit.segment.section->annotations;
  if (edit.segment.section->is_final) {
    section->is_final = true;
    section->final_origin = edit.segment.section->origin;
  }
  section->is_required = false;
  // The inherited body and the edit are consumed here: move, do not copy.
  ir::Segments body;
  if (kind == ast::SectionModifierKind::Override) {
    std::size_t supers = count_super(edit.segment.body);
    body = supers == 0 ? std::move(edit.segment.body) : replace_super(std::move(edit.segment.body), existing->body, supers);
  } else if (kind == ast::SectionModifierKind::Append) {
    body = std::move(existing->body);
    body.insert(body.end(), std::make_move_iterator(edit.segment.body.begin()), std::make_move_iterator(edit.segment.body.end()));
  } else {
    body = std::move(edit.segment.body);
    body.insert(body.end(), std::make_move_iterator(existing->body.begin()), std::make_move_iterator(existing->body.end()));
  }
  existing->section = section;
  existing->body = std::move(body);
}

void PromptBuilder::check_required(const ast::PromptDecl& decl) {
  for (auto& m : p_.messages) check_required(m.body, decl);
}

void PromptBuilder::check_required(const ir::Segments& segs, const ast::PromptDecl& decl) {
  for (const auto& s : segs) {
    if (s.kind == ir::SegmentKind::Section && s.section->is_required) {
      a_.report(make_diag(DiagKind::RequiredSectionUnfilled, decl.name.span,
                          fmt::format("prompt `{}` leaves required section `{}` of `{}` unfilled", decl.name.text,
                                      s.section->name, qualified_of(s.section->origin)))
                    .label(s.section->origin.span, "required here")
                    .help(fmt::format("add `section {} {{ ... }}` to a message block, or declare `{}` abstract",
                                      s.section->name, decl.name.text)));
    }
    if (!s.body.empty()) check_required(s.body, decl);
    for (const auto& b : s.branches) {
      if (!b.body.empty()) check_required(b.body, decl);
    }
  }
}

}  // namespace aep::sema
