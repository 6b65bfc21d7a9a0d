// Replacing a file's contents so that a reader (or a crash) sees either the
// old file or the new one, never half of each: `aep fmt` rewrites files with it.
#pragma once

#include <string>
#include <string_view>

#include "compiler/source/expected.hpp"

namespace aep::format {

// Writes `text` to a temporary file in the folder of `path` (same file
// system), flushes it to disk, gives it the permission bits of `path`, and
// renames it over `path` (over the file a symbolic link points to, so the
// link stays a link). On any failure the temporary file is removed, `path`
// is unchanged, and the Error names the path and the cause.
Expected<bool> write_file_atomically(const std::string& path, std::string_view text);

}  // namespace aep::format
