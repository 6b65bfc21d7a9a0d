// A throwaway project on disk for the suite, case and expression tests: an
// aep.toml, modules and data files written to a private temporary folder,
// loaded and checked by sema like `aep test` does.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <string>

#include "compiler/diag/sink.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/source/project.hpp"
#include "eval/suite.hpp"

namespace aep::eval::testing {

struct TempProject {
  std::filesystem::path root;
  SourceManager sources;
  DiagnosticSink sink;
  std::unique_ptr<Project> project;
  std::unique_ptr<sema::Program> program;
  SuiteSet suites;

  explicit TempProject(const std::map<std::string, std::string>& files) {
    std::random_device rd;
    root = std::filesystem::temp_directory_path() / ("aep-eval-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(root);
    std::ofstream(root / "aep.toml") << "[project]\nname = \"t\"\n";
    std::vector<std::filesystem::path> entries;
    for (const auto& [name, text] : files) {
      std::filesystem::create_directories((root / name).parent_path());
      std::ofstream(root / name, std::ios::binary) << text;
      if (name.ends_with(".aep")) entries.push_back(root / name);
    }
    auto p = load_project(root);
    if (!p) throw std::runtime_error(p.error().message);
    project = std::make_unique<Project>(std::move(*p));
    program = std::make_unique<sema::Program>(sema::check_files(*project, entries, sources, sink));
    suites = collect_suites(*program);
  }
  ~TempProject() {
    std::error_code ec;
    std::filesystem::remove_all(root, ec);
  }
  const Suite* suite(const std::string& name) const {
    for (const auto& s : suites.suites)
      if (s.name == name) return &s;
    return nullptr;
  }
  std::string diagnostics() const {
    std::string out;
    for (const auto& d : sink.diagnostics()) out += std::string(d.code()) + " " + d.message + "\n";
    return out;
  }
};

// A prompt with a typed output, used by most tests.
inline const char* kPromptModule = R"aep(module m

type Answer {
  category: string
  urgency: int
  tags: list<string>
}

prompt P {
  input ticket: string
  input tier: string = "free"
  output Answer
  config { model: "gpt-4o-mini" }
  user { "{{ ticket }} ({{ tier }})" }
}
)aep";

}  // namespace aep::eval::testing
