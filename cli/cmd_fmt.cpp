// `aep fmt [paths...]`: rewrites .aep files in the canonical style of
// docs/format.md. `--check` (CI, pre-commit) only lists the files that would
// change; `--diff` prints what would change; `-`/`--stdin` filters standard
// input to standard output for editors. A file with syntax errors is never
// touched: its diagnostics are printed and the exit status is 1. Files are
// replaced atomically (temporary file + rename), so an interrupted run never
// leaves half a file.
#include <iostream>
#include <iterator>
#include <memory>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "cli/source_walk.hpp"
#include "compiler/format/atomic_write.hpp"
#include "compiler/format/format.hpp"
#include "compiler/format/unified_diff.hpp"

namespace aep::cli {
namespace {

struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;
  bool diff = false;
  bool stdin_mode = false;
  bool quiet = false;
  std::string color = "auto";
};

struct Outcome {
  bool changed = false;     // the formatted text differs from the file
  bool broken = false;      // syntax errors or a formatter self-check failure
};

Outcome format_one(const FmtOptions& options, SourceManager& sources, FileId id, bool color,
                   std::string* formatted_out) {
  const SourceFile& file = sources.file(id);
  DiagnosticSink sink;
  format::FormatResult result = format::format_source(file, sink);
  Outcome outcome;
  if (result.status == format::FormatStatus::SyntaxErrors) {
    sink.sort();
    print_diagnostics_text(std::cerr, sink, sources, color);
    std::cerr << fmt::format("aep fmt: {}: not formatted: it has syntax errors\n", file.path());
    outcome.broken = true;
    return outcome;
  }
  if (result.status == format::FormatStatus::InternalError) {
    std::cerr << "aep fmt: error: " << result.message << '\n';
    outcome.broken = true;
    return outcome;
  }
  outcome.changed = result.text != file.text();
  if (options.diff && outcome.changed) {
    std::cout << format::unified_diff(file.text(), result.text, file.path(), file.path() + " (formatted)");
  }
  if (formatted_out) *formatted_out = std::move(result.text);
  return outcome;
}

int run_stdin(const FmtOptions& options) {
  std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  if (std::cin.bad()) {
    std::cerr << "aep fmt: error: cannot read standard input\n";
    return kExitUsage;
  }
  SourceManager sources;
  FileId id = sources.add("<stdin>", std::move(text));
  DiagOutputOptions diag;
  diag.color = options.color;
  std::string formatted;
  Outcome outcome = format_one(options, sources, id, diag.use_color(STDERR_FILENO), &formatted);
  if (outcome.broken) return kExitDiagnostics;
  if (options.check || options.diff) return outcome.changed ? kExitDiagnostics : kExitOk;
  if (!options.diff) std::cout << formatted;
  return kExitOk;
}

int run(const FmtOptions& options) {
  bool stdin_mode = options.stdin_mode || (options.paths.size() == 1 && options.paths[0] == "-");
  if (stdin_mode) {
    if (options.paths.size() > (options.stdin_mode ? 0u : 1u)) {
      std::cerr << "aep fmt: error: --stdin takes no paths\n";
      return kExitUsage;
    }
    return run_stdin(options);
  }
  if (options.paths.empty()) {
    std::cerr << "aep fmt: error: name the files or directories to format (or - for standard input)\n";
    return kExitUsage;
  }
  SourceWalk walk = find_aep_files(options.paths);
  for (const std::string& e : walk.errors) std::cerr << "aep fmt: error: " << e << '\n';
  bool io_failed = !walk.errors.empty();
  if (walk.files.empty() && !io_failed) {
    std::cerr << fmt::format("aep fmt: error: no .aep files found in {}\n", fmt::join(options.paths, ", "));
    return kExitUsage;
  }
  DiagOutputOptions diag;
  diag.color = options.color;
  bool color = diag.use_color(STDERR_FILENO);
  bool write = !options.check && !options.diff;
  std::size_t changed = 0, broken = 0, total = 0;
  SourceManager sources;
  for (const std::string& path : walk.files) {
    auto loaded = sources.load(path);
    if (!loaded) {
      std::cerr << "aep fmt: error: " << loaded.error().message << '\n';
      io_failed = true;
      continue;
    }
    ++total;
    std::string formatted;
    Outcome outcome = format_one(options, sources, *loaded, color, &formatted);
    if (outcome.broken) {
      ++broken;
      continue;
    }
    if (!outcome.changed) continue;
    ++changed;
    if (options.check) std::cout << path << '\n';
    if (write) {
      auto written = format::write_file_atomically(path, formatted);
      if (!written) {
        std::cerr << "aep fmt: error: " << written.error().message << '\n';
        io_failed = true;
      } else if (!options.quiet) {
        std::cerr << "formatted " << path << '\n';
      }
    }
  }
  if (!options.quiet) {
    std::string verb = write ? "reformatted" : "would reformat";
    std::cerr << fmt::format("aep fmt: {} {} of {} file{}{}\n", verb, changed, total, total == 1 ? "" : "s",
                             broken > 0 ? fmt::format(", {} not formatted (errors above)", broken) : "");
  }
  std::cout.flush();
  if (io_failed) return kExitUsage;
  if (broken > 0) return kExitDiagnostics;
  if (!write && changed > 0) return kExitDiagnostics;
  return kExitOk;
}

AEP_COMMAND("fmt", 15, [](CLI::App& app) {
  auto options = std::make_shared<FmtOptions>();
  auto* sub = app.add_subcommand("fmt", "Format .aep files in the canonical style");
  sub->footer(
      "Rewrites each file in place in the style of docs/format.md: two-space\n"
      "indentation, canonical spacing and blank lines; comments and string\n"
      "contents are kept exactly, declarations are never reordered. Every result\n"
      "is checked to parse to the same AST as the input, and formatting twice\n"
      "changes nothing. Files with syntax errors are reported and left untouched.\n"
      "Files are replaced atomically (a temporary file beside them, then rename).\n\n"
      "Directories are walked for *.aep files as in `aep check` (hidden folders,\n"
      "node_modules and build trees skipped).\n\n"
      "Exit status: 0 done (with --check: every file already formatted),\n"
      "1 --check found files to reformat, or some file has syntax errors,\n"
      "2 bad command line or a path that cannot be read or written.\n\n"
      "Examples:\n"
      "  aep fmt .                          format the project\n"
      "  aep fmt --check examples/support   CI / pre-commit: list files to reformat\n"
      "  aep fmt --diff support/triage.aep  show what would change, write nothing\n"
      "  aep fmt - < triage.aep             editor integration: stdin to stdout");
  sub->add_option("paths", options->paths, "Files or directories to format; - reads standard input");
  sub->add_flag("--check", options->check,
                "Write nothing; list the files that would change and exit 1 if there are any");
  sub->add_flag("--diff", options->diff, "Write nothing; print a unified diff of what would change");
  sub->add_flag("--stdin", options->stdin_mode, "Format standard input to standard output");
  sub->add_flag("-q,--quiet", options->quiet, "No per-file messages or summary on stderr");
  sub->add_option("--color", options->color, "Colour of diagnostics: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  return [options] { return run(*options); };
});

}  // namespace
}  // namespace aep::cli
