// The folder names every .aep walk skips, and the ones it must not.
#include <catch2/catch.hpp>

#include "compiler/source/skipped_dirs.hpp"

using aep::is_skipped_directory_name;

TEST_CASE("walks skip hidden folders, build trees and node_modules") {
  for (const char* name : {".git", ".venv", ".x", "build", "build-release", "build_debug", "cmake-build-debug",
                           "node_modules"}) {
    INFO(name);
    CHECK(is_skipped_directory_name(name));
  }
}

TEST_CASE("walks enter every other folder, including names that only start like a build tree") {
  for (const char* name : {"", ".", "..", "src", "builders", "buildings", "build.d", "cmake-build", "node_modules2",
                           "my.build", "Build"}) {
    INFO(name);
    CHECK_FALSE(is_skipped_directory_name(name));
  }
}
