// The canonical `.aep` formatter. format_source() parses a file, refuses it
// when it has syntax errors, lays its tokens out in the canonical style of
// docs/format.md and then proves the result: the output must parse without
// errors to the same AST (spans aside) as the input, and formatting the output
// again must change nothing. Anything else is a formatter bug, reported as an
// error instead of returning text that could change a prompt's meaning.
#pragma once

#include <string>

#include "compiler/ast/module.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/source/expected.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::format {

enum class FormatStatus {
  Ok,            // `text` holds the formatted file (possibly equal to the input)
  SyntaxErrors,  // the input has syntax errors, reported in the sink; no text
  InternalError  // the formatter failed its own checks; `message` says how; no text
};

struct FormatResult {
  FormatStatus status = FormatStatus::Ok;
  std::string text;
  std::string message;
};

// Formats one file; syntax diagnostics of the input go to `sink`.
FormatResult format_source(const SourceFile& file, DiagnosticSink& sink);

// The layout alone, for a file that parsed without errors (`module` is its
// AST; the layout works from the tokens, the AST is only checked against).
// Returns the formatted text without the self-checks of format_source().
std::string format_module(const SourceFile& file, const ast::Module& module);

// The AST dump of docs (dump_ast) with every `@line:col [begin,end)` removed:
// two files with equal stripped dumps mean the same thing.
std::string dump_without_spans(const ast::Module& module);

}  // namespace aep::format
