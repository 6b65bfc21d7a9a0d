// The syntax phase's one entry function: `.aep` text in, AST out, with every
// problem reported as a diagnostic. ANTLR is an implementation detail of this
// folder; nothing here exposes it.
#pragma once

#include <cstdint>
#include <memory>

#include "compiler/ast/module.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::syntax {

struct ParseOptions {
  std::uint32_t max_nesting = 256;             // deeper nesting is a diagnostic, not a stack overflow
  std::uint64_t max_file_bytes = 64ull << 20;  // larger files: E0004
};

// Parses one file. Never throws and never crashes on any bytes: problems are
// diagnostics in `sink`; the returned module holds everything that could be
// recovered (never null).
std::unique_ptr<ast::Module> parse(const SourceFile& file, DiagnosticSink& sink,
                                   const ParseOptions& options = {});

}  // namespace aep::syntax
