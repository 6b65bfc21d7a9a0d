// Reports of an `aep test` run: a text summary for the terminal, JUnit XML
// for CI systems, and one self-contained HTML file with inline SVG charts
// (per-slice pass rates with interval bars, baseline against candidate, cost
// and latency; no external assets, no script). The JSON report is
// to_json(RunResult) in outcome.hpp. Every report made on the sim says so
// at its top: sim figures describe the machinery, never a model's quality.
#pragma once

#include <cstddef>
#include <string>

#include "eval/outcome.hpp"

namespace aep::eval {

struct TextReportOptions {
  bool color = false;
  std::size_t max_failures = 10;  // failing items listed per suite
};

std::string report_text(const RunResult& run, const TextReportOptions& options = {});
std::string report_junit(const RunResult& run);
std::string report_html(const RunResult& run);

// Escapes &, <, >, " and ' for XML and HTML text and attributes; invalid
// UTF-8 and control characters other than tab and line ends become U+FFFD.
std::string xml_escape(std::string_view text);

// The sim notice every report carries when the run used the sim.
inline constexpr const char* kSimNotice =
    "SIM: these figures come from the offline sim world; they measure the machinery, not a real model's quality";

}  // namespace aep::eval
