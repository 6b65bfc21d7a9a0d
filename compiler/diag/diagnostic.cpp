// Registry table and builder for diagnostics.
#include "compiler/diag/diagnostic.hpp"

#include <algorithm>

#include "compiler/diag/sink.hpp"

namespace aep {

const std::vector<DiagKindInfo>& all_diag_kinds() {
  static const std::vector<DiagKindInfo> kinds = {
#define AEP_DIAG(name, code, severity, summary) \
  DiagKindInfo{DiagKind::name, #name, code, Severity::severity, summary},
#include "compiler/diag/kinds.def"
#undef AEP_DIAG
  };
  return kinds;
}

const DiagKindInfo& info(DiagKind kind) {
  return all_diag_kinds().at(static_cast<std::size_t>(kind));
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

DiagBuilder::DiagBuilder(DiagKind kind, Span primary, std::string message) {
  diag_.kind = kind;
  diag_.severity = info(kind).severity;
  diag_.primary = primary;
  diag_.message = std::move(message);
}
DiagBuilder& DiagBuilder::severity(Severity s) { diag_.severity = s; return *this; }
DiagBuilder& DiagBuilder::primary_label(std::string text) { diag_.primary_label = std::move(text); return *this; }
DiagBuilder& DiagBuilder::label(Span span, std::string text) {
  diag_.secondary.push_back(Label{span, std::move(text)});
  return *this;
}
DiagBuilder& DiagBuilder::note(std::string text) { diag_.notes.push_back(std::move(text)); return *this; }
DiagBuilder& DiagBuilder::help(std::string text) { diag_.help = std::move(text); return *this; }

void DiagnosticSink::report(Diagnostic diag) {
  if (diag.severity == Severity::Error) ++errors_;
  if (diag.severity == Severity::Warning) ++warnings_;
  if (diags_.size() >= max_reported_) {
    ++dropped_;
    return;
  }
  diags_.push_back(std::move(diag));
}

void DiagnosticSink::sort() {
  std::stable_sort(diags_.begin(), diags_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.primary.file != b.primary.file) return a.primary.file < b.primary.file;
    return a.primary.begin < b.primary.begin;
  });
}

}  // namespace aep
