// syntax_probe: a developer's tool for the parser, independent of the CLI.
//   syntax_probe FILE...            print each AST dump and its diagnostics
//   syntax_probe --time N FILE...   parse every file N times; print MB/s
// The timing mode is a quick local check while working on the grammar; the
// benchmark of record lives under bench/.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "compiler/ast/dump.hpp"
#include "compiler/diag/render.hpp"
#include "compiler/syntax/parse.hpp"

int main(int argc, char** argv) {
  int repeat = 0;
  int first = 1;
  if (argc > 2 && std::strcmp(argv[1], "--time") == 0) {
    repeat = std::atoi(argv[2]);
    first = 3;
  }
  aep::SourceManager sources;
  std::vector<aep::FileId> ids;
  for (int i = first; i < argc; ++i) {
    auto id = sources.load(argv[i]);
    if (!id) {
      std::cerr << id.error().message << "\n";
      return 2;
    }
    ids.push_back(*id);
  }
  if (repeat > 0) {
    std::size_t bytes = 0;
    std::size_t errors = 0;
    auto start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();
    for (int r = 0; r < repeat; ++r) {
      for (auto id : ids) {
        aep::DiagnosticSink sink;
        auto module = aep::syntax::parse(sources.file(id), sink);
        bytes += sources.file(id).text().size();
        errors += sink.error_count();
      }
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    // CPU time is the figure to quote on a shared machine; wall time includes waiting.
    std::printf("%zu bytes: wall %.3f s (%.1f MB/s), cpu %.3f s (%.1f MB/s), %zu errors\n", bytes, seconds,
                bytes / seconds / 1e6, cpu, bytes / cpu / 1e6, errors);
    return 0;
  }
  int status = 0;
  for (auto id : ids) {
    aep::DiagnosticSink sink;
    auto module = aep::syntax::parse(sources.file(id), sink);
    std::cout << aep::ast::dump_ast(*module);
    sink.sort();
    aep::render_text(std::cerr, sink, sources);
    if (sink.has_errors()) status = 1;
  }
  return status;
}
