// format_source and format_module (see format.hpp): parse, lay out, and prove
// the result before handing it back.
#include "compiler/format/format.hpp"

#include <fmt/format.h>

#include "compiler/format/layout.hpp"
#include "compiler/format/units.hpp"
#include "compiler/syntax/parse.hpp"

namespace aep::format {

std::string format_module(const SourceFile& file, const ast::Module& /*module*/) {
  return layout_units(file, split_units(file));
}

FormatResult format_source(const SourceFile& file, DiagnosticSink& sink) {
  FormatResult result;
  auto module = syntax::parse(file, sink);
  if (sink.has_errors()) {
    result.status = FormatStatus::SyntaxErrors;
    return result;
  }
  std::string text = format_module(file, *module);

  // The proof: the output parses cleanly to the same AST, and is a fixed point.
  SourceFile formatted(file.id(), file.path(), text);
  DiagnosticSink check_sink;
  auto reparsed = syntax::parse(formatted, check_sink);
  auto fail = [&](std::string why) {
    result.status = FormatStatus::InternalError;
    result.message = fmt::format(
        "{}: the formatter {}; the file is left as it is (please report this as a bug)", file.path(),
        why);
    return result;
  };
  if (check_sink.has_errors()) return fail("produced text that does not parse");
  if (dump_without_spans(*module) != dump_without_spans(*reparsed))
    return fail("would change the meaning of the file");
  if (module->comments.size() != reparsed->comments.size()) return fail("would lose a comment");
  if (format_module(formatted, *reparsed) != text) return fail("is not idempotent on this file");
  result.text = std::move(text);
  return result;
}

}  // namespace aep::format
