// What `aep build` compiles for, read from the project's aep.toml:
//
//   [build]
//   targets = ["openai-chat", "anthropic"]   # the targets every prompt is built for
//   out = ".aep/builds"                      # the build store, relative to the project root
//
//   [targets.anthropic]                      # per-target defaults (exact name or family)
//   model = "claude-haiku-4-5"               # used when the prompt's own `target` block sets no model
//
// Without `targets`, each prompt is built for the one target its model's
// provider implies (gpt-* -> openai-chat, claude-* -> anthropic, ...).
// Mistakes are E0900 diagnostics at the key's line in aep.toml.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compiler/diag/sink.hpp"
#include "compiler/source/project.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/render/request.hpp"
#include "compiler/targets/capabilities.hpp"
#include "compiler/targets/target.hpp"

namespace aep::build {

struct TargetDefaults {
  std::optional<std::string> model;
  Span span;
};

struct BuildConfig {
  std::vector<std::string> targets;  // empty: inferred per prompt from its model
  Span targets_span;
  std::map<std::string, TargetDefaults> target_defaults;  // key: target name or family
  std::filesystem::path out;          // empty: <project>/.aep/builds
  // The capability table with the project's `[models."name"]` entries merged.
  targets::CapabilityTable capabilities = targets::CapabilityTable::builtin();
};

// Reads `[build]`, `[targets.*]` and `[models.*]` from `project.config_text`
// (registered in `sources` under the config path so diagnostics show the
// line). A project without aep.toml gets the defaults.
BuildConfig read_build_config(const Project& project, SourceManager& sources, DiagnosticSink& sink);

// The store folder: `--out` when given, else [build] out, else <root>/.aep/builds.
std::filesystem::path store_folder(const Project& project, const BuildConfig& config,
                                   const std::string& out_override);

// The store of the project around `start` (a file or folder), for commands
// that read builds: `store_override` when given, else what aep.toml says.
// Errors: no project could be read, or no store exists there yet.
Expected<std::filesystem::path> locate_store(const std::filesystem::path& start, const std::string& store_override);

// The model `[targets.X] model` configures for `target` when the prompt's own
// `target` block sets none; nullopt means "the prompt's config decides". One
// rule for aep build, aep render --target and aep tokens, so they agree.
std::optional<std::string> configured_model(const BuildConfig& config, const render::Request& request,
                                            const targets::Target& target);

// The target a provider's models are built for when none is configured.
std::optional<std::string> default_target_for_provider(std::string_view provider);

}  // namespace aep::build
