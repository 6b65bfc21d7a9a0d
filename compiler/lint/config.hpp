// The `[lint]` table of aep.toml: which rules run at which level, per-path
// overrides, and the targets portability rules check. Parsing reports
// problems (wrong types, unknown rule ids with a did-you-mean, unknown keys)
// as diagnostics at their place in aep.toml, and goes on with what it could
// read, so a typo in one key never switches the whole linter off.
//
//   [lint]
//   select = ["correctness", "security", "vague-quantifier"]  # default: every rule on by default
//   ignore = ["heavy-negation"]                               # ids or categories
//   targets = ["openai-chat", "anthropic"]                    # for portability rules
//   [lint.severity]
//   unused-input = "error"                                    # off | note | warning | error
//   [[lint.overrides]]
//   paths = ["legacy/**"]                                     # globs, relative to the project root
//   ignore = ["clarity"]
//   select = [...]; severity = { ... }
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diag/sink.hpp"
#include "compiler/lint/context.hpp"
#include "compiler/lint/rule.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::lint {

// One `select`/`ignore` list: rule ids and category names.
struct RuleSet {
  std::vector<std::string> ids;
  std::vector<Category> categories;
  bool all = false;  // "all"
  bool contains(const RuleInfo& info) const;
  bool empty() const { return ids.empty() && categories.empty() && !all; }
};

struct LintLayer {
  std::optional<RuleSet> select;  // replaces the selection below it when present
  RuleSet extend_select;          // adds to it (`extend-select`)
  RuleSet ignore;
  std::map<std::string, Level, std::less<>> severity;  // by rule id (or category name)
};

struct Override {
  std::vector<std::string> globs;  // relative to the project root, '/' separated
  LintLayer layer;
};

struct LintConfig {
  LintLayer base;
  std::vector<Override> overrides;
  std::vector<ConfiguredTarget> targets;
  std::string text_hash;  // hash of the whole aep.toml (cache key part)

  // The level `rule` has for a file at `relative_path` (from the project
  // root): the default level, filtered by select/ignore, then severity, then
  // each matching override in order. Off = not run / not reported.
  Level level_for(const RuleInfo& rule, std::string_view relative_path) const;
};

// Parses `[lint]` from `config_text` (the file `config_file` of `sources`,
// for spans; kNoFile when there is no aep.toml). Problems go to `sink`.
LintConfig parse_lint_config(std::string_view config_text, FileId config_file, const SourceManager* sources,
                             DiagnosticSink& sink);

// Applies command-line `--select/--ignore` on top of the project's config.
void apply_command_line(LintConfig& config, const std::vector<std::string>& select,
                        const std::vector<std::string>& ignore, std::vector<std::string>& errors);

// Glob match with `*` (within a path segment), `**` (any number of
// segments) and `?`; '/' separated.
bool glob_match(std::string_view glob, std::string_view path);

}  // namespace aep::lint
