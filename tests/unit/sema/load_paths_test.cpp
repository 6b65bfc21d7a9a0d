// Module loading's path handling: CanonicalPaths (one resolution per folder,
// a full one for a file that is itself a symbolic link) must give exactly
// what std::filesystem::weakly_canonical gives, links included; a
// whole-project load resolves linked files in full and loads each file once;
// files the caller parsed already (aep check's syntax pass) are taken as
// they are and give the results of a load that parses them itself; the
// whole-project walk and the did-you-mean list skip the same folders.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>

#include "compiler/ir/ir.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/source/canonical_paths.hpp"
#include "compiler/source/read_file.hpp"
#include "compiler/syntax/parse.hpp"

namespace fs = std::filesystem;
using namespace aep;

namespace {

struct TempDir {
  fs::path root;
  TempDir() {
    std::random_device rd;
    root = fs::weakly_canonical(fs::temp_directory_path()) / ("aep_load_paths_" + std::to_string(rd()));
    fs::create_directories(root);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel) << text;
  }
};

fs::path std_canonical(const fs::path& p) {
  std::error_code ec;
  return fs::weakly_canonical(fs::absolute(p, ec), ec);
}

std::vector<std::string> codes(const DiagnosticSink& sink) {
  std::vector<std::string> out;
  for (const auto& d : sink.diagnostics()) out.emplace_back(d.code());
  return out;
}

std::string results(const sema::Program& program, const DiagnosticSink& sink, const SourceManager& sources) {
  std::string out;
  for (const auto& [name, prompt] : program.prompts) out += ir::dump_ir(*prompt) + "\n";
  for (const Diagnostic& d : sink.diagnostics()) {
    out += std::string(d.code()) + " " + sources.file(d.primary.file).path() + ":" + std::to_string(d.primary.line) +
           ":" + std::to_string(d.primary.column) + " " + d.message + "\n";
  }
  return out;
}

// A whole-project load of the project at `root`, with its diagnostics.
struct WholeLoad {
  SourceManager sources;
  DiagnosticSink sink;
  sema::Program program;
};

std::unique_ptr<WholeLoad> whole_project_load(const fs::path& root, const std::vector<fs::path>& entries) {
  auto load = std::make_unique<WholeLoad>();
  auto project = load_project(root);
  REQUIRE(project.ok());
  sema::LoadOptions options;
  options.whole_project = true;
  load->program = sema::load_program(*project, entries, load->sources, load->sink, options);
  return load;
}

}  // namespace

TEST_CASE("canonical paths agree with weakly_canonical, symbolic links included") {
  TempDir t;
  t.write("real/a.aep", "x");
  t.write("real/deep/b.aep", "y");
  t.write("elsewhere/target.aep", "z");
  fs::create_directory_symlink(t.root / "real", t.root / "linked_dir");
  fs::create_symlink(t.root / "elsewhere" / "target.aep", t.root / "real" / "link.aep");
  fs::create_symlink("../elsewhere/target.aep", t.root / "real" / "relative_link.aep");
  fs::create_symlink(t.root / "nowhere.aep", t.root / "real" / "dangling.aep");
  const fs::path cwd = fs::current_path();
  std::vector<fs::path> cases = {
      t.root / "real" / "a.aep",
      t.root / "real" / "deep" / "b.aep",
      t.root / "linked_dir" / "a.aep",           // through a linked folder
      t.root / "linked_dir" / "deep" / "b.aep",
      t.root / "real" / "link.aep",              // the file itself is a link
      t.root / "linked_dir" / "link.aep",
      t.root / "real" / "relative_link.aep",
      t.root / "real" / "dangling.aep",
      t.root / "real" / "missing.aep",           // does not exist
      t.root / "no_folder" / "missing.aep",
      t.root / "real" / ".." / "elsewhere" / "target.aep",
      t.root / "real" / "deep" / "..",
      t.root / "real" / ".",
      t.root / "real" / "deep" / "",             // trailing separator
      fs::relative(t.root / "linked_dir" / "a.aep", cwd),
      fs::relative(t.root / "real" / "link.aep", cwd),
      "relative_that_does_not_exist.aep",
  };
  CanonicalPaths paths;
  for (int round = 0; round < 2; ++round) {  // the second round answers from the folder cache
    for (const fs::path& p : cases) {
      INFO(p.string());
      CHECK(paths.canonical(p) == std_canonical(p));
      CHECK(paths.absolute(p) == fs::absolute(p));
    }
  }
  CHECK(paths.display(cwd / "x" / "y.aep", "/given/y.aep") == "x/y.aep");
  // Outside the working directory (the tests run from the repository root): as given.
  CHECK(paths.display("/aep_not_below_the_working_directory/a.aep", "../given/a.aep") == "../given/a.aep");
}

TEST_CASE("read_file reads whole files and names the path when it cannot") {
  TempDir t;
  std::string big(100000, 'a');
  big[99999] = 'z';
  t.write("big.txt", big);
  t.write("empty.txt", "");
  CHECK(*read_file(t.root / "big.txt") == big);
  CHECK(read_file(t.root / "empty.txt")->empty());
  auto missing = read_file(t.root / "missing.txt");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("missing.txt") != std::string::npos);
  CHECK_FALSE(read_file(t.root).ok());  // a folder
}

TEST_CASE("a whole-project load resolves linked files in full and loads every file once") {
  TempDir t;
  t.write("p/aep.toml", "[project]\nname = \"p\"\n");
  t.write("p/a.aep", "module a\nprompt A { user { \"a\" } }\n");
  t.write("p/sub/b.aep", "module sub.b\nprompt B { user { \"b\" } }\n");
  t.write("outside/o.aep", "prompt O { user { \"o\" } }\n");
  // A link to a module of the project (the same file twice), a link to a
  // file outside it, and a linked folder the walk must not enter.
  fs::create_symlink(t.root / "p" / "a.aep", t.root / "p" / "sub" / "alias.aep");
  fs::create_symlink(t.root / "outside" / "o.aep", t.root / "p" / "escape.aep");
  fs::create_directory_symlink(t.root / "p" / "sub", t.root / "p" / "sub_link");
  // An entry spelled through the linked folder is the same file as sub/b.aep.
  auto load = whole_project_load(t.root / "p", {t.root / "p" / "sub_link" / "b.aep"});
  CHECK(codes(load->sink).empty());
  std::vector<std::string> loaded;
  for (const auto& m : load->program.modules) {
    if (!m->is_std) loaded.push_back(m->path + " " + m->disk.string());
  }
  CHECK(loaded == std::vector<std::string>{
                      "sub.b " + (t.root / "p" / "sub" / "b.aep").string(),
                      "a " + (t.root / "p" / "a.aep").string(),
                      "o " + (t.root / "outside" / "o.aep").string(),
                  });
}

TEST_CASE("files parsed by the caller are not read again and give the results of a normal load") {
  TempDir t;
  t.write("p/aep.toml", "[project]\nname = \"p\"\n");
  t.write("p/base.aep", "module base\nprompt Base {\n  input name: string\n  system { section s { \"Hi {{ name }}\" } }\n}\n");
  t.write("p/child.aep",
          "module child\nimport base.{Base}\nimport helper.{H}\n"
          "prompt Child extends Base {\n  system { append section s { \" and {{ missing }}\" } }\n}\n");
  t.write("p/helper.aep", "module helper\nimport base.{Base}\nprompt H { user { \"h\" } }\n");
  auto project = load_project(t.root / "p");
  REQUIRE(project.ok());
  std::vector<fs::path> entries = {t.root / "p" / "child.aep", t.root / "p" / "base.aep"};

  SourceManager plain_sources;
  DiagnosticSink plain_sink;
  auto plain = sema::check_files(*project, entries, plain_sources, plain_sink);
  REQUIRE(codes(plain_sink) == std::vector<std::string>{"W0200", "E0404", "W0200"});

  // The caller registers the entries first, under load_program's names, and
  // parses them; helper.aep is reached by an import only and read from disk.
  SourceManager sources;
  std::map<fs::path, sema::ParsedFile> parsed;
  CanonicalPaths paths;
  for (const fs::path& e : entries) {
    fs::path canonical = paths.canonical(e);
    FileId id = sources.add(paths.display(canonical, e), *read_file(e));
    DiagnosticSink syntax;
    auto ast = syntax::parse(sources.file(id), syntax);
    REQUIRE(syntax.diagnostics().empty());
    parsed.emplace(canonical, sema::ParsedFile{id, std::move(ast), {}});
  }
  // Gone from disk: a load that read them again would report E0001.
  fs::remove(t.root / "p" / "child.aep");
  fs::remove(t.root / "p" / "base.aep");
  DiagnosticSink sink;
  sema::LoadOptions options;
  options.parsed = &parsed;
  auto program = sema::check_files(*project, entries, sources, sink, options);
  CHECK(results(program, sink, sources) == results(plain, plain_sink, plain_sources));
  CHECK(sources.size() == plain_sources.size());
}

TEST_CASE("a whole-project load and the did-you-mean list skip the same folders, and only those") {
  TempDir t;
  t.write("p/aep.toml", "[project]\nname = \"p\"\n");
  t.write("p/main.aep", "module main\nimport builders.tool.{T}\nprompt M { user { \"m\" } }\n");
  // A folder whose name only starts like a build tree is the user's own.
  t.write("p/builders/tools.aep", "module builders.tools\nprompt T { user { \"t\" } }\n");
  for (const char* skipped : {"build", "build-release", "build_x", "cmake-build-debug", "node_modules", ".hidden"}) {
    t.write(std::string("p/") + skipped + "/tool.aep", "prompt S { user { \"s\" } }\n");
  }
  auto load = whole_project_load(t.root / "p", {});
  std::vector<std::string> loaded;
  for (const auto& m : load->program.modules) {
    if (!m->is_std) loaded.push_back(m->path);
  }
  CHECK(loaded == std::vector<std::string>{"builders.tools", "main"});
  REQUIRE(codes(load->sink) == std::vector<std::string>{"E0200"});
  CHECK(load->sink.diagnostics()[0].help == std::optional<std::string>("did you mean `builders.tools`?"));
}
