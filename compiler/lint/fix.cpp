// See fix.hpp.
#include "compiler/lint/fix.hpp"

#include <algorithm>

#include "compiler/diag/sink.hpp"
#include "compiler/syntax/parse.hpp"

namespace aep::lint {
namespace {

std::size_t syntax_errors(std::string_view path, std::string_view text) {
  SourceManager sources;
  FileId id = sources.add(std::string(path), std::string(text));
  DiagnosticSink sink;
  syntax::parse(sources.file(id), sink);
  return sink.error_count();
}

}  // namespace

FixOutcome apply_fixes(std::string_view path, std::string_view text, const std::vector<const ResultFix*>& fixes) {
  std::vector<const ResultFix*> sorted = fixes;
  std::stable_sort(sorted.begin(), sorted.end(), [](const ResultFix* a, const ResultFix* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
  });
  FixOutcome out;
  std::vector<const ResultFix*> taken;
  std::uint32_t last_end = 0;
  bool first = true;
  for (const ResultFix* f : sorted) {
    bool duplicate = !taken.empty() && taken.back()->begin == f->begin && taken.back()->end == f->end &&
                     taken.back()->replacement == f->replacement;
    if (duplicate) continue;  // two findings proposing the same edit
    if (f->end > text.size() || f->begin > f->end || (!first && f->begin < last_end)) {
      ++out.skipped;
      continue;
    }
    taken.push_back(f);
    last_end = f->end;
    first = false;
  }
  std::string result(text);
  for (auto it = taken.rbegin(); it != taken.rend(); ++it) {
    result.replace((*it)->begin, (*it)->end - (*it)->begin, (*it)->replacement);
  }
  out.applied = taken.size();
  if (out.applied > 0 && syntax_errors(path, result) > syntax_errors(path, text)) out.broke_syntax = true;
  out.text = std::move(result);
  return out;
}

}  // namespace aep::lint
