// Rules that exist only in the lint unit tests, so the engine's tests state
// exactly what fires: `test-bad-name` (a prompt whose name starts with "Bad",
// fixable: renames it to "Good...") and `test-forbidden-section` (a resolved
// prompt holding a section named `forbidden`, wherever it was inherited
// from; it needs sema, so it shows whether a parent's change re-checks a
// child).
#pragma once

#include <filesystem>
#include <string>

namespace aep::lint::testing {

// A fresh temporary folder, removed when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  void write(const std::string& relative, const std::string& text) const;

 private:
  std::filesystem::path path_;
};

}  // namespace aep::lint::testing
