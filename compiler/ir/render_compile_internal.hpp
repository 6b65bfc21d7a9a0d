// Internal to the render plan compiler (render_compile.cpp), split off to
// keep each file to one concern: the names in scope during compilation
// (here, inline: looked up for every name), the segment counts that size a
// plan's vectors before compilation (render_counts.cpp), and the
// compilation and constant folding of expressions (render_fold.cpp). Not
// for use outside compiler/ir.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compiler/ir/render_plan.hpp"

namespace aep::ir::plan::detail {

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

inline const Scope& empty_scope() {
  static const Scope empty;
  return empty;
}

// What a template of segments will need: an upper bound on nodes (a run of
// literal text becomes one node), and counts of interpolations, sections
// and expression sites, so the plan's vectors are allocated once.
struct Counts {
  std::size_t nodes = 0, interps = 0, sections = 0, exprs = 0;

  void add(const Segments& segs);
};

// A literal expression's value, built directly (no expressions to compile,
// evaluate and drop): what evaluating its folded form gives. False for
// anything that is not literal all the way down.
bool literal_value(const ast::Expr* e, Value& out);

// The expression half of the plan compiler: the plan's expressions and
// interpolations, made, folded and dropped (render_fold.cpp). The compiler
// of segments and messages (render_compile.cpp) derives from it.
class ExprCompiler {
 public:
  explicit ExprCompiler(Plan& plan) : plan_(plan) {}

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

  std::uint32_t fold_since(Mark m, std::uint32_t id);
  std::uint32_t interp(const ast::Interpolation& in, const Scope& scope);
  bool interp_is_const(std::uint32_t id) const;
  std::uint32_t expr(const ast::Expr* e, const Scope& scope);
  std::uint32_t fold(Mark m, std::uint32_t id);

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
  std::uint32_t root_untrusted(const ast::Expr* e, const Scope& scope) const;

 protected:
  Plan& plan_;
};

}  // namespace aep::ir::plan::detail
