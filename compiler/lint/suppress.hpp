// Inline suppressions in .aep comments:
//   user { "..." }  // aep: ignore[rule-id, other-id]   (this line)
//   // aep: ignore-next-line[rule-id]                   (the next line)
//   // aep: ignore-file[rule-id]                        (the whole file)
// Text after the closing `]` is a free-form reason. Ids may be rule ids or
// warning codes of the compiler (W0200); errors cannot be suppressed. After
// filtering, a suppression id that matched nothing becomes an
// `unused-suppression` finding (with a fix that removes it) and an id that
// names no rule an `unknown-rule` finding.
#pragma once

#include <string>
#include <vector>

#include "compiler/ast/module.hpp"
#include "compiler/lint/result.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::lint {

struct Suppression {
  enum class Kind : std::uint8_t { Line, NextLine, File };
  Kind kind = Kind::Line;
  Span comment;                  // the whole comment
  std::uint32_t target_line = 0; // Line, NextLine: the line whose findings it hides
  bool alone_on_line = false;    // nothing but blanks before the comment
  struct Id {
    std::string id;
    Span span;
    bool used = false;
  };
  std::vector<Id> ids;
  bool malformed = false;        // `aep: ignore` without a `[...]` list
};

std::vector<Suppression> find_suppressions(const SourceFile& file, const ast::Module& module);

// Removes the results of `file` that a suppression hides (marking it used).
void apply_suppressions(std::vector<Suppression>& suppressions, std::vector<LintResult>& results);

// Findings about the suppressions themselves: ids that matched nothing (for
// rules that ran for this file: an id for a rule switched off here, or not run
// in this mode, is not reported) and ids that name no rule.
struct SuppressionChecks {
  virtual bool known(const std::string& id) const = 0;   // a rule id or a diagnostic code
  virtual bool active(const std::string& id) const = 0;  // ran for this file
  virtual std::string suggest(const std::string& id) const = 0;  // closest known id, or ""
  virtual ~SuppressionChecks() = default;
};
void suppression_findings(const std::vector<Suppression>& suppressions, const SourceFile& file,
                          const SuppressionChecks& checks, std::vector<Finding>& out);

}  // namespace aep::lint
