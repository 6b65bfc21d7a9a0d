// The golden text form of the AST (see dump.hpp), part 1: the module,
// declarations, prompt members, test/eval items and message content. Layout:
// two spaces of indentation per level; a node line is
// `kind fields @line:col [begin,end)`; children follow indented. Optional parts
// are printed only when present so the dump of a small file stays small.
#include "compiler/ast/dump.hpp"

#include "compiler/ast/dumper.hpp"

namespace aep::ast {

void Dumper::budget(const BudgetSettings& b) {
  if (b.priority) line("priority " + std::to_string(*b.priority), b.priority_span);
  if (b.shrink) line("shrink " + std::string(to_string(*b.shrink)), b.shrink_span);
}

void Dumper::items(const Items& list) {
  for (const auto& i : list) item(*i);
}

void Dumper::item(const Item& i) {
  switch (i.kind) {
    case ItemKind::Text: string_lit(static_cast<const TextItem&>(i).text, "text-item"); return;
    case ItemKind::Interpolation: interpolation(static_cast<const InterpolationItem&>(i).interp); return;
    case ItemKind::Section: {
      const auto& s = static_cast<const SectionItem&>(i);
      std::string head = "section";
      for (const auto& m : s.modifiers) head += " " + std::string(to_string(m.kind));
      head += " " + s.name.text;
      if (!s.has_body) head += " (no body)";
      line(head, i.span);
      Indent in(*this);
      doc(s.doc);
      budget(s.budget);
      annotations(s.annotations);
      items(s.body);
      return;
    }
    case ItemKind::If: {
      const auto& f = static_cast<const IfItem&>(i);
      line("if", i.span);
      Indent in(*this);
      for (std::size_t b = 0; b < f.branches.size(); ++b) {
        line(b == 0 ? "branch" : "else-if", f.branches[b].span);
        Indent in2(*this);
        expr(f.branches[b].condition.get());
        items(f.branches[b].body);
      }
      if (f.has_else) {
        line("else", f.else_span);
        Indent in2(*this);
        items(f.else_body);
      }
      return;
    }
    case ItemKind::For: {
      const auto& f = static_cast<const ForItem&>(i);
      std::string head = "for " + f.var.text;
      if (f.second_var) head += ", " + f.second_var->text;
      line(head, i.span);
      Indent in(*this);
      expr(f.iterable.get());
      items(f.body);
      return;
    }
    case ItemKind::Use: {
      const auto& u = static_cast<const UseItem&>(i);
      line("use " + qname(u.fragment) + (u.has_args ? "()" : ""), i.span);
      Indent in(*this);
      args(u.args);
      return;
    }
    case ItemKind::Super: line("super", i.span); return;
  }
}

void Dumper::message(const MessageMember& m) {
  line("message " + std::string(to_string(m.role)), m.span);
  Indent in(*this);
  doc(m.doc);
  annotations(m.annotations);
  items(m.items);
}

void Dumper::members(const Members& list) {
  for (const auto& m : list) member(*m);
}

void Dumper::member(const Member& m) {
  if (m.kind == MemberKind::Message) {
    message(static_cast<const MessageMember&>(m));
    return;
  }
  if (m.kind == MemberKind::Tool) {
    decl(*static_cast<const ToolMember&>(m).tool);
    return;
  }
  switch (m.kind) {
    case MemberKind::Metadata: {
      const auto& x = static_cast<const MetadataMember&>(m);
      line("metadata " + std::string(to_string(x.key)), m.span);
      Indent in(*this);
      doc(m.doc);
      string_lit(x.value);
      return;
    }
    case MemberKind::Input: {
      const auto& x = static_cast<const InputMember&>(m);
      line("input " + x.name.text, m.span);
      Indent in(*this);
      doc(m.doc);
      type(x.type.get());
      if (x.default_value) {
        plain("default");
        Indent in2(*this);
        expr(x.default_value.get());
      }
      annotations(x.annotations);
      return;
    }
    case MemberKind::Output: {
      const auto& x = static_cast<const OutputMember&>(m);
      line("output", m.span);
      Indent in(*this);
      doc(m.doc);
      type(x.type.get());
      annotations(x.annotations);
      return;
    }
    case MemberKind::Tools: {
      const auto& x = static_cast<const ToolsMember&>(m);
      line(x.remove ? "tools remove" : "tools", m.span);
      Indent in(*this);
      doc(m.doc);
      for (const auto& t : x.tools) line("tool-ref " + qname(t), t.span);
      return;
    }
    case MemberKind::ToolChoice:
      line("tool_choice " + static_cast<const ToolChoiceMember&>(m).choice.text, m.span);
      return;
    case MemberKind::Config: {
      line("config", m.span);
      Indent in(*this);
      doc(m.doc);
      config_entries(static_cast<const ConfigMember&>(m).entries);
      return;
    }
    case MemberKind::Target: {
      const auto& x = static_cast<const TargetMember&>(m);
      line("target " + x.target.text, m.span);
      Indent in(*this);
      doc(m.doc);
      config_entries(x.entries);
      return;
    }
    case MemberKind::Budget: {
      const auto& x = static_cast<const BudgetMember&>(m);
      std::string head = "budget " + std::to_string(x.tokens) + " tokens";
      if (x.reserve_output) head += " reserve " + std::to_string(*x.reserve_output) + " for output";
      line(head, m.span);
      return;
    }
    case MemberKind::Messages: {
      const auto& x = static_cast<const MessagesMember&>(m);
      line("messages " + x.source.text, m.span);
      Indent in(*this);
      doc(m.doc);
      budget(x.budget);
      annotations(x.annotations);
      return;
    }
    case MemberKind::Example: {
      const auto& x = static_cast<const ExampleMember&>(m);
      line(x.name ? "example " + x.name->text : std::string("example"), m.span);
      Indent in(*this);
      doc(m.doc);
      annotations(x.annotations);
      if (x.has_input) {
        plain("input");
        Indent in2(*this);
        entries(x.input);
      }
      for (const auto& msg : x.messages) message(*msg);
      if (x.output) {
        plain("output");
        Indent in2(*this);
        expr(x.output.get());
      }
      return;
    }
    default: return;
  }
}

void Dumper::check_item(const CheckItem& c) {
  switch (c.kind) {
    case CheckItemKind::Input: {
      line("input", c.span);
      Indent in(*this);
      doc(c.doc);
      entries(static_cast<const InputCheck&>(c).entries);
      return;
    }
    case CheckItemKind::Assert: {
      const auto& a = static_cast<const AssertCheck&>(c);
      line("assert", c.span);
      Indent in(*this);
      doc(c.doc);
      expr(a.condition.get());
      annotations(a.annotations);
      if (a.message) string_lit(*a.message, "message");
      return;
    }
    case CheckItemKind::AssertSet: {
      const auto& x = static_cast<const AssertSetCheck&>(c);
      line("assert_set " + x.name.text, c.span);
      Indent in(*this);
      doc(c.doc);
      annotations(x.annotations);
      for (const auto& m : x.members) check_item(*m);
      return;
    }
    case CheckItemKind::Config: {
      line("config", c.span);
      Indent in(*this);
      config_entries(static_cast<const ConfigCheck&>(c).entries);
      return;
    }
    case CheckItemKind::Metadata: {
      const auto& x = static_cast<const MetadataCheck&>(c);
      line("metadata " + std::string(to_string(x.key)), c.span);
      Indent in(*this);
      string_lit(x.value);
      return;
    }
    case CheckItemKind::Data: {
      const auto& x = static_cast<const DataCheck&>(c);
      line("data", c.span);
      Indent in(*this);
      doc(c.doc);
      string_lit(x.path);
      annotations(x.annotations);
      return;
    }
    case CheckItemKind::Metric: {
      const auto& x = static_cast<const MetricCheck&>(c);
      line("metric " + x.name.text, c.span);
      Indent in(*this);
      doc(c.doc);
      expr(x.value.get());
      return;
    }
    case CheckItemKind::Slice: {
      line("slice", c.span);
      Indent in(*this);
      expr(static_cast<const SliceCheck&>(c).by.get());
      return;
    }
    case CheckItemKind::Gate: {
      line("gate", c.span);
      Indent in(*this);
      doc(c.doc);
      expr(static_cast<const GateCheck&>(c).condition.get());
      return;
    }
  }
}

void Dumper::decl(const Decl& d) {
  switch (d.kind) {
    case DeclKind::Metadata: {
      const auto& x = static_cast<const MetadataDecl&>(d);
      line("metadata " + std::string(to_string(x.key)), d.span);
      Indent in(*this);
      doc(d.doc);
      string_lit(x.value);
      return;
    }
    case DeclKind::Import: {
      const auto& x = static_cast<const ImportDecl&>(d);
      std::string head = "import " + qname(x.path);
      if (x.alias) head += " as " + x.alias->text;
      line(head, d.span);
      Indent in(*this);
      doc(d.doc);
      for (const auto& i : x.items) {
        line("item " + i.name.text + (i.alias ? " as " + i.alias->text : ""), i.span);
      }
      return;
    }
    case DeclKind::Enum: {
      const auto& x = static_cast<const EnumDecl&>(d);
      line("enum " + x.name.text, d.span);
      Indent in(*this);
      doc(d.doc);
      annotations(x.annotations);
      for (const auto& m : x.members) {
        line("member " + m.name.text, m.span);
        Indent in2(*this);
        doc(m.doc);
        annotations(m.annotations);
      }
      return;
    }
    case DeclKind::Type: {
      const auto& x = static_cast<const TypeDecl&>(d);
      line(std::string(x.is_alias ? "type-alias " : "type ") + x.name.text, d.span);
      Indent in(*this);
      doc(d.doc);
      annotations(x.annotations);
      type(x.type.get());
      return;
    }
    case DeclKind::Tool: {
      const auto& x = static_cast<const ToolDecl&>(d);
      line("tool " + x.name.text, d.span);
      Indent in(*this);
      doc(d.doc);
      fields(x.params, "param");
      if (x.result) {
        plain("returns");
        Indent in2(*this);
        type(x.result.get());
      }
      if (x.description) string_lit(*x.description, "description");
      annotations(x.annotations);
      return;
    }
    case DeclKind::Fragment: {
      const auto& x = static_cast<const FragmentDecl&>(d);
      line("fragment " + x.name.text + (x.has_params ? "()" : ""), d.span);
      Indent in(*this);
      doc(d.doc);
      fields(x.params, "param");
      annotations(x.annotations);
      items(x.body);
      return;
    }
    case DeclKind::Mixin: {
      const auto& x = static_cast<const MixinDecl&>(d);
      line("mixin " + x.name.text, d.span);
      Indent in(*this);
      doc(d.doc);
      annotations(x.annotations);
      members(x.members);
      return;
    }
    case DeclKind::Prompt: {
      const auto& x = static_cast<const PromptDecl&>(d);
      std::string head = "prompt";
      if (x.is_abstract) head += " abstract";
      if (x.is_final) head += " final";
      head += " " + x.name.text;
      line(head, d.span);
      Indent in(*this);
      doc(d.doc);
      for (const auto& p : x.parents) line("extends " + qname(p), p.span);
      for (const auto& p : x.mixins) line("with " + qname(p), p.span);
      annotations(x.annotations);
      members(x.members);
      return;
    }
    case DeclKind::Test:
    case DeclKind::Eval: {
      const auto& x = static_cast<const TestDecl&>(d);
      line(std::string(to_string(d.kind)) + " " + x.name.text + " for " + qname(x.prompt), d.span);
      Indent in(*this);
      doc(d.doc);
      annotations(x.annotations);
      for (const auto& c : x.items) check_item(*c);
      return;
    }
  }
}

std::string quote_for_dump(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

std::string dump_ast(const Module& module) {
  Dumper d;
  d.module(module);
  return d.take();
}

}  // namespace aep::ast
