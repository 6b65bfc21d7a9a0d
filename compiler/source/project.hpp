// Project: the roots a run may read from, and the parsed `aep.toml`.
// Every file Aether opens on behalf of the user (modules, eval data, worlds)
// goes through `resolve_inside`, which refuses paths that leave the project's
// roots, symlinks included — an import must never reach `/etc/passwd`.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "compiler/source/expected.hpp"

namespace aep {

struct Project {
  std::filesystem::path root;                // folder holding aep.toml (canonical)
  std::filesystem::path config_path;         // empty when there is no aep.toml
  std::string name;                          // [project] name, else the folder name
  std::string version;                       // [project] version, may be empty
  std::vector<std::filesystem::path> source_roots;  // canonical, inside `root`
  std::string config_text;                   // raw aep.toml, for the subsystems' own tables

  // Resolves `path` (absolute, or relative to `base`) and returns its
  // canonical form if it lies inside one of the source roots or the project
  // root after following every symlink; an Error naming the path otherwise.
  Expected<std::filesystem::path> resolve_inside(const std::filesystem::path& path,
                                                 const std::filesystem::path& base) const;
  bool contains(const std::filesystem::path& canonical) const;
};

// Finds the project for `start` (a file or folder): the nearest ancestor with
// an aep.toml, else `start`'s folder as a project without configuration.
// Errors: unreadable or malformed aep.toml (with line and column), a source
// root that does not exist or lies outside the project.
Expected<Project> load_project(const std::filesystem::path& start);

}  // namespace aep
