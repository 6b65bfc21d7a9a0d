// Finding a prompt by `FILE#Prompt` for a run: loads the project around the
// file (aep.toml), checks the file and what it imports, and picks the
// prompt. Also where a project's sim world and provider profiles come from,
// so `aep run`, `aep test` and the tests configure a Runner the same way.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "compiler/diag/sink.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/source/expected.hpp"
#include "compiler/source/project.hpp"
#include "compiler/source/source_file.hpp"
#include "runtime/runner/profile.hpp"

namespace aep::runner {

struct LoadedPrompt {
  std::unique_ptr<sema::Program> program;  // owns the prompt
  const ir::Prompt* prompt = nullptr;      // null when the program has errors or the name is unknown
  std::string file;
  std::string name;
};

// Splits "path/to/file.aep#Prompt". An Error when there is no `#`.
Expected<std::pair<std::string, std::string>> split_prompt_ref(const std::string& ref);

// Loads and checks; diagnostics go to `sink` (the caller renders them). An
// Error for I/O problems (no such file, malformed aep.toml) or an unknown
// prompt (listing the file's prompts); `prompt` is null when `sink` has errors.
Expected<LoadedPrompt> load_prompt(const std::string& ref, SourceManager& sources, DiagnosticSink& sink);

// The sim world of a project: `[sim] world = "path"` in aep.toml (relative
// to it), else `sim/world.json` beside aep.toml when present; nullopt when
// neither. An Error when the configured file is missing or outside the project.
Expected<std::optional<std::filesystem::path>> project_world(const Project& project);

// Built-in profiles plus the project's `[providers.*]` tables.
Expected<Profiles> project_profiles(const Project& project);

}  // namespace aep::runner
