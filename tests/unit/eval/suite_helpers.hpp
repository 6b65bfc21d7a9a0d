// A throwaway project on disk for the suite, case and expression tests: an
// aep.toml, modules and data files written to a private temporary folder,
// loaded and checked by sema like `aep test` does.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <string>

#include "compiler/diag/sink.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/source/project.hpp"
#include "eval/grade.hpp"
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

// A test `t` of prompt P (kPromptModule) with `annotations` after its name and
// `body` (assert lines) inside, graded on answers given as JSON: the grading
// tests of expressions, weights, sets and thresholds all start from it.
struct GradedTest {
  TempProject project;
  GradedTest(const std::string& annotations, const std::string& body)
      : project({{"m.aep", std::string(kPromptModule) + "test t for P " + annotations + " {\n  input { ticket: \"x\" }\n" +
                               body + "}\n"}}) {}
  // The suite, or a failed REQUIRE that shows why sema rejected the test.
  const Suite& suite() const {
    INFO(project.diagnostics());
    for (const auto& p : project.suites.problems) INFO(p.message);
    REQUIRE(project.suite("t") != nullptr);
    return *project.suite("t");
  }
  TrialOutcome grade(const nlohmann::json& output, const JudgeFn& judge = {}) const {
    Case c;
    c.id = "t";
    c.inputs = {{"ticket", "x"}};
    Answer a;
    a.text = output.dump();
    a.output = output;
    a.latency_ms = 120;
    return grade_trial(suite(), c, 0, a, judge);
  }
};

}  // namespace aep::eval::testing
