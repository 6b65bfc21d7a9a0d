// A small real program for render tests: writes one module (and an aep.toml)
// to a fresh temporary folder, runs sema on it and hands out its prompts.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "compiler/ir/render_prompt.hpp"
#include "compiler/sema/program.hpp"

namespace aep::test {

struct Fixture {
  std::filesystem::path dir;
  SourceManager sources;
  DiagnosticSink sink;
  sema::Program program;
  explicit Fixture(const std::string& text) {
    dir = std::filesystem::temp_directory_path() / ("aep_ir_test_" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "aep.toml") << "[project]\nname = \"t\"\nroots = [\".\"]\n";
    std::ofstream(dir / "main.aep") << text;
    auto project = load_project(dir / "main.aep");
    REQUIRE(project.ok());
    program = sema::check_files(*project, {dir / "main.aep"}, sources, sink);
    std::string messages;
    for (const auto& d : sink.diagnostics()) messages += d.message + "\n";
    INFO(messages);
    REQUIRE_FALSE(sink.has_errors());
  }
  ~Fixture() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  const ir::Prompt& prompt(const std::string& name) { return *program.prompts.at("main." + name); }
};

}  // namespace aep::test
