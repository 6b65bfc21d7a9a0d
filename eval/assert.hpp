// Assertions on one output: promptfoo's names and meanings (docs/eval.md has
// the table). A spec is parsed from a promptfoo-shaped JSON object
//   {"type": "not-icontains", "value": "sorry", "weight": 2, "metric": "tone"}
// and compiled once (regexes, schemas, paths), then run on every output.
//
// Every assertion yields pass/fail, a score in [0, 1] and a reason. A result
// is `errored` when it could not be judged at all (no latency recorded, the
// judge failed): errored items are never counted as passes or fails.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"
#include "eval/judge.hpp"
#include "eval/output.hpp"

namespace aep::eval {

struct GradingResult {
  std::string type;      // as written, `not-` included
  bool pass = false;
  double score = 0.0;    // in [0, 1]
  std::string reason;
  bool errored = false;
  double weight = 1.0;
  std::string metric;    // named metric, may be empty
  TokenUsage judge_usage;
  std::vector<GradingResult> components;  // for assert-sets and the aggregate
};

struct AssertionSpec {
  std::string type;                 // base type, `not-` removed
  bool negate = false;
  nlohmann::json value;             // null when absent
  std::optional<double> threshold;
  double weight = 1.0;              // 0: recorded as a metric, not counted in pass/fail or score
  std::string metric;
  nlohmann::json config = nlohmann::json::object();  // the whole object, for type-specific keys
  std::vector<AssertionSpec> children;               // `assert-set`
  std::string where;                                 // e.g. "assert[2]", for messages
};

// Parses one spec or an array of specs. Unknown types and keys are errors.
Expected<AssertionSpec> parse_assertion(const nlohmann::json& object, const std::string& where);
Expected<std::vector<AssertionSpec>> parse_assertions(const nlohmann::json& array,
                                                      const std::string& where = "assert");

// What an assertion may read besides the output.
struct AssertContext {
  nlohmann::json vars = nlohmann::json::object();      // the item's inputs
  nlohmann::json expected = nlohmann::json::object();  // the item's expected values
  std::string prompt;                                  // the rendered prompt (judges read it)
  const nlohmann::json* output_schema = nullptr;       // the declared output type, as JSON Schema
  Judge* judge = nullptr;                              // needed by model-graded assertions
};

class Assertion {
 public:
  virtual ~Assertion() = default;
  // The raw verdict, before negation and weighting (done by the plan).
  virtual GradingResult check(const Output& output, const AssertContext& ctx) const = 0;
};

// A compiled list of assertions with an optional threshold on the weighted
// mean score (promptfoo's test-level `threshold`); without one, every counted
// assertion must pass.
class AssertionPlan {
 public:
  static Expected<AssertionPlan> compile(const std::vector<AssertionSpec>& specs,
                                         std::optional<double> threshold = std::nullopt);
  AssertionPlan(AssertionPlan&&) noexcept;
  AssertionPlan& operator=(AssertionPlan&&) noexcept;
  ~AssertionPlan();

  // The aggregate: pass, weighted mean score, the first failure's reason, and
  // one component per assertion. Errored if any counted assertion errored.
  GradingResult run(const Output& output, const AssertContext& ctx) const;
  std::size_t size() const;

 private:
  AssertionPlan();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Every base type this build knows, sorted (for docs, `--help` and tests).
std::vector<std::string> assertion_types();

}  // namespace aep::eval
