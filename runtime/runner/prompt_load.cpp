// Loading FILE#Prompt and a project's run configuration (prompt_load.hpp).
#include "runtime/runner/prompt_load.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

namespace aep::runner {

Expected<std::pair<std::string, std::string>> split_prompt_ref(const std::string& ref) {
  auto hash = ref.rfind('#');
  if (hash == std::string::npos || hash == 0 || hash + 1 == ref.size()) {
    return Error{fmt::format("name the prompt as FILE#Prompt (got `{}`)", ref)};
  }
  return std::make_pair(ref.substr(0, hash), ref.substr(hash + 1));
}

Expected<LoadedPrompt> load_prompt(const std::string& ref, SourceManager& sources, DiagnosticSink& sink) {
  auto parts = split_prompt_ref(ref);
  if (!parts) return parts.error();
  LoadedPrompt out;
  out.file = parts->first;
  out.name = parts->second;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(out.file, ec)) return Error{fmt::format("`{}` is not a file", out.file)};
  auto project = load_project(out.file);
  if (!project) return project.error();
  out.program = std::make_unique<sema::Program>(
      sema::check_files(*project, {std::filesystem::path(out.file)}, sources, sink));
  if (sink.has_errors()) return out;
  std::string module = out.program->modules.empty() ? "" : out.program->modules.front()->path;
  auto it = out.program->prompts.find(module + "." + out.name);
  if (it == out.program->prompts.end()) {
    std::string names;
    for (const auto& [q, p] : out.program->prompts)
      if (p->module == module) names += (names.empty() ? "" : ", ") + p->name;
    return Error{fmt::format("no prompt `{}` in `{}` (its prompts: {})", out.name, out.file, names.empty() ? "none" : names)};
  }
  if (it->second->is_abstract) return Error{fmt::format("prompt `{}` is abstract: run one that extends it", out.name)};
  out.prompt = it->second.get();
  return out;
}

Expected<std::optional<std::filesystem::path>> project_world(const Project& project) {
  if (!project.config_text.empty()) {
    toml::table doc;
    try {
      doc = toml::parse(project.config_text, project.config_path.string());
    } catch (const toml::parse_error& err) {
      return Error{fmt::format("{}:{}:{}: {}", project.config_path.string(), err.source().begin.line,
                               err.source().begin.column, err.description())};
    }
    if (const toml::node* w = doc.at_path("sim.world").node()) {
      auto s = w->value<std::string>();
      if (!s) {
        return Error{fmt::format("{}:{}:{}: `sim.world` must be a path string", project.config_path.string(),
                                 w->source().begin.line, w->source().begin.column)};
      }
      auto resolved = project.resolve_inside(*s, project.root);
      if (!resolved) return Error{fmt::format("`sim.world` in {}: {}", project.config_path.string(), resolved.error().message)};
      std::error_code ec;
      if (!std::filesystem::is_regular_file(*resolved, ec)) {
        return Error{fmt::format("`sim.world` in {}: `{}` is not a file", project.config_path.string(), *s)};
      }
      return std::optional<std::filesystem::path>(*resolved);
    }
  }
  std::error_code ec;
  auto conventional = project.root / "sim" / "world.json";
  if (!project.root.empty() && std::filesystem::is_regular_file(conventional, ec)) {
    return std::optional<std::filesystem::path>(conventional);
  }
  return std::optional<std::filesystem::path>();
}

Expected<Profiles> project_profiles(const Project& project) {
  if (project.config_text.empty()) return builtin_profiles();
  return load_profiles(project.config_text, project.config_path.string());
}

}  // namespace aep::runner
