// Module loading: maps files to module paths, parses each module once, follows
// imports through the source roots and the embedded standard library, binds
// imported names, and reports import cycles with the whole cycle.
#include <algorithm>
#include <atomic>
#include <thread>
#include <deque>
#include <unordered_set>

#include <fmt/format.h>

#include "compiler/sema/analyzer.hpp"
#include "compiler/sema/graph.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/sema/suggest.hpp"
#include "compiler/source/canonical_paths.hpp"
#include "compiler/source/read_file.hpp"
#include "compiler/source/skipped_dirs.hpp"
#include "compiler/syntax/parse.hpp"
#include "stdlib/embedded.hpp"

namespace aep::sema {
namespace fs = std::filesystem;

const Module* Program::find_module(std::string_view path) const {
  auto it = by_path.find(path);
  return it == by_path.end() ? nullptr : modules[it->second].get();
}

std::optional<std::string> module_path_of(const Project& project, const fs::path& canonical) {
  for (const fs::path& root : project.source_roots) {
    fs::path rel = canonical.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..") continue;
    std::string out;
    for (auto part = rel.begin(); part != rel.end(); ++part) {
      std::string piece = part->string();
      if (std::next(part) == rel.end()) piece = part->stem().string();
      if (!out.empty()) out += '.';
      out += piece;
    }
    return out;
  }
  return std::nullopt;
}

namespace {

Span decl_name_span(const ast::Decl& d) {
  switch (d.kind) {
    case ast::DeclKind::Enum: return static_cast<const ast::EnumDecl&>(d).name.span;
    case ast::DeclKind::Type: return static_cast<const ast::TypeDecl&>(d).name.span;
    case ast::DeclKind::Tool: return static_cast<const ast::ToolDecl&>(d).name.span;
    case ast::DeclKind::Fragment: return static_cast<const ast::FragmentDecl&>(d).name.span;
    case ast::DeclKind::Mixin: return static_cast<const ast::MixinDecl&>(d).name.span;
    case ast::DeclKind::Prompt: return static_cast<const ast::PromptDecl&>(d).name.span;
    case ast::DeclKind::Test:
    case ast::DeclKind::Eval: return static_cast<const ast::TestDecl&>(d).name.span;
    default: return d.span;
  }
}

std::string kind_word(ast::DeclKind k) {
  switch (k) {
    case ast::DeclKind::Enum: return "enum";
    case ast::DeclKind::Type: return "type";
    case ast::DeclKind::Tool: return "tool";
    case ast::DeclKind::Fragment: return "fragment";
    case ast::DeclKind::Mixin: return "mixin";
    case ast::DeclKind::Prompt: return "prompt";
    case ast::DeclKind::Test: return "test";
    case ast::DeclKind::Eval: return "eval";
    default: return "declaration";
  }
}

class Loader {
 public:
  Loader(const Project& project, SourceManager& sources, DiagnosticSink& sink)
      : project_(project), sources_(sources), sink_(sink) {}

  Program run(const std::vector<fs::path>& entries, const LoadOptions& options) {
    // Entries first, then the roots' files (file ids follow this order).
    // A file found in a root is already canonical unless it is a symbolic
    // link (see collect_canonical), and an entry naming exactly such a file
    // is too: neither costs a system call.
    std::vector<File> found;
    std::unordered_set<std::string> canonical_found;
    if (options.whole_project) {
      for (const fs::path& root : project_.source_roots) collect_canonical(root, found);
      for (const File& f : found) {
        if (f.given == f.canonical) canonical_found.insert(f.canonical.native());
      }
    }
    std::vector<File> files;
    files.reserve(entries.size() + found.size());
    for (const fs::path& e : entries) {
      fs::path canonical = canonical_found.count(e.native()) ? e : paths_.canonical(e);
      files.push_back({e, std::move(canonical)});
    }
    for (File& f : found) files.push_back(std::move(f));
    load_entries(files, options);
    while (!queue_.empty()) {
      std::size_t index = queue_.front();
      queue_.pop_front();
      resolve_imports(index);
    }
    for (std::size_t i = 0; i < program_.modules.size(); ++i) bind_declarations(i);
    for (std::size_t i = 0; i < program_.modules.size(); ++i) bind_imports(i);
    order_modules();
    program_.project = project_;
    return std::move(program_);
  }

 private:
  struct File {
    fs::path given;
    fs::path canonical;
  };

  // The .aep files under a root, sorted by path, skipping the folders every
  // walk skips (compiler/source/skipped_dirs.hpp). The entries keep the type
  // their directory listing gave, so asking whether one is a link costs
  // nothing.
  static std::vector<fs::directory_entry> aep_files(const fs::path& root) {
    std::error_code ec;
    std::vector<fs::directory_entry> found;
    for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (it->is_directory() && is_skipped_directory_name(it->path().filename().native())) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && it->path().extension() == ".aep") found.push_back(*it);
    }
    std::sort(found.begin(), found.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
    return found;
  }

  // The .aep files under a root with their canonical paths. The walk does
  // not follow symbolic links to folders, so below a canonical root every
  // folder on the way is a real one: a file's path is canonical as found
  // unless the file itself is a link (its directory entry says so), which
  // takes the full resolution.
  void collect_canonical(const fs::path& root, std::vector<File>& out) {
    bool root_canonical = paths_.canonical(root) == root;
    for (const fs::directory_entry& entry : aep_files(root)) {
      std::error_code link_ec;
      bool plain = root_canonical && !entry.is_symlink(link_ec) && !link_ec;
      out.push_back({entry.path(), plain ? entry.path() : paths_.canonical(entry.path())});
    }
  }

  std::string display_path(const fs::path& canonical, const fs::path& given) const {
    return paths_.display(canonical, given);
  }

  // Loads the files given on the command line (or found in a root): reads
  // them in order (file ids follow the order of `files`), parses them in
  // parallel (parsing is most of the cost and each file is independent),
  // then registers them in order, so diagnostics do not depend on the
  // schedule.
  void load_entries(const std::vector<File>& files, const LoadOptions& options) {
    struct Entry {
      fs::path canonical;
      FileId id = kNoFile;
      std::unique_ptr<Module> module;
      DiagnosticSink sink{100000};
    };
    std::vector<std::unique_ptr<Entry>> entries;
    entries.reserve(files.size());
    for (const File& f : files) {
      const fs::path& canonical = f.canonical;
      if (!loaded_files_.insert(canonical.native()).second) continue;
      auto entry = std::make_unique<Entry>();
      entry->canonical = canonical;
      if (options.parsed != nullptr) {
        if (auto it = options.parsed->find(canonical); it != options.parsed->end() && it->second.ast) {
          entry->id = it->second.file;
          for (Diagnostic& d : it->second.syntax) entry->sink.report(std::move(d));
          auto path = module_path_of(project_, canonical);
          entry->module = make_module(entry->id, path ? *path : canonical.stem().string(), canonical, false);
          entry->module->ast = std::move(it->second.ast);
          entries.push_back(std::move(entry));
          continue;
        }
      }
      std::string text;
      const std::string* known = nullptr;
      if (options.texts != nullptr) {
        if (auto it = options.texts->find(canonical); it != options.texts->end()) known = &it->second;
      }
      if (known != nullptr) {
        text = *known;
      } else {
        auto read = read_file(canonical);
        if (!read) {
          sink_.report(make_diag(DiagKind::FileUnreadable, Span{}, fmt::format("cannot read `{}`", f.given.generic_string())));
          continue;
        }
        text = std::move(*read);
      }
      entry->id = sources_.add(display_path(canonical, f.given), std::move(text));
      entries.push_back(std::move(entry));
    }
    unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    auto to_parse = std::count_if(entries.begin(), entries.end(), [](const auto& e) { return !e->module; });
    jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(to_parse)));
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
      for (std::size_t i = next++; i < entries.size(); i = next++) {
        Entry& e = *entries[i];
        if (e.module) continue;  // parsed by the caller
        auto path = module_path_of(project_, e.canonical);
        e.module = parse_into(e.id, path ? *path : e.canonical.stem().string(), e.canonical, false, e.sink);
      }
    };
    {
      std::vector<std::jthread> threads;
      for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
      worker();
    }
    for (auto& e : entries) {
      for (const Diagnostic& d : e->sink.diagnostics()) sink_.report(d);
      auto module = std::move(e->module);
      // Outside a configured project a file's header names its module.
      if (project_.config_path.empty() && module->ast->name) {
        module->path = module->ast->name->joined();
      } else {
        check_header(*module);
      }
      add(std::move(module));
    }
  }

  std::unique_ptr<Module> parse(FileId id, std::string module_path, fs::path disk, bool is_std) {
    return parse_into(id, std::move(module_path), std::move(disk), is_std, sink_);
  }

  std::unique_ptr<Module> parse_into(FileId id, std::string module_path, fs::path disk, bool is_std,
                                     DiagnosticSink& sink) const {
    auto module = make_module(id, std::move(module_path), std::move(disk), is_std);
    module->ast = syntax::parse(sources_.file(id), sink);
    return module;
  }

  static std::unique_ptr<Module> make_module(FileId id, std::string module_path, fs::path disk, bool is_std) {
    auto module = std::make_unique<Module>();
    module->path = std::move(module_path);
    module->file = id;
    module->disk = std::move(disk);
    module->is_std = is_std;
    return module;
  }

  void check_header(const Module& module) {
    if (!module.ast->name) return;
    std::string written = module.ast->name->joined();
    if (written == module.path) return;
    sink_.report(make_diag(DiagKind::ModuleNameMismatch, module.ast->name->span,
                           fmt::format("module header says `{}` but the file is module `{}`", written, module.path))
                     .primary_label("the path under the source root gives `" + module.path + "`")
                     .help("rename the header to `module " + module.path + "` or move the file"));
  }

  std::size_t add(std::unique_ptr<Module> module) {
    auto [it, inserted] = program_.by_path.emplace(module->path, program_.modules.size());
    if (!inserted) {
      // Two files with one module path (a header naming another module outside
      // a project): keep the first, the mismatch or duplicate has a diagnostic.
      if (module->ast->name) {
        sink_.report(make_diag(DiagKind::DuplicateDeclaration, module->ast->name->span,
                               fmt::format("module `{}` is defined twice", module->path))
                         .label(program_.modules[it->second]->ast->span, "first defined here"));
      }
      return it->second;
    }
    program_.modules.push_back(std::move(module));
    queue_.push_back(program_.modules.size() - 1);
    return program_.modules.size() - 1;
  }

  // Finds or loads the module `path` for an import; reports what was tried.
  std::optional<std::size_t> find_or_load(const std::string& path, const ast::ImportDecl& import) {
    if (auto it = program_.by_path.find(path); it != program_.by_path.end()) return it->second;
    if (path == "std" || path.starts_with("std.")) {
      if (const auto* embedded = stdlib::find(path)) {
        FileId id = sources_.add("<std>/" + std::string(embedded->file), std::string(embedded->text));
        return add(parse(id, path, {}, true));
      }
      std::vector<std::string> names;
      for (const auto& m : stdlib::modules()) names.emplace_back(m.path);
      auto d = make_diag(DiagKind::UnknownModule, import.path.span, fmt::format("unknown module `{}`", path))
                   .primary_label("not in the standard library")
                   .note("the standard library has " + list_names(names));
      if (auto s = closest_name(path, names)) d.help("did you mean `" + *s + "`?");
      sink_.report(d);
      return std::nullopt;
    }
    std::string rel;
    for (const auto& part : import.path.parts) rel += (rel.empty() ? "" : "/") + part.text;
    rel += ".aep";
    std::vector<std::string> tried;
    for (const fs::path& root : project_.source_roots) {
      fs::path candidate = root / rel;
      tried.push_back(display_path(candidate, candidate));
      std::error_code ec;
      if (!fs::exists(candidate, ec)) continue;
      auto inside = project_.resolve_inside(candidate, root);
      if (!inside) {
        sink_.report(make_diag(DiagKind::PathOutsideRoots, import.path.span,
                               fmt::format("module `{}` resolves outside the project's roots", path))
                         .primary_label("refused")
                         .note(fmt::format("`{}` resolves to `{}`", display_path(candidate, candidate),
                                           fs::weakly_canonical(candidate, ec).generic_string())));
        return std::nullopt;
      }
      if (!fs::is_regular_file(*inside, ec)) continue;
      auto text = read_file(*inside);
      if (!text) {
        sink_.report(make_diag(DiagKind::FileUnreadable, import.path.span,
                               fmt::format("cannot read `{}`", display_path(*inside, candidate))));
        return std::nullopt;
      }
      loaded_files_.insert(inside->native());
      FileId id = sources_.add(display_path(*inside, candidate), std::move(*text));
      auto module = parse(id, path, *inside, false);
      check_header(*module);
      return add(std::move(module));
    }
    auto d = make_diag(DiagKind::UnknownModule, import.path.span, fmt::format("unknown module `{}`", path))
                 .primary_label("no file for this module");
    for (const std::string& t : tried) d.note("tried `" + t + "`");
    std::vector<std::string> known = known_modules();
    if (auto s = closest_name(path, known)) d.help("did you mean `" + *s + "`?");
    sink_.report(d);
    return std::nullopt;
  }

  // Every module path the roots and the standard library hold, for did-you-mean.
  std::vector<std::string> known_modules() {
    std::vector<std::string> out;
    for (const fs::path& root : project_.source_roots) {
      for (const fs::directory_entry& entry : aep_files(root)) {
        std::error_code ec;
        if (auto p = module_path_of(project_, fs::weakly_canonical(entry.path(), ec))) out.push_back(*p);
      }
    }
    for (const auto& m : stdlib::modules()) out.emplace_back(m.path);
    return out;
  }

  void resolve_imports(std::size_t index) {
    // Copy what we need: add() may reallocate the module vector.
    const ast::Module* ast = program_.modules[index]->ast.get();
    for (const auto& decl : ast->decls) {
      if (decl->kind != ast::DeclKind::Import) continue;
      const auto& import = static_cast<const ast::ImportDecl&>(*decl);
      if (import.path.parts.empty()) continue;
      std::string path = import.path.joined();
      auto target = find_or_load(path, import);
      Module& module = *program_.modules[index];
      if (!target) {
        for (const auto& item : import.items) module.broken_names.insert(item.alias ? item.alias->text : item.name.text);
        if (import.alias) module.broken_names.insert(import.alias->text);
        if (!import.has_items && !import.alias) module.broken_names.insert(path);
        continue;
      }
      module.deps.emplace_back(*target, &import);
    }
  }

  void bind_declarations(std::size_t index) {
    Module& module = *program_.modules[index];
    for (const auto& decl : module.ast->decls) {
      program_.decl_module[decl.get()] = index;
      std::string_view name = decl_name_of(*decl);
      if (name.empty() || decl->kind == ast::DeclKind::Test || decl->kind == ast::DeclKind::Eval) continue;
      auto [it, inserted] = module.decls.emplace(std::string(name), decl.get());
      if (!inserted) {
        sink_.report(make_diag(DiagKind::DuplicateDeclaration, decl_name_span(*decl),
                               fmt::format("`{}` is declared twice in module `{}`", name, module.path))
                         .primary_label("second declaration")
                         .label(decl_name_span(*it->second), "first declared here as a " + kind_word(it->second->kind)));
      }
    }
  }

  void bind_imports(std::size_t index) {
    Module& module = *program_.modules[index];
    for (const auto& [target, import] : module.deps) {
      const Module& from = *program_.modules[target];
      if (!import->has_items) {
        std::string alias = import->alias ? import->alias->text : import->path.joined();
        if (!module.module_aliases.emplace(alias, target).second && module.module_aliases[alias] != target) {
          sink_.report(make_diag(DiagKind::DuplicateImport, import->span,
                                 fmt::format("the module alias `{}` is used twice", alias)));
        } else {
          ImportBinding b;
          b.local = alias;
          b.module = target;
          b.import = import;
          b.span = import->span;
          // Whole-module imports are tracked under a prefix that no name can have.
          module.imports.emplace("module " + alias, std::move(b));
        }
        continue;
      }
      for (const auto& item : import->items) {
        std::string local = item.alias ? item.alias->text : item.name.text;
        auto found = from.decls.find(item.name.text);
        if (found == from.decls.end()) {
          std::vector<std::string> names;
          for (const auto& [n, d] : from.decls) names.push_back(n);
          auto d = make_diag(DiagKind::UnknownImportName, item.name.span,
                             fmt::format("module `{}` has no declaration `{}`", from.path, item.name.text))
                       .primary_label("not declared there");
          if (auto s = closest_name(item.name.text, names)) d.help("did you mean `" + *s + "`?");
          else d.note("`" + from.path + "` declares " + list_names(names));
          sink_.report(d);
          module.broken_names.insert(local);
          continue;
        }
        if (auto local_decl = module.decls.find(local); local_decl != module.decls.end()) {
          sink_.report(make_diag(DiagKind::NameClash, item.span,
                                 fmt::format("imported name `{}` clashes with a declaration of this module", local))
                           .label(decl_name_span(*local_decl->second), "declared here")
                           .help("import it under another name: `" + item.name.text + " as ...`"));
          continue;
        }
        ImportBinding b;
        b.local = local;
        b.module = target;
        b.decl = found->second;
        b.import = import;
        b.span = item.span;
        auto [it, inserted] = module.imports.emplace(local, b);
        if (!inserted) {
          bool same = it->second.decl == b.decl;
          sink_.report(make_diag(DiagKind::DuplicateImport, item.span,
                                 same ? fmt::format("`{}` is imported twice", local)
                                      : fmt::format("two imports are named `{}`", local))
                           .primary_label(same ? "imported again" : "second import of the name")
                           .label(it->second.span, "first imported here")
                           .help(same ? "remove one of the imports" : "rename one with `as`"));
        }
      }
    }
  }

  void order_modules() {
    DependencyGraph graph(program_.modules.size());
    for (std::size_t i = 0; i < program_.modules.size(); ++i) {
      for (const auto& [target, import] : program_.modules[i]->deps) graph.add_edge(i, target);
    }
    // Report each cycle once, then cut its closing edge so the next is found.
    for (int guard = 0; guard < 100; ++guard) {
      auto cycle = graph.find_cycle();
      if (!cycle) break;
      report_cycle(*cycle);
      DependencyGraph cut(program_.modules.size());
      std::size_t from = cycle->back(), to = cycle->front();
      for (std::size_t i = 0; i < graph.size(); ++i) {
        for (std::size_t j : graph.successors(i)) {
          if (!(i == from && j == to)) cut.add_edge(i, j);
        }
      }
      graph = std::move(cut);
    }
    if (auto order = graph.dependency_order()) program_.order = *order;
  }

  const ast::ImportDecl* import_of(std::size_t from, std::size_t to) const {
    for (const auto& [target, import] : program_.modules[from]->deps) {
      if (target == to) return import;
    }
    return nullptr;
  }

  void report_cycle(const std::vector<std::size_t>& cycle) {
    std::string text;
    for (std::size_t m : cycle) text += program_.modules[m]->path + " -> ";
    text += program_.modules[cycle.front()]->path;
    const ast::ImportDecl* first = import_of(cycle.front(), cycle.size() > 1 ? cycle[1] : cycle.front());
    auto d = make_diag(DiagKind::ImportCycle, first ? first->span : Span{}, "import cycle: " + text)
                 .primary_label(fmt::format("`{}` imports `{}`", program_.modules[cycle.front()]->path,
                                            program_.modules[cycle.size() > 1 ? cycle[1] : cycle.front()]->path));
    for (std::size_t i = 1; i < cycle.size(); ++i) {
      std::size_t next = cycle[(i + 1) % cycle.size()];
      if (const auto* imp = import_of(cycle[i], next)) {
        d.label(imp->span, fmt::format("`{}` imports `{}`", program_.modules[cycle[i]]->path, program_.modules[next]->path));
      }
    }
    d.help("move the shared declarations into a module that both import");
    sink_.report(d);
  }

  const Project& project_;
  SourceManager& sources_;
  DiagnosticSink& sink_;
  Program program_;
  std::deque<std::size_t> queue_;
  std::unordered_set<std::string> loaded_files_;  // canonical paths
  CanonicalPaths paths_;
};

}  // namespace

Program load_program(const Project& project, const std::vector<fs::path>& entries, SourceManager& sources,
                     DiagnosticSink& sink, const LoadOptions& options) {
  Program program = Loader(project, sources, sink).run(entries, options);
  program.check_data_files = options.check_data_files;
  return program;
}

}  // namespace aep::sema
