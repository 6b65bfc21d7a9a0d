// Input planning for payload templates: a walk over the prompt's segments
// that records, for each input, whether every use is a marker-preserving
// interpolation; then one render with markers and stand-ins.
#include "compiler/build/template.hpp"

#include <map>
#include <set>

#include <fmt/format.h>

#include "compiler/render/request.hpp"

namespace aep::build {
namespace {

struct Use {
  bool plain = false;                // a bare `{{ name | safe filters }}`
  std::vector<std::string> filters;  // plain uses only
  std::string reason;                // other uses
};

using Uses = std::map<std::string, std::vector<Use>>;

std::string filter_text(const ast::Filter& f) {
  std::string out = f.name.text;
  if (f.has_parens || !f.args.empty()) {
    out += "(";
    for (std::size_t i = 0; i < f.args.size(); ++i) {
      if (i) out += ", ";
      if (f.args[i].name) out += f.args[i].name->text + ": ";
      out += ir::expression_text(f.args[i].value.get());
    }
    out += ")";
  }
  return out;
}

// Names an expression reads (free names only: members are not names).
void names_in(const ast::Expr* e, std::set<std::string>& out);

void names_in_interp(const ast::Interpolation& in, std::set<std::string>& out) {
  names_in(in.expr.get(), out);
  for (const auto& f : in.filters) {
    for (const auto& a : f.args) names_in(a.value.get(), out);
  }
}

void names_in(const ast::Expr* e, std::set<std::string>& out) {
  if (!e) return;
  switch (e->kind) {
    case ast::ExprKind::Name: out.insert(static_cast<const ast::NameExpr*>(e)->name.text); break;
    case ast::ExprKind::Member: names_in(static_cast<const ast::MemberExpr*>(e)->object.get(), out); break;
    case ast::ExprKind::Index: {
      const auto* ix = static_cast<const ast::IndexExpr*>(e);
      names_in(ix->object.get(), out);
      names_in(ix->index.get(), out);
      break;
    }
    case ast::ExprKind::Call: {
      const auto* c = static_cast<const ast::CallExpr*>(e);
      names_in(c->callee.get(), out);
      for (const auto& a : c->args) names_in(a.value.get(), out);
      break;
    }
    case ast::ExprKind::Unary: names_in(static_cast<const ast::UnaryExpr*>(e)->operand.get(), out); break;
    case ast::ExprKind::Compare: {
      const auto* c = static_cast<const ast::CompareExpr*>(e);
      names_in(c->lhs.get(), out);
      names_in(c->rhs.get(), out);
      break;
    }
    case ast::ExprKind::Logical:
      for (const auto& o : static_cast<const ast::LogicalExpr*>(e)->operands) names_in(o.get(), out);
      break;
    case ast::ExprKind::List:
      for (const auto& i : static_cast<const ast::ListExpr*>(e)->items) names_in(i.get(), out);
      break;
    case ast::ExprKind::Object:
      for (const auto& en : static_cast<const ast::ObjectExpr*>(e)->entries) names_in(en.value.get(), out);
      break;
    case ast::ExprKind::String:
      for (const auto& p : static_cast<const ast::StringExpr*>(e)->value.parts) {
        if (p.interp) names_in_interp(*p.interp, out);
      }
      break;
    default: break;
  }
}

// A filter that leaves a slot marker unchanged, so the filter can be applied
// to the value later instead: trim (no surrounding space), indent (no
// newline), truncate to at least the marker's length.
bool marker_safe(const ast::Filter& f, std::size_t marker_code_points) {
  const std::string& n = f.name.text;
  if (n == "trim" || n == "indent") return true;
  if (n == "truncate" && f.args.size() == 1 && f.args[0].value && f.args[0].value->kind == ast::ExprKind::Int) {
    auto limit = static_cast<const ast::IntExpr*>(f.args[0].value.get())->value;
    return limit >= static_cast<std::int64_t>(marker_code_points);
  }
  return false;
}

class Planner {
 public:
  Planner(const ir::Prompt& prompt, Uses& uses) : prompt_(prompt), uses_(uses) {}

  void walk(const ir::Segments& segs, const std::set<std::string>& shadowed) {
    for (const auto& s : segs) walk_one(s, shadowed);
  }

  void other(const std::set<std::string>& names, const std::set<std::string>& shadowed, const std::string& reason) {
    for (const auto& n : names) {
      if (!shadowed.count(n) && prompt_.find_input(n)) uses_[n].push_back({false, {}, reason});
    }
  }

 private:
  void walk_one(const ir::Segment& s, const std::set<std::string>& shadowed) {
    switch (s.kind) {
      case ir::SegmentKind::Text:
      case ir::SegmentKind::Super: break;
      case ir::SegmentKind::Interpolation: {
        const ast::Expr* e = s.interp->expr.get();
        if (e && e->kind == ast::ExprKind::Name) {
          const std::string& name = static_cast<const ast::NameExpr*>(e)->name.text;
          if (!shadowed.count(name) && prompt_.find_input(name)) {
            Use use{true, {}, ""};
            // The marker is ⟦aep:NAME⟧: the name plus six code points.
            std::size_t marker_cp = name.size() + 6;
            for (const auto& f : s.interp->filters) {
              if (!marker_safe(f, marker_cp)) {
                use = {false, {}, fmt::format("interpolated through the `{}` filter", f.name.text)};
                break;
              }
              use.filters.push_back(filter_text(f));
            }
            uses_[name].push_back(std::move(use));
            std::set<std::string> args;
            for (const auto& f : s.interp->filters) {
              for (const auto& a : f.args) names_in(a.value.get(), args);
            }
            other(args, shadowed, "used in a filter argument");
            break;
          }
        }
        std::set<std::string> names;
        names_in_interp(*s.interp, names);
        other(names, shadowed, fmt::format("used in the expression `{}`", ir::expression_text(e)));
        break;
      }
      case ir::SegmentKind::If:
        for (const auto& b : s.branches) {
          std::set<std::string> names;
          names_in(b.condition, names);
          other(names, shadowed, fmt::format("used in the condition `{}`", ir::expression_text(b.condition)));
          walk(b.body, shadowed);
        }
        break;
      case ir::SegmentKind::For: {
        std::set<std::string> names;
        names_in(s.iterable, names);
        other(names, shadowed, "iterated by a `for` loop");
        std::set<std::string> inner = shadowed;
        inner.insert(s.var);
        if (!s.second_var.empty()) inner.insert(s.second_var);
        walk(s.body, inner);
        break;
      }
      case ir::SegmentKind::Fragment:
        // The fragment body sees only its parameters: the arguments are the uses.
        for (const auto& b : s.bindings) {
          if (b.is_default) continue;
          std::set<std::string> names;
          names_in(b.value, names);
          other(names, shadowed, fmt::format("passed to fragment `{}`", s.fragment));
        }
        break;
      case ir::SegmentKind::Section: walk(s.body, shadowed); break;
    }
  }

  const ir::Prompt& prompt_;
  Uses& uses_;
};

Json placeholder(const sema::TypeRef& t) {
  if (!t) return nullptr;
  switch (t->tag) {
    case sema::TypeTag::String: return "";
    case sema::TypeTag::Int: return 0;
    case sema::TypeTag::Float: return 0.0;
    case sema::TypeTag::Bool: return false;
    case sema::TypeTag::Enum: return t->values.empty() ? Json(nullptr) : Json(t->values.front().name);
    case sema::TypeTag::List:
    case sema::TypeTag::Messages: return Json::array();
    case sema::TypeTag::Map: return Json::object();
    case sema::TypeTag::Record: {
      Json out = Json::object();
      for (const auto& f : t->fields) {
        if (!f.type || !f.type->optional) out[f.name] = placeholder(f.type);
      }
      return out;
    }
    case sema::TypeTag::Json:
    case sema::TypeTag::Null: return nullptr;
  }
  return nullptr;
}

}  // namespace

Json PromptTemplate::inputs_json() const {
  Json out = Json::array();
  for (const auto& in : inputs) {
    Json j = {{"name", in.name}, {"type", in.type}, {"slot", in.slot}};
    if (in.slot) {
      j["marker"] = render::slot_marker(in.name);
      j["filters"] = in.filters;
    } else {
      j["reason"] = in.reason;
      j["stand_in"] = in.stand_in;
      j["stand_in_from"] = in.stand_in_from;
    }
    out.push_back(std::move(j));
  }
  return out;
}

PromptTemplate make_template(const ir::Prompt& prompt) {
  Uses uses;
  Planner planner(prompt, uses);
  for (const auto& m : prompt.messages) {
    if (m.kind == ir::MessageKind::History) {
      if (prompt.find_input(m.history_input)) uses[m.history_input].push_back({false, {}, "spliced in as message history"});
      continue;
    }
    planner.walk(m.body, {});
  }

  PromptTemplate out;
  Json values = Json::object();
  for (const auto& in : prompt.inputs) {
    InputPlan plan;
    plan.name = in.name;
    plan.type = sema::type_name(in.type);
    const auto& list = uses[in.name];
    bool is_text = in.type && in.type->tag == sema::TypeTag::String;
    bool all_plain = !list.empty();
    std::vector<std::string> filters;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (!list[i].plain) {
        all_plain = false;
        plan.reason = list[i].reason;
        break;
      }
      // One recorded filter chain per slot: uses with different chains would
      // need one marker each, which slot_marker(name) cannot tell apart.
      if (i == 0) filters = list[i].filters;
      else if (list[i].filters != filters) {
        all_plain = false;
        plan.reason = "interpolated with different filters in different places";
        break;
      }
    }
    if (list.empty()) plan.reason = "not used in the messages";
    else if (!is_text && all_plain) plan.reason = fmt::format("of type {}, not text", plan.type);
    if (is_text && all_plain) {
      plan.slot = true;
      plan.filters = std::move(filters);
      values[in.name] = render::slot_marker(in.name);
    } else {
      if (in.default_value) {
        plan.stand_in_from = "default";  // render_prompt evaluates it; record the same value below
      } else if (in.type && in.type->optional) {
        plan.stand_in_from = "null";
        plan.stand_in = nullptr;
      } else {
        plan.stand_in_from = "placeholder";
        plan.stand_in = placeholder(in.type);
        values[in.name] = plan.stand_in;
      }
      if (!list.empty()) out.exact = false;
    }
    out.inputs.push_back(std::move(plan));
  }
  out.rendered = ir::render_prompt(prompt, values);
  // Defaults are evaluated by the renderer; show the value it used.
  for (auto& plan : out.inputs) {
    if (plan.stand_in_from == "default" && prompt.find_input(plan.name)) {
      plan.stand_in = Json(ir::expression_text(prompt.find_input(plan.name)->default_value));
      plan.stand_in_from = "default";
    }
  }
  return out;
}

}  // namespace aep::build
