// Machine-readable diagnostics. The shape is documented in docs/diagnostics.md
// and kept stable: tools and editors consume it.
#include <nlohmann/json.hpp>

#include "compiler/diag/render.hpp"

namespace aep {
namespace {

nlohmann::json span_json(const Span& span, const SourceManager& sources) {
  const SourceFile* file = sources.find(span.file);
  return {
      {"file", file != nullptr ? nlohmann::json(file->path()) : nlohmann::json(nullptr)},
      {"line", span.line},
      {"column", span.column},
      {"begin", span.begin},
      {"end", span.end},
  };
}

}  // namespace

nlohmann::json to_json(const Diagnostic& diag, const SourceManager& sources) {
  nlohmann::json labels = nlohmann::json::array();
  for (const Label& l : diag.secondary) {
    labels.push_back({{"span", span_json(l.span, sources)}, {"message", l.message}});
  }
  nlohmann::json out = {
      {"code", diag.code()},
      {"kind", info(diag.kind).name},
      {"severity", severity_name(diag.severity)},
      {"message", diag.message},
      {"span", span_json(diag.primary, sources)},
      {"labels", labels},
      {"notes", diag.notes},
  };
  if (!diag.primary_label.empty()) out["label"] = diag.primary_label;
  out["help"] = diag.help ? nlohmann::json(*diag.help) : nlohmann::json(nullptr);
  return out;
}

nlohmann::json to_json(const DiagnosticSink& sink, const SourceManager& sources) {
  nlohmann::json list = nlohmann::json::array();
  for (const Diagnostic& d : sink.diagnostics()) list.push_back(to_json(d, sources));
  return {
      {"diagnostics", list},
      {"errors", sink.error_count()},
      {"warnings", sink.warning_count()},
      {"dropped", sink.dropped()},
  };
}

}  // namespace aep
