// The golden text form of the AST (see dump.hpp). Layout: two spaces of
// indentation per level; a node line is `kind fields @line:col [begin,end)`;
// children follow indented. Optional parts are printed only when present so
// the dump of a small file stays small.
#include "compiler/ast/dump.hpp"

#include <cstdio>

namespace aep::ast {
namespace {

class Dumper {
 public:
  std::string take() { return std::move(out_); }

  void module(const Module& m) {
    std::string head = "module";
    if (m.name) head += " " + m.name->joined();
    line(head, m.span);
    Indent in(*this);
    doc(m.doc);
    for (const auto& d : m.decls) decl(*d);
    for (const auto& c : m.comments) {
      const char* kind = c.kind == CommentKind::Doc ? "doc" : c.kind == CommentKind::Line ? "line" : "block";
      line(std::string("comment ") + kind, c.span);
    }
  }

 private:
  struct Indent {
    explicit Indent(Dumper& d) : d_(d) { ++d_.depth_; }
    ~Indent() { --d_.depth_; }
    Dumper& d_;
  };

  void line(std::string_view text, const Span& span) {
    out_.append(static_cast<std::size_t>(depth_) * 2, ' ');
    out_ += text;
    char buf[64];
    std::snprintf(buf, sizeof buf, " @%u:%u [%u,%u)", span.line, span.column, span.begin, span.end);
    out_ += buf;
    out_ += '\n';
  }
  void plain(std::string_view text) {
    out_.append(static_cast<std::size_t>(depth_) * 2, ' ');
    out_ += text;
    out_ += '\n';
  }

  void doc(const Doc& d) {
    if (d.empty()) return;
    line("doc " + quote_for_dump(d.text), d.span);
  }

  static std::string qname(const QualifiedName& q) { return q.joined(); }

  void annotations(const Annotations& list) {
    for (const auto& a : list) {
      line("annotation @" + a.name.text + (a.has_parens ? "()" : ""), a.span);
      Indent in(*this);
      args(a.args);
    }
  }

  void args(const std::vector<Arg>& list) {
    for (const auto& a : list) {
      line(a.name ? "arg " + a.name->text : std::string("arg"), a.span);
      Indent in(*this);
      expr(a.value.get());
    }
  }

  void type(const TypeExpr* t) {
    if (!t) {
      plain("type <missing>");
      return;
    }
    std::string opt = t->optional ? "?" : "";
    if (t->kind == TypeKind::Named) {
      const auto& n = static_cast<const NamedType&>(*t);
      line("type " + qname(n.name) + opt, t->span);
      Indent in(*this);
      for (const auto& a : n.args) type(a.get());
    } else {
      const auto& r = static_cast<const RecordType&>(*t);
      line("type record" + opt, t->span);
      Indent in(*this);
      fields(r.fields, "field");
    }
  }

  void fields(const std::vector<Field>& list, std::string_view what) {
    for (const auto& f : list) {
      line(std::string(what) + " " + f.name.text, f.span);
      Indent in(*this);
      doc(f.doc);
      type(f.type.get());
      if (f.default_value) {
        plain("default");
        Indent in2(*this);
        expr(f.default_value.get());
      }
      annotations(f.annotations);
    }
  }

  void string_lit(const StringLit& s, std::string_view label = "string") {
    static const char* styles[] = {"quoted", "triple", "raw", "raw-triple", "raw-hash"};
    line(std::string(label) + " " + styles[static_cast<int>(s.style)], s.span);
    Indent in(*this);
    for (const auto& p : s.parts) {
      if (p.is_text()) {
        line("text " + quote_for_dump(p.text), p.span);
      } else {
        interpolation(*p.interp);
      }
    }
  }

  void interpolation(const Interpolation& i) {
    line("interpolation", i.span);
    Indent in(*this);
    expr(i.expr.get());
    for (const auto& f : i.filters) {
      line("filter " + f.name.text + (f.has_parens ? "()" : ""), f.span);
      Indent in2(*this);
      args(f.args);
    }
  }

  void entries(const std::vector<ObjectEntry>& list) {
    for (const auto& e : list) {
      line("entry " + (e.quoted_key ? quote_for_dump(e.key.text) : e.key.text), e.span);
      Indent in(*this);
      expr(e.value.get());
    }
  }

  void config_entries(const std::vector<ConfigEntry>& list) {
    for (const auto& e : list) {
      line("entry " + e.key.text, e.span);
      Indent in(*this);
      expr(e.value.get());
    }
  }

  void expr(const Expr* e) {
    if (!e) {
      plain("expr <missing>");
      return;
    }
    switch (e->kind) {
      case ExprKind::Null: line("null", e->span); return;
      case ExprKind::Error: line("error-expr", e->span); return;
      case ExprKind::Bool:
        line(static_cast<const BoolExpr&>(*e).value ? "bool true" : "bool false", e->span);
        return;
      case ExprKind::Int: {
        const auto& i = static_cast<const IntExpr&>(*e);
        line("int " + std::to_string(i.value), e->span);
        return;
      }
      case ExprKind::Float: {
        const auto& f = static_cast<const FloatExpr&>(*e);
        line("float " + f.text, e->span);
        return;
      }
      case ExprKind::String: string_lit(static_cast<const StringExpr&>(*e).value); return;
      case ExprKind::Name: line("name " + static_cast<const NameExpr&>(*e).name.text, e->span); return;
      case ExprKind::Member: {
        const auto& m = static_cast<const MemberExpr&>(*e);
        line("member ." + m.member.text, e->span);
        Indent in(*this);
        expr(m.object.get());
        return;
      }
      case ExprKind::Index: {
        const auto& x = static_cast<const IndexExpr&>(*e);
        line("index", e->span);
        Indent in(*this);
        expr(x.object.get());
        expr(x.index.get());
        return;
      }
      case ExprKind::Call: {
        const auto& c = static_cast<const CallExpr&>(*e);
        line("call", e->span);
        Indent in(*this);
        expr(c.callee.get());
        args(c.args);
        return;
      }
      case ExprKind::Unary: {
        const auto& u = static_cast<const UnaryExpr&>(*e);
        line(u.op == UnaryOp::Not ? "unary not" : "unary -", e->span);
        Indent in(*this);
        expr(u.operand.get());
        return;
      }
      case ExprKind::Compare: {
        const auto& c = static_cast<const CompareExpr&>(*e);
        line("compare " + std::string(to_string(c.op)), e->span);
        Indent in(*this);
        expr(c.lhs.get());
        expr(c.rhs.get());
        return;
      }
      case ExprKind::Logical: {
        const auto& l = static_cast<const LogicalExpr&>(*e);
        line(l.op == LogicalOp::And ? "logical and" : "logical or", e->span);
        Indent in(*this);
        for (const auto& o : l.operands) expr(o.get());
        return;
      }
      case ExprKind::List: {
        const auto& l = static_cast<const ListExpr&>(*e);
        line("list", e->span);
        Indent in(*this);
        for (const auto& i : l.items) expr(i.get());
        return;
      }
      case ExprKind::Object: {
        line("object", e->span);
        Indent in(*this);
        entries(static_cast<const ObjectExpr&>(*e).entries);
        return;
      }
    }
  }

  void budget(const BudgetSettings& b) {
    if (b.priority) line("priority " + std::to_string(*b.priority), b.priority_span);
    if (b.shrink) line("shrink " + std::string(to_string(*b.shrink)), b.shrink_span);
  }

  void items(const Items& list) {
    for (const auto& i : list) item(*i);
  }

  void item(const Item& i) {
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

  void message(const MessageMember& m) {
    line("message " + std::string(to_string(m.role)), m.span);
    Indent in(*this);
    doc(m.doc);
    annotations(m.annotations);
    items(m.items);
  }

  void members(const Members& list) {
    for (const auto& m : list) member(*m);
  }

  void member(const Member& m) {
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

  void check_item(const CheckItem& c) {
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
        if (a.message) string_lit(*a.message, "message");
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

  void decl(const Decl& d) {
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

  std::string out_;
  int depth_ = 0;
};

}  // namespace

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
