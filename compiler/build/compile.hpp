// `aep build` as a library call: load and analyze every module of the
// project, then for every concrete prompt and every configured target write
// the IR, the semantic summary, the input plan, the payload template and the
// target's diagnostics into a new build of the store (store.hpp).
//
//   Project ──sema──► Program ──make_template──► Request ──targets::lower──► payload templates ──► Build
//
// User errors are diagnostics in `sink` (sema's, E06xx from lowering, E09xx);
// I/O failures are the Error of the result.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "compiler/build/store.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/source/project.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::build {

struct BuildOptions {
  std::string out;               // store folder override (--out)
  bool keep_going = false;       // write the build even when some prompt/target has errors
  std::string compiler_version;  // recorded in the manifest (cli/version.hpp)
  std::string when;              // record.json creation time; default now
  // Called after each prompt with (done, total, prompt name).
  std::function<void(std::size_t, std::size_t, const std::string&)> progress;
};

struct BuildSummary {
  Store store;
  std::optional<Build> build;  // absent when errors stopped the build
  bool existed = false;        // the identical build was already in the store
  std::optional<std::string> parent;
  std::size_t prompts = 0;
  std::size_t payloads = 0;         // prompt x target payloads written
  std::size_t failed_payloads = 0;  // prompt x target pairs with errors
  std::size_t modules = 0;
};

Expected<BuildSummary> build_project(const Project& project, SourceManager& sources, DiagnosticSink& sink,
                                     const BuildOptions& options);

// The build a new build records as its parent: the one the `production`
// label points at, else the most recently created build; none in an empty store.
std::optional<std::string> default_parent(const Store& store);

}  // namespace aep::build
