// A throw-away project on disk for the build tests: writes aep.toml and .aep
// modules into a fresh temporary folder and removes it afterwards.
#pragma once

#include <filesystem>
#include <string>

#include "compiler/build/compile.hpp"

namespace aep::build::testing {

class TempProject {
 public:
  TempProject();
  ~TempProject();
  TempProject(const TempProject&) = delete;
  TempProject& operator=(const TempProject&) = delete;

  const std::filesystem::path& root() const { return root_; }
  void write(const std::string& relative, const std::string& text) const;
  std::string read(const std::string& relative) const;

  struct Result {
    BuildSummary summary;
    DiagnosticSink sink;
    std::string error;  // the Expected's error, if any
    bool ok() const { return error.empty() && summary.build.has_value(); }
  };
  // Loads the project and builds it (options.when pinned so tests are stable).
  Result build(BuildOptions options = {}) const;

 private:
  std::filesystem::path root_;
};

// A small two-module project: an abstract base with a section and config, a
// concrete prompt with a slot input, an enum input used in a condition and a tool.
void write_small_project(const TempProject& project, const std::string& targets_line);

}  // namespace aep::build::testing
