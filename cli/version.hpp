// The compiler version recorded in builds and printed by `aep --version`.
#pragma once

namespace aep::cli {
inline constexpr const char* kVersion = "0.1.0";
}
