// Ordering of lint results: every output format lists results in this one
// order, so two runs over the same input print the same bytes.
#include "compiler/lint/result.hpp"

#include <map>
#include <tuple>

namespace aep::lint {

bool result_less(const LintResult& a, const LintResult& b) {
  return std::tie(a.path, a.position.line, a.position.column, a.rule, a.message) <
         std::tie(b.path, b.position.line, b.position.column, b.rule, b.message);
}

}  // namespace aep::lint

namespace aep::lint {
namespace {

std::uint32_t utf16_units(std::string_view text) {
  std::uint32_t n = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    n += (c >= 0xF0) ? 2 : 1;          // 4-byte sequences are surrogate pairs
  }
  return n;
}

std::string fnv_hex(std::string_view text) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  static const char* digits = "0123456789abcdef";
  for (int i = 15; i >= 0; --i) {
    buf[i] = digits[h & 0xF];
    h >>= 4;
  }
  buf[16] = 0;
  return buf;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Position position_of(const SourceFile& file, std::uint32_t begin, std::uint32_t end) {
  auto size = static_cast<std::uint32_t>(file.text().size());
  begin = std::min(begin, size);
  end = std::max(begin, std::min(end, size));
  Position p;
  p.begin = begin;
  p.end = end;
  LineColumn a = file.locate(begin), b = file.locate(end);
  p.line = a.line;
  p.column = a.column;
  p.end_line = b.line;
  p.end_column = b.column;
  p.column16 = 1 + utf16_units(file.text().substr(file.line_start(a.line), begin - file.line_start(a.line)));
  p.end_column16 = 1 + utf16_units(file.text().substr(file.line_start(b.line), end - file.line_start(b.line)));
  return p;
}

Level level_of(Severity severity) {
  switch (severity) {
    case Severity::Error: return Level::Error;
    case Severity::Warning: return Level::Warning;
    case Severity::Note: return Level::Note;
  }
  return Level::Warning;
}

LintResult result_from_diagnostic(const Diagnostic& diag, const SourceManager& sources) {
  LintResult r;
  r.rule = std::string(diag.code());
  r.level = level_of(diag.severity);
  r.message = diag.message;
  r.help = diag.help;
  if (const SourceFile* f = sources.find(diag.primary.file)) {
    r.path = f->path();
    r.position = position_of(*f, diag.primary.begin, diag.primary.end);
  }
  for (const Label& l : diag.secondary) {
    ResultNote n;
    n.message = l.message;
    if (const SourceFile* f = sources.find(l.span.file)) {
      n.path = f->path();
      n.position = position_of(*f, l.span.begin, l.span.end);
    }
    r.notes.push_back(std::move(n));
  }
  for (const std::string& text : diag.notes) r.notes.push_back({{}, {}, text});
  return r;
}

LintResult result_from_finding(const Finding& finding, Level level, const SourceFile& file,
                               const SourceManager& sources) {
  LintResult r;
  r.rule = std::string(finding.rule);
  r.level = level;
  r.path = file.path();
  r.position = position_of(file, finding.span.begin, finding.span.end);
  r.message = finding.message;
  r.help = finding.help;
  for (const auto& [span, text] : finding.notes) {
    ResultNote n;
    n.message = text;
    if (const SourceFile* f = sources.find(span.file)) {
      n.path = f->path();
      n.position = position_of(*f, span.begin, span.end);
    }
    r.notes.push_back(std::move(n));
  }
  if (finding.fix && finding.fix->span.file == finding.span.file &&
      finding.fix->span.begin <= finding.fix->span.end && finding.fix->span.end <= file.text().size()) {
    r.fix = ResultFix{finding.fix->span.begin, finding.fix->span.end, finding.fix->replacement,
                      finding.fix->description};
  }
  return r;
}

void fingerprint_results(std::vector<LintResult>& results, const std::vector<std::string>& primary_line_texts) {
  std::map<std::string, int> seen;
  for (std::size_t i = 0; i < results.size(); ++i) {
    LintResult& r = results[i];
    std::string basis = r.rule + '\n' + r.path + '\n' + r.message + '\n' +
                        std::string(trim(i < primary_line_texts.size() ? primary_line_texts[i] : std::string()));
    int n = seen[basis]++;
    r.fingerprint = fnv_hex(basis) + ":" + std::to_string(n + 1);
  }
}

}  // namespace aep::lint
