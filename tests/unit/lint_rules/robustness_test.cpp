// Rules never crash and stay deterministic on partial input: every rule runs
// over every syntax and sema golden input of the repository (files that do
// not parse get a partial AST and no sema, as in the engine), and over every
// prefix cut of a realistic module at many points. Two runs give the same
// findings in the same order.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/unit/lint_rules/harness.hpp"

namespace fs = std::filesystem;
using namespace aep::lint;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> summary(const std::vector<testing::Found>& found) {
  std::vector<std::string> out;
  for (const auto& f : found) {
    out.push_back(f.rule + " " + f.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + " " + f.message);
  }
  return out;
}

}  // namespace

TEST_CASE("every rule runs over every syntax and sema golden input without crashing, deterministically") {
  testing::RunOptions options;
  options.allow_syntax_errors = true;
  std::size_t files = 0;
  for (const char* dir : {"tests/golden/syntax", "tests/golden/sema"}) {
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".aep") continue;
      std::string text = read(entry.path());
      if (text.size() > 200000) continue;
      INFO(entry.path().string());
      std::vector<testing::Found> first, second;
      REQUIRE_NOTHROW(first = testing::run("", {{"main.aep", text}}, options));
      REQUIRE_NOTHROW(second = testing::run("", {{"main.aep", text}}, options));
      CHECK(summary(first) == summary(second));
      ++files;
    }
  }
  CHECK(files > 50);
}

TEST_CASE("every rule survives a realistic module cut at 60 points") {
  std::string text = read("examples/support/support/triage.aep");
  REQUIRE(text.size() > 1000);
  testing::RunOptions options;
  options.allow_syntax_errors = true;
  testing::Files support;
  for (const char* f : {"common.aep", "mixins.aep", "types.aep", "tools.aep"}) {
    support[std::string("support/") + f] = read(std::string("examples/support/support/") + f);
  }
  for (std::size_t k = 1; k <= 60; ++k) {
    std::size_t cut = text.size() * k / 61;
    testing::Files files = support;
    files["support/triage.aep"] = text.substr(0, cut);
    INFO("cut at byte " << cut);
    REQUIRE_NOTHROW(testing::run("", files, options));
  }
}
