// SHA-256 for build content addressing: every artifact, source snapshot and
// the build id itself are named by the hex digest of their exact bytes, so a
// changed byte anywhere changes a recorded hash and is caught on read.
#pragma once

#include <string>
#include <string_view>

namespace aep::build {

// Lower-case hex digest (64 characters) of `data`.
std::string sha256_hex(std::string_view data);

// True when `text` looks like a digest (64 lower-case hex digits).
bool is_sha256_hex(std::string_view text);

}  // namespace aep::build
