// The human output forms: one line per result (the default, which editors
// and `grep` read), the rich caret form, GitHub annotations, the summary.
#include <sstream>

#include <fmt/format.h>

#include "compiler/diag/render.hpp"
#include "compiler/lint/output.hpp"

namespace aep::lint {
namespace {

std::string_view severity_word(Level l) { return l == Level::Error ? "error" : l == Level::Warning ? "warning" : "note"; }

Severity severity_of(Level l) {
  return l == Level::Error ? Severity::Error : l == Level::Warning ? Severity::Warning : Severity::Note;
}

// GitHub's workflow-command escaping: data escapes %, CR, LF; property
// values also ':' and ','.
std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}
std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

const SourceFile* file_named(const SourceManager& sources, const std::string& path) {
  for (FileId id = 1; id <= sources.size(); ++id) {
    const SourceFile* f = sources.find(id);
    if (f != nullptr && f->path() == path) return f;
  }
  return nullptr;
}

Span span_in(const SourceFile* file, const Position& p) {
  if (file == nullptr || p.line == 0) return {};
  return file->span(p.begin, p.end);
}

}  // namespace

void write_text(std::ostream& out, const std::vector<LintResult>& results) {
  for (const LintResult& r : results) {
    if (r.path.empty()) {
      out << fmt::format("{}: {} [{}]\n", severity_word(r.level), r.message, r.rule);
    } else {
      out << fmt::format("{}:{}:{}: {}: {} [{}]\n", r.path, r.position.line, r.position.column,
                         severity_word(r.level), r.message, r.rule);
    }
  }
}

void write_rich(std::ostream& out, const std::vector<LintResult>& results, const SourceManager& sources, bool color) {
  // The diagnostic renderer prints a kind's code in the header; lint rules
  // have ids instead, so the placeholder code is swapped for the id.
  const DiagKind placeholder = DiagKind::LintConfigInvalid;
  const std::string placeholder_code = "[" + std::string(info(placeholder).code) + "]";
  for (const LintResult& r : results) {
    Diagnostic d;
    d.kind = placeholder;
    d.severity = severity_of(r.level);
    d.message = r.message;
    d.help = r.help;
    const SourceFile* file = file_named(sources, r.path);
    d.primary = span_in(file, r.position);
    if (r.fix) d.notes.push_back("fixable with `aep lint --fix`: " + r.fix->description);
    for (const ResultNote& n : r.notes) {
      const SourceFile* other = n.path.empty() ? nullptr : file_named(sources, n.path);
      if (other != nullptr && n.position.line != 0) d.secondary.push_back({span_in(other, n.position), n.message});
      else d.notes.insert(d.notes.begin(), n.message);
    }
    std::ostringstream text;
    render_text(text, d, sources, TextRenderOptions{color});
    std::string s = std::move(text).str();
    if (auto at = s.find(placeholder_code); at != std::string::npos) s.replace(at, placeholder_code.size(), "[" + r.rule + "]");
    if (file == nullptr && !r.path.empty()) {
      // No snippet: still say where.
      s.insert(s.find('\n') + 1, fmt::format("  --> {}:{}:{}\n", r.path, r.position.line, r.position.column));
    }
    out << s << '\n';
  }
}

void write_github(std::ostream& out, const std::vector<LintResult>& results) {
  for (const LintResult& r : results) {
    std::string_view command = r.level == Level::Error ? "error" : r.level == Level::Warning ? "warning" : "notice";
    std::string message = r.message;
    if (r.help) message += "\nhelp: " + *r.help;
    if (r.path.empty()) {
      out << fmt::format("::{} title={}::{}\n", command, escape_property(r.rule), escape_data(message));
      continue;
    }
    out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n", command,
                       escape_property(r.path), r.position.line, r.position.column, r.position.end_line,
                       r.position.end_column, escape_property("aep " + r.rule), escape_data(message));
  }
}

std::string summary_line(const std::vector<LintResult>& results) {
  std::size_t errors = 0, warnings = 0, notes = 0, fixable = 0;
  for (const LintResult& r : results) {
    errors += r.level == Level::Error;
    warnings += r.level == Level::Warning;
    notes += r.level == Level::Note;
    fixable += r.fix.has_value();
  }
  if (results.empty()) return "no problems found";
  auto plural = [](std::size_t n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
  std::string s = fmt::format("{}, {}, {}", plural(errors, "error"), plural(warnings, "warning"), plural(notes, "note"));
  if (fixable > 0) s += fmt::format(" ({} fixable with `aep lint --fix`)", fixable);
  return s;
}

}  // namespace aep::lint
