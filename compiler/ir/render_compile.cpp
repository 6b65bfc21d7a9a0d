// IR -> render plan: resolves names to slots, folds constants, merges literal
// text. Sema has checked every name and type, so an unresolved name here can
// only be an internal inconsistency; it evaluates to null rather than failing.
#include <map>

#include "compiler/ir/render_plan.hpp"

namespace aep::ir::plan {
namespace {

struct NameBinding {
  std::uint32_t slot = kNone;  // kNone when constant
  bool is_const = false;
  Value constant;
  std::uint32_t untrusted = kNone;
};

struct Scope {
  const Scope* parent = nullptr;
  std::map<std::string, NameBinding, std::less<>> names;
  const NameBinding* find(std::string_view name) const {
    for (const Scope* s = this; s; s = s->parent) {
      if (auto it = s->names.find(name); it != s->names.end()) return &it->second;
    }
    return nullptr;
  }
};

class Compiler {
 public:
  explicit Compiler(Plan& plan) : plan_(plan) {}

  std::uint32_t new_slot() { return plan_.slot_count++; }

  std::uint32_t untrusted_index(const std::string& name) {
    for (std::uint32_t i = 0; i < plan_.untrusted_names.size(); ++i) {
      if (plan_.untrusted_names[i] == name) return i;
    }
    plan_.untrusted_names.push_back(name);
    return static_cast<std::uint32_t>(plan_.untrusted_names.size() - 1);
  }

  std::uint32_t add(Expr e) {
    plan_.exprs.push_back(std::move(e));
    return static_cast<std::uint32_t>(plan_.exprs.size() - 1);
  }
  std::uint32_t constant(Value v) {
    Expr e;
    e.op = ExprOp::Const;
    e.constant = std::move(v);
    return add(std::move(e));
  }
  bool is_const(std::uint32_t id) const { return id != kNone && plan_.exprs[id].op == ExprOp::Const; }

  // Folds an expression whose operands are all constants.
  std::uint32_t fold(std::uint32_t id) {
    const Expr& e = plan_.exprs[id];
    if (e.op == ExprOp::Const || e.op == ExprOp::Slot) return id;
    for (std::uint32_t k : e.kids) {
      if (k != kNone && !is_const(k)) return id;
    }
    Frame empty;
    Value tmp;
    const Value* v = eval(plan_, id, empty, tmp);
    return constant(v ? *v : Value());
  }

  std::uint32_t interp(const ast::Interpolation& in, const Scope& scope) {
    Interp out;
    out.expr = expr(in.expr.get(), scope);
    for (const auto& f : in.filters) {
      const std::string& n = f.name.text;
      Filter filter;
      filter.op = n == "upper" ? FilterOp::Upper : n == "lower" ? FilterOp::Lower : n == "trim" ? FilterOp::Trim
                : n == "indent" ? FilterOp::Indent : n == "truncate" ? FilterOp::Truncate : n == "join" ? FilterOp::Join
                : n == "json" ? FilterOp::Json : FilterOp::Unknown;
      if (!f.args.empty()) filter.arg = expr(f.args[0].value.get(), scope);
      out.filters.push_back(filter);
    }
    // `{{ a.b.c }}` with no filters: the renderer walks the members inline.
    if (out.filters.empty() && out.expr != kNone && plan_.exprs[out.expr].path) {
      std::uint32_t at = out.expr;
      while (plan_.exprs[at].op == ExprOp::Member) {
        out.path.insert(out.path.begin(), plan_.exprs[at].member);
        at = plan_.exprs[at].kids[0];
      }
      out.path_slot = plan_.exprs[at].slot;
    }
    plan_.interps.push_back(std::move(out));
    return static_cast<std::uint32_t>(plan_.interps.size() - 1);
  }

  bool interp_is_const(std::uint32_t id) const {
    const Interp& in = plan_.interps[id];
    if (!is_const(in.expr)) return false;
    for (const Filter& f : in.filters) {
      if (f.arg != kNone && !is_const(f.arg)) return false;
    }
    return true;
  }

  std::uint32_t expr(const ast::Expr* e, const Scope& scope) {
    if (!e) return constant(nullptr);
    Expr out;
    switch (e->kind) {
      case ast::ExprKind::Null:
      case ast::ExprKind::Error:
      case ast::ExprKind::Call: return constant(nullptr);  // sema refuses calls in templates
      case ast::ExprKind::Bool: return constant(static_cast<const ast::BoolExpr*>(e)->value);
      case ast::ExprKind::Int: return constant(static_cast<const ast::IntExpr*>(e)->value);
      case ast::ExprKind::Float: return constant(static_cast<const ast::FloatExpr*>(e)->value);
      case ast::ExprKind::String: {
        out.op = ExprOp::Concat;
        for (const auto& p : static_cast<const ast::StringExpr*>(e)->value.parts) {
          if (p.interp) {
            out.kids.push_back(interp(*p.interp, scope));
            out.keys.emplace_back();
          } else {
            out.kids.push_back(kNone);
            out.keys.push_back(p.text);
          }
        }
        bool folds = true;
        for (std::uint32_t k : out.kids) {
          if (k != kNone && !interp_is_const(k)) folds = false;
        }
        std::uint32_t id = add(std::move(out));
        if (!folds) return id;
        Frame empty;
        Value tmp;
        const Value* v = eval(plan_, id, empty, tmp);
        return constant(v ? *v : Value());
      }
      case ast::ExprKind::Name: {
        const NameBinding* b = scope.find(static_cast<const ast::NameExpr*>(e)->name.text);
        if (!b) return constant(nullptr);
        if (b->is_const) return constant(b->constant);
        out.op = ExprOp::Slot;
        out.slot = b->slot;
        out.path = true;
        return add(std::move(out));
      }
      case ast::ExprKind::Member: {
        const auto* m = static_cast<const ast::MemberExpr*>(e);
        out.op = ExprOp::Member;
        out.member = m->member.text;
        out.kids = {expr(m->object.get(), scope)};
        out.path = plan_.exprs[out.kids[0]].path;
        break;
      }
      case ast::ExprKind::Index: {
        const auto* ix = static_cast<const ast::IndexExpr*>(e);
        out.op = ExprOp::Index;
        out.kids = {expr(ix->object.get(), scope), expr(ix->index.get(), scope)};
        break;
      }
      case ast::ExprKind::Unary: {
        const auto* u = static_cast<const ast::UnaryExpr*>(e);
        out.op = u->op == ast::UnaryOp::Not ? ExprOp::Not : ExprOp::Neg;
        out.kids = {expr(u->operand.get(), scope)};
        break;
      }
      case ast::ExprKind::Compare: {
        const auto* c = static_cast<const ast::CompareExpr*>(e);
        out.op = ExprOp::Compare;
        out.compare = c->op;
        out.kids = {expr(c->lhs.get(), scope), expr(c->rhs.get(), scope)};
        break;
      }
      case ast::ExprKind::Logical: {
        const auto* l = static_cast<const ast::LogicalExpr*>(e);
        out.op = l->op == ast::LogicalOp::And ? ExprOp::And : ExprOp::Or;
        for (const auto& o : l->operands) out.kids.push_back(expr(o.get(), scope));
        break;
      }
      case ast::ExprKind::List:
        out.op = ExprOp::List;
        for (const auto& i : static_cast<const ast::ListExpr*>(e)->items) out.kids.push_back(expr(i.get(), scope));
        break;
      case ast::ExprKind::Object:
        out.op = ExprOp::Object;
        for (const auto& en : static_cast<const ast::ObjectExpr*>(e)->entries) {
          out.keys.push_back(en.key.text);
          out.kids.push_back(expr(en.value.get(), scope));
        }
        break;
    }
    return fold(add(std::move(out)));
  }

  // The @untrusted input an expression's value comes from (through members,
  // indexes, loop variables and fragment parameters).
  std::uint32_t root_untrusted(const ast::Expr* e, const Scope& scope) const {
    while (e) {
      if (e->kind == ast::ExprKind::Name) {
        const NameBinding* b = scope.find(static_cast<const ast::NameExpr*>(e)->name.text);
        return b ? b->untrusted : kNone;
      }
      if (e->kind == ast::ExprKind::Member) e = static_cast<const ast::MemberExpr*>(e)->object.get();
      else if (e->kind == ast::ExprKind::Index) e = static_cast<const ast::IndexExpr*>(e)->object.get();
      else return kNone;
    }
    return kNone;
  }

  std::uint32_t add_node(Node n) {
    plan_.nodes.push_back(std::move(n));
    return static_cast<std::uint32_t>(plan_.nodes.size() - 1);
  }

  // Appends literal text to a body, merging with a literal just before it.
  void add_text(std::vector<std::uint32_t>& body, const std::string& text, const Span& span) {
    if (text.empty()) return;
    if (!body.empty() && plan_.nodes[body.back()].kind == NodeKind::Text) {
      Node& last = plan_.nodes[body.back()];
      last.text += text;
      last.pieces.push_back({static_cast<std::uint32_t>(text.size()), span});
      return;
    }
    Node n;
    n.kind = NodeKind::Text;
    n.span = span;
    n.text = text;
    n.pieces.push_back({static_cast<std::uint32_t>(text.size()), span});
    body.push_back(add_node(std::move(n)));
  }

  void segments(const Segments& segs, const Scope& scope, std::vector<std::uint32_t>& body) {
    for (const Segment& s : segs) segment(s, scope, body);
  }

  void segment(const Segment& s, const Scope& scope, std::vector<std::uint32_t>& body) {
    switch (s.kind) {
      case SegmentKind::Text: add_text(body, s.text, s.span); return;
      case SegmentKind::Interpolation: {
        std::uint32_t id = interp(*s.interp, scope);
        std::uint32_t untrusted = root_untrusted(s.interp->expr.get(), scope);
        if (untrusted == kNone && interp_is_const(id)) {
          std::string text;
          append_interp(plan_, plan_.interps[id], Frame{}, text);
          add_text(body, text, s.span);
          return;
        }
        Node n;
        n.kind = NodeKind::Interp;
        n.span = s.span;
        n.interp = id;
        n.untrusted = untrusted;
        body.push_back(add_node(std::move(n)));
        return;
      }
      case SegmentKind::If: {
        Node n;
        n.kind = NodeKind::If;
        n.span = s.span;
        for (const auto& b : s.branches) {
          Branch br;
          br.condition = b.condition ? expr(b.condition, scope) : kNone;
          segments(b.body, scope, br.body);
          n.branches.push_back(std::move(br));
        }
        body.push_back(add_node(std::move(n)));
        return;
      }
      case SegmentKind::For: {
        Node n;
        n.kind = NodeKind::For;
        n.span = s.span;
        n.iterable = expr(s.iterable, scope);
        std::uint32_t untrusted = root_untrusted(s.iterable, scope);
        Scope inner{&scope, {}};
        if (s.second_var.empty()) {
          n.var_slot = new_slot();
          inner.names[s.var] = NameBinding{n.var_slot, false, {}, untrusted};
        } else {
          n.index_slot = new_slot();
          n.var_slot = new_slot();
          inner.names[s.var] = NameBinding{n.index_slot, false, {}, untrusted};
          inner.names[s.second_var] = NameBinding{n.var_slot, false, {}, untrusted};
        }
        segments(s.body, inner, n.body);
        body.push_back(add_node(std::move(n)));
        return;
      }
      case SegmentKind::Fragment: {
        // Fragments see only their parameters; arguments are evaluated in
        // the caller's scope, defaults in none. A constant argument is
        // folded into the fragment's text.
        static const Scope empty;
        Node n;
        n.kind = NodeKind::Block;
        n.span = s.span;
        Scope inner;
        for (const auto& b : s.bindings) {
          const Scope& where = b.is_default ? empty : scope;
          std::uint32_t value = b.value ? expr(b.value, where) : constant(nullptr);
          std::uint32_t untrusted = b.is_default ? kNone : root_untrusted(b.value, scope);
          NameBinding binding;
          binding.untrusted = untrusted;
          if (is_const(value)) {
            binding.is_const = true;
            binding.constant = plan_.exprs[value].constant;
          } else {
            binding.slot = new_slot();
            n.bindings.push_back({binding.slot, value});
          }
          inner.names[b.name] = std::move(binding);
        }
        segments(s.body, inner, n.body);
        body.push_back(add_node(std::move(n)));
        return;
      }
      case SegmentKind::Section: {
        Node n;
        n.kind = NodeKind::Block;
        n.span = s.span;
        SectionInfo info;
        info.name = s.section ? s.section->name : "";
        info.parent = current_section_;
        if (s.section) {
          info.priority = s.section->priority;
          if (s.section->shrink) info.shrink = *s.section->shrink;
          info.span = s.section->origin.span.valid() ? s.section->origin.span : s.span;
        } else {
          info.span = s.span;
        }
        info.order = order_++;
        info.in_example = in_example_;
        plan_.sections.push_back(std::move(info));
        n.section = static_cast<std::uint32_t>(plan_.sections.size() - 1);
        std::uint32_t saved = current_section_;
        current_section_ = n.section;
        segments(s.body, scope, n.body);
        current_section_ = saved;
        body.push_back(add_node(std::move(n)));
        return;
      }
      case SegmentKind::Super: return;
    }
  }

  std::uint32_t next_order() { return order_++; }
  // Sections compiled from now on belong to examples, which budgets never shrink.
  void set_in_example(bool on) { in_example_ = on; }

  void messages(const std::vector<Message>& in, const Scope& scope, std::vector<MessagePlan>& out) {
    for (const Message& m : in) {
      MessagePlan mp;
      mp.span = m.origin.span;
      if (m.kind == MessageKind::History) {
        mp.history = true;
        const NameBinding* b = scope.find(m.history_input);
        mp.history_slot = b ? b->slot : kNone;
        HistoryInfo h;
        h.input = m.history_input;
        h.priority = m.priority;
        if (m.shrink) h.shrink = *m.shrink;
        h.order = next_order();
        h.span = m.origin.span;
        plan_.histories.push_back(std::move(h));
        mp.history_index = static_cast<std::uint32_t>(plan_.histories.size() - 1);
      } else {
        mp.role = role_of(m.role);
        segments(m.body, scope, mp.body);
      }
      out.push_back(std::move(mp));
    }
  }

  static render::Role role_of(ast::Role r) {
    switch (r) {
      case ast::Role::System: return render::Role::System;
      case ast::Role::Developer: return render::Role::Developer;
      case ast::Role::User: return render::Role::User;
      case ast::Role::Assistant: return render::Role::Assistant;
    }
    return render::Role::User;
  }

 private:
  Plan& plan_;
  std::uint32_t current_section_ = kNone;
  bool in_example_ = false;
  std::uint32_t order_ = 0;
};

}  // namespace

Plan compile(const Prompt& prompt) {
  Plan plan;
  plan.prompt = &prompt;
  Compiler c(plan);
  Scope top;
  for (const Input& in : prompt.inputs) {
    InputSlot slot;
    slot.input = &in;
    if (in.default_value) {
      static const Scope empty;
      std::uint32_t id = c.expr(in.default_value, empty);
      Frame none;
      Value tmp;
      const Value* v = eval(plan, id, none, tmp);
      slot.has_default = true;
      slot.default_value = v ? *v : Value();
    }
    plan.inputs.push_back(std::move(slot));
    NameBinding b;
    b.slot = c.new_slot();
    if (in.untrusted) b.untrusted = c.untrusted_index(in.name);
    top.names[in.name] = std::move(b);
  }
  c.messages(prompt.messages, top, plan.messages);
  // Examples render with no inputs in scope.
  static const Scope empty;
  c.set_in_example(true);
  for (const Example& e : prompt.examples) {
    plan.example_messages.emplace_back();
    c.messages(e.messages, empty, plan.example_messages.back());
  }
  return plan;
}

std::uint32_t compile_constant(Plan& plan, const ast::Expr* expr) {
  static const Scope empty;
  Compiler c(plan);
  return c.expr(expr, empty);
}

}  // namespace aep::ir::plan
