// Rendering lint results: the one-line default form, the rich caret form
// (through the diagnostic text renderer), JSON, SARIF 2.1.0 and GitHub
// workflow annotations; plus the rule documentation (--list-rules,
// --explain, docs/lint-rules.md). All read the same sorted LintResults.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/lint/result.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::lint {

// `path:line:col: severity: message [rule]`, one line per result.
void write_text(std::ostream& out, const std::vector<LintResult>& results);
// The caret form of `aep check`; `sources` must hold the results' files
// under their display paths (files it lacks are shown without a snippet).
void write_rich(std::ostream& out, const std::vector<LintResult>& results, const SourceManager& sources, bool color);
// `::warning file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message`
void write_github(std::ostream& out, const std::vector<LintResult>& results);
nlohmann::ordered_json to_json(const std::vector<LintResult>& results);
// SARIF 2.1.0: one run, columnKind utf16CodeUnits, rules metadata for every
// registered rule and every compiler code that occurs, artifact URIs relative
// to %SRCROOT% (= `base`, the working directory).
nlohmann::ordered_json to_sarif(const std::vector<LintResult>& results, const std::string& base_uri);

// "3 errors, 2 warnings, 1 note (2 fixable with `aep lint --fix`)" or "no problems".
std::string summary_line(const std::vector<LintResult>& results);

// Rule documentation.
std::string rules_table_text();      // --list-rules
std::string rules_markdown();        // docs/lint-rules.md body
nlohmann::ordered_json rules_json(); // --list-rules --format json
std::string explain_rule(std::string_view id);  // empty when unknown

// file:// URI for an absolute directory path, with a trailing slash.
std::string file_uri(const std::string& absolute_dir);

}  // namespace aep::lint
