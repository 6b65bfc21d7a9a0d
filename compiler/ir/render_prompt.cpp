// Template evaluation over JSON values. Sema has already checked names and
// types, so evaluation is total: a missing member is null, and the only
// failures left are input values that do not match their declared types.
#include "compiler/ir/render_prompt.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace aep::ir {
namespace {

using Value = nlohmann::ordered_json;

struct Env {
  const Env* parent = nullptr;
  std::map<std::string, Value, std::less<>> values;
  std::map<std::string, std::string, std::less<>> untrusted;  // name -> input it came from
  const Value* find(std::string_view name) const {
    for (const Env* e = this; e; e = e->parent) {
      if (auto it = e->values.find(name); it != e->values.end()) return &it->second;
    }
    return nullptr;
  }
  std::optional<std::string> untrusted_source(std::string_view name) const {
    for (const Env* e = this; e; e = e->parent) {
      if (e->values.count(name)) {
        auto it = e->untrusted.find(name);
        return it == e->untrusted.end() ? std::nullopt : std::optional<std::string>(it->second);
      }
    }
    return std::nullopt;
  }
};

bool truthy(const Value& v) {
  if (v.is_null()) return false;
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number_integer()) return v.get<std::int64_t>() != 0;
  if (v.is_number()) return v.get<double>() != 0.0;
  if (v.is_string()) return !v.get_ref<const std::string&>().empty();
  return !v.empty();
}

std::string to_text(const Value& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  return v.dump();
}

Value eval(const ast::Expr* e, const Env& env);

std::string interp_value(const ast::Interpolation& in, const Env& env);
void fill_one(const Segment& s, const Env& env, std::vector<render::TextPart>& out);

Value eval(const ast::Expr* e, const Env& env) {
  if (!e) return nullptr;
  switch (e->kind) {
    case ast::ExprKind::Null:
    case ast::ExprKind::Error: return nullptr;
    case ast::ExprKind::Bool: return static_cast<const ast::BoolExpr*>(e)->value;
    case ast::ExprKind::Int: return static_cast<const ast::IntExpr*>(e)->value;
    case ast::ExprKind::Float: return static_cast<const ast::FloatExpr*>(e)->value;
    case ast::ExprKind::String: {
      std::string out;
      for (const auto& p : static_cast<const ast::StringExpr*>(e)->value.parts) {
        out += p.interp ? interp_value(*p.interp, env) : p.text;
      }
      return out;
    }
    case ast::ExprKind::Name: {
      const Value* v = env.find(static_cast<const ast::NameExpr*>(e)->name.text);
      return v ? *v : Value();
    }
    case ast::ExprKind::Member: {
      const auto* m = static_cast<const ast::MemberExpr*>(e);
      Value o = eval(m->object.get(), env);
      if (o.is_object()) {
        auto it = o.find(m->member.text);
        if (it != o.end()) return *it;
      }
      return nullptr;
    }
    case ast::ExprKind::Index: {
      const auto* ix = static_cast<const ast::IndexExpr*>(e);
      Value o = eval(ix->object.get(), env);
      Value i = eval(ix->index.get(), env);
      if (o.is_array() && i.is_number_integer()) {
        auto n = i.get<std::int64_t>();
        if (n < 0) n += static_cast<std::int64_t>(o.size());
        if (n >= 0 && static_cast<std::size_t>(n) < o.size()) return o[static_cast<std::size_t>(n)];
      } else if (o.is_object() && i.is_string()) {
        auto it = o.find(i.get<std::string>());
        if (it != o.end()) return *it;
      }
      return nullptr;
    }
    case ast::ExprKind::Call: return nullptr;  // sema refuses calls in templates
    case ast::ExprKind::Unary: {
      const auto* u = static_cast<const ast::UnaryExpr*>(e);
      Value v = eval(u->operand.get(), env);
      if (u->op == ast::UnaryOp::Not) return !truthy(v);
      if (v.is_number_integer()) return -v.get<std::int64_t>();
      if (v.is_number()) return -v.get<double>();
      return nullptr;
    }
    case ast::ExprKind::Compare: {
      const auto* c = static_cast<const ast::CompareExpr*>(e);
      Value l = eval(c->lhs.get(), env), r = eval(c->rhs.get(), env);
      auto contains = [&]() {
        if (r.is_array()) return std::find(r.begin(), r.end(), l) != r.end();
        if (r.is_string() && l.is_string()) return r.get<std::string>().find(l.get<std::string>()) != std::string::npos;
        if (r.is_object() && l.is_string()) return r.contains(l.get<std::string>());
        return false;
      };
      auto order = [&](auto cmp) {
        if (l.is_number() && r.is_number()) return cmp(l.get<double>(), r.get<double>());
        if (l.is_string() && r.is_string()) return cmp(l.get<std::string>(), r.get<std::string>());
        return false;
      };
      switch (c->op) {
        case ast::CompareOp::Eq: return l == r;
        case ast::CompareOp::Ne: return l != r;
        case ast::CompareOp::Lt: return order([](const auto& a, const auto& b) { return a < b; });
        case ast::CompareOp::Le: return order([](const auto& a, const auto& b) { return a <= b; });
        case ast::CompareOp::Gt: return order([](const auto& a, const auto& b) { return a > b; });
        case ast::CompareOp::Ge: return order([](const auto& a, const auto& b) { return a >= b; });
        case ast::CompareOp::In: return contains();
        case ast::CompareOp::NotIn: return !contains();
      }
      return nullptr;
    }
    case ast::ExprKind::Logical: {
      const auto* l = static_cast<const ast::LogicalExpr*>(e);
      bool is_and = l->op == ast::LogicalOp::And;
      for (const auto& o : l->operands) {
        bool t = truthy(eval(o.get(), env));
        if (is_and && !t) return false;
        if (!is_and && t) return true;
      }
      return is_and;
    }
    case ast::ExprKind::List: {
      Value out = Value::array();
      for (const auto& i : static_cast<const ast::ListExpr*>(e)->items) out.push_back(eval(i.get(), env));
      return out;
    }
    case ast::ExprKind::Object: {
      Value out = Value::object();
      for (const auto& en : static_cast<const ast::ObjectExpr*>(e)->entries) out[en.key.text] = eval(en.value.get(), env);
      return out;
    }
  }
  return nullptr;
}

// Code-point aware prefix of at most `n` code points.
std::string utf8_prefix(const std::string& s, std::int64_t n) {
  std::size_t i = 0;
  for (std::int64_t count = 0; i < s.size() && count < n; ++count) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  }
  return s.substr(0, std::min(i, s.size()));
}

std::string apply_filters(Value v, const ast::Interpolation& in, const Env& env) {
  for (const auto& f : in.filters) {
    const std::string& n = f.name.text;
    Value arg = f.args.empty() ? Value() : eval(f.args[0].value.get(), env);
    if (n == "json") {
      v = v.dump();
    } else if (n == "join") {
      std::string out, sep = arg.is_string() ? arg.get<std::string>() : "";
      if (v.is_array()) {
        for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + to_text(v[i]);
      }
      v = out;
    } else {
      std::string s = to_text(v);
      if (n == "upper" || n == "lower") {
        // ASCII case mapping: locale-independent and stable across machines.
        for (char& c : s) {
          if (c >= 'a' && c <= 'z' && n == "upper") c = static_cast<char>(c - 32);
          else if (c >= 'A' && c <= 'Z' && n == "lower") c = static_cast<char>(c + 32);
        }
      } else if (n == "trim") {
        auto first = s.find_first_not_of(" \t\r\n");
        auto last = s.find_last_not_of(" \t\r\n");
        s = first == std::string::npos ? "" : s.substr(first, last - first + 1);
      } else if (n == "indent") {
        std::string pad(static_cast<std::size_t>(std::max<std::int64_t>(0, arg.is_number_integer() ? arg.get<std::int64_t>() : 0)), ' ');
        std::string out;
        for (char c : s) {
          out += c;
          if (c == '\n') out += pad;
        }
        s = out;
      } else if (n == "truncate") {
        s = utf8_prefix(s, arg.is_number_integer() ? arg.get<std::int64_t>() : 0);
      }
      v = s;
    }
  }
  return to_text(v);
}

std::string interp_value(const ast::Interpolation& in, const Env& env) {
  return apply_filters(eval(in.expr.get(), env), in, env);
}

std::optional<std::string> root_untrusted(const ast::Expr* e, const Env& env) {
  while (e) {
    if (e->kind == ast::ExprKind::Name) return env.untrusted_source(static_cast<const ast::NameExpr*>(e)->name.text);
    if (e->kind == ast::ExprKind::Member) e = static_cast<const ast::MemberExpr*>(e)->object.get();
    else if (e->kind == ast::ExprKind::Index) e = static_cast<const ast::IndexExpr*>(e)->object.get();
    else return std::nullopt;
  }
  return std::nullopt;
}

void fill(const Segments& segs, const Env& env, std::vector<render::TextPart>& out);

// Sections and fragment uses are blocks: a blank line separates a block from
// the text before and after it (one newline is added when the text already
// ends with one), so `section a { "x" } section b { "y" }` reads "x\n\ny".
void separate(std::vector<render::TextPart>& out, std::size_t from, const Span& span) {
  if (from == 0 || from >= out.size()) return;
  const std::string& before = out[from - 1].text;
  if (before.empty() || (before.size() >= 2 && before.ends_with("\n\n"))) return;
  std::string sep = before.back() == '\n' ? "\n" : "\n\n";
  if (out[from].text.starts_with('\n')) return;
  out.insert(out.begin() + static_cast<std::ptrdiff_t>(from), render::TextPart{sep, span, false, std::nullopt, {}});
}

void fill(const Segments& segs, const Env& env, std::vector<render::TextPart>& out) {
  bool after_block = false;
  for (const auto& s : segs) {
    bool block = s.kind == SegmentKind::Section || s.kind == SegmentKind::Fragment;
    std::size_t start = out.size();
    fill_one(s, env, out);
    if (out.size() > start && (block || after_block)) separate(out, start, s.span);
    if (out.size() > start) after_block = block;
  }
}

void fill_one(const Segment& s, const Env& env, std::vector<render::TextPart>& out) {
  {
    switch (s.kind) {
      case SegmentKind::Text:
        if (!s.text.empty()) out.push_back({s.text, s.span, false, std::nullopt, {}});
        break;
      case SegmentKind::Interpolation: {
        std::string text = interp_value(*s.interp, env);
        if (!text.empty()) out.push_back({std::move(text), s.span, false, root_untrusted(s.interp->expr.get(), env), {}});
        break;
      }
      case SegmentKind::If:
        for (const auto& b : s.branches) {
          if (!b.condition || truthy(eval(b.condition, env))) {
            fill(b.body, env, out);
            break;
          }
        }
        break;
      case SegmentKind::For: {
        Value it = eval(s.iterable, env);
        auto untrusted = root_untrusted(s.iterable, env);
        auto run = [&](Value first, Value second) {
          Env inner{&env, {}, {}};
          if (s.second_var.empty()) {
            inner.values[s.var] = std::move(second);
          } else {
            inner.values[s.var] = std::move(first);
            inner.values[s.second_var] = std::move(second);
          }
          if (untrusted) {
            inner.untrusted[s.var] = *untrusted;
            if (!s.second_var.empty()) inner.untrusted[s.second_var] = *untrusted;
          }
          fill(s.body, inner, out);
        };
        if (it.is_array()) {
          for (std::size_t i = 0; i < it.size(); ++i) run(static_cast<std::int64_t>(i), it[i]);
        } else if (it.is_object()) {
          for (auto e = it.begin(); e != it.end(); ++e) {
            if (s.second_var.empty()) run(nullptr, e.key());
            else run(e.key(), e.value());
          }
        }
        break;
      }
      case SegmentKind::Fragment: {
        // Fragments see only their parameters; arguments are evaluated here.
        Env inner;
        static const Env empty;
        for (const auto& b : s.bindings) {
          inner.values[b.name] = b.value ? eval(b.value, b.is_default ? empty : env) : Value();
          if (!b.is_default) {
            if (auto u = root_untrusted(b.value, env)) inner.untrusted[b.name] = *u;
          }
        }
        fill(s.body, inner, out);
        break;
      }
      case SegmentKind::Section: {
        // Inner sections label their parts first; what is left unlabelled
        // in this range (text, separators) belongs to this section.
        std::size_t from = out.size();
        fill(s.body, env, out);
        if (s.section) {
          for (std::size_t i = from; i < out.size(); ++i) {
            if (out[i].section.empty()) out[i].section = s.section->name;
          }
        }
        break;
      }
      case SegmentKind::Super: break;
    }
  }
}

std::string describe(const Value& v) {
  std::string kind = v.is_null() ? "null" : v.is_boolean() ? "bool" : v.is_number_integer() ? "int"
                   : v.is_number() ? "float" : v.is_string() ? "string" : v.is_array() ? "list" : "object";
  std::string text = v.dump();
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  return kind + " " + text;
}

void validate(const Value& v, const sema::TypeRef& t, const std::string& path, std::vector<std::string>& errors) {
  if (!t) return;
  auto bad = [&] { errors.push_back(fmt::format("input `{}`: expected {}, found {}", path, sema::type_name(t), describe(v))); };
  if (v.is_null()) {
    if (!t->optional && t->tag != sema::TypeTag::Json) bad();
    return;
  }
  using sema::TypeTag;
  switch (t->tag) {
    case TypeTag::String: if (!v.is_string()) bad(); break;
    case TypeTag::Int: if (!v.is_number_integer()) bad(); break;
    case TypeTag::Float: if (!v.is_number()) bad(); break;
    case TypeTag::Bool: if (!v.is_boolean()) bad(); break;
    case TypeTag::Json:
    case TypeTag::Null: break;
    case TypeTag::Enum:
      if (!v.is_string() || !t->has_value(v.get<std::string>())) {
        std::string values;
        for (const auto& e : t->values) values += (values.empty() ? "" : ", ") + e.name;
        errors.push_back(fmt::format("input `{}`: expected one of {} ({}), found {}", path, values, t->name, describe(v)));
      }
      break;
    case TypeTag::Messages:
      if (!v.is_array()) return bad();
      for (std::size_t i = 0; i < v.size(); ++i) {
        const Value& m = v[i];
        std::string p = fmt::format("{}[{}]", path, i);
        if (!m.is_object() || !m.contains("role") || !m.contains("content") || !m["role"].is_string() || !m["content"].is_string()) {
          errors.push_back("input `" + p + "`: expected {\"role\": \"user\"|\"assistant\"|\"system\", \"content\": \"...\"}, found " + describe(m));
        } else if (m["role"] != "user" && m["role"] != "assistant" && m["role"] != "system" && m["role"] != "developer") {
          errors.push_back("input `" + p + ".role`: expected user, assistant, system or developer, found " + describe(m["role"]));
        }
      }
      break;
    case TypeTag::List:
      if (!v.is_array()) return bad();
      for (std::size_t i = 0; i < v.size(); ++i) validate(v[i], t->element, fmt::format("{}[{}]", path, i), errors);
      break;
    case TypeTag::Map:
      if (!v.is_object()) return bad();
      for (auto it = v.begin(); it != v.end(); ++it) validate(it.value(), t->element, path + "." + it.key(), errors);
      break;
    case TypeTag::Record:
      if (!v.is_object()) return bad();
      for (const auto& f : t->fields) {
        auto it = v.find(f.name);
        if (it == v.end()) {
          if (!f.type->optional) errors.push_back(fmt::format("input `{}`: missing field `{}` ({})", path, f.name, sema::type_name(f.type)));
          continue;
        }
        validate(*it, f.type, path + "." + f.name, errors);
      }
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (!t->field(it.key())) errors.push_back(fmt::format("input `{}`: unknown field `{}`", path, it.key()));
      }
      break;
  }
}

render::Role role_of(ast::Role r) {
  switch (r) {
    case ast::Role::System: return render::Role::System;
    case ast::Role::Developer: return render::Role::Developer;
    case ast::Role::User: return render::Role::User;
    case ast::Role::Assistant: return render::Role::Assistant;
  }
  return render::Role::User;
}

void set_config(render::Config& c, const std::string& key, const Value& v, const Span& span, const std::string& where,
                std::vector<std::string>& errors, Value* extra) {
  auto want = [&](bool ok, std::string_view what) {
    if (!ok) errors.push_back(fmt::format("{} `{}`: expected {}, found {}", where, key, what, describe(v)));
    return ok;
  };
  if (key == "model") { if (want(v.is_string(), "a string")) c.model = {{v.get<std::string>(), span}}; }
  else if (key == "temperature") { if (want(v.is_number(), "a number")) c.temperature = {{v.get<double>(), span}}; }
  else if (key == "top_p") { if (want(v.is_number(), "a number")) c.top_p = {{v.get<double>(), span}}; }
  else if (key == "top_k") { if (want(v.is_number_integer(), "an integer")) c.top_k = {{v.get<std::int64_t>(), span}}; }
  else if (key == "max_tokens" || key == "max_output_tokens") {
    if (want(v.is_number_integer(), "an integer")) c.max_output_tokens = {{v.get<std::int64_t>(), span}};
  } else if (key == "stop") {
    std::vector<std::string> stops;
    bool ok = v.is_string() || v.is_array();
    if (v.is_string()) stops.push_back(v.get<std::string>());
    else if (v.is_array()) for (const auto& s : v) { if (s.is_string()) stops.push_back(s.get<std::string>()); else ok = false; }
    if (want(ok, "a string or a list of strings")) c.stop = {{stops, span}};
  } else if (key == "seed") { if (want(v.is_number_integer(), "an integer")) c.seed = {{v.get<std::int64_t>(), span}}; }
  else if (key == "n") { if (want(v.is_number_integer(), "an integer")) c.n = {{v.get<std::int64_t>(), span}}; }
  else if (key == "reasoning_effort") { if (want(v.is_string(), "a string")) c.reasoning_effort = {{v.get<std::string>(), span}}; }
  else if (key == "thinking_budget") { if (want(v.is_number_integer(), "an integer")) c.thinking_budget = {{v.get<std::int64_t>(), span}}; }
  else if (key == "stream") { if (want(v.is_boolean(), "a bool")) c.stream = {{v.get<bool>(), span}}; }
  else if (key == "presence_penalty") { if (want(v.is_number(), "a number")) c.presence_penalty = {{v.get<double>(), span}}; }
  else if (key == "frequency_penalty") { if (want(v.is_number(), "a number")) c.frequency_penalty = {{v.get<double>(), span}}; }
  else if (key == "logprobs") { if (want(v.is_boolean(), "a bool")) c.logprobs = {{v.get<bool>(), span}}; }
  else if (key == "top_logprobs") { if (want(v.is_number_integer(), "an integer")) c.top_logprobs = {{v.get<std::int64_t>(), span}}; }
  else if (key == "cache_key") { if (want(v.is_string(), "a string")) c.cache_key = {{v.get<std::string>(), span}}; }
  else if (extra) (*extra)[key] = v;
  else errors.push_back(fmt::format("{} `{}` is not a known setting (model, temperature, top_p, top_k, max_tokens, stop, seed, n, "
                                    "reasoning_effort, thinking_budget, stream, presence_penalty, frequency_penalty, logprobs, "
                                    "top_logprobs, cache_key); provider-only settings go in a `target` block", where, key));
}

}  // namespace

nlohmann::ordered_json parse_input_value(const Prompt& prompt, const std::string& name, const std::string& text, std::string& error) {
  const Input* in = prompt.find_input(name);
  if (in && in->type && (in->type->tag == sema::TypeTag::String || in->type->tag == sema::TypeTag::Enum)) return text;
  auto v = nlohmann::ordered_json::parse(text, nullptr, false);
  if (v.is_discarded()) {
    // Bare words for non-string inputs are most likely a typo of a JSON value.
    error = fmt::format("input `{}`: `{}` is not a JSON value", name, text);
    return nullptr;
  }
  return v;
}

RenderResult render_prompt(const Prompt& p, const nlohmann::ordered_json& inputs) {
  RenderResult result;
  auto& errors = result.errors;
  render::Request& req = result.request;
  req.prompt = p.qualified;
  req.span = p.span;
  if (p.is_abstract) {
    errors.push_back(fmt::format("prompt `{}` is abstract: render one of its concrete children", p.qualified));
    return result;
  }
  if (!inputs.is_object()) {
    errors.push_back("inputs must be a JSON object of input names to values, found " + describe(inputs));
    return result;
  }
  Env env;
  static const Env empty;
  for (const auto& in : p.inputs) {
    auto it = inputs.find(in.name);
    Value v;
    if (it != inputs.end()) {
      v = *it;
      validate(v, in.type, in.name, errors);
    } else if (in.default_value) {
      v = eval(in.default_value, empty);
    } else if (!(in.type && in.type->optional)) {
      errors.push_back(fmt::format("input `{}` ({}) is missing and has no default", in.name, sema::type_name(in.type)));
    }
    if (in.untrusted) env.untrusted[in.name] = in.name;
    env.values[in.name] = std::move(v);
  }
  for (auto it = inputs.begin(); it != inputs.end(); ++it) {
    if (!p.find_input(it.key())) {
      std::string names;
      for (const auto& in : p.inputs) names += (names.empty() ? "" : ", ") + in.name;
      errors.push_back(fmt::format("`{}` is not an input of `{}` (its inputs: {})", it.key(), p.qualified, names.empty() ? "none" : names));
    }
  }
  if (!errors.empty()) return result;

  for (const auto& m : p.messages) {
    if (m.kind == MessageKind::History) {
      const Value* h = env.find(m.history_input);
      if (!h || !h->is_array()) continue;
      for (const auto& turn : *h) {
        render::Message msg;
        std::string role = turn.value("role", "user");
        msg.role = role == "assistant" ? render::Role::Assistant : role == "system" ? render::Role::System
                 : role == "developer" ? render::Role::Developer : render::Role::User;
        msg.parts.push_back({turn.value("content", ""), m.origin.span, false, std::nullopt, {}});
        msg.span = m.origin.span;
        req.messages.push_back(std::move(msg));
      }
      continue;
    }
    render::Message msg;
    msg.role = role_of(m.role);
    msg.span = m.origin.span;
    fill(m.body, env, msg.parts);
    if (msg.parts.empty()) continue;
    std::size_t offset = 0, index = req.messages.size();
    for (const auto& part : msg.parts) {
      result.source_map.push_back({index, offset, offset + part.text.size(), part.span});
      offset += part.text.size();
    }
    req.messages.push_back(std::move(msg));
  }
  for (const auto& e : p.examples) {
    render::Example ex;
    ex.name = e.name;
    ex.span = e.origin.span;
    for (const auto& m : e.messages) {
      render::Message msg;
      msg.role = role_of(m.role);
      msg.span = m.origin.span;
      fill(m.body, empty, msg.parts);
      ex.messages.push_back(std::move(msg));
    }
    if (e.ast && e.ast->has_input) {
      Value in = Value::object();
      for (const auto& entry : e.ast->input) in[entry.key.text] = eval(entry.value.get(), empty);
      render::Message user;
      user.role = render::Role::User;
      user.span = e.origin.span;
      user.parts.push_back({in.dump(), e.origin.span, false, std::nullopt, {}});
      ex.messages.push_back(std::move(user));
      if (e.ast->output) {
        render::Message answer;
        answer.role = render::Role::Assistant;
        answer.span = e.ast->output->span;
        answer.parts.push_back({to_text(eval(e.ast->output.get(), empty)), e.ast->output->span, false, std::nullopt, {}});
        ex.messages.push_back(std::move(answer));
      }
    }
    req.examples.push_back(std::move(ex));
  }
  for (const auto& t : p.tools) req.tools.push_back({t.name, t.description, t.parameters, true, t.origin.span});
  if (p.tool_choice) {
    render::ToolChoice tc;
    tc.span = p.tool_choice->origin.span;
    const std::string& c = p.tool_choice->choice;
    tc.mode = c == "auto" ? render::ToolChoice::Mode::Auto : c == "none" ? render::ToolChoice::Mode::None
            : c == "required" ? render::ToolChoice::Mode::Required : render::ToolChoice::Mode::Named;
    if (tc.mode == render::ToolChoice::Mode::Named) tc.name = c;
    req.tool_choice = tc;
  }
  if (p.output) {
    render::OutputSpec o;
    o.name = p.output->name;
    o.description = p.output->type ? p.output->type->description : "";
    o.schema = p.output->schema;
    o.span = p.output->origin.span;
    for (const auto& a : p.output->annotations) {
      if (a.name == "strict" && a.ast && !a.ast->args.empty()) o.strict = truthy(eval(a.ast->args[0].value.get(), empty));
    }
    req.output = std::move(o);
  }
  for (const auto& [key, cv] : p.config) {
    set_config(req.config, key, eval(cv.value, empty), cv.origin.span, "config", errors, nullptr);
  }
  for (const auto& [target, map] : p.targets) {
    render::TargetOverride over;
    for (const auto& [key, cv] : map) {
      set_config(over.config, key, eval(cv.value, empty), cv.origin.span, "target " + target, errors, &over.extra);
      if (!over.span.valid()) over.span = cv.origin.span;
    }
    req.targets[target] = std::move(over);
  }
  return result;
}

}  // namespace aep::ir
