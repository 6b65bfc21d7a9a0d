// LintResult: one reported problem after configuration and suppressions, in a
// self-contained form (paths and positions, no FileIds), so it can be cached
// on disk, sorted across projects and rendered in every output format. Both
// rule findings and the syntax/semantic diagnostics a lint run meets become
// results; for diagnostics `rule` is the diagnostic code ("E0101").
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/lint/rule.hpp"

namespace aep::lint {

struct Position {
  std::uint32_t begin = 0, end = 0;            // byte offsets
  std::uint32_t line = 0, column = 0;          // 1-based, column in code points
  std::uint32_t end_line = 0, end_column = 0;  // exclusive end, code points
  std::uint32_t column16 = 0, end_column16 = 0;  // the same columns in UTF-16 code units (SARIF)
};

struct ResultNote {
  std::string path;
  Position position;
  std::string message;
};

struct ResultFix {
  std::uint32_t begin = 0, end = 0;  // bytes of `path` to replace
  std::string replacement;
  std::string description;
};

struct LintResult {
  std::string rule;       // rule id, or a diagnostic code for syntax/semantic diagnostics
  Level level = Level::Warning;
  std::string path;       // display path (relative to the working directory when inside it)
  Position position;
  std::string message;
  std::optional<std::string> help;
  std::vector<ResultNote> notes;
  std::optional<ResultFix> fix;
  std::string fingerprint;  // stable across runs and line shifts (SARIF partialFingerprints)
};

// Sort order of every output: path, line, column, rule, message.
bool result_less(const LintResult& a, const LintResult& b);

}  // namespace aep::lint

#include "compiler/diag/diagnostic.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::lint {

// Position of bytes [begin, end) of `file` (clamped to the text).
Position position_of(const SourceFile& file, std::uint32_t begin, std::uint32_t end);

Level level_of(Severity severity);

// A compiler diagnostic as a result; `sources` resolves its spans.
LintResult result_from_diagnostic(const Diagnostic& diag, const SourceManager& sources);
// A rule finding at `level`; `file` is the finding's file. A fix whose span
// lies in another file is dropped (fixes edit the reported file only).
LintResult result_from_finding(const Finding& finding, Level level, const SourceFile& file,
                               const SourceManager& sources);

// Sorts results and gives each a fingerprint that survives line shifts: a
// hash of the rule, the path, the message and the trimmed text of the
// primary line, plus the occurrence number among results that share those.
// `line_text(path, line)` returns the text of a line of a result's file.
template <class LineText>
void finish_results(std::vector<LintResult>& results, LineText line_text);
void fingerprint_results(std::vector<LintResult>& results,
                         const std::vector<std::string>& primary_line_texts);

}  // namespace aep::lint

template <class LineText>
void aep::lint::finish_results(std::vector<LintResult>& results, LineText line_text) {
  std::sort(results.begin(), results.end(), result_less);
  std::vector<std::string> lines;
  lines.reserve(results.size());
  for (const LintResult& r : results) lines.emplace_back(line_text(r.path, r.position.line));
  fingerprint_results(results, lines);
}
