// Evaluation of compiled template expressions and filters. Names, members and
// indexes evaluate to pointers into the input JSON (or into the plan's
// constants); only computed values (comparisons, literals built from
// non-constant parts, filter results) are materialised, in `tmp`. Sema has
// checked names and types, so evaluation is total: a missing member is null.
#include <algorithm>

#include "compiler/ir/render_plan.hpp"

namespace aep::ir::plan {
namespace {

const Value& null_value() {
  static const Value v;
  return v;
}

bool contains(const Value& l, const Value& r) {
  if (r.is_array()) return std::find(r.begin(), r.end(), l) != r.end();
  if (r.is_string() && l.is_string()) return r.get_ref<const std::string&>().find(l.get_ref<const std::string&>()) != std::string::npos;
  if (r.is_object() && l.is_string()) return r.contains(l.get_ref<const std::string&>());
  return false;
}

template <class Cmp>
bool order(const Value& l, const Value& r, Cmp cmp) {
  if (l.is_number() && r.is_number()) return cmp(l.get<double>(), r.get<double>());
  if (l.is_string() && r.is_string()) return cmp(l.get_ref<const std::string&>(), r.get_ref<const std::string&>());
  return false;
}

// Code-point aware prefix of at most `n` code points.
std::size_t utf8_prefix_bytes(const std::string& s, std::int64_t n) {
  std::size_t i = 0;
  for (std::int64_t count = 0; i < s.size() && count < n; ++count) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  }
  return std::min(i, s.size());
}

// A path expression (a slot and members): pointers all the way, no
// temporaries.
const Value* eval_path(const Plan& plan, const Expr& e, const Frame& frame) {
  if (e.op == ExprOp::Slot) return e.slot < frame.slots.size() ? frame.slots[e.slot] : nullptr;
  const Value* o = eval_path(plan, plan.exprs[e.kids[0]], frame);
  return o ? member_of(*o, e.member) : nullptr;
}

}  // namespace

bool truthy(const Value& v) {
  if (v.is_null()) return false;
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number_integer()) return v.get<std::int64_t>() != 0;
  if (v.is_number()) return v.get<double>() != 0.0;
  if (v.is_string()) return !v.get_ref<const std::string&>().empty();
  return !v.empty();
}

void append_text_slow(std::string& out, const Value& v) {
  if (v.is_string()) out += v.get_ref<const std::string&>();
  else if (!v.is_null()) out += v.dump();
}
void append_text_slow(MessageText& out, const Value& v) {
  if (v.is_string()) out += v.get_ref<const std::string&>();
  else if (!v.is_null()) out += v.dump();
}

bool is_constant(const Plan& plan, std::uint32_t expr) {
  return expr != kNone && plan.exprs[expr].op == ExprOp::Const;
}

const Value* eval(const Plan& plan, std::uint32_t id, const Frame& frame, Value& tmp) {
  if (id == kNone) return &null_value();
  const Expr& e = plan.exprs[id];
  if (e.path) {
    const Value* v = eval_path(plan, e, frame);
    return v ? v : &null_value();
  }
  switch (e.op) {
    case ExprOp::Const: return &e.constant;
    case ExprOp::Slot: {
      const Value* v = e.slot < frame.slots.size() ? frame.slots[e.slot] : nullptr;
      return v ? v : &null_value();
    }
    case ExprOp::Member: {
      Value local;
      const Value* o = eval(plan, e.kids[0], frame, local);
      if (!o->is_object()) return &null_value();
      auto it = o->find(e.member);
      if (it == o->end()) return &null_value();
      if (o == &local) {
        tmp = *it;
        return &tmp;
      }
      return &*it;
    }
    case ExprOp::Index: {
      Value local, local_index;
      const Value* o = eval(plan, e.kids[0], frame, local);
      const Value* i = eval(plan, e.kids[1], frame, local_index);
      const Value* found = nullptr;
      if (o->is_array() && i->is_number_integer()) {
        auto n = i->get<std::int64_t>();
        if (n < 0) n += static_cast<std::int64_t>(o->size());
        if (n >= 0 && static_cast<std::size_t>(n) < o->size()) found = &(*o)[static_cast<std::size_t>(n)];
      } else if (o->is_object() && i->is_string()) {
        auto it = o->find(i->get_ref<const std::string&>());
        if (it != o->end()) found = &*it;
      }
      if (!found) return &null_value();
      if (o == &local) {
        tmp = *found;
        return &tmp;
      }
      return found;
    }
    case ExprOp::Not: {
      Value local;
      tmp = !truthy(*eval(plan, e.kids[0], frame, local));
      return &tmp;
    }
    case ExprOp::Neg: {
      Value local;
      const Value* v = eval(plan, e.kids[0], frame, local);
      if (v->is_number_integer()) tmp = -v->get<std::int64_t>();
      else if (v->is_number()) tmp = -v->get<double>();
      else tmp = nullptr;
      return &tmp;
    }
    case ExprOp::Compare: {
      Value ltmp, rtmp;
      const Value& l = *eval(plan, e.kids[0], frame, ltmp);
      const Value& r = *eval(plan, e.kids[1], frame, rtmp);
      bool out = false;
      switch (e.compare) {
        case ast::CompareOp::Eq: out = l == r; break;
        case ast::CompareOp::Ne: out = l != r; break;
        case ast::CompareOp::Lt: out = order(l, r, [](const auto& a, const auto& b) { return a < b; }); break;
        case ast::CompareOp::Le: out = order(l, r, [](const auto& a, const auto& b) { return a <= b; }); break;
        case ast::CompareOp::Gt: out = order(l, r, [](const auto& a, const auto& b) { return a > b; }); break;
        case ast::CompareOp::Ge: out = order(l, r, [](const auto& a, const auto& b) { return a >= b; }); break;
        case ast::CompareOp::In: out = contains(l, r); break;
        case ast::CompareOp::NotIn: out = !contains(l, r); break;
      }
      tmp = out;
      return &tmp;
    }
    case ExprOp::And:
    case ExprOp::Or: {
      bool is_and = e.op == ExprOp::And;
      for (std::uint32_t k : e.kids) {
        Value local;
        bool t = truthy(*eval(plan, k, frame, local));
        if (is_and && !t) {
          tmp = false;
          return &tmp;
        }
        if (!is_and && t) {
          tmp = true;
          return &tmp;
        }
      }
      tmp = is_and;
      return &tmp;
    }
    case ExprOp::List: {
      Value out = Value::array();
      for (std::uint32_t k : e.kids) {
        Value local;
        out.push_back(*eval(plan, k, frame, local));
      }
      tmp = std::move(out);
      return &tmp;
    }
    case ExprOp::Object: {
      Value out = Value::object();
      for (std::size_t i = 0; i < e.kids.size(); ++i) {
        Value local;
        out[e.keys[i]] = *eval(plan, e.kids[i], frame, local);
      }
      tmp = std::move(out);
      return &tmp;
    }
    case ExprOp::Concat: {
      std::string out;
      for (std::size_t i = 0; i < e.kids.size(); ++i) {
        if (e.kids[i] == kNone) out += e.keys[i];
        else append_interp(plan, plan.interps[e.kids[i]], frame, out);
      }
      tmp = std::move(out);
      return &tmp;
    }
  }
  return &null_value();
}

// Interpolations other than a plain path (filters, computed values) are
// rare: they are built as a std::string, then appended.
void append_interp(const Plan& plan, const Interp& in, const Frame& frame, MessageText& out) {
  if (in.path_slot != kNone) {
    append_path(in, frame, out);
    return;
  }
  std::string text;
  append_interp(plan, in, frame, text);
  out += text;
}

void append_interp(const Plan& plan, const Interp& in, const Frame& frame, std::string& out) {
  if (in.path_slot != kNone) {  // the common case: `{{ a.b }}`
    append_path(in, frame, out);
    return;
  }
  Value local;
  const Value* v = eval(plan, in.expr, frame, local);
  if (in.filters.empty()) {  // no copy at all
    append_text(out, *v);
    return;
  }
  Value cur = *v;
  for (const Filter& f : in.filters) {
    Value arg_tmp;
    const Value& arg = f.arg == kNone ? null_value() : *eval(plan, f.arg, frame, arg_tmp);
    switch (f.op) {
      case FilterOp::Json: cur = cur.dump(); continue;
      case FilterOp::Join: {
        std::string joined;
        const std::string sep = arg.is_string() ? arg.get<std::string>() : "";
        if (cur.is_array()) {
          for (std::size_t i = 0; i < cur.size(); ++i) {
            if (i) joined += sep;
            append_text(joined, cur[i]);
          }
        }
        cur = std::move(joined);
        continue;
      }
      default: break;
    }
    std::string s;
    append_text(s, cur);
    switch (f.op) {
      case FilterOp::Upper:
      case FilterOp::Lower:
        // ASCII case mapping: locale-independent and stable across machines.
        for (char& c : s) {
          if (c >= 'a' && c <= 'z' && f.op == FilterOp::Upper) c = static_cast<char>(c - 32);
          else if (c >= 'A' && c <= 'Z' && f.op == FilterOp::Lower) c = static_cast<char>(c + 32);
        }
        break;
      case FilterOp::Trim: {
        auto first = s.find_first_not_of(" \t\r\n");
        auto last = s.find_last_not_of(" \t\r\n");
        s = first == std::string::npos ? "" : s.substr(first, last - first + 1);
        break;
      }
      case FilterOp::Indent: {
        std::string pad(static_cast<std::size_t>(std::max<std::int64_t>(0, arg.is_number_integer() ? arg.get<std::int64_t>() : 0)), ' ');
        std::string indented;
        for (char c : s) {
          indented += c;
          if (c == '\n') indented += pad;
        }
        s = std::move(indented);
        break;
      }
      case FilterOp::Truncate:
        s.resize(utf8_prefix_bytes(s, arg.is_number_integer() ? arg.get<std::int64_t>() : 0));
        break;
      default: break;
    }
    cur = std::move(s);
  }
  append_text(out, cur);
}

}  // namespace aep::ir::plan
