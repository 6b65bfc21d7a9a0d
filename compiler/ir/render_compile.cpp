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
#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <utility>

#include "compiler/ir/render_plan.hpp"

namespace aep::ir::plan {
namespace {

struct NameBinding {
  std::uint32_t slot = kNone;      // kNone when constant
  std::uint32_t constant = kNone;  // the Const expression of a constant binding
  std::uint32_t untrusted = kNone;
  bool is_const() const { return constant != kNone; }
};

// Names in scope. Keys are views of names owned by the IR (input, loop
// variable and parameter names), which outlives compilation. Scopes are
// small (a loop's one or two variables, a fragment's parameters) except the
// prompt's inputs (dozens in a deep chain), which get a hash index. The
// first few names live in the scope itself, so a loop or a fragment use
// allocates nothing for its scope.
struct Scope {
  using Entry = std::pair<std::string_view, NameBinding>;
  const Scope* parent = nullptr;
  std::array<Entry, 4> near{};
  std::size_t near_count = 0;
  std::vector<Entry> names;          // beyond `near`; all of the inputs
  std::vector<std::uint32_t> index;  // open addressing: 1 + position in names, 0 empty

  // Input names are short: the first and last eight bytes (overlapping,
  // or the bytes there are) and the length, mixed once.
  static std::size_t hash(std::string_view name) {
    std::uint64_t a = name.size(), b = 0;
    if (name.size() >= 8) {
      std::memcpy(&b, name.data(), 8);
      a ^= b;
      std::memcpy(&b, name.data() + name.size() - 8, 8);
      a ^= b * 0x9E3779B97F4A7C15ull;
    } else {
      for (char c : name) a = (a << 8) | static_cast<unsigned char>(c);
    }
    a ^= a >> 29;
    a *= 0xBF58476D1CE4E5B9ull;
    return static_cast<std::size_t>(a ^ (a >> 32));
  }
  // Builds the index; of two bindings of one name the later one is found.
  void build_index() {
    std::size_t size = 16;
    while (size < names.size() * 2) size *= 2;
    index.assign(size, 0);
    for (std::size_t i = 0; i < names.size(); ++i) {
      std::size_t at = hash(names[i].first) & (size - 1);
      while (index[at] != 0 && names[index[at] - 1].first != names[i].first) at = (at + 1) & (size - 1);
      index[at] = static_cast<std::uint32_t>(i + 1);
    }
  }

  // A later binding of the same name replaces the earlier one.
  void bind(std::string_view name, const NameBinding& b) {
    for (std::size_t i = 0; i < near_count; ++i) {
      if (near[i].first == name) {
        near[i].second = b;
        return;
      }
    }
    for (auto& [n, existing] : names) {
      if (n == name) {
        existing = b;
        return;
      }
    }
    if (near_count < near.size()) near[near_count++] = {name, b};
    else names.emplace_back(name, b);
  }
  const NameBinding* find_here(std::string_view name) const {
    if (!index.empty()) {
      std::size_t mask = index.size() - 1;
      for (std::size_t at = hash(name) & mask; index[at] != 0; at = (at + 1) & mask) {
        if (names[index[at] - 1].first == name) return &names[index[at] - 1].second;
      }
      return nullptr;
    }
    for (std::size_t i = 0; i < near_count; ++i) {
      if (near[i].first == name) return &near[i].second;
    }
    // Backwards: of two inputs with one name (not deduplicated) the later one.
    for (auto it = names.rbegin(); it != names.rend(); ++it) {
      if (it->first == name) return &it->second;
    }
    return nullptr;
  }
  const NameBinding* find(std::string_view name) const {
    for (const Scope* s = this; s; s = s->parent) {
      if (const NameBinding* b = s->find_here(name)) return b;
    }
    return nullptr;
  }
};

const Scope& empty_scope() {
  static const Scope empty;
  return empty;
}

// What a template of segments will need: an upper bound on nodes (a run of
// literal text becomes one node), and counts of interpolations, sections
// and expression sites, so the plan's vectors are allocated once.
struct Counts {
  std::size_t nodes = 0, interps = 0, sections = 0, exprs = 0;

  void add(const Segments& segs) {
    bool in_text = false;
    for (const Segment& s : segs) {
      if (s.kind == SegmentKind::Text) {
        if (!in_text && !s.text.empty()) ++nodes;
        in_text = in_text || !s.text.empty();
        continue;
      }
      in_text = false;
      if (s.kind == SegmentKind::Super) continue;
      ++nodes;
      switch (s.kind) {
        case SegmentKind::Interpolation:
          // An expression and, typically, a filter argument (not looked up:
          // reading the AST here would touch it twice).
          ++interps;
          exprs += 2;
          break;
        case SegmentKind::If:
          exprs += s.branches.size();
          for (const auto& b : s.branches) add(b.body);
          break;
        case SegmentKind::For: ++exprs; break;
        case SegmentKind::Fragment: exprs += s.bindings.size(); break;
        case SegmentKind::Section: ++sections; break;
        default: break;
      }
      add(s.body);
    }
  }
};

// A literal expression's value, built directly (no expressions to compile,
// evaluate and drop): what evaluating its folded form gives. False for
// anything that is not literal all the way down.
bool literal_value(const ast::Expr* e, Value& out) {
  if (!e) {
    out = nullptr;
    return true;
  }
  switch (e->kind) {
    case ast::ExprKind::Null:
    case ast::ExprKind::Error:
    case ast::ExprKind::Call: out = nullptr; return true;  // as expr() compiles them
    case ast::ExprKind::Bool: out = static_cast<const ast::BoolExpr*>(e)->value; return true;
    case ast::ExprKind::Int: out = static_cast<const ast::IntExpr*>(e)->value; return true;
    case ast::ExprKind::Float: out = static_cast<const ast::FloatExpr*>(e)->value; return true;
    case ast::ExprKind::String: {
      const auto& parts = static_cast<const ast::StringExpr*>(e)->value.parts;
      std::size_t size = 0;
      for (const auto& p : parts) {
        if (p.interp) return false;
        size += p.text.size();
      }
      std::string text;
      text.reserve(size);
      for (const auto& p : parts) text += p.text;
      out = std::move(text);
      return true;
    }
    case ast::ExprKind::List: {
      Value list = Value::array();
      for (const auto& item : static_cast<const ast::ListExpr*>(e)->items) {
        Value v;
        if (!literal_value(item.get(), v)) return false;
        list.push_back(std::move(v));
      }
      out = std::move(list);
      return true;
    }
    case ast::ExprKind::Object: {
      Value object = Value::object();
      for (const auto& en : static_cast<const ast::ObjectExpr*>(e)->entries) {
        Value v;
        if (!literal_value(en.value.get(), v)) return false;
        object[en.key.text] = std::move(v);  // as evaluation does: a repeated key keeps its first place
      }
      out = std::move(object);
      return true;
    }
    default: return false;
  }
}

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

  // Expressions and interpolations made after a mark can be dropped again
  // when what they computed was folded into a constant or into text.
  struct Mark {
    std::size_t exprs, interps;
  };
  Mark mark() const { return {plan_.exprs.size(), plan_.interps.size()}; }
  void drop_since(Mark m) {
    plan_.exprs.resize(m.exprs);
    plan_.interps.resize(m.interps);
  }

  Expr& new_expr(ExprOp op) {
    Expr& e = plan_.exprs.emplace_back();
    e.op = op;
    return e;
  }
  std::uint32_t last_expr() const { return static_cast<std::uint32_t>(plan_.exprs.size() - 1); }
  std::uint32_t constant(Value v) {
    new_expr(ExprOp::Const).constant = std::move(v);
    return last_expr();
  }
  bool is_const(std::uint32_t id) const { return id != kNone && plan_.exprs[id].op == ExprOp::Const; }

  // Replaces everything compiled since `m` (the expression `id` and its
  // operands) by the constant it evaluates to.
  std::uint32_t fold_since(Mark m, std::uint32_t id) {
    Frame empty;
    Value tmp;
    const Value* v = eval(plan_, id, empty, tmp);
    Value value = !v ? Value() : v == &tmp ? std::move(tmp) : *v;
    drop_since(m);
    return constant(std::move(value));
  }

  std::uint32_t interp(const ast::Interpolation& in, const Scope& scope) {
    std::uint32_t expr_id = expr(in.expr.get(), scope);
    std::vector<Filter> filters;
    filters.reserve(in.filters.size());
    for (const auto& f : in.filters) {
      const std::string& n = f.name.text;
      Filter filter;
      filter.op = n == "upper" ? FilterOp::Upper : n == "lower" ? FilterOp::Lower : n == "trim" ? FilterOp::Trim
                : n == "indent" ? FilterOp::Indent : n == "truncate" ? FilterOp::Truncate : n == "join" ? FilterOp::Join
                : n == "json" ? FilterOp::Json : FilterOp::Unknown;
      if (!f.args.empty()) filter.arg = expr(f.args[0].value.get(), scope);
      filters.push_back(filter);
    }
    Interp& out = plan_.interps.emplace_back();
    out.expr = expr_id;
    out.filters = std::move(filters);
    // `{{ a.b.c }}` with no filters: the renderer walks the members inline.
    if (out.filters.empty() && out.expr != kNone && plan_.exprs[out.expr].path) {
      std::size_t depth = 0;
      std::uint32_t at = out.expr;
      for (; plan_.exprs[at].op == ExprOp::Member; at = plan_.exprs[at].kids[0]) ++depth;
      out.path.resize(depth);
      at = out.expr;
      for (; plan_.exprs[at].op == ExprOp::Member; at = plan_.exprs[at].kids[0]) out.path[--depth] = plan_.exprs[at].member;
      out.path_slot = plan_.exprs[at].slot;
    }
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

  // Compiles the operands first, then the node itself, so a reference into
  // plan_.exprs is never held across a recursive call.
  std::uint32_t expr(const ast::Expr* e, const Scope& scope) {
    if (!e) return constant(nullptr);
    Mark m = mark();
    switch (e->kind) {
      case ast::ExprKind::Null:
      case ast::ExprKind::Error:
      case ast::ExprKind::Call: return constant(nullptr);  // sema refuses calls in templates
      case ast::ExprKind::Bool: return constant(static_cast<const ast::BoolExpr*>(e)->value);
      case ast::ExprKind::Int: return constant(static_cast<const ast::IntExpr*>(e)->value);
      case ast::ExprKind::Float: return constant(static_cast<const ast::FloatExpr*>(e)->value);
      case ast::ExprKind::String: {
        const auto& parts = static_cast<const ast::StringExpr*>(e)->value.parts;
        std::vector<std::uint32_t> kids;
        std::vector<std::string> keys;
        kids.reserve(parts.size());
        keys.reserve(parts.size());
        bool folds = true;
        for (const auto& p : parts) {
          if (p.interp) {
            std::uint32_t k = interp(*p.interp, scope);
            if (!interp_is_const(k)) folds = false;
            kids.push_back(k);
            keys.emplace_back();
          } else {
            kids.push_back(kNone);
            keys.push_back(p.text);
          }
        }
        Expr& out = new_expr(ExprOp::Concat);
        out.kids = std::move(kids);
        out.keys = std::move(keys);
        return folds ? fold_since(m, last_expr()) : last_expr();
      }
      case ast::ExprKind::Name: {
        const NameBinding* b = scope.find(static_cast<const ast::NameExpr*>(e)->name.text);
        if (!b) return constant(nullptr);
        if (b->is_const()) return b->constant;  // the binding's own Const expression
        Expr& out = new_expr(ExprOp::Slot);
        out.slot = b->slot;
        out.path = true;
        return last_expr();
      }
      case ast::ExprKind::Member: {
        const auto* me = static_cast<const ast::MemberExpr*>(e);
        std::uint32_t object = expr(me->object.get(), scope);
        bool path = plan_.exprs[object].path;
        Expr& out = new_expr(ExprOp::Member);
        out.member = me->member.text;
        out.kids = {object};
        out.path = path;
        return fold(m, last_expr());
      }
      case ast::ExprKind::Index: {
        const auto* ix = static_cast<const ast::IndexExpr*>(e);
        std::uint32_t object = expr(ix->object.get(), scope);
        std::uint32_t index = expr(ix->index.get(), scope);
        new_expr(ExprOp::Index).kids = {object, index};
        return fold(m, last_expr());
      }
      case ast::ExprKind::Unary: {
        const auto* u = static_cast<const ast::UnaryExpr*>(e);
        std::uint32_t operand = expr(u->operand.get(), scope);
        new_expr(u->op == ast::UnaryOp::Not ? ExprOp::Not : ExprOp::Neg).kids = {operand};
        return fold(m, last_expr());
      }
      case ast::ExprKind::Compare: {
        const auto* c = static_cast<const ast::CompareExpr*>(e);
        std::uint32_t lhs = expr(c->lhs.get(), scope);
        std::uint32_t rhs = expr(c->rhs.get(), scope);
        Expr& out = new_expr(ExprOp::Compare);
        out.compare = c->op;
        out.kids = {lhs, rhs};
        return fold(m, last_expr());
      }
      case ast::ExprKind::Logical: {
        const auto* l = static_cast<const ast::LogicalExpr*>(e);
        std::vector<std::uint32_t> kids;
        kids.reserve(l->operands.size());
        for (const auto& o : l->operands) kids.push_back(expr(o.get(), scope));
        new_expr(l->op == ast::LogicalOp::And ? ExprOp::And : ExprOp::Or).kids = std::move(kids);
        return fold(m, last_expr());
      }
      case ast::ExprKind::List: {
        if (Value v; literal_value(e, v)) return constant(std::move(v));
        const auto& items = static_cast<const ast::ListExpr*>(e)->items;
        std::vector<std::uint32_t> kids;
        kids.reserve(items.size());
        for (const auto& i : items) kids.push_back(expr(i.get(), scope));
        new_expr(ExprOp::List).kids = std::move(kids);
        return fold(m, last_expr());
      }
      case ast::ExprKind::Object: {
        if (Value v; literal_value(e, v)) return constant(std::move(v));
        const auto& entries = static_cast<const ast::ObjectExpr*>(e)->entries;
        std::vector<std::uint32_t> kids;
        std::vector<std::string> keys;
        kids.reserve(entries.size());
        keys.reserve(entries.size());
        for (const auto& en : entries) {
          keys.push_back(en.key.text);
          kids.push_back(expr(en.value.get(), scope));
        }
        Expr& out = new_expr(ExprOp::Object);
        out.keys = std::move(keys);
        out.kids = std::move(kids);
        return fold(m, last_expr());
      }
    }
    return constant(nullptr);
  }

  // Folds an expression whose operands are all constants.
  std::uint32_t fold(Mark m, std::uint32_t id) {
    for (std::uint32_t k : plan_.exprs[id].kids) {
      if (k != kNone && !is_const(k)) return id;
    }
    return fold_since(m, id);
  }

  // The name an expression's value is read from (through members and
  // indexes), or null.
  static const ast::NameExpr* root_name(const ast::Expr* e) {
    while (e) {
      if (e->kind == ast::ExprKind::Name) return static_cast<const ast::NameExpr*>(e);
      if (e->kind == ast::ExprKind::Member) e = static_cast<const ast::MemberExpr*>(e)->object.get();
      else if (e->kind == ast::ExprKind::Index) e = static_cast<const ast::IndexExpr*>(e)->object.get();
      else return nullptr;
    }
    return nullptr;
  }

  // The @untrusted input an expression's value comes from (through members,
  // indexes, loop variables and fragment parameters).
  std::uint32_t root_untrusted(const ast::Expr* e, const Scope& scope) const {
    const ast::NameExpr* root = root_name(e);
    const NameBinding* b = root ? scope.find(root->name.text) : nullptr;
    return b ? b->untrusted : kNone;
  }

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
  Plan& plan_;
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
