// The evaluator of test and eval expressions (see expr_eval.hpp). Each call
// returns either a value or the first failure; failures carry the
// expression's text so a report can say which part could not be computed.
#include "eval/expr_eval.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "compiler/ir/ir.hpp"
#include "eval/regex.hpp"
#include "eval/text_metrics.hpp"

namespace aep::eval {
namespace {

using Json = nlohmann::json;

EvalValue fail(std::string message) { return EvalValue{Json(), EvalFailure{std::move(message), false}}; }
EvalValue value(Json v) { return EvalValue{std::move(v), std::nullopt}; }

std::string text_of(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  return v.dump();
}

std::optional<double> number_of(const Json& v) {
  if (v.is_number()) return v.get<double>();
  if (v.is_boolean()) return std::nullopt;
  if (v.is_string()) {
    // CSV cells are strings: "3" compares as 3.
    const std::string& s = v.get_ref<const std::string&>();
    if (s.empty()) return std::nullopt;
    char* end = nullptr;
    double d = std::strtod(s.c_str(), &end);
    if (end != nullptr && *end == '\0' && std::isfinite(d)) return d;
  }
  return std::nullopt;
}

bool loosely_equal(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) return a.get<double>() == b.get<double>();
  if ((a.is_number() && b.is_string()) || (a.is_string() && b.is_number())) {
    auto x = number_of(a), y = number_of(b);
    return x && y && *x == *y;
  }
  if (a.is_boolean() && b.is_string()) return b.get<std::string>() == (a.get<bool>() ? "true" : "false");
  if (a.is_string() && b.is_boolean()) return loosely_equal(b, a);
  if (a.is_array() && b.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!loosely_equal(a[i], b[i])) return false;
    return true;
  }
  if (a.is_object() && b.is_object()) {
    if (a.size() != b.size()) return false;
    for (const auto& [k, v] : a.items()) {
      auto it = b.find(k);
      if (it == b.end() || !loosely_equal(v, *it)) return false;
    }
    return true;
  }
  return a == b;
}

bool contains_value(const Json& hay, const Json& needle, bool caseless) {
  if (hay.is_array()) {
    for (const auto& e : hay) {
      if (caseless && e.is_string() && needle.is_string()) {
        if (lowercase(e.get<std::string>()) == lowercase(needle.get<std::string>())) return true;
      } else if (loosely_equal(e, needle)) {
        return true;
      }
    }
    return false;
  }
  if (hay.is_object() && needle.is_string()) return hay.contains(needle.get<std::string>());
  std::string h = text_of(hay), n = text_of(needle);
  if (caseless) {
    h = lowercase(h);
    n = lowercase(n);
  }
  return h.find(n) != std::string::npos;
}

class Evaluator {
 public:
  explicit Evaluator(const ExprEnv& env) : env_(env) {}

  EvalValue eval(const ast::Expr& e) {
    switch (e.kind) {
      case ast::ExprKind::Null: return value(nullptr);
      case ast::ExprKind::Bool: return value(static_cast<const ast::BoolExpr&>(e).value);
      case ast::ExprKind::Int: return value(static_cast<const ast::IntExpr&>(e).value);
      case ast::ExprKind::Float: return value(static_cast<const ast::FloatExpr&>(e).value);
      case ast::ExprKind::String: return string(static_cast<const ast::StringExpr&>(e).value);
      case ast::ExprKind::Name: return name(static_cast<const ast::NameExpr&>(e));
      case ast::ExprKind::Member: return member(static_cast<const ast::MemberExpr&>(e));
      case ast::ExprKind::Index: return index(static_cast<const ast::IndexExpr&>(e));
      case ast::ExprKind::Call: return call(static_cast<const ast::CallExpr&>(e));
      case ast::ExprKind::Unary: return unary(static_cast<const ast::UnaryExpr&>(e));
      case ast::ExprKind::Compare: return compare(static_cast<const ast::CompareExpr&>(e));
      case ast::ExprKind::Logical: return logical(static_cast<const ast::LogicalExpr&>(e));
      case ast::ExprKind::List: {
        Json out = Json::array();
        for (const auto& item : static_cast<const ast::ListExpr&>(e).items) {
          EvalValue v = eval(*item);
          if (!v.ok()) return v;
          out.push_back(std::move(v.value));
        }
        return value(std::move(out));
      }
      case ast::ExprKind::Object: {
        Json out = Json::object();
        for (const auto& entry : static_cast<const ast::ObjectExpr&>(e).entries) {
          EvalValue v = eval(*entry.value);
          if (!v.ok()) return v;
          out[entry.key.text] = std::move(v.value);
        }
        return value(std::move(out));
      }
      case ast::ExprKind::Error: return fail("the expression could not be parsed");
    }
    return fail("unknown expression");
  }

 private:
  EvalValue string(const ast::StringLit& lit) {
    std::string out;
    for (const auto& part : lit.parts) {
      if (part.is_text()) {
        out += part.text;
        continue;
      }
      EvalValue v = eval(*part.interp->expr);
      if (!v.ok()) return v;
      out += text_of(v.value);
    }
    return value(out);
  }

  EvalValue name(const ast::NameExpr& e) {
    const std::string& n = e.name.text;
    if (auto it = env_.roots.find(n); it != env_.roots.end()) return value(*it);
    auto fb = env_.roots.find(env_.fallback_root);
    if (fb != env_.roots.end() && fb->is_object()) {
      if (auto it = fb->find(n); it != fb->end()) return value(*it);
      return value(nullptr);
    }
    return fail(fmt::format("unknown name `{}`", n));
  }

  // The root name a member chain starts from (`row` in `row.a.b`), if any.
  static const ast::NameExpr* root_of(const ast::Expr& e) {
    if (e.kind == ast::ExprKind::Name) return &static_cast<const ast::NameExpr&>(e);
    if (e.kind == ast::ExprKind::Member) return root_of(*static_cast<const ast::MemberExpr&>(e).object);
    if (e.kind == ast::ExprKind::Index) return root_of(*static_cast<const ast::IndexExpr&>(e).object);
    return nullptr;
  }

  bool strict(const ast::Expr& e) const {
    const ast::NameExpr* root = root_of(e);
    return root != nullptr && env_.strict_roots.count(root->name.text) > 0;
  }

  EvalValue member(const ast::MemberExpr& e) {
    EvalValue obj = eval(*e.object);
    if (!obj.ok()) return obj;
    const std::string& key = e.member.text;
    if (obj.value.is_object()) {
      if (auto it = obj.value.find(key); it != obj.value.end()) return value(*it);
      if (strict(e)) return fail(fmt::format("no column `{}` (in `{}`)", key, ir::expression_text(&e)));
      return value(nullptr);
    }
    if (obj.value.is_null()) {
      if (strict(e)) return fail(fmt::format("no column `{}` (in `{}`)", key, ir::expression_text(&e)));
      return value(nullptr);  // output.a.b with a null a: absent, not an error
    }
    return fail(fmt::format("`{}` is a {}, which has no field `{}`", ir::expression_text(e.object.get()),
                            obj.value.type_name(), key));
  }

  EvalValue index(const ast::IndexExpr& e) {
    EvalValue obj = eval(*e.object);
    if (!obj.ok()) return obj;
    EvalValue idx = eval(*e.index);
    if (!idx.ok()) return idx;
    if (obj.value.is_array() && idx.value.is_number_integer()) {
      auto i = idx.value.get<std::int64_t>();
      if (i < 0) i += static_cast<std::int64_t>(obj.value.size());
      if (i < 0 || i >= static_cast<std::int64_t>(obj.value.size())) return value(nullptr);
      return value(obj.value[static_cast<std::size_t>(i)]);
    }
    if (obj.value.is_object() && idx.value.is_string()) {
      auto it = obj.value.find(idx.value.get<std::string>());
      if (it != obj.value.end()) return value(*it);
      if (strict(e)) return fail(fmt::format("no column `{}`", idx.value.get<std::string>()));
      return value(nullptr);
    }
    if (obj.value.is_null()) return value(nullptr);
    return fail(fmt::format("cannot index a {} with a {}", obj.value.type_name(), idx.value.type_name()));
  }

  EvalValue unary(const ast::UnaryExpr& e) {
    EvalValue v = eval(*e.operand);
    if (!v.ok()) return v;
    if (e.op == ast::UnaryOp::Not) return value(!truthy(v.value));
    auto n = number_of(v.value);
    if (!n) return fail(fmt::format("`-` needs a number, found {}", v.value.type_name()));
    if (v.value.is_number_integer()) return value(-v.value.get<std::int64_t>());
    return value(-*n);
  }

  EvalValue compare(const ast::CompareExpr& e) {
    EvalValue a = eval(*e.lhs);
    if (!a.ok()) return a;
    EvalValue b = eval(*e.rhs);
    if (!b.ok()) return b;
    switch (e.op) {
      case ast::CompareOp::Eq: return value(loosely_equal(a.value, b.value));
      case ast::CompareOp::Ne: return value(!loosely_equal(a.value, b.value));
      case ast::CompareOp::In: return value(contains_value(b.value, a.value, false));
      case ast::CompareOp::NotIn: return value(!contains_value(b.value, a.value, false));
      default: break;
    }
    int order = 0;
    auto x = number_of(a.value), y = number_of(b.value);
    if (x && y && (a.value.is_number() || b.value.is_number())) {
      order = *x < *y ? -1 : *x > *y ? 1 : 0;
    } else if (a.value.is_string() && b.value.is_string()) {
      order = a.value.get<std::string>().compare(b.value.get<std::string>());
    } else if (a.value.is_null() || b.value.is_null()) {
      return value(false);  // an absent field satisfies no ordering
    } else {
      return fail(fmt::format("cannot order {} and {} in `{}`", a.value.type_name(), b.value.type_name(),
                              ir::expression_text(&e)));
    }
    switch (e.op) {
      case ast::CompareOp::Lt: return value(order < 0);
      case ast::CompareOp::Le: return value(order <= 0);
      case ast::CompareOp::Gt: return value(order > 0);
      case ast::CompareOp::Ge: return value(order >= 0);
      default: return value(false);
    }
  }

  EvalValue logical(const ast::LogicalExpr& e) {
    for (const auto& operand : e.operands) {
      EvalValue v = eval(*operand);
      if (!v.ok()) return v;
      bool t = truthy(v.value);
      if (e.op == ast::LogicalOp::And && !t) return value(false);
      if (e.op == ast::LogicalOp::Or && t) return value(true);
    }
    return value(e.op == ast::LogicalOp::And);
  }

  EvalValue call(const ast::CallExpr& e);

  const ExprEnv& env_;
};

struct Arity {
  std::size_t min, max;
};

const std::map<std::string, Arity>& function_table() {
  static const std::map<std::string, Arity> table = {
      {"equals", {2, 2}},     {"contains", {2, 2}},   {"icontains", {2, 2}}, {"starts_with", {2, 2}},
      {"ends_with", {2, 2}},  {"matches", {2, 2}},    {"lower", {1, 1}},     {"upper", {1, 1}},
      {"trim", {1, 1}},       {"len", {1, 1}},        {"int", {1, 1}},       {"float", {1, 1}},
      {"str", {1, 1}},        {"within", {3, 3}},     {"abs", {1, 1}},       {"min", {2, 2}},
      {"max", {2, 2}},        {"is_json", {1, 1}},    {"levenshtein", {2, 2}}, {"rouge_n", {2, 3}},
      {"bleu", {2, 2}},       {"llm_rubric", {2, 2}}, {"factuality", {2, 2}}, {"closedqa", {2, 2}},
      {"latency_ms", {0, 0}}, {"cost", {0, 0}},       {"json", {1, 1}},
  };
  return table;
}

EvalValue Evaluator::call(const ast::CallExpr& e) {
  if (e.callee->kind != ast::ExprKind::Name) return fail("only named functions can be called");
  const std::string& fn = static_cast<const ast::NameExpr&>(*e.callee).name.text;
  auto spec = function_table().find(fn);
  if (spec == function_table().end()) return fail(fmt::format("unknown function `{}`", fn));
  if (e.args.size() < spec->second.min || e.args.size() > spec->second.max) {
    return fail(fmt::format("`{}` takes {} argument(s), found {}", fn, spec->second.min, e.args.size()));
  }
  std::vector<Json> a;
  for (const auto& arg : e.args) {
    EvalValue v = eval(*arg.value);
    if (!v.ok()) return v;
    a.push_back(std::move(v.value));
  }
  auto num = [&](std::size_t i) { return number_of(a[i]); };
  if (fn == "equals") return value(loosely_equal(a[0], a[1]));
  if (fn == "contains") return value(contains_value(a[0], a[1], false));
  if (fn == "icontains") return value(contains_value(a[0], a[1], true));
  if (fn == "starts_with") return value(text_of(a[0]).starts_with(text_of(a[1])));
  if (fn == "ends_with") return value(text_of(a[0]).ends_with(text_of(a[1])));
  if (fn == "matches") {
    auto re = Regex::compile(text_of(a[1]));
    if (!re) return fail(fmt::format("`matches`: {}", re.error().message));
    RegexMatch m = re->search(text_of(a[0]));
    if (m == RegexMatch::LimitExceeded) return EvalValue{Json(), EvalFailure{"`matches` hit the regex match limit", true}};
    return value(m == RegexMatch::Match);
  }
  if (fn == "lower") return value(lowercase(text_of(a[0])));
  if (fn == "upper") {
    std::string s = text_of(a[0]);
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return value(s);
  }
  if (fn == "trim") {
    std::string s = text_of(a[0]);
    auto b = s.find_first_not_of(" \t\r\n");
    auto en = s.find_last_not_of(" \t\r\n");
    return value(b == std::string::npos ? "" : s.substr(b, en - b + 1));
  }
  if (fn == "len") {
    if (a[0].is_string()) return value(to_code_points(a[0].get<std::string>()).size());
    if (a[0].is_array() || a[0].is_object()) return value(a[0].size());
    if (a[0].is_null()) return value(0);
    return fail(fmt::format("`len` needs a string, list or map, found {}", a[0].type_name()));
  }
  if (fn == "int" || fn == "float") {
    auto n = num(0);
    if (!n) return fail(fmt::format("`{}`: `{}` is not a number", fn, text_of(a[0])));
    if (fn == "int") return value(static_cast<std::int64_t>(std::trunc(*n)));
    return value(*n);
  }
  if (fn == "str") return value(text_of(a[0]));
  if (fn == "json") {
    if (!a[0].is_string()) return value(a[0]);
    auto parsed = Json::parse(a[0].get<std::string>(), nullptr, false);
    return value(parsed.is_discarded() ? Json() : parsed);
  }
  if (fn == "is_json") {
    if (!a[0].is_string()) return value(!a[0].is_null());
    return value(!Json::parse(a[0].get<std::string>(), nullptr, false).is_discarded());
  }
  if (fn == "within") {
    auto x = num(0), y = num(1), t = num(2);
    if (!x || !y) return value(false);  // an absent answer is not within anything
    if (!t) return fail("`within`: the tolerance is not a number");
    return value(std::fabs(*x - *y) <= *t);
  }
  if (fn == "abs") {
    auto x = num(0);
    if (!x) return fail("`abs` needs a number");
    return value(std::fabs(*x));
  }
  if (fn == "min" || fn == "max") {
    auto x = num(0), y = num(1);
    if (!x || !y) return fail(fmt::format("`{}` needs two numbers", fn));
    return value(fn == "min" ? std::min(*x, *y) : std::max(*x, *y));
  }
  if (fn == "levenshtein") return value(levenshtein(text_of(a[0]), text_of(a[1])));
  if (fn == "rouge_n") {
    int n = 1;
    if (a.size() == 3) {
      auto k = num(2);
      if (!k || *k < 1 || *k > 4) return fail("`rouge_n`: n must be 1 to 4");
      n = static_cast<int>(*k);
    }
    return value(rouge_n(text_of(a[0]), text_of(a[1]), n));
  }
  if (fn == "bleu") {
    std::vector<std::string> refs;
    if (a[1].is_array()) {
      for (const auto& r : a[1]) refs.push_back(text_of(r));
    } else {
      refs.push_back(text_of(a[1]));
    }
    return value(bleu(text_of(a[0]), refs));
  }
  if (fn == "latency_ms" || fn == "cost") {
    auto it = env_.facts.find(fn);
    if (it == env_.facts.end() || it->is_null())
      return EvalValue{Json(), EvalFailure{fmt::format("no {} was recorded for this call", fn == "cost" ? "cost" : "latency"), true}};
    return value(*it);
  }
  // Model-graded checks.
  if (!env_.judge) return EvalValue{Json(), EvalFailure{fmt::format("`{}` needs a judge model and none is configured", fn), true}};
  JudgeCall jc;
  jc.kind = fn == "llm_rubric" ? "llm-rubric" : fn == "factuality" ? "factuality" : "model-graded-closedqa";
  jc.subject = text_of(a[0]);
  jc.value = text_of(a[1]);
  auto verdict = env_.judge(jc);
  if (!verdict) return EvalValue{Json(), EvalFailure{fmt::format("the judge failed: {}", verdict.error().message), true}};
  return value(verdict->pass);
}

}  // namespace

bool truthy(const nlohmann::json& v) {
  if (v.is_null()) return false;
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number()) return v.get<double>() != 0.0;
  if (v.is_string()) return !v.get_ref<const std::string&>().empty();
  if (v.is_array() || v.is_object()) return !v.empty();
  return true;
}

EvalValue evaluate(const ast::Expr& expr, const ExprEnv& env) { return Evaluator(env).eval(expr); }

const std::vector<std::string>& expression_functions() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& [k, v] : function_table()) out.push_back(k);
    return out;
  }();
  return names;
}

}  // namespace aep::eval
