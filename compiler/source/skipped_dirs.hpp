// Which folders a walk for .aep files never enters: hidden ones (".git"),
// build trees ("build", "build-*", "build_*", "cmake-build-*") and
// "node_modules". One rule for every walk (the loader's whole-project
// collection and did-you-mean list, `aep check DIR`, eval's project run), so
// a file is either part of the project for all of them or for none: a user
// folder such as "builders/" is walked like any other.
#pragma once

#include <string_view>

namespace aep {

bool is_skipped_directory_name(std::string_view name);

}  // namespace aep
