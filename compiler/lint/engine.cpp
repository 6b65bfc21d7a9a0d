// run_lint(): the driver (see engine.hpp for the pipeline). Per project it
// reads every named file once, hashes it, answers what it can from the cache,
// loads and analyses the rest (parsing in parallel), runs the rules, applies
// configuration and suppressions, and stores what it computed.
#include "compiler/lint/engine.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "compiler/lint/cache.hpp"
#include "compiler/lint/config.hpp"
#include "compiler/lint/context.hpp"
#include "compiler/lint/project_run.hpp"
#include "compiler/sema/program.hpp"

namespace aep::lint {
namespace fs = std::filesystem;

std::string engine_fingerprint() {
  // The rule set and the binary: rebuilding aep (new rule code) or adding a
  // rule must invalidate every cached result.
  std::string out = "aep-lint 1\n";
  for (const Rule* r : all_rules()) {
    out += r->info().id;
    out += ' ';
    out += level_name(r->info().default_level);
    out += '\n';
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto size = fs::file_size(exe, ec);
    auto time = fs::last_write_time(exe, ec);
    out += fmt::format("{} {} {}\n", exe.string(), size, time.time_since_epoch().count());
  }
  return sha256_hex(out);
}

LintOutput run_lint(const LintOptions& options) {
  LintOutput output;
  // Group the files by project; finding a project reads aep.toml, so it is
  // done once per folder.
  std::map<fs::path, fs::path> root_of_folder;
  std::map<fs::path, Project> projects;
  std::map<fs::path, std::vector<std::pair<std::string, fs::path>>> files_of;  // root -> (display, canonical)
  // Canonical paths per folder rather than per file: weakly_canonical is a
  // readlink per path component and absolute() a getcwd, tens of thousands
  // of system calls for a 1,000-file project. A file that is itself a
  // symbolic link (or a name like `..`) takes the full resolution.
  std::map<fs::path, fs::path> canonical_folder;
  std::error_code cwd_ec;
  const fs::path cwd = fs::current_path(cwd_ec);
  auto canonical_of = [&](const std::string& file) {
    std::error_code ec;
    fs::path given(file);
    fs::path name = given.filename();
    if (cwd_ec || name.empty() || name == "." || name == ".." || fs::is_symlink(fs::symlink_status(given, ec))) {
      return fs::weakly_canonical(fs::absolute(given, ec), ec);
    }
    fs::path folder = given.parent_path();
    auto it = canonical_folder.find(folder);
    if (it == canonical_folder.end()) {
      fs::path absolute = folder.is_absolute() ? folder : cwd / folder;
      it = canonical_folder.emplace(folder, fs::weakly_canonical(absolute, ec)).first;
    }
    return it->second / name;
  };
  for (const std::string& file : options.files) {
    fs::path canonical = canonical_of(file);
    fs::path folder = canonical.parent_path();
    auto known = root_of_folder.find(folder);
    if (known == root_of_folder.end()) {
      auto project = load_project(folder);
      if (!project) {
        output.io_errors.push_back(project.error().message);
        root_of_folder.emplace(folder, fs::path());
        continue;
      }
      fs::path root = project->root;
      projects.emplace(root, std::move(*project));
      known = root_of_folder.emplace(folder, root).first;
    }
    if (known->second.empty()) continue;
    files_of[known->second].emplace_back(file, canonical);
  }
  std::string fingerprint = engine_fingerprint();
  for (auto& [root, files] : files_of) {
    bool whole = options.whole_project;
    for (const std::string& d : options.directories) {
      std::error_code ec;
      fs::path dir = fs::weakly_canonical(fs::absolute(d, ec), ec);
      fs::path rel = root.lexically_relative(dir);
      if (!rel.empty() && *rel.begin() != "..") whole = true;  // root is dir or lies under it
    }
    ProjectRun run(projects.at(root), options, fingerprint, whole);
    run.lint(files, output);
  }
  std::sort(output.results.begin(), output.results.end(), result_less);
  // Per-project problems that are really about the command line (an unknown
  // rule in --select) would repeat once per project: keep the first of each.
  std::set<std::string> seen;
  std::erase_if(output.io_errors, [&](const std::string& e) { return !seen.insert(e).second; });
  return output;
}

}  // namespace aep::lint
