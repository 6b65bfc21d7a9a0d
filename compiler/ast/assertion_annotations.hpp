// The annotations that grade assertions, read in one place so that the
// compiler's diagnostics (compiler/sema/evals.cpp, E0805-E0807) and the run's
// own reading of a suite (eval/suite.cpp) can never disagree:
//
//   assert expr @weight(2) @metric(refund), "message"   weight >= 0, metric name
//   assert_set tone @threshold(0.66) @weight(1) { ... }  threshold in [0, 1]
//   test t for P @threshold(0.8) { ... }                 the suite's own threshold
//
// Every value is a literal: a weight is a non-negative number, a threshold a
// number from 0 to 1, a metric name a bare name or a plain string.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/ast/types.hpp"

namespace aep::ast {

enum class AssertionSite { Assert, Set, Suite };

struct AssertionAnnotationProblem {
  enum class Kind { Weight, Threshold, Annotation } kind = Kind::Annotation;
  Span span;
  std::string message;  // lowercase, no trailing period, code in backticks
  std::string help;     // may be empty
};

struct AssertionAnnotations {
  std::optional<double> weight;     // @weight(w)
  std::optional<double> threshold;  // @threshold(t), sets and suites
  std::optional<std::string> metric;  // @metric(name), assertions and sets
  Span metric_span;
  std::vector<AssertionAnnotationProblem> problems;
};

// Reads @weight, @threshold and @metric from `list`. On a suite (`Suite`) only
// @threshold is read and every other annotation is left alone (the suite's
// reader knows @samples, @holdout, @split); on an assertion or a set an
// unknown annotation is a problem.
AssertionAnnotations read_assertion_annotations(const Annotations& list, AssertionSite site);

}  // namespace aep::ast
