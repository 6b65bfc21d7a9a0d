// Suites: the `test` and `eval` blocks of a checked program, read into what a
// run needs (docs/eval.md, "Eval sets in the language"). A suite keeps
// pointers into the AST and the IR, so the sema::Program must outlive it.
//
//   test NAME for Prompt {            one case with literal inputs
//     input { ticket: "..." }
//     assert output.category == "billing", "message"
//   }
//   eval NAME for Prompt @samples(3) @holdout(0.2, seed: 7) @split("holdout") {
//     data "evals/x.jsonl" @format("jsonl") @id("id")
//     input { ticket: row.ticket }    an expression per input over `row`
//     assert ... @weight(2)           every counted assert must hold for a pass
//     assert_set tone @threshold(0.6) { assert ... }   one assertion made of several
//     metric name = expr              a number or a truth value per item, averaged
//     slice by row.slice
//     gate accuracy >= 0.85           on `accuracy` (the pass rate) or a metric
//     config { temperature: 0.7 }     per-suite request config
//   }
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/ast/decls.hpp"
#include "compiler/ir/ir.hpp"
#include "compiler/sema/program.hpp"
#include "eval/dataset.hpp"
#include "eval/dataset_split.hpp"

namespace aep::eval {

// One assertion of a suite: an `assert` (expr set) or an `assert_set`
// (members set, expr null). Graded as docs/eval.md says: score = weighted
// mean of the counted members' scores; pass = every counted member passes,
// or score >= threshold when the set (or the suite) gives one.
struct CheckDef {
  const ast::Expr* expr = nullptr;
  std::string text;     // the expression as source-like text; `assert_set NAME` for a set
  std::string message;  // the `, "message"` part, may be empty
  Span span;
  double weight = 1.0;  // @weight; 0: metric only, never counted
  std::string metric;   // the suite metric this assertion's score feeds, may be empty
  // Sets only.
  bool is_set = false;
  std::string set_name;
  std::optional<double> threshold;  // @threshold
  std::vector<CheckDef> members;
};

struct MetricDef {
  std::string name;
  const ast::Expr* expr = nullptr;
  std::string text;
  Span span;
};

enum class GateOp { Ge, Gt, Le, Lt };

struct GateDef {
  std::string metric;  // "accuracy" or a metric's name
  GateOp op = GateOp::Ge;
  double threshold = 0.0;
  std::string text;    // "accuracy >= 0.85"
  Span span;
};

bool gate_holds(const GateDef& gate, double value);
std::string_view to_string(GateOp op);

struct Suite {
  bool is_eval = false;
  std::string name;        // as declared
  std::string module;      // module path
  std::string id;          // "module.name": unique across a project
  const ast::TestDecl* decl = nullptr;
  const ir::Prompt* prompt = nullptr;
  std::string description;

  // A test's literal inputs, or an eval's per-row input expressions.
  std::vector<const ast::ObjectEntry*> inputs;
  // Eval data.
  std::string data_path;  // as written, relative to the project root
  Span data_span;
  std::optional<DataFormat> format;
  std::optional<std::string> id_field;

  std::vector<CheckDef> asserts;       // top-level assertions and sets, in order
  std::optional<double> threshold;     // @threshold on the test or eval
  std::vector<MetricDef> metrics;      // `metric` statements, then assertion metrics (expr null)
  const ast::Expr* slice_by = nullptr;
  std::string slice_text;
  std::vector<GateDef> gates;
  nlohmann::ordered_json config = nlohmann::ordered_json::object();  // request config overrides

  std::uint32_t samples = 1;
  std::optional<SplitSpec> holdout;  // @holdout(fraction, seed: N)
  std::string split_part = "all";    // "all", "holdout" or "train" (@split)
};

// A problem in a suite's declaration found while reading it (an unknown
// annotation, a gate that is not `name op number`, a gate on an undeclared
// metric). Sema reports most of these as diagnostics already; this is the
// run-time safety net, so a bad suite is skipped with a message, never run.
struct SuiteProblem {
  std::string suite;
  Span span;
  std::string message;
};

struct SuiteSet {
  std::vector<Suite> suites;  // in module order, then declaration order
  std::vector<SuiteProblem> problems;
};

SuiteSet collect_suites(const sema::Program& program);

}  // namespace aep::eval
