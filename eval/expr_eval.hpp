// Evaluating the expressions of `test` and `eval` blocks at run time: input
// mappings (`input { ticket: row.ticket }`), assertions
// (`assert output.category == expected.category`), metrics and slice keys.
// Values are JSON; names are looked up in a scope of named roots (`output`,
// `expected`, `row`, the prompt's inputs). A name that is no root reads a
// field of the output, so a test may write `assert category == "billing"`.
//
// Missing data is an error only where it means bad data: a member missing
// from a strict root (`row`: a column the data file lacks) fails with the
// column's name; a member missing from the output reads as null, because a
// model may omit an optional field. Calls that need a model (`llm_rubric`,
// `factuality`, `closedqa`) go through the Hooks, so this file needs no
// provider.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/ast/expr.hpp"
#include "compiler/source/expected.hpp"

namespace aep::eval {

// A model-graded check requested by an expression: `kind` is the assertion
// type ("llm-rubric", "factuality", "model-graded-closedqa"), `subject` the
// text to grade and `value` the rubric, reference or criterion.
struct JudgeCall {
  std::string kind;
  std::string subject;
  std::string value;
};
struct JudgeVerdict {
  bool pass = false;
  double score = 0.0;
  std::string reason;
};

struct ExprEnv {
  nlohmann::json roots = nlohmann::json::object();  // name -> value
  std::set<std::string> strict_roots;                 // members must exist (data rows)
  // Where a bare name that is no root is looked up (`output` by default).
  std::string fallback_root = "output";
  // Answers model-graded calls; an Error makes the whole check errored.
  std::function<Expected<JudgeVerdict>(const JudgeCall&)> judge;
  // Runtime facts the `latency_ms()` and `cost()` functions return (null when unknown).
  nlohmann::json facts = nlohmann::json::object();
};

// Why an evaluation failed: `errored` (a judge or provider failure: the item
// is neither pass nor fail) or a data problem (a missing column, a type error).
struct EvalFailure {
  std::string message;
  bool errored = false;  // true: could not be judged (judge failure)
};

struct EvalValue {
  nlohmann::json value;
  std::optional<EvalFailure> failure;
  bool ok() const { return !failure.has_value(); }
};

EvalValue evaluate(const ast::Expr& expr, const ExprEnv& env);

// Truthiness as in templates: false, null, 0, 0.0, "", [] and {} are false.
bool truthy(const nlohmann::json& value);

// The functions expressions may call, sorted (for `--help`, docs and sema).
const std::vector<std::string>& expression_functions();

}  // namespace aep::eval
