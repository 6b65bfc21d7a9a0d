// The benchmark's input: realistic .aep text made from the example project's
// modules, replicated with renamed declarations until it reaches a target
// size, both as many module files (what `aep check` and the linter see) and
// as one large file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace aep::bench {

struct Corpus {
  std::vector<std::string> modules;  // separate files, each a complete module
  std::string one_file;              // one module holding many declarations
};

// Reads every .aep under `dir`; Corpus::modules totals about `total_bytes`,
// Corpus::one_file about `one_file_bytes`. Deterministic for a given input.
Corpus make_corpus(const std::filesystem::path& dir, std::size_t total_bytes,
                   std::size_t one_file_bytes);

}  // namespace aep::bench
