// Renderers for diagnostics: human text with the source line and a caret or
// underline (rustc-like), and JSON for tools. Both read Diagnostic and the
// SourceManager only; neither decides policy such as colour detection.
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "compiler/diag/diagnostic.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"

namespace aep {

struct TextRenderOptions {
  bool color = false;  // ANSI colours; the CLI enables them only on a TTY without NO_COLOR
};

void render_text(std::ostream& out, const Diagnostic& diag, const SourceManager& sources,
                 const TextRenderOptions& options = {});
// All diagnostics of a sink plus a one-line summary ("2 errors, 1 warning").
void render_text(std::ostream& out, const DiagnosticSink& sink, const SourceManager& sources,
                 const TextRenderOptions& options = {});

nlohmann::json to_json(const Diagnostic& diag, const SourceManager& sources);
nlohmann::json to_json(const DiagnosticSink& sink, const SourceManager& sources);

// True when colour should be used for a stream with this file descriptor:
// a terminal, and NO_COLOR unset (https://no-color.org).
bool want_color(int fd);

}  // namespace aep
