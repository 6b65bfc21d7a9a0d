// libFuzzer target for the whole front end on arbitrary bytes: parse (with the
// file-level checks), transform to the AST, dump the AST, and render every
// diagnostic as text and JSON. Besides the sanitizers, it checks invariants a
// user relies on: a module always comes back, every diagnostic points inside
// the file, and a file with no errors yields a non-empty AST dump.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "compiler/ast/dump.hpp"
#include "compiler/diag/render.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/parse.hpp"

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "fuzz_parse: invariant violated: %s\n", what);
  std::abort();
}

void check_span(const aep::Span& span, const aep::SourceFile& file) {
  if (span.file == aep::kNoFile) return;  // file-level diagnostics may have no location
  if (span.file != file.id()) fail("span names another file");
  if (span.begin > span.end) fail("span begins after it ends");
  if (span.end > file.text().size()) fail("span ends past the end of the file");
  if (span.line == 0 || span.line > file.line_count()) fail("span line outside the file");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  aep::SourceManager sources;
  aep::FileId id = sources.add("fuzz.aep", std::string(reinterpret_cast<const char*>(data), size));
  const aep::SourceFile& file = sources.file(id);
  aep::DiagnosticSink sink;
  // A smaller nesting limit than the default keeps each run fast while still
  // exercising the limit's diagnostic.
  aep::syntax::ParseOptions options;
  options.max_nesting = 64;
  auto module = aep::syntax::parse(file, sink, options);
  if (!module) fail("parse returned no module");

  std::string dump = aep::dump_ast(*module);
  if (!sink.has_errors() && dump.empty()) fail("clean parse with an empty AST dump");

  for (const aep::Diagnostic& d : sink.diagnostics()) {
    check_span(d.primary, file);
    for (const aep::Label& l : d.secondary) check_span(l.span, file);
    if (d.message.empty()) fail("diagnostic without a message");
  }
  std::ostringstream text;
  aep::render_text(text, sink, sources);
  std::string json = aep::to_json(sink, sources).dump();
  if (sink.has_errors() && text.str().find("error[") == std::string::npos) {
    fail("errors reported but none rendered");
  }
  return 0;
}
