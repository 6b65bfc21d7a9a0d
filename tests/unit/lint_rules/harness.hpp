// A small driver for rule tests: writes a temporary project, runs load +
// analyze as `aep lint` does, builds the LintContext the engine would build,
// and runs one rule (or all rules) over it. Tests the rules without the
// engine's configuration, suppressions and cache, so a failure points at a
// rule.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/lint/context.hpp"
#include "compiler/lint/rule.hpp"

namespace aep::lint::testing {

using Files = std::map<std::string, std::string>;  // relative path -> content

struct Project {
  std::filesystem::path root;
  explicit Project(const Files& files, const std::string& toml_extra = "");
  ~Project();
  Project(const Project&) = delete;
  Project& operator=(const Project&) = delete;
};

struct Found {
  std::string rule;
  std::string file;  // file name relative to the project root
  std::uint32_t line = 0, column = 0;
  std::string message;
  std::string text;  // the source text the finding points at
  std::optional<std::string> help;
  std::optional<Fix> fix;
  std::string fixed;  // the file after applying the fix (empty without one)
};

struct RunOptions {
  std::vector<std::string> targets;  // e.g. {"openai-chat", "anthropic=claude-sonnet-4-5"}
  std::string toml_extra;            // prepended to aep.toml (top-level keys)
  // Files with syntax errors are linted as the engine does: partial ASTs, no
  // sema (program, sema modules and prompts null/empty). Otherwise a syntax
  // error in a test input is a test bug and throws.
  bool allow_syntax_errors = false;
  // Run with a RunScratchScope open, as the engine does on each rule thread
  // (the per-piece text memo then lasts for the run, not one module).
  bool run_scratch = true;
};

// Runs the rule `id` ("" = every rule) over every module of the project.
std::vector<Found> run(const std::string& id, const Files& files, const RunOptions& options = {});
// Only the findings of rule `id` (same as run(id, ...)), as "line:col message" strings, for compact checks.
std::vector<std::string> lines(const std::vector<Found>& found);

}  // namespace aep::lint::testing
