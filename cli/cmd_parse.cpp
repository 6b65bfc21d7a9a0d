// `aep parse [--dump-ast] FILE`: parses one file and shows what the parser
// built. It is the window onto the front end: golden tests compare its output,
// and a fuzzer-found input is reproduced with it (`-` reads standard input).
// The AST goes to stdout, diagnostics to stderr, so each can be captured alone.
#include <iostream>
#include <iterator>
#include <memory>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "cli/source_load.hpp"
#include "compiler/ast/dump.hpp"
#include "compiler/diag/render.hpp"
#include "compiler/syntax/parse.hpp"

namespace aep::cli {
namespace {

struct ParseCommandOptions {
  std::string path;
  bool dump_ast = false;
  DiagOutputOptions output;
  std::uint32_t max_nesting = syntax::ParseOptions{}.max_nesting;
};

int run(const ParseCommandOptions& options) {
  SourceManager sources;
  DiagnosticSink sink;
  syntax::ParseOptions parse_options;
  parse_options.max_nesting = options.max_nesting;
  FileId id = kNoFile;
  bool too_large = false;
  if (options.path == "-") {
    std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    if (std::cin.bad()) {
      std::cerr << "aep parse: error: cannot read standard input\n";
      return kExitUsage;
    }
    id = sources.add("<stdin>", std::move(text));
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(options.path, ec)) {
      std::cerr << "aep parse: error: `" << options.path
                << "` is a directory (use `aep check` for directories)\n";
      return kExitUsage;
    }
    auto loaded = load_source(sources, options.path, parse_options.max_file_bytes, sink);
    if (!loaded) {
      std::cerr << "aep parse: error: " << loaded.error().message << '\n';
      return kExitUsage;
    }
    id = loaded->id;
    too_large = loaded->too_large;
  }

  if (!too_large) {
    auto module = syntax::parse(sources.file(id), sink, parse_options);
    if (options.dump_ast && module) std::cout << dump_ast(*module);
  }
  sink.sort();

  std::cout.flush();
  if (options.output.json()) {
    std::cerr << diagnostics_json({&sink}, sources, 1).dump(2) << '\n';
  } else {
    print_diagnostics_text(std::cerr, sink, sources, options.output.use_color(STDERR_FILENO));
    if (sink.error_count() > 0 || sink.warning_count() > 0) {
      std::cerr << count_summary(sink.error_count(), sink.warning_count()) << '\n';
    }
  }
  return sink.has_errors() ? kExitDiagnostics : kExitOk;
}

AEP_COMMAND("parse", 20, [](CLI::App& app) {
  auto options = std::make_shared<ParseCommandOptions>();
  auto* sub = app.add_subcommand("parse", "Parse one .aep file; show its AST and diagnostics");
  sub->footer(
      "Reports the file's syntax diagnostics; with --dump-ast also prints the\n"
      "syntax tree (the text the golden tests compare). The AST goes to\n"
      "standard output and diagnostics to standard error. With errors the AST\n"
      "printed is what the parser could recover.\n\n"
      "Exit status: 0 no errors, 1 the file has errors, 2 bad command line or the\n"
      "file cannot be read.\n\n"
      "Examples:\n"
      "  aep parse --dump-ast examples/support/support/triage.aep\n"
      "  printf 'module m\\n' | aep parse --dump-ast -");
  sub->add_option("file", options->path, "The .aep file, or - for standard input")->required();
  sub->add_flag("--dump-ast", options->dump_ast, "Print the AST (stable text, one node a line)");
  add_diag_output_options(sub, options->output);
  sub->add_option("--max-nesting", options->max_nesting,
                  "Deepest nesting of blocks and brackets accepted before a diagnostic")
      ->check(CLI::Range(1u, 100000u))
      ->capture_default_str();
  return [options] { return run(*options); };
});

}  // namespace
}  // namespace aep::cli
