// aep.toml's [build] and [targets.*] tables. toml++ gives each value its
// source region; spans are rebuilt from it so E0900 points at the key.
#include "compiler/build/build_config.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include "compiler/targets/target.hpp"

namespace aep::build {
namespace {

Span span_of(const toml::node& node, const SourceFile* file) {
  if (!file) return {};
  const auto& at = node.source().begin;
  if (at.line == 0) return {};
  std::uint32_t line = static_cast<std::uint32_t>(at.line);
  if (line > file->line_count()) return {};
  std::uint32_t begin = file->line_start(line) + static_cast<std::uint32_t>(at.column > 0 ? at.column - 1 : 0);
  std::uint32_t end = begin + 1;
  const auto& to = node.source().end;
  if (to.line == at.line && to.column > at.column) end = begin + static_cast<std::uint32_t>(to.column - at.column);
  return file->span(begin, end);
}

}  // namespace

std::optional<std::string> default_target_for_provider(std::string_view provider) {
  if (provider == "openai") return "openai-chat";
  if (provider == "anthropic") return "anthropic";
  if (provider == "gemini") return "gemini";
  if (provider == "ollama") return "ollama";
  return std::nullopt;
}

BuildConfig read_build_config(const Project& project, SourceManager& sources, DiagnosticSink& sink) {
  BuildConfig config;
  if (project.config_path.empty()) return config;
  std::string display = project.config_path.filename().string();
  FileId file_id = sources.add(display, project.config_text);
  const SourceFile* file = &sources.file(file_id);
  toml::table doc;
  try {
    doc = toml::parse(project.config_text, display);
  } catch (const toml::parse_error&) {
    return config;  // load_project already refused a malformed aep.toml
  }
  auto bad = [&](const toml::node& node, std::string message, std::string help = "") {
    auto d = make_diag(DiagKind::BuildConfigInvalid, span_of(node, file), std::move(message));
    if (!help.empty()) d.help(std::move(help));
    sink.report(d);
  };

  if (const toml::node* node = doc.get("build")) {
    const toml::table* build = node->as_table();
    if (!build) {
      bad(*node, "`build` must be a table (`[build]`)");
    } else {
      for (const auto& [key, value] : *build) {
        if (key.str() == "targets") {
          config.targets_span = span_of(value, file);
          const toml::array* list = value.as_array();
          if (!list) {
            bad(value, "`build.targets` must be a list of target names", "e.g. targets = [\"openai-chat\", \"anthropic\"]");
            continue;
          }
          for (const toml::node& item : *list) {
            auto name = item.value<std::string>();
            if (!name) {
              bad(item, "`build.targets` must hold target names (strings)");
              continue;
            }
            if (!targets::parse_target(*name)) {
              targets::report_unknown_target(*name, span_of(item, file), sink);
              continue;
            }
            if (std::find(config.targets.begin(), config.targets.end(), *name) != config.targets.end()) {
              bad(item, fmt::format("target `{}` is listed twice in `build.targets`", *name));
              continue;
            }
            config.targets.push_back(*name);
          }
        } else if (key.str() == "out") {
          auto out = value.value<std::string>();
          if (!out || out->empty()) {
            bad(value, "`build.out` must be a folder path (a non-empty string)");
          } else {
            config.out = *out;
          }
        } else {
          bad(value, fmt::format("unknown key `{}` in `[build]`", key.str()), "the keys of `[build]` are `targets` and `out`");
        }
      }
    }
  }

  if (const toml::node* node = doc.get("targets")) {
    const toml::table* table = node->as_table();
    if (!table) {
      bad(*node, "`targets` must be a table of `[targets.\"name\"]` entries");
    } else {
      for (const auto& [name, value] : *table) {
        std::string target(name.str());
        const toml::table* entry = value.as_table();
        bool family = target == "openai" || target == "openai-compat";
        if (!family && !targets::parse_target(target)) {
          targets::report_unknown_target(target, span_of(value, file), sink);
          continue;
        }
        if (!entry) {
          bad(value, fmt::format("`targets.{}` must be a table", target));
          continue;
        }
        TargetDefaults defaults;
        defaults.span = span_of(value, file);
        for (const auto& [key, v] : *entry) {
          if (key.str() == "model") {
            auto model = v.value<std::string>();
            if (!model || model->empty()) {
              bad(v, fmt::format("`targets.{}.model` must be a model name", target));
            } else {
              defaults.model = *model;
              defaults.span = span_of(v, file);
            }
          } else {
            bad(v, fmt::format("unknown key `{}` in `[targets.{}]`", key.str(), target),
                "a `[targets.\"name\"]` table takes `model`; other settings belong in the prompt's `target` block");
          }
        }
        config.target_defaults[target] = std::move(defaults);
      }
    }
  }

  if (doc.contains("models")) config.capabilities.merge_toml(doc, sink, file_id, &sources);
  return config;
}

std::filesystem::path store_folder(const Project& project, const BuildConfig& config, const std::string& out_override) {
  if (!out_override.empty()) return std::filesystem::absolute(out_override).lexically_normal();
  if (!config.out.empty()) {
    return config.out.is_absolute() ? config.out : (project.root / config.out).lexically_normal();
  }
  return project.root / ".aep" / "builds";
}

Expected<std::filesystem::path> locate_store(const std::filesystem::path& start, const std::string& store_override) {
  if (!store_override.empty()) return std::filesystem::absolute(store_override).lexically_normal();
  auto project = load_project(start);
  if (!project) return project.error();
  SourceManager sources;
  DiagnosticSink sink;
  BuildConfig config = read_build_config(*project, sources, sink);
  return store_folder(*project, config, "");
}

std::optional<std::string> configured_model(const BuildConfig& config, const render::Request& request,
                                            const targets::Target& target) {
  // A block on the prompt (exact name or family, either spelling) wins.
  for (const std::string& key : {target.name, target.family, targets::block_spelling(target.name),
                                 targets::block_spelling(target.family)}) {
    auto it = request.targets.find(key);
    if (it != request.targets.end() && it->second.config.model) return std::nullopt;
  }
  for (const std::string& key : {target.name, target.family}) {
    auto it = config.target_defaults.find(key);
    if (it != config.target_defaults.end() && it->second.model) return it->second.model;
  }
  return std::nullopt;
}

}  // namespace aep::build
