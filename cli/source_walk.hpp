// Finding the .aep files a command works on. Paths named on the command line
// are taken as given (a file is checked whatever its extension); directories
// are walked recursively for *.aep files in a deterministic (sorted) order,
// skipping hidden entries and build output, so `aep check .` in a project
// never wanders into .git/, node_modules/ or a CMake build tree.
#pragma once

#include <string>
#include <vector>

#include "compiler/source/expected.hpp"

namespace aep::cli {

struct SourceWalk {
  std::vector<std::string> files;   // display paths, generic ('/') separators, no duplicates
  std::vector<std::string> errors;  // one message per path that could not be used
};

// Resolves every argument; a missing path or an unreadable directory becomes a
// message in `errors` (the caller exits with kExitUsage), the others still count.
SourceWalk find_aep_files(const std::vector<std::string>& paths);

}  // namespace aep::cli
