// The on-disk lint cache (like ruff's): per module, the results of the
// module-scope rules and compiler diagnostics, stored under a key made of the
// module's content hash and the keys of everything it depends on (imported
// modules transitively, data files rules read, aep.toml, the aep binary and
// its rule set). A change to a parent module changes its children's keys, so
// they are re-checked; nothing else is. Project-scope results are stored
// under a key over every module of the project.
//
// One file per project, `<root>/.aep-cache/lint.bin`, in a small binary
// format read in one pass (a JSON file of a 1,000-module project would cost
// more to parse than the lint it saves). A missing, corrupt or older file is
// an empty cache; writes are atomic, so concurrent runs never see half a file.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "compiler/lint/result.hpp"
#include "compiler/lint/suppress.hpp"

namespace aep::lint {

struct CachedModule {
  std::string own_hash;                  // sha256 of the file's bytes
  std::vector<std::string> deps;         // canonical paths of directly imported module files
  std::vector<std::string> data_deps;    // canonical paths of files rules read
  std::string key;                       // deep key of the run that produced `results`
  bool linted = false;                   // results are valid (else a dependency-only entry)
  bool complete = false;                 // sema ran and the file parsed: every rule could see it
  std::vector<LintResult> results;       // before suppressions
  std::vector<Suppression> suppressions; // spans without a file (offsets and lines only)
};

struct LintCacheData {
  std::map<std::string, CachedModule> modules;  // by canonical path
  std::string project_key;
  std::vector<LintResult> project_results;      // before suppressions
};

LintCacheData read_cache(const std::filesystem::path& file);
// Creates the folder; failures are returned, never thrown (a read-only
// checkout still lints, uncached).
Expected<bool> write_cache(const std::filesystem::path& file, const LintCacheData& data);

std::string sha256_hex(std::string_view bytes);

}  // namespace aep::lint
