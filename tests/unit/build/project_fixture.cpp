// Temporary projects for the build tests.
#include "tests/unit/build/project_fixture.hpp"

#include <fstream>
#include <random>
#include <sstream>

namespace aep::build::testing {
namespace fs = std::filesystem;

TempProject::TempProject() {
  std::random_device rd;
  root_ = fs::temp_directory_path() / ("aep-build-test-" + std::to_string(rd()) + std::to_string(rd()));
  fs::create_directories(root_);
  root_ = fs::canonical(root_);
}

TempProject::~TempProject() {
  std::error_code ec;
  fs::remove_all(root_, ec);
}

void TempProject::write(const std::string& relative, const std::string& text) const {
  fs::path path = root_ / relative;
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string TempProject::read(const std::string& relative) const {
  std::ifstream in(root_ / relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TempProject::Result TempProject::build(BuildOptions options) const {
  Result r;
  if (options.when.empty()) options.when = "2026-01-01T00:00:00Z";
  if (options.compiler_version.empty()) options.compiler_version = "test";
  auto project = load_project(root_);
  if (!project) {
    r.error = project.error().message;
    return r;
  }
  SourceManager sources;
  auto summary = build_project(*project, sources, r.sink, options);
  if (!summary) r.error = summary.error().message;
  else r.summary = std::move(*summary);
  return r;
}

void write_small_project(const TempProject& p, const std::string& targets_line) {
  p.write("aep.toml", "[project]\nname = \"small\"\nversion = \"0.1.0\"\n\n[build]\n" + targets_line +
                          "\n\n[targets.anthropic]\nmodel = \"claude-haiku-4-5\"\n\n[targets.gemini]\nmodel = \"gemini-2.5-flash\"\n");
  p.write("app/base.aep", R"(module app.base

abstract prompt Base {
  input product: string = "Acme"
  config { model: "gpt-4o-mini"  temperature: 0.2  max_tokens: 300 }
  system {
    section persona { "You help customers of {{ product }}." }
    required section task
  }
}
)");
  p.write("app/ask.aep", R"(module app.ask

import app.base.{Base}

enum Tier {
  free
  pro
}

tool lookup(order_id: string) -> string
  "Look up an order"

prompt Ask extends Base {
  input question: string
  input tier: Tier = "free"
  tools [lookup]
  system {
    section task {
      "Answer the question."
      if tier == "pro" { " Pro customers get priority." }
    }
  }
  user { "{{ question | trim }}" }
}
)");
}

}  // namespace aep::build::testing
