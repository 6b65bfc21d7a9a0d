// Reuse of a parent's merged prompt (compiler/sema/resolve_prompt.cpp): a
// prompt with one parent may start from the parent's result instead of
// merging every ancestor again. It must give exactly what merging from
// scratch gives: the same IR and the same diagnostics in the same order,
// including the cases where reuse must not happen (an inherited input made
// optional or @untrusted by the child, a parent with errors, mixins in the
// chain, an inline output record, a duplicate prompt name).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "compiler/diag/render.hpp"
#include "compiler/ir/ir.hpp"
#include "compiler/sema/program.hpp"

namespace fs = std::filesystem;
using namespace aep;

namespace {

struct TempDir {
  fs::path root;
  explicit TempDir(const std::map<std::string, std::string>& files) {
    std::random_device rd;
    root = fs::temp_directory_path() / ("aep_reuse_test_" + std::to_string(rd()));
    fs::create_directories(root);
    std::ofstream(root / "aep.toml") << "[project]\nname = \"t\"\nroots = [\".\"]\n";
    for (const auto& [rel, text] : files) {
      fs::create_directories((root / rel).parent_path());
      std::ofstream(root / rel) << text;
    }
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
};

// Every prompt's IR dump, then every diagnostic as text, in report order.
std::string analyze_all(const fs::path& root, bool reuse, std::size_t* prompts = nullptr) {
  auto project = load_project(root);
  REQUIRE(project.ok());
  SourceManager sources;
  DiagnosticSink sink(1u << 20);
  sema::LoadOptions load;
  load.whole_project = true;
  sema::Program program = sema::load_program(*project, {}, sources, sink, load);
  sema::AnalyzeOptions options;
  options.reuse_parent_merge = reuse;
  sema::analyze(program, sink, options);
  std::ostringstream out;
  for (const auto& [name, prompt] : program.prompts) out << ir::dump_ir(*prompt) << '\n';
  render_text(out, sink, sources);  // unsorted: the order of reports is compared too
  if (prompts) *prompts = program.prompts.size();
  return out.str();
}

// A chain of `depth` prompts shaped like bench/render/gen_project.py's:
// override with super, append, prepend, a new section, a loop, a fragment, an
// inline output record at the root and examples.
std::map<std::string, std::string> chain(int depth) {
  std::map<std::string, std::string> files;
  files["c/m0.aep"] = R"(module c.m0
fragment tone(t: string = "warm") { "Tone: {{ t }}." if t == "formal" { " Formally." } }
abstract prompt P0 {
  input customer: string
  input notes: list<string> = []
  output { label: string, score: float }
  system {
    section persona { "You help {{ customer }}." }
    section rules { "- rule 0" }
    section context { "ctx" }
    required section task
  }
  example first { input { customer: "Ann" } user { "hi" } assistant { "{\"label\": \"a\", \"score\": 1}" } }
}
)";
  for (int k = 1; k < depth; ++k) {
    std::ostringstream m;
    m << "module c.m" << k << "\nimport c.m" << k - 1 << ".{P" << k - 1 << "}\nimport c.m0.{tone}\n";
    m << "prompt P" << k << " extends P" << k - 1 << " {\n  input n" << k << ": string = \"v\"\n";
    m << "  config { temperature: 0." << k % 10 << " }\n  system {\n";
    if (k == 1) m << "    section task { \"Do the task.\" }\n";
    m << "    override section persona { super \" Level " << k << ".\" }\n";
    m << "    append section rules { \"\\n- rule " << k << " {{ n" << k << " | upper }}\" }\n";
    m << "    prepend section context { \"note " << k << "; \" }\n";
    m << "    section level" << k << " { if n" << k << " == \"x\" { \"x\" } else { \"y\" } }\n";
    m << "    use tone(t: \"formal\")\n  }\n";
    m << "  user { for note in notes { \"- {{ note }}\\n\" } \"Customer {{ customer }}\" }\n";
    if (k % 3 == 0) m << "  example ex" << k << " { input { customer: \"B\" } user { \"q\" } assistant { \"a\" } }\n";
    m << "}\n";
    files["c/m" + std::to_string(k) + ".aep"] = m.str();
  }
  return files;
}

std::map<std::string, std::string> edge_cases() {
  return {
    {"dup_names.aep", R"(module dup_names
prompt A { system { section s { "first" } } }
prompt A { system { section s { "second" } } }
prompt B extends A { system { append section s { "b" } } }
prompt C extends B { system { append section s { "c" } } }
)"},
    {"mixins.aep", R"(module mixins
mixin M { system { section m { "m" } } }
mixin N { system { section m { "n" } } }
prompt A with M { system { section s { "a" } } }
prompt B extends A with N { system { append section s { "b" } } }
prompt C extends B { system { section m { "c" } } }
prompt D extends C { system { override section m { "d " super } } }
)"},
    {"optional_change.aep", R"(module optional_change
prompt A {
  input x: string
  input n: int = 3
  system { section s { "Say {{ x | upper }} {{ n }} times." } }
  example one { input { x: "hi" } user { "u" } assistant { "a" } }
}
prompt B extends A {
  input x: string?
  user { "go" }
}
prompt C extends B {
  input y: string = "z"
  user { "more {{ y }}" }
}
prompt P {
  input x: string?
  system { section s { "Say {{ x }}." } }
  example one { input { x: null } user { "u" } assistant { "a" } }
}
prompt Q extends P {
  input x: string
  user { "go" }
}
prompt R extends Q { user { "r" } }
)"},
    {"output_name.aep", R"(module output_name
prompt A {
  output { label: string }
  user { "x" }
}
prompt B extends A { user { "y" } }
prompt C extends B { output { other: int } }
prompt D extends C { config { temperature: 0.5 } }
)"},
    {"parent_error.aep", R"(module parent_error
prompt A {
  input q: string
  system { section s { "Question: {{ qq }}" } }
}
prompt B extends A {
  input qq: string
  user { "go {{ q }}" }
}
prompt C extends B { system { append section s { "x" } } }
prompt D extends B { system { append section s { "x {{ nope }}" } } }
prompt E extends D { system { prepend section s { "e" } } }
)"},
    {"required.aep", R"(module required
abstract prompt A { system { required section task section r { "r" } } }
abstract prompt B extends A { system { append section r { "b" } } }
prompt C extends B { system { section task { "t" } } }
prompt D extends C { system { override section task { "d " super " " super } } }
prompt E extends B { user { "no task" } }
prompt F extends E { user { "f" } }
)"},
    {"supers.aep", R"(module supers
prompt A { system { section s { "a" if true { "t" } } } }
prompt B extends A { system { override section s { "<" super ">" if true { super } else { "no" } } } }
prompt C extends B { system { override section s { "[" super "]" } } }
prompt D extends C { system { remove section s } user { "u" } }
prompt E extends D { system { append section s { "gone" } } }
)"},
    {"tools.aep", R"(module tools
tool lookup(id: string) -> string
tool other(id: int)
prompt A { tools [lookup, other] tool_choice lookup user { "x" } }
prompt B extends A { tools remove [lookup] }
prompt C extends B { user { "c" } }
prompt D extends C { tools [lookup] }
)"},
    {"untrusted_change.aep", R"(module untrusted_change
prompt A {
  input q: string
  system { section s { "Question: {{ q }}" } }
}
prompt B extends A {
  input q: string @untrusted
  user { "go" }
}
prompt C extends B { user { "again" } }
)"},
  };
}

}  // namespace

TEST_CASE("reusing the parent's merge gives the IR and diagnostics of a merge from scratch") {
  TempDir dir(chain(12));
  std::size_t prompts = 0;
  std::string reused = analyze_all(dir.root, true, &prompts);
  std::string scratch = analyze_all(dir.root, false);
  CHECK(prompts == 12);
  CHECK(reused.find("error") == std::string::npos);
  CHECK(reused == scratch);
  // The deepest prompt carries every level: the chain really was merged.
  CHECK(reused.find("rule 11") != std::string::npos);
}

TEST_CASE("reuse is declined where a merge from scratch would differ, with the same results") {
  TempDir dir(edge_cases());
  std::size_t prompts = 0;
  std::string reused = analyze_all(dir.root, true, &prompts);
  std::string scratch = analyze_all(dir.root, false);
  CHECK(prompts > 30);
  CHECK(reused == scratch);
  // The cases that must not reuse the parent report in the child's terms.
  CHECK(reused.find("untrusted input `q` in a system message") != std::string::npos);
  CHECK(reused.find("example input `x` has the wrong type: expected `string`, found `null`") != std::string::npos);
  CHECK(reused.find("unknown name `nope` in a template") != std::string::npos);
  CHECK(reused.find("section `m` is already defined by `mixins.M`") != std::string::npos);
  CHECK(reused.find("prompt `F` leaves required section `task`") != std::string::npos);
  // An inline output record is named after the prompt that inherits it.
  CHECK(reused.find("BOutput") != std::string::npos);
}

TEST_CASE("two prompts with one name: the first is kept, the program is checked without a crash") {
  TempDir dir(std::map<std::string, std::string>{{"d.aep", R"(module d
prompt A { system { section s { "first" } } }
prompt A { system { section s { "second" } } }
prompt B extends A { system { append section s { "b" } } }
prompt C extends B { system { append section s { "c" } } }
)"}});
  for (bool reuse : {true, false}) {
    std::string out = analyze_all(dir.root, reuse);
    CHECK(out.find("`A` is declared twice in module `d`") != std::string::npos);
    // C is B is the first A plus its appends; the second A is not anyone's parent.
    auto c = out.find("prompt d.C");
    REQUIRE(c != std::string::npos);
    std::string c_dump = out.substr(c, out.find("\n\n", c) - c);
    CHECK(c_dump.find("\"first\"") != std::string::npos);
    CHECK(c_dump.find("\"second\"") == std::string::npos);
  }
}
