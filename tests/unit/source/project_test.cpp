// Project discovery and root confinement: what a user relies on is that no
// path, however written or linked, lets Aether read outside the project.
#include <fstream>

#include <catch2/catch.hpp>

#include "compiler/source/project.hpp"

namespace fs = std::filesystem;
using namespace aep;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("aep-project-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

}  // namespace

TEST_CASE("the nearest aep.toml names the project and its roots") {
  TempDir t;
  write(t.path / "proj/aep.toml", "[project]\nname = \"support\"\nroots = [\"src\"]\n");
  write(t.path / "proj/src/a/b.aep", "");
  auto project = load_project(t.path / "proj/src/a/b.aep");
  REQUIRE(project.ok());
  CHECK(project->name == "support");
  CHECK(project->root == fs::canonical(t.path / "proj"));
  REQUIRE(project->source_roots.size() == 1);
  CHECK(project->source_roots[0] == fs::canonical(t.path / "proj/src"));
}

TEST_CASE("without aep.toml the folder itself is the project") {
  TempDir t;
  write(t.path / "x.aep", "");
  auto project = load_project(t.path / "x.aep");
  REQUIRE(project.ok());
  CHECK(project->config_path.empty());
  CHECK(project->source_roots.at(0) == fs::canonical(t.path));
}

TEST_CASE("a malformed aep.toml is an error with line and column") {
  TempDir t;
  write(t.path / "aep.toml", "[project]\nname = \n");
  auto project = load_project(t.path);
  REQUIRE_FALSE(project.ok());
  CHECK(project.error().message.find("aep.toml:2:") != std::string::npos);
}

TEST_CASE("a source root outside the project is refused") {
  TempDir t;
  fs::create_directories(t.path / "outside");
  write(t.path / "proj/aep.toml", "[project]\nroots = [\"../outside\"]\n");
  auto project = load_project(t.path / "proj");
  REQUIRE_FALSE(project.ok());
  CHECK(project.error().message.find("outside the project") != std::string::npos);
}

TEST_CASE("paths that leave the roots are refused, through .. and through symlinks") {
  TempDir t;
  write(t.path / "secret.txt", "key");
  write(t.path / "proj/aep.toml", "");
  write(t.path / "proj/data/ok.jsonl", "{}");
  fs::create_directory_symlink(t.path, t.path / "proj/data/escape");
  auto project = load_project(t.path / "proj");
  REQUIRE(project.ok());
  fs::path base = t.path / "proj";

  CHECK(project->resolve_inside("data/ok.jsonl", base).ok());
  CHECK_FALSE(project->resolve_inside("../secret.txt", base).ok());
  CHECK_FALSE(project->resolve_inside("data/../../secret.txt", base).ok());
  CHECK_FALSE(project->resolve_inside(t.path / "secret.txt", base).ok());
  auto via_link = project->resolve_inside("data/escape/secret.txt", base);
  REQUIRE_FALSE(via_link.ok());
  CHECK(via_link.error().message.find("outside the project's roots") != std::string::npos);
  // A sibling folder whose name merely starts with the root's name is outside.
  write(t.path / "proj2/x.txt", "");
  CHECK_FALSE(project->resolve_inside("../proj2/x.txt", base).ok());
}
