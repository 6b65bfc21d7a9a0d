// DiagnosticSink collects diagnostics across a phase; the driver decides at
// phase boundaries whether to go on (STYLE.md 4). A cap keeps a pathological
// input from producing millions of messages.
#pragma once

#include <cstddef>
#include <vector>

#include "compiler/diag/diagnostic.hpp"

namespace aep {

class DiagnosticSink {
 public:
  explicit DiagnosticSink(std::size_t max_reported = 1000) : max_reported_(max_reported) {}

  void report(Diagnostic diag);
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }
  std::size_t error_count() const { return errors_; }
  std::size_t warning_count() const { return warnings_; }
  bool has_errors() const { return errors_ > 0; }
  // Diagnostics past the cap are counted but not kept.
  std::size_t dropped() const { return dropped_; }
  // Orders diagnostics by file, then position, keeping report order for ties.
  void sort();

 private:
  std::vector<Diagnostic> diags_;
  std::size_t max_reported_;
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
  std::size_t dropped_ = 0;
};

}  // namespace aep
