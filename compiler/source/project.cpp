// Finding and reading aep.toml, and keeping file access inside the roots.
#include "compiler/source/project.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

#include <toml++/toml.h>

namespace aep {
namespace fs = std::filesystem;
namespace {

bool is_within(const fs::path& child, const fs::path& parent) {
  auto c = child.begin();
  for (auto p = parent.begin(); p != parent.end(); ++p, ++c) {
    if (p->empty()) continue;  // a trailing separator yields an empty element
    if (c == child.end() || *c != *p) return false;
  }
  return true;
}

std::optional<fs::path> find_config(fs::path folder) {
  for (;;) {
    fs::path candidate = folder / "aep.toml";
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    if (!folder.has_parent_path() || folder.parent_path() == folder) return std::nullopt;
    folder = folder.parent_path();
  }
}

Expected<std::string> read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read `" + path.string() + "`"};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

}  // namespace

bool Project::contains(const fs::path& canonical) const {
  if (is_within(canonical, root)) return true;
  for (const fs::path& r : source_roots) {
    if (is_within(canonical, r)) return true;
  }
  return false;
}

Expected<fs::path> Project::resolve_inside(const fs::path& path, const fs::path& base) const {
  fs::path joined = path.is_absolute() ? path : base / path;
  std::error_code ec;
  // weakly_canonical follows every symlink of the existing prefix, so a link
  // that points outside is caught even when the final file does not exist.
  fs::path canonical = fs::weakly_canonical(joined, ec);
  if (ec) return Error{"cannot resolve `" + path.string() + "`: " + ec.message()};
  if (!contains(canonical)) {
    return Error{"`" + path.string() + "` resolves to `" + canonical.string() +
                 "`, outside the project's roots"};
  }
  return canonical;
}

Expected<Project> load_project(const fs::path& start) {
  std::error_code ec;
  fs::path absolute = fs::weakly_canonical(fs::absolute(start, ec), ec);
  if (ec) return Error{"cannot resolve `" + start.string() + "`: " + ec.message()};
  fs::path folder = fs::is_directory(absolute, ec) ? absolute : absolute.parent_path();

  Project project;
  std::optional<fs::path> config = find_config(folder);
  project.root = config ? config->parent_path() : folder;
  project.name = project.root.filename().string();
  if (!config) {
    project.source_roots.push_back(project.root);
    return project;
  }
  project.config_path = *config;
  auto text = read_text(*config);
  if (!text) return text.error();
  project.config_text = *text;

  toml::table table;
  try {
    table = toml::parse(project.config_text, config->string());
  } catch (const toml::parse_error& e) {
    const auto& at = e.source().begin;
    return Error{config->string() + ":" + std::to_string(at.line) + ":" +
                 std::to_string(at.column) + ": invalid aep.toml: " + std::string(e.description())};
  }
  if (auto name = table["project"]["name"].value<std::string>()) project.name = *name;
  if (auto version = table["project"]["version"].value<std::string>()) project.version = *version;
  if (const toml::array* roots = table["project"]["roots"].as_array()) {
    for (const toml::node& node : *roots) {
      auto value = node.value<std::string>();
      if (!value) return Error{config->string() + ": [project] roots must be a list of strings"};
      fs::path root = fs::weakly_canonical(project.root / *value, ec);
      if (ec || !fs::is_directory(root)) {
        return Error{config->string() + ": source root `" + *value + "` is not a folder"};
      }
      if (!is_within(root, project.root)) {
        return Error{config->string() + ": source root `" + *value + "` lies outside the project"};
      }
      project.source_roots.push_back(root);
    }
  }
  if (project.source_roots.empty()) project.source_roots.push_back(project.root);
  return project;
}

}  // namespace aep
