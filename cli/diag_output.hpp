// How commands print diagnostics: the shared `--format text|json` and
// `--color auto|always|never` options, and the text and JSON forms for one or
// many files. Colour is used only when asked or when the stream is a terminal
// and NO_COLOR is unset; the renderers themselves live in compiler/diag.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::cli {

struct DiagOutputOptions {
  std::string format = "text";  // text | json
  std::string color = "auto";   // auto | always | never
  bool json() const { return format == "json"; }
  // Whether text written to the stream with this file descriptor gets colour.
  bool use_color(int fd) const;
};

// Adds --format and --color to a subcommand; `options` must outlive parsing.
void add_diag_output_options(CLI::App* sub, DiagOutputOptions& options);

// Every diagnostic of `sink` in text form, each followed by a blank line, and a
// note when some were dropped past the sink's cap. No summary line.
void print_diagnostics_text(std::ostream& out, const DiagnosticSink& sink,
                            const SourceManager& sources, bool color);

// The JSON document of docs/diagnostics.md for several files:
//   {"files": N, "diagnostics": [...], "errors": E, "warnings": W, "dropped": D}
nlohmann::json diagnostics_json(const std::vector<const DiagnosticSink*>& sinks,
                                const SourceManager& sources, std::size_t files);

// "2 errors, 1 warning" (or "no errors") for summary lines.
std::string count_summary(std::size_t errors, std::size_t warnings);

}  // namespace aep::cli
