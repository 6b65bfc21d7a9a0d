// Parse throughput of .aep text on one core: parse + transform to the AST
// (aep::syntax::parse, what `aep check` does per file), over a corpus of many
// module files and over one large file, with ANTLR's lexer alone beside it
// for scale. There is no peer tool that parses .aep, so the figures stand on
// their own; see bench/parse/run.sh.
//   bench_parse [--examples DIR] [--corpus-mb N] [--file-mb N] [--runs N]
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "compiler/diag/render.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/syntax/parse.hpp"
#include "corpus.hpp"
#include "lexer_only.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
}

// Best of `runs`, in CPU time of this thread: on a shared machine (other jobs
// on the same cores) wall time measures the neighbours as much as the parser,
// while thread CPU time stays close to what an idle core would show. Wall
// time is kept beside it so a reader can see how busy the machine was.
struct Timing {
  double cpu = 1e300;
  double wall = 1e300;
};

template <class Fn>
Timing best_of(int runs, Fn fn) {
  Timing best;
  for (int r = 0; r < runs; ++r) {
    auto start = Clock::now();
    double cpu_start = thread_cpu_seconds();
    fn();
    best.cpu = std::min(best.cpu, thread_cpu_seconds() - cpu_start);
    best.wall = std::min(best.wall, std::chrono::duration<double>(Clock::now() - start).count());
  }
  return best;
}

std::size_t parse_all(const aep::SourceManager& sources, const std::vector<aep::FileId>& ids,
                      bool report) {
  std::size_t errors = 0;
  for (aep::FileId id : ids) {
    aep::DiagnosticSink sink;
    auto module = aep::syntax::parse(sources.file(id), sink);
    errors += sink.error_count();
    if (report && sink.has_errors()) {
      aep::render_text(std::cerr, sink, sources);
      report = false;  // one file's diagnostics are enough to see what went wrong
    }
  }
  return errors;
}

}  // namespace

int main(int argc, char** argv) {
  std::string examples = "examples";
  double corpus_mb = 8, file_mb = 5;
  int runs = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--examples")) examples = argv[i + 1];
    else if (!std::strcmp(argv[i], "--corpus-mb")) corpus_mb = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--file-mb")) file_mb = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--runs")) runs = std::atoi(argv[i + 1]);
    else {
      std::cerr << "usage: bench_parse [--examples DIR] [--corpus-mb N] [--file-mb N] [--runs N]\n";
      return 2;
    }
  }
  aep::bench::Corpus corpus = aep::bench::make_corpus(
      examples, static_cast<std::size_t>(corpus_mb * 1e6), static_cast<std::size_t>(file_mb * 1e6));

  aep::SourceManager sources;
  std::vector<aep::FileId> module_ids;
  std::size_t module_bytes = 0;
  for (std::size_t i = 0; i < corpus.modules.size(); ++i) {
    module_bytes += corpus.modules[i].size();
    module_ids.push_back(sources.add(fmt::format("m{}.aep", i), corpus.modules[i]));
  }
  std::vector<aep::FileId> big_id{sources.add("big.aep", corpus.one_file)};

  // The corpus must parse cleanly, or the figure would time error recovery.
  std::size_t errors = parse_all(sources, module_ids, true) +
                       parse_all(sources, big_id, true);
  if (errors != 0) {
    std::cerr << "bench_parse: the generated corpus has " << errors << " syntax errors\n";
    return 1;
  }

  Timing modules_t = best_of(runs, [&] { parse_all(sources, module_ids, false); });
  Timing big_t = best_of(runs, [&] { parse_all(sources, big_id, false); });
  std::size_t tokens = 0;
  Timing lex_modules_t = best_of(runs, [&] {
    tokens = 0;
    for (const std::string& m : corpus.modules) tokens += aep::bench::lex_only(m);
  });
  Timing lex_big_t = best_of(runs, [&] { aep::bench::lex_only(corpus.one_file); });

  auto mbps = [](std::size_t bytes, double s) { return bytes / 1e6 / s; };
  std::cout << fmt::format("corpus: {} module files, {:.2f} MB, {} tokens; one file of {:.2f} MB\n",
                           corpus.modules.size(), module_bytes / 1e6, tokens, corpus.one_file.size() / 1e6);
  std::cout << fmt::format("{:<40} {:>9} {:>9} {:>9} {:>9}\n", "one core, best of " + std::to_string(runs),
                           "cpu s", "MB/s", "wall s", "MB/s");
  auto row = [&](const char* what, std::size_t bytes, const Timing& t) {
    std::cout << fmt::format("{:<40} {:>9.3f} {:>9.1f} {:>9.3f} {:>9.1f}\n", what, t.cpu, mbps(bytes, t.cpu),
                             t.wall, mbps(bytes, t.wall));
  };
  row("parse+transform, module files", module_bytes, modules_t);
  row("parse+transform, one large file", corpus.one_file.size(), big_t);
  row("ANTLR lexer only, module files", module_bytes, lex_modules_t);
  row("ANTLR lexer only, one large file", corpus.one_file.size(), lex_big_t);
  std::cout << fmt::format("parse+transform takes {:.2f}x the lexer-only time on module files, {:.2f}x on the large file\n",
                           modules_t.cpu / lex_modules_t.cpu, big_t.cpu / lex_big_t.cpu);
  std::cout << fmt::format("average module: {:.1f} KB parsed in {:.0f} us of CPU\n",
                           module_bytes / 1e3 / corpus.modules.size(),
                           modules_t.cpu * 1e6 / corpus.modules.size());
  return 0;
}
