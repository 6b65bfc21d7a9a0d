// The standard library (`std.*` modules), embedded into the binary at build
// time from stdlib/std/*.aep so `import std.scaffold.{...}` works without any
// file on disk. stdlib/CMakeLists.txt generates the table.
#pragma once

#include <string_view>
#include <vector>

namespace aep::stdlib {

struct EmbeddedModule {
  std::string_view path;   // "std.scaffold"
  std::string_view file;   // "std/scaffold.aep" (display path)
  std::string_view text;
};

const std::vector<EmbeddedModule>& modules();
const EmbeddedModule* find(std::string_view module_path);

}  // namespace aep::stdlib
