// Applying the machine-applicable fixes of lint results to file texts
// (`aep lint --fix`). Fixes are applied back to front so offsets stay valid;
// a fix that overlaps one already taken is left for the next run (the
// re-lint after --fix reports it again), and a file whose fixed text gains
// syntax errors is not changed at all.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/lint/result.hpp"

namespace aep::lint {

struct FixOutcome {
  std::string text;          // the fixed text
  std::size_t applied = 0;   // fixes applied
  std::size_t skipped = 0;   // overlapping fixes left out
  bool broke_syntax = false; // the fixed text has more syntax errors than the original: do not write
};

FixOutcome apply_fixes(std::string_view path, std::string_view text, const std::vector<const ResultFix*>& fixes);

}  // namespace aep::lint
