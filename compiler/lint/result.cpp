// Ordering of lint results: every output format lists results in this one
// order, so two runs over the same input print the same bytes.
#include "compiler/lint/result.hpp"

#include <tuple>

namespace aep::lint {

bool result_less(const LintResult& a, const LintResult& b) {
  return std::tie(a.path, a.position.line, a.position.column, a.rule, a.message) <
         std::tie(b.path, b.position.line, b.position.column, b.rule, b.message);
}

}  // namespace aep::lint
