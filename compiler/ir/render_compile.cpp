// IR -> render plan: resolves names to slots, folds constants, merges literal
// text. Sema has checked every name and type, so an unresolved name here can
// only be an internal inconsistency; it evaluates to null rather than failing.
//
// A plan is compiled once per prompt by every one-shot caller (`aep render`,
// `aep compile`, the linter's 1,000-prompt runs), and a prompt deep in an
// inheritance chain holds hundreds of segments, so compilation is written to
// allocate little: scopes are flat vectors of names borrowed from the IR
// (sorted once for the inputs), vectors are sized from a count of the
// segments before they fill, a run of literal text is merged into one node
// with its final size reserved, literal values (input defaults, constant
// fragment arguments) are built directly instead of through folded
// expressions, a constant fragment argument is one shared Const expression,
// and the expressions and interpolations of anything folded into a constant
// are dropped again, so the plan keeps only what evaluation reads.
//
// This file compiles segments and messages; scopes, the segment counts and
// the expression compiler with its constant folding are in
// render_compile_internal.hpp, render_counts.cpp and render_fold.cpp.
#include <algorithm>
#include <string_view>
#include <utility>

#include "compiler/ir/render_compile_internal.hpp"
#include "compiler/ir/render_plan.hpp"

namespace aep::ir::plan {
namespace {

using detail::Counts;
using detail::empty_scope;
using detail::literal_value;
using detail::NameBinding;
using detail::Scope;

class Compiler : public detail::ExprCompiler {
 public:
  explicit Compiler(Plan& plan) : ExprCompiler(plan) {}

  // A node made in place (its body is moved in once compiled): children get
  // higher ids than their parent, which nothing depends on.
  std::uint32_t new_node(NodeKind kind, const Span& span) {
    Node& n = plan_.nodes.emplace_back();
    n.kind = kind;
    n.span = span;
    return static_cast<std::uint32_t>(plan_.nodes.size() - 1);
  }

  // Appends literal text to a body, merging with a literal just before it.
  // `more_bytes` and `more_pieces` are what the run of literals that starts
  // here will add after this one, reserved when the node is created.
  void add_text(std::vector<std::uint32_t>& body, std::string_view text, const Span& span, std::size_t more_bytes = 0,
                std::size_t more_pieces = 0) {
    if (text.empty()) return;
    if (!body.empty() && plan_.nodes[body.back()].kind == NodeKind::Text) {
      Node& last = plan_.nodes[body.back()];
      last.text += text;
      last.pieces.push_back({static_cast<std::uint32_t>(text.size()), span});
      return;
    }
    std::uint32_t id = new_node(NodeKind::Text, span);
    Node& n = plan_.nodes[id];
    n.text.reserve(text.size() + more_bytes);
    n.text = text;
    n.pieces.reserve(1 + more_pieces);
    n.pieces.push_back({static_cast<std::uint32_t>(text.size()), span});
    body.push_back(id);
  }

  void segments(const Segments& segs, const Scope& scope, std::vector<std::uint32_t>& body) {
    for (std::size_t i = 0; i < segs.size();) {
      if (segs[i].kind != SegmentKind::Text) {
        segment(segs[i++], scope, body);
        continue;
      }
      // A run of literal segments: one node, sized once.
      std::size_t end = i, bytes = 0, pieces = 0;
      for (; end < segs.size() && segs[end].kind == SegmentKind::Text; ++end) {
        bytes += segs[end].text.size();
        pieces += segs[end].text.empty() ? 0 : 1;
      }
      for (; i < end; ++i) {
        const Segment& s = segs[i];
        if (s.text.empty()) continue;
        bytes -= s.text.size();
        --pieces;
        add_text(body, s.text, s.span, bytes, pieces);
      }
    }
  }

  // A body's node list, allocated once (a run of literals may take fewer).
  void body_of(const Segments& segs, const Scope& scope, std::vector<std::uint32_t>& body) {
    body.reserve(segs.size());
    segments(segs, scope, body);
  }

  void segment(const Segment& s, const Scope& scope, std::vector<std::uint32_t>& body) {
    switch (s.kind) {
      case SegmentKind::Text: add_text(body, s.text, s.span); return;
      case SegmentKind::Interpolation: {
        const ast::NameExpr* root = root_name(s.interp->expr.get());
        const NameBinding* b = root ? scope.find(root->name.text) : nullptr;
        std::uint32_t untrusted = b ? b->untrusted : kNone;
        // `{{ param }}` of a constant fragment argument: its text, directly.
        if (untrusted == kNone && b && b->is_const() && root == s.interp->expr.get() && s.interp->filters.empty()) {
          text_.clear();
          append_text(text_, plan_.exprs[b->constant].constant);
          add_text(body, text_, s.span);
          return;
        }
        Mark m = mark();
        std::uint32_t id = interp(*s.interp, scope);
        if (untrusted == kNone && interp_is_const(id)) {
          text_.clear();
          append_interp(plan_, plan_.interps[id], Frame{}, text_);
          drop_since(m);
          add_text(body, text_, s.span);
          return;
        }
        std::uint32_t node = new_node(NodeKind::Interp, s.span);
        plan_.nodes[node].interp = id;
        plan_.nodes[node].untrusted = untrusted;
        body.push_back(node);
        return;
      }
      case SegmentKind::If: {
        // A branch whose condition is constant (`if formal` of a fragment
        // argument `formal: false`) is decided here: a false one is never
        // taken, a true one is taken like an `else` and ends the chain. An
        // `if` left with no branch renders nothing and is no node at all
        // (a node that adds no text changes nothing around it).
        std::vector<Branch> branches;
        branches.reserve(s.branches.size());
        for (const auto& b : s.branches) {
          std::uint32_t condition = kNone;
          if (b.condition) {
            Mark m = mark();
            condition = expr(b.condition, scope);
            if (is_const(condition)) {
              bool taken = truthy(plan_.exprs[condition].constant);
              drop_since(m);
              if (!taken) continue;
              condition = kNone;
            }
          }
          Branch& branch = branches.emplace_back();
          branch.condition = condition;
          body_of(b.body, scope, branch.body);
          if (condition == kNone) break;
        }
        if (branches.empty()) return;
        std::uint32_t node = new_node(NodeKind::If, s.span);
        plan_.nodes[node].branches = std::move(branches);
        body.push_back(node);
        return;
      }
      case SegmentKind::For: {
        std::uint32_t node = new_node(NodeKind::For, s.span);
        std::uint32_t iterable = expr(s.iterable, scope);
        std::uint32_t untrusted = root_untrusted(s.iterable, scope);
        std::uint32_t var_slot = kNone, index_slot = kNone;
        Scope inner;
        inner.parent = &scope;
        if (s.second_var.empty()) {
          var_slot = new_slot();
          inner.bind(s.var, NameBinding{var_slot, kNone, untrusted});
        } else {
          index_slot = new_slot();
          var_slot = new_slot();
          inner.bind(s.var, NameBinding{index_slot, kNone, untrusted});
          inner.bind(s.second_var, NameBinding{var_slot, kNone, untrusted});
        }
        std::vector<std::uint32_t> inner_body;
        body_of(s.body, inner, inner_body);
        Node& n = plan_.nodes[node];
        n.iterable = iterable;
        n.var_slot = var_slot;
        n.index_slot = index_slot;
        n.body = std::move(inner_body);
        body.push_back(node);
        return;
      }
      case SegmentKind::Fragment: {
        // Fragments see only their parameters; arguments are evaluated in
        // the caller's scope, defaults in none. A constant argument is
        // folded into the fragment's text.
        std::uint32_t node = new_node(NodeKind::Block, s.span);
        std::vector<Binding> bindings;
        Scope inner;
        for (const auto& b : s.bindings) {
          const Scope& where = b.is_default ? empty_scope() : scope;
          NameBinding binding;
          binding.untrusted = b.is_default ? kNone : root_untrusted(b.value, scope);
          std::uint32_t value;
          if (Value v; literal_value(b.value, v)) value = constant(std::move(v));
          else value = expr(b.value, where);
          if (is_const(value)) {
            binding.constant = value;
          } else {
            binding.slot = new_slot();
            bindings.push_back({binding.slot, value});
          }
          inner.bind(b.name, binding);
        }
        std::vector<std::uint32_t> inner_body;
        body_of(s.body, inner, inner_body);
        plan_.nodes[node].bindings = std::move(bindings);
        plan_.nodes[node].body = std::move(inner_body);
        body.push_back(node);
        return;
      }
      case SegmentKind::Section: {
        std::uint32_t node = new_node(NodeKind::Block, s.span);
        SectionInfo& info = plan_.sections.emplace_back();
        if (s.section) info.name = s.section->name;
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
        std::uint32_t section = static_cast<std::uint32_t>(plan_.sections.size() - 1);
        plan_.nodes[node].section = section;
        std::uint32_t saved = current_section_;
        current_section_ = section;
        std::vector<std::uint32_t> inner_body;
        body_of(s.body, scope, inner_body);
        current_section_ = saved;
        plan_.nodes[node].body = std::move(inner_body);
        body.push_back(node);
        return;
      }
      case SegmentKind::Super: return;
    }
  }

  std::uint32_t next_order() { return order_++; }
  // Sections compiled from now on belong to examples, which budgets never shrink.
  void set_in_example(bool on) { in_example_ = on; }

  void messages(const std::vector<Message>& in, const Scope& scope, std::vector<MessagePlan>& out) {
    out.reserve(out.size() + in.size());
    for (const Message& m : in) {
      MessagePlan& mp = out.emplace_back();
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
        body_of(m.body, scope, mp.body);
      }
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
  std::uint32_t current_section_ = kNone;
  bool in_example_ = false;
  std::uint32_t order_ = 0;
  std::string text_;  // scratch for text folded from constant interpolations
};

}  // namespace

Plan compile(const Prompt& prompt) {
  Plan plan;
  plan.prompt = &prompt;
  {
    Counts counts;
    for (const Message& m : prompt.messages) counts.add(m.body);
    for (const Example& e : prompt.examples) {
      for (const Message& m : e.messages) counts.add(m.body);
    }
    plan.nodes.reserve(counts.nodes);
    plan.interps.reserve(counts.interps);
    plan.sections.reserve(counts.sections);
    plan.exprs.reserve(counts.exprs);
  }
  Compiler c(plan);
  Scope top;
  top.names.reserve(prompt.inputs.size());
  plan.inputs.reserve(prompt.inputs.size());
  for (const Input& in : prompt.inputs) {
    InputSlot& slot = plan.inputs.emplace_back();
    slot.input = &in;
    if (in.default_value) {
      slot.has_default = true;
      if (!literal_value(in.default_value, slot.default_value)) {
        Compiler::Mark m = c.mark();
        std::uint32_t id = c.expr(in.default_value, empty_scope());
        Frame none;
        Value tmp;
        const Value* v = eval(plan, id, none, tmp);
        slot.default_value = v ? *v : Value();
        c.drop_since(m);  // evaluated once: nothing reads the expression again
      }
    }
    NameBinding b;
    b.slot = c.new_slot();
    if (in.untrusted) b.untrusted = c.untrusted_index(in.name);
    top.names.emplace_back(in.name, b);
  }
  if (top.names.size() > 8) top.build_index();
  c.messages(prompt.messages, top, plan.messages);
  // Examples render with no inputs in scope.
  c.set_in_example(true);
  plan.example_messages.reserve(prompt.examples.size());
  for (const Example& e : prompt.examples) {
    plan.example_messages.emplace_back();
    c.messages(e.messages, empty_scope(), plan.example_messages.back());
  }
  return plan;
}

std::uint32_t compile_constant(Plan& plan, const ast::Expr* expr) {
  Compiler c(plan);
  return c.expr(expr, empty_scope());
}

}  // namespace aep::ir::plan
