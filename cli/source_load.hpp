// Reading one .aep file for a command, with the size limit checked before the
// bytes are read: a 10 GB file named by mistake must cost a stat(), not 10 GB
// of memory. The limit is the parser's (syntax::ParseOptions::max_file_bytes).
#pragma once

#include <cstdint>
#include <string>

#include "compiler/diag/sink.hpp"
#include "compiler/source/expected.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::cli {

struct LoadedSource {
  FileId id = kNoFile;
  bool too_large = false;  // reported in the sink as E0004; do not parse
};

// An I/O failure is an Error naming the path; an oversized file is loaded as
// empty text (so diagnostics can name it) with E0004 reported in `sink`.
Expected<LoadedSource> load_source(SourceManager& sources, const std::string& path,
                                   std::uint64_t max_bytes, DiagnosticSink& sink);

}  // namespace aep::cli
