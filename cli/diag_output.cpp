// Shared diagnostic output for the subcommands (see diag_output.hpp).
#include "cli/diag_output.hpp"

#include <fmt/format.h>

#include "compiler/diag/render.hpp"

namespace aep::cli {

bool DiagOutputOptions::use_color(int fd) const {
  if (color == "always") return true;
  if (color == "never") return false;
  return want_color(fd);
}

void add_diag_output_options(CLI::App* sub, DiagOutputOptions& options) {
  sub->add_option("--format", options.format,
                  "Diagnostics as `text` (human, with source lines) or `json` (for tools; "
                  "shape in docs/diagnostics.md)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->add_option("--color", options.color,
                  "Colour in text output: `auto` (only on a terminal, never with NO_COLOR), "
                  "`always` or `never`")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
}

void print_diagnostics_text(std::ostream& out, const DiagnosticSink& sink,
                            const SourceManager& sources, bool color) {
  TextRenderOptions options{color};
  for (const Diagnostic& diag : sink.diagnostics()) {
    render_text(out, diag, sources, options);
    out << '\n';
  }
  if (sink.dropped() > 0) {
    out << fmt::format("note: {} more diagnostic{} not shown\n\n", sink.dropped(),
                       sink.dropped() == 1 ? " was" : "s were");
  }
}

nlohmann::json diagnostics_json(const std::vector<const DiagnosticSink*>& sinks,
                                const SourceManager& sources, std::size_t files) {
  nlohmann::json list = nlohmann::json::array();
  std::size_t errors = 0, warnings = 0, dropped = 0;
  for (const DiagnosticSink* sink : sinks) {
    for (const Diagnostic& d : sink->diagnostics()) list.push_back(to_json(d, sources));
    errors += sink->error_count();
    warnings += sink->warning_count();
    dropped += sink->dropped();
  }
  return {{"files", files},   {"diagnostics", list}, {"errors", errors},
          {"warnings", warnings}, {"dropped", dropped}};
}

std::string count_summary(std::size_t errors, std::size_t warnings) {
  if (errors == 0 && warnings == 0) return "no errors";
  auto plural = [](std::size_t n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  if (warnings == 0) return plural(errors, "error");
  if (errors == 0) return plural(warnings, "warning");
  return plural(errors, "error") + ", " + plural(warnings, "warning");
}

}  // namespace aep::cli
