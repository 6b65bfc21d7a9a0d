// Dumper: the writer behind dump_ast (dump.hpp). Private to compiler/ast;
// split over dump.cpp (declarations, members, items) and dump_nodes.cpp
// (types, strings, expressions) to keep each file readable.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "compiler/ast/dump.hpp"

namespace aep::ast {

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

  std::string out_;
  int depth_ = 0;

 public:
  void annotations(const Annotations& list);
  void args(const std::vector<Arg>& list);
  void type(const TypeExpr* t);
  void fields(const std::vector<Field>& list, std::string_view what);
  void string_lit(const StringLit& s, std::string_view label = "string");
  void interpolation(const Interpolation& i);
  void entries(const std::vector<ObjectEntry>& list);
  void config_entries(const std::vector<ConfigEntry>& list);
  void expr(const Expr* e);
  void budget(const BudgetSettings& b);
  void items(const Items& list);
  void item(const Item& i);
  void message(const MessageMember& m);
  void members(const Members& list);
  void member(const Member& m);
  void check_item(const CheckItem& c);
  void decl(const Decl& d);
};

}  // namespace aep::ast
