// Human-readable diagnostics: a header line, the location, the source line with
// a caret or underline under the primary span, secondary labels, notes, help.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <unistd.h>

#include <fmt/format.h>

#include "compiler/diag/render.hpp"

namespace aep {
namespace {

struct Palette {
  bool on;
  std::string_view paint(std::string_view code) const { return on ? code : ""; }
  std::string_view bold() const { return paint("\x1b[1m"); }
  std::string_view red() const { return paint("\x1b[1;31m"); }
  std::string_view yellow() const { return paint("\x1b[1;33m"); }
  std::string_view blue() const { return paint("\x1b[1;34m"); }
  std::string_view cyan() const { return paint("\x1b[1;36m"); }
  std::string_view reset() const { return paint("\x1b[0m"); }
  std::string_view severity(Severity s) const {
    return s == Severity::Error ? red() : s == Severity::Warning ? yellow() : cyan();
  }
};

// Control characters and tabs would shift the caret: show each as one space.
std::string printable(std::string_view line) {
  std::string out(line);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return out;
}

void render_snippet(std::ostream& out, const SourceFile& file, const Span& span, char mark,
                    const std::string& label, std::size_t gutter, const Palette& p,
                    std::string_view mark_colour) {
  std::string_view line = file.line_text(span.line);
  std::uint32_t line_begin = file.line_start(span.line);
  std::uint32_t line_end = line_begin + static_cast<std::uint32_t>(line.size());
  std::uint32_t from = std::clamp(span.begin, line_begin, line_end);
  std::uint32_t to = std::clamp(span.end, from, line_end);
  auto lead = count_code_points(line.substr(0, from - line_begin));
  auto width = std::max<std::uint32_t>(1, count_code_points(line.substr(from - line_begin, to - from)));
  std::string pad(gutter, ' ');
  out << fmt::format("{}{} |{}\n", p.blue(), pad, p.reset());
  out << fmt::format("{}{:>{}} |{} {}\n", p.blue(), span.line, gutter, p.reset(), printable(line));
  out << fmt::format("{}{} |{} {}{}{}{}{}\n", p.blue(), pad, p.reset(), std::string(lead, ' '),
                     mark_colour, std::string(width, mark), label.empty() ? "" : " " + label,
                     p.reset());
}

}  // namespace

bool want_color(int fd) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(fd) != 0;
}

void render_text(std::ostream& out, const Diagnostic& diag, const SourceManager& sources,
                 const TextRenderOptions& options) {
  Palette p{options.color};
  out << fmt::format("{}{}[{}]{}: {}{}{}\n", p.severity(diag.severity), severity_name(diag.severity),
                     diag.code(), p.reset(), p.bold(), diag.message, p.reset());

  std::uint32_t widest = diag.primary.line;
  for (const Label& l : diag.secondary) widest = std::max(widest, l.span.line);
  std::size_t gutter = std::to_string(widest).size();
  std::string pad(gutter, ' ');

  const SourceFile* file = sources.find(diag.primary.file);
  if (file != nullptr && diag.primary.valid()) {
    out << fmt::format("{}{}--> {}{}:{}:{}\n", pad, p.blue(), p.reset(), file->path(),
                       diag.primary.line, diag.primary.column);
    render_snippet(out, *file, diag.primary, '^', diag.primary_label, gutter, p,
                   p.severity(diag.severity));
  }
  for (const Label& label : diag.secondary) {
    const SourceFile* other = sources.find(label.span.file);
    if (other == nullptr || !label.span.valid()) continue;
    out << fmt::format("{}{}::: {}{}:{}:{}\n", pad, p.blue(), p.reset(), other->path(),
                       label.span.line, label.span.column);
    render_snippet(out, *other, label.span, '-', label.message, gutter, p, p.blue());
  }
  for (const std::string& note : diag.notes) {
    out << fmt::format("{} {}={} {}note{}: {}\n", pad, p.blue(), p.reset(), p.bold(), p.reset(), note);
  }
  if (diag.help) {
    out << fmt::format("{} {}={} {}help{}: {}\n", pad, p.blue(), p.reset(), p.bold(), p.reset(), *diag.help);
  }
}

void render_text(std::ostream& out, const DiagnosticSink& sink, const SourceManager& sources,
                 const TextRenderOptions& options) {
  for (const Diagnostic& diag : sink.diagnostics()) {
    render_text(out, diag, sources, options);
    out << '\n';
  }
  if (sink.dropped() > 0) {
    out << fmt::format("note: {} more diagnostics were not shown\n", sink.dropped());
  }
  auto plural = [](std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  if (sink.error_count() > 0 || sink.warning_count() > 0) {
    out << plural(sink.error_count(), "error") << ", " << plural(sink.warning_count(), "warning")
        << '\n';
  }
}

}  // namespace aep
