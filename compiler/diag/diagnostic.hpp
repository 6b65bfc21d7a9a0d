// Diagnostic: one error, warning or note about the user's input, with a stable
// code from kinds.def, a primary span, labelled secondary spans, notes and an
// optional help line. Renderers (text, JSON, later SARIF) all read this one
// structure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/span.hpp"

namespace aep {

enum class Severity : std::uint8_t { Error, Warning, Note };

enum class DiagKind : std::uint16_t {
#define AEP_DIAG(name, code, severity, summary) name,
#include "compiler/diag/kinds.def"
#undef AEP_DIAG
};

struct DiagKindInfo {
  DiagKind kind;
  std::string_view name;
  std::string_view code;
  Severity severity;
  std::string_view summary;
};

// Every registered kind, in registry order.
const std::vector<DiagKindInfo>& all_diag_kinds();
const DiagKindInfo& info(DiagKind kind);
std::string_view severity_name(Severity severity);

struct Label {
  Span span;
  std::string message;
};

struct Diagnostic {
  DiagKind kind{};
  Severity severity = Severity::Error;
  Span primary;
  std::string message;
  std::string primary_label;  // short text under the caret; may be empty
  std::vector<Label> secondary;
  std::vector<std::string> notes;
  std::optional<std::string> help;

  std::string_view code() const { return info(kind).code; }
};

// Builder with the registry's default severity filled in:
//   sink.report(make_diag(DiagKind::X, span, "message").label(...).help("..."));
class DiagBuilder {
 public:
  DiagBuilder(DiagKind kind, Span primary, std::string message);
  DiagBuilder& severity(Severity s);
  DiagBuilder& primary_label(std::string text);
  DiagBuilder& label(Span span, std::string text);
  DiagBuilder& note(std::string text);
  DiagBuilder& help(std::string text);
  // Builders are temporaries: converting moves the diagnostic out.
  operator Diagnostic() { return std::move(diag_); }
  Diagnostic build() { return std::move(diag_); }

 private:
  Diagnostic diag_;
};

inline DiagBuilder make_diag(DiagKind kind, Span primary, std::string message) {
  return DiagBuilder(kind, primary, std::move(message));
}

}  // namespace aep
