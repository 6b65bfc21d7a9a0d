// The semantic phase's entry points and its result. load_program() reads the
// named files and everything they import (project source roots first, then
// the embedded standard library), parses each module once and binds imports;
// analyze() resolves types, inheritance, mixins and fragments and checks
// templates, producing one ir::Prompt per prompt. Both report user errors to
// the sink and go on, so one run shows every independent problem.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "compiler/ast/module.hpp"
#include "compiler/diag/sink.hpp"
#include "compiler/ir/ir.hpp"
#include "compiler/source/project.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/sema/types.hpp"

namespace aep::sema {

struct ImportBinding {
  std::string local;              // the name in the importing module
  std::size_t module = 0;         // index in Program::modules
  const ast::Decl* decl = nullptr;
  const ast::ImportDecl* import = nullptr;
  Span span;                      // the imported item
  bool used = false;
};

struct Module {
  std::string path;                   // "support.triage"
  FileId file = kNoFile;
  std::filesystem::path disk;         // empty for the standard library
  bool is_std = false;
  std::unique_ptr<ast::Module> ast;
  std::map<std::string, const ast::Decl*, std::less<>> decls;
  std::map<std::string, ImportBinding, std::less<>> imports;
  // `import a.b` (alias "a.b") and `import a.b as c` (alias "c").
  std::map<std::string, std::size_t, std::less<>> module_aliases;
  std::set<std::string, std::less<>> broken_names;  // imports whose module is missing
  std::vector<std::pair<std::size_t, const ast::ImportDecl*>> deps;
};

struct Program {
  Project project;
  std::vector<std::unique_ptr<Module>> modules;
  std::map<std::string, std::size_t, std::less<>> by_path;
  std::vector<std::size_t> order;  // dependency order (imports first)
  // Resolved prompts by qualified name, deterministic order.
  std::map<std::string, std::unique_ptr<ir::Prompt>> prompts;
  // Where each declaration lives.
  std::map<const ast::Decl*, std::size_t> decl_module;
  // Whether eval data files must exist (E0803); see LoadOptions.
  bool check_data_files = true;

  const Module* find_module(std::string_view path) const;
};

// A file the caller has read and parsed already (`aep check` parses every
// file for its syntax pass before it knows which project each belongs to).
// `file` is its id in the SourceManager given to load_program, registered
// under the name load_program would give it (CanonicalPaths::display of its
// canonical path and the path as given); `ast` came from syntax::parse of
// that file and `syntax` is what that parse reported, reported again in
// load_program's sink as a parse there would.
struct ParsedFile {
  FileId file = kNoFile;
  std::unique_ptr<ast::Module> ast;
  std::vector<Diagnostic> syntax;
};

struct LoadOptions {
  // Every .aep under the project's source roots is loaded too (aep check of a
  // project), not only the entries and what they import.
  bool whole_project = false;
  // Texts the caller has already read, by canonical path: used instead of
  // reading those files again (aep lint hashes every file first).
  const std::map<std::filesystem::path, std::string>* texts = nullptr;
  // Threads that parse the entry files (0: one per core). Imports found
  // later are parsed as they are discovered.
  unsigned jobs = 0;
  // A build's source snapshot holds the .aep modules and aep.toml but not the
  // eval data (which can be large and is hashed in eval records instead), so
  // rendering from a build does not require the data files to exist.
  bool check_data_files = true;
  // Entry files already parsed, by canonical path: used (the AST moved out)
  // instead of reading and parsing them again. Only entries are taken from
  // here; a module reached by an import is read from disk as always.
  std::map<std::filesystem::path, ParsedFile>* parsed = nullptr;
};

Program load_program(const Project& project, const std::vector<std::filesystem::path>& entries,
                     SourceManager& sources, DiagnosticSink& sink, const LoadOptions& options = {});

struct AnalyzeOptions {
  // A prompt with one parent starts from the parent's merged result when that
  // gives the same IR and diagnostics (resolve_prompt.cpp says when); off,
  // every prompt merges all its ancestors again. Tests compare the two.
  bool reuse_parent_merge = true;
};

void analyze(Program& program, DiagnosticSink& sink, const AnalyzeOptions& options = {});

// Convenience for `aep check`: load + analyze, diagnostics sorted.
Program check_files(const Project& project, const std::vector<std::filesystem::path>& entries,
                    SourceManager& sources, DiagnosticSink& sink, const LoadOptions& options = {});

// The module path of a file under one of the project's roots ("support/triage.aep"
// -> "support.triage"); nullopt when it lies outside every root.
std::optional<std::string> module_path_of(const Project& project, const std::filesystem::path& canonical);

}  // namespace aep::sema
