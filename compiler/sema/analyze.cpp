// The driver of the semantic phase: walks modules in dependency order and
// resolves every declaration (types, tools, fragments, prompts), attaches
// tests and evals to their prompts, checks data-file paths against the
// project's roots, and reports unused imports last.
#include <fmt/format.h>

#include "compiler/sema/analyzer.hpp"

namespace aep::sema {

void Analyzer::run() {
  std::vector<std::size_t> order = program_.order;
  // With an import cycle there is no dependency order; any fixed order does.
  if (order.size() != program_.modules.size()) {
    order.clear();
    for (std::size_t i = 0; i < program_.modules.size(); ++i) order.push_back(i);
  }
  for (std::size_t m : order) {
    const Module& module = *program_.modules[m];
    for (const auto& decl : module.ast->decls) {
      switch (decl->kind) {
        case ast::DeclKind::Enum:
        case ast::DeclKind::Type: decl_type(m, *decl); break;
        case ast::DeclKind::Tool: tool_of(m, static_cast<const ast::ToolDecl&>(*decl)); break;
        case ast::DeclKind::Fragment: fragment_body(m, static_cast<const ast::FragmentDecl&>(*decl)); break;
        case ast::DeclKind::Prompt: resolve_prompt(m, static_cast<const ast::PromptDecl&>(*decl)); break;
        default: break;
      }
    }
  }
  for (std::size_t m : order) {
    const Module& module = *program_.modules[m];
    for (const auto& decl : module.ast->decls) {
      if (decl->kind != ast::DeclKind::Test && decl->kind != ast::DeclKind::Eval) continue;
      const auto& test = static_cast<const ast::TestDecl&>(*decl);
      const ir::Prompt* target = nullptr;
      if (const auto* pd = expect(m, test.prompt, ast::DeclKind::Prompt, "prompt")) {
        auto it = resolved_.find(static_cast<const ast::PromptDecl*>(pd));
        if (it != resolved_.end()) {
          it->second->tests.push_back(&test);
          target = it->second;
        }
      }
      check_suite(m, test, target);
      for (const auto& item : test.items) {
        if (item->kind != ast::CheckItemKind::Data) continue;
        const auto& data = static_cast<const ast::DataCheck&>(*item);
        std::string path = data.path.plain_text();
        auto inside = program_.project.resolve_inside(path, program_.project.root);
        if (!inside) {
          report(make_diag(DiagKind::PathOutsideRoots, data.path.span, fmt::format("data file `{}` is outside the project's roots", path))
                     .primary_label("refused")
                     .note(inside.error().message));
        }
      }
    }
  }
  for (std::size_t m : order) {
    Module& module = *program_.modules[m];
    if (module.is_std) continue;
    for (const auto& [local, binding] : module.imports) {
      if (binding.used) continue;
      bool whole = local.starts_with("module ");
      report(make_diag(DiagKind::UnusedImport, binding.span,
                       whole ? fmt::format("module `{}` is imported but never used", binding.local)
                             : fmt::format("`{}` is imported but never used", local))
                 .primary_label("unused")
                 .help("remove the import"));
    }
  }
}

void analyze(Program& program, DiagnosticSink& sink, const AnalyzeOptions& options) {
  Analyzer(program, sink, options).run();
}

Program check_files(const Project& project, const std::vector<std::filesystem::path>& entries, SourceManager& sources,
                    DiagnosticSink& sink, const LoadOptions& options) {
  Program program = load_program(project, entries, sources, sink, options);
  analyze(program, sink);
  sink.sort();
  return program;
}

}  // namespace aep::sema
