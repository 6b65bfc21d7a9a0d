// The lint engine: one entry function from a set of files to the results.
//
//   paths ──walk──► files ──per project: config, cache lookup──►
//   misses ──syntax (parallel) + sema──► LintContext ──rules──►
//   findings ──levels, overrides, suppressions──► results (+ cache store)
//
// Module-scope rules run for every linted module; project-scope rules run
// once per project when the run covers the whole project (a directory at or
// above the project root was named, or `whole_project`). Naming single files
// (pre-commit) runs module rules only, on those modules. Syntax and semantic
// diagnostics of linted files are results too, so `aep lint` alone tells a
// project whether it is healthy.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "compiler/lint/result.hpp"

namespace aep::lint {

struct LintOptions {
  std::vector<std::string> files;  // display paths of the .aep files to lint
  // Directories named on the command line: a project whose root is one of
  // them or lies under one of them is linted whole (project rules run).
  std::vector<std::string> directories;
  bool whole_project = false;       // force project rules for every project met
  unsigned jobs = 0;                // parse threads; 0 = one per core
  // Extra selection on top of aep.toml (command line `--select/--ignore`).
  std::vector<std::string> select, ignore;
  bool use_cache = true;
  // Cache folder; empty = <project root>/.aep-cache/lint.
  std::filesystem::path cache_dir;
  // false: leave the analysed program and the rules' caches allocated when
  // the run ends. For a process that exits right after (the CLI), where
  // freeing them one by one is pure cost; library callers keep the default.
  bool free_memory = true;
};

struct LintStats {
  std::size_t files = 0;        // linted files
  std::size_t cached = 0;       // of which answered from the cache
  std::size_t parsed = 0;       // modules parsed (linted + dependencies)
};

struct LintOutput {
  std::vector<LintResult> results;  // sorted with result_less
  // Problems that are not about .aep text: unreadable files, a malformed
  // aep.toml (those are also results with a position when possible).
  std::vector<std::string> io_errors;
  LintStats stats;
};

LintOutput run_lint(const LintOptions& options);

// The version string mixed into cache keys (aep version + rule set).
std::string engine_fingerprint();

}  // namespace aep::lint
