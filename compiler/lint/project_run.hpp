// ProjectRun: the lint of one project within a run (engine.cpp groups files
// by project). Holds the project's sources, configuration and cache while
// the files are read, matched against the cache, analysed and checked.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "compiler/lint/cache.hpp"
#include "compiler/lint/config.hpp"
#include "compiler/lint/engine.hpp"
#include "compiler/source/project.hpp"

namespace aep::lint {

class ProjectRun {
 public:
  ProjectRun(const Project& project, const LintOptions& options, std::string fingerprint, bool whole);
  // `files`: (display path, canonical path) of the files to lint in this project.
  void lint(const std::vector<std::pair<std::string, std::filesystem::path>>& files, LintOutput& out);

 private:
  struct FileState {
    std::string display;
    std::string canonical;
    std::string relative;  // to the project root, for override globs
    bool hit = false;
    // The file parsed and sema ran, so every rule saw it; otherwise silence
    // from a rule proves nothing and suppressions are not reported unused.
    bool complete = false;
    std::vector<LintResult> results;        // before suppressions
    std::vector<Suppression> suppressions;
    FileId id = kNoFile;                    // in sources_, once added
  };

  void read_config(LintOutput& out);
  bool read_files(LintOutput& out);
  std::optional<std::string> deep_key(const std::string& canonical);
  std::string own_hash(const std::string& canonical);
  std::string project_key();
  Level level(const Rule& rule, const std::string& relative) const;
  void finish_file(FileState& file, LintOutput& out);
  // Bytes of the files to check (all files too when the whole project is
  // linted), and whether the rules will likely count tokens in them.
  std::size_t text_bytes(const std::vector<FileState*>& misses) const;
  bool counts_tokens(const std::vector<FileState*>& misses, std::size_t bytes) const;
  std::filesystem::path cache_file() const;

  const Project& project_;
  const LintOptions& options_;
  std::string base_key_;
  bool whole_;
  SourceManager sources_;
  LintConfig config_;
  LintCacheData cache_;
  std::vector<FileState> files_;
  std::map<std::filesystem::path, std::string> texts_;  // canonical -> bytes
  std::map<std::string, std::string> hashes_;            // canonical -> sha256 ("missing")
  std::map<std::string, std::optional<std::string>> deep_memo_;
  std::set<std::string> in_progress_;
  std::vector<LintResult> project_results_;
  std::map<std::string, std::vector<const LintResult*>> project_results_of_;  // by path
};

}  // namespace aep::lint
