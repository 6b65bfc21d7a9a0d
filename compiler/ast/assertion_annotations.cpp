// Reading @weight, @threshold and @metric (see assertion_annotations.hpp).
#include "compiler/ast/assertion_annotations.hpp"

#include <cmath>

#include "compiler/ast/expr.hpp"

namespace aep::ast {
namespace {

// A number literal, with a leading `-` kept so that `-1` is reported as
// negative rather than as "not a number".
std::optional<double> number_literal(const Expr* e) {
  if (e == nullptr) return std::nullopt;
  if (e->kind == ExprKind::Int) return static_cast<double>(static_cast<const IntExpr*>(e)->value);
  if (e->kind == ExprKind::Float) return static_cast<const FloatExpr*>(e)->value;
  if (e->kind == ExprKind::Unary) {
    const auto* u = static_cast<const UnaryExpr*>(e);
    if (u->op != UnaryOp::Negate) return std::nullopt;
    auto v = number_literal(u->operand.get());
    if (v) return -*v;
  }
  return std::nullopt;
}

// The one positional argument of `@name(x)`, or null when there is not
// exactly one (a named argument counts as one too: `@weight(w: 2)` is odd
// but unambiguous).
const Expr* single_arg(const Annotation& a) {
  if (a.args.size() != 1) return nullptr;
  return a.args[0].value.get();
}

std::string_view site_words(AssertionSite site) {
  switch (site) {
    case AssertionSite::Assert: return "an `assert`";
    case AssertionSite::Set: return "an `assert_set`";
    case AssertionSite::Suite: return "a test or eval";
  }
  return "";
}

}  // namespace

AssertionAnnotations read_assertion_annotations(const Annotations& list, AssertionSite site) {
  using Kind = AssertionAnnotationProblem::Kind;
  AssertionAnnotations out;
  auto problem = [&](Kind kind, const Span& span, std::string message, std::string help = {}) {
    out.problems.push_back({kind, span, std::move(message), std::move(help)});
  };
  bool seen_weight = false, seen_threshold = false, seen_metric = false;
  auto once = [&](bool& seen, const Annotation& a) {
    if (seen) {
      problem(Kind::Annotation, a.span, "`@" + a.name.text + "` is given twice", "keep one");
      return false;
    }
    seen = true;
    return true;
  };
  for (const Annotation& a : list) {
    const std::string& n = a.name.text;
    if (n == "weight" && site != AssertionSite::Suite) {
      if (!once(seen_weight, a)) continue;
      auto v = number_literal(single_arg(a));
      if (!v || !std::isfinite(*v)) {
        problem(Kind::Weight, a.span, "`@weight` takes one number literal, such as `@weight(2)`",
                "a weight is a non-negative number; 0 records the assertion as a metric without counting it");
      } else if (*v < 0) {
        problem(Kind::Weight, a.span, "a weight cannot be negative", "use 0 to record the assertion without counting it");
      } else {
        out.weight = *v;
      }
    } else if (n == "threshold") {
      if (site == AssertionSite::Assert) {
        problem(Kind::Annotation, a.span, "`@threshold` belongs on an `assert_set`, a test or an eval, not on one `assert`",
                "a single assertion passes or fails; group assertions in an `assert_set` to grade them on a threshold");
        continue;
      }
      if (!once(seen_threshold, a)) continue;
      auto v = number_literal(single_arg(a));
      if (!v || !(*v >= 0.0 && *v <= 1.0)) {
        problem(Kind::Threshold, a.span, "`@threshold` takes one number literal from 0 to 1, such as `@threshold(0.75)`",
                "the threshold is compared with the weighted mean score of the assertions");
      } else {
        out.threshold = *v;
      }
    } else if (n == "metric" && site != AssertionSite::Suite) {
      if (!once(seen_metric, a)) continue;
      const Expr* e = single_arg(a);
      std::optional<std::string> name;
      if (e != nullptr && e->kind == ExprKind::Name) name = static_cast<const NameExpr*>(e)->name.text;
      if (e != nullptr && e->kind == ExprKind::String && !static_cast<const StringExpr*>(e)->value.has_interpolation())
        name = static_cast<const StringExpr*>(e)->value.plain_text();
      if (!name || name->empty()) {
        problem(Kind::Annotation, a.span, "`@metric` takes one name, such as `@metric(mentions_refund)`");
      } else if (*name == "accuracy") {
        problem(Kind::Annotation, a.span, "`accuracy` is the pass rate of the suite; give the metric another name");
      } else {
        out.metric = *name;
        out.metric_span = a.span;
      }
    } else if (site != AssertionSite::Suite) {
      problem(Kind::Annotation, a.name.span,
              "unknown annotation `@" + n + "` on " + std::string(site_words(site)),
              site == AssertionSite::Assert ? "an `assert` takes @weight and @metric"
                                            : "an `assert_set` takes @threshold, @weight and @metric");
    }
  }
  return out;
}

}  // namespace aep::ast
