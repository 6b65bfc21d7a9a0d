// Behaviour of the semantic phase through its public entry points: module
// loading over a real folder tree, inheritance results, provenance, the
// portable JSON Schema, determinism, and independence of errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "compiler/ir/ir.hpp"
#include "compiler/sema/program.hpp"
#include "compiler/sema/types.hpp"

namespace fs = std::filesystem;
using namespace aep;

namespace {
using Files = std::map<std::string, std::string>;

struct TempProject {
  fs::path root;
  explicit TempProject(const std::map<std::string, std::string>& files) {
    std::random_device rd;
    root = fs::temp_directory_path() / ("aep_sema_test_" + std::to_string(rd()));
    fs::create_directories(root);
    std::ofstream(root / "aep.toml") << "[project]\nname = \"t\"\nroots = [\".\"]\n";
    for (const auto& [rel, text] : files) {
      fs::create_directories((root / rel).parent_path());
      std::ofstream(root / rel) << text;
    }
  }
  ~TempProject() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
};

struct Run {
  SourceManager sources;
  DiagnosticSink sink;
  sema::Program program;
};

std::unique_ptr<Run> check(const TempProject& tp, const std::string& entry) {
  auto run = std::make_unique<Run>();
  auto project = load_project(tp.root / entry);
  REQUIRE(project.ok());
  run->program = sema::check_files(*project, {tp.root / entry}, run->sources, run->sink);
  return run;
}

std::vector<std::string> codes(const DiagnosticSink& sink) {
  std::vector<std::string> out;
  for (const auto& d : sink.diagnostics()) out.emplace_back(d.code());
  return out;
}

}  // namespace

TEST_CASE("a diamond linearizes by C3 and super follows the linearization") {
  TempProject tp(Files{{"main.aep", R"(module main
prompt A { config { temperature: 0.5 } system { section x { "A" } } }
prompt B extends A { config { seed: 1 } system { override section x { "B<" super ">" } } }
prompt C extends A { config { temperature: 0.1 } system { append section x { "+C" } } }
prompt D extends B, C { user { "go" } }
)"}});
  auto run = check(tp, "main.aep");
  REQUIRE_FALSE(run->sink.has_errors());
  const ir::Prompt& d = *run->program.prompts.at("main.D");
  CHECK(d.linearization == std::vector<std::string>{"main.D", "main.B", "main.C", "main.A"});
  // B's super is A's text with C's append: the order Python's MRO gives.
  const auto& x = d.messages.at(0).body.at(0);
  REQUIRE(x.kind == ir::SegmentKind::Section);
  std::string text;
  for (const auto& s : x.body) text += s.text;
  CHECK(text == "B<A+C>");
  CHECK(x.section->origin.decl == "B");
  // Config key by key: C's temperature beats A's, B's seed is kept.
  CHECK(d.config.at("temperature").origin.decl == "C");
  CHECK(d.config.at("seed").origin.decl == "B");
}

TEST_CASE("imports resolve through the roots and unknown names get a suggestion") {
  TempProject tp(Files{{"lib/common.aep", "module lib.common\nprompt Base { user { \"b\" } }\n"},
                  {"main.aep", "module main\nimport lib.common.{Bsae}\nprompt P { user { \"x\" } }\n"}});
  auto run = check(tp, "main.aep");
  REQUIRE(codes(run->sink) == std::vector<std::string>{"E0201"});
  const auto& diag = run->sink.diagnostics().front();
  REQUIRE(diag.help);
  CHECK(diag.help->find("`Base`") != std::string::npos);
}

TEST_CASE("an error in one module does not hide an error in an independent one") {
  TempProject tp(Files{{"a.aep", "module a\nprompt A { input x: strng  user { \"{{ x }}\" } }\n"},
                  {"b.aep", "module b\nprompt B { user { \"{{ y }}\" } }\n"},
                  {"main.aep", "module main\nimport a.{A}\nimport b.{B}\nprompt P extends A, B { user { \"x\" } }\n"}});
  auto run = check(tp, "main.aep");
  auto c = codes(run->sink);
  CHECK(std::count(c.begin(), c.end(), "E0400") == 1);
  CHECK(std::count(c.begin(), c.end(), "E0404") == 1);
}

TEST_CASE("resolution is deterministic: two runs give the same IR and diagnostics") {
  TempProject tp(Files{{"main.aep", R"(module main
enum T { a, b }
type R { t: T  n: int @range(1, 3)  s: string? }
abstract prompt Base { input r: R  system { section s { "{{ r.t }}" } required section task } }
prompt P extends Base { output R  system { section task { "do" } } user { "{{ r | json }}" } }
)"}});
  auto first = check(tp, "main.aep");
  auto second = check(tp, "main.aep");
  REQUIRE_FALSE(first->sink.has_errors());
  CHECK(ir::dump_ir(*first->program.prompts.at("main.P")) == ir::dump_ir(*second->program.prompts.at("main.P")));
}

TEST_CASE("the portable schema has an object root, required fields, nullable optionals and constraints in descriptions") {
  TempProject tp(Files{{"main.aep", R"(module main
type R { n: int @range(1, 5)  s: string? @pattern("^a$")  l: list<string> }
prompt P { output R  user { "x" } }
)"}});
  auto run = check(tp, "main.aep");
  REQUIRE_FALSE(run->sink.has_errors());
  const auto& schema = run->program.prompts.at("main.P")->output->schema;
  CHECK(schema["type"] == "object");
  CHECK(schema["additionalProperties"] == false);
  CHECK(schema["required"] == nlohmann::ordered_json::array({"n", "s", "l"}));
  CHECK(schema["properties"]["n"]["minimum"] == 1);
  CHECK(schema["properties"]["n"]["maximum"] == 5);
  CHECK(schema["properties"]["n"]["description"] == "between 1 and 5");
  CHECK(schema["properties"]["s"]["type"] == nlohmann::ordered_json::array({"string", "null"}));
  CHECK(schema["properties"]["l"]["items"]["type"] == "string");
}

TEST_CASE("type rules: assignability and names") {
  using namespace aep::sema;
  CHECK(assignable(primitive(TypeTag::Int), primitive(TypeTag::Float)));
  CHECK_FALSE(assignable(primitive(TypeTag::Float), primitive(TypeTag::Int)));
  CHECK(assignable(primitive(TypeTag::Null), with_optional(primitive(TypeTag::String), true)));
  CHECK_FALSE(assignable(primitive(TypeTag::Null), primitive(TypeTag::String)));
  CHECK(type_name(*with_optional(list_of(primitive(TypeTag::Int)), true)) == "list<int>?");
}

TEST_CASE("the standard library is embedded and importable") {
  TempProject tp(Files{{"main.aep", "module main\nimport std.scaffold.{chain_of_thought}\nprompt P with chain_of_thought { user { \"x\" } }\n"}});
  auto run = check(tp, "main.aep");
  REQUIRE_FALSE(run->sink.has_errors());
  CHECK(run->program.prompts.at("main.P")->mixins == std::vector<std::string>{"std.scaffold.chain_of_thought"});
}

TEST_CASE("a symlinked module that leaves the roots is refused") {
  TempProject tp(Files{{"main.aep", "module main\nimport evil.{X}\nprompt P { user { \"x\" } }\n"}});
  TempProject outside(Files{{"x.aep", "module x\nprompt X { user { \"x\" } }\n"}});
  fs::create_symlink(outside.root / "x.aep", tp.root / "evil.aep");
  auto run = check(tp, "main.aep");
  CHECK(codes(run->sink) == std::vector<std::string>{"E0208"});
}

TEST_CASE("a whole-project load finds modules nobody imports, in a fixed order") {
  TempProject tp(Files{{"a/x.aep", "module a.x\nprompt X { user { \"{{ nope }}\" } }\n"},
                       {"b.aep", "module b\nprompt B { user { \"b\" } }\n"}});
  auto project = load_project(tp.root / "b.aep");
  REQUIRE(project.ok());
  SourceManager sources;
  DiagnosticSink sink;
  sema::LoadOptions options;
  options.whole_project = true;
  auto program = sema::check_files(*project, {}, sources, sink, options);
  CHECK(program.prompts.count("a.x.X") == 1);
  CHECK(program.prompts.count("b.B") == 1);
  CHECK(codes(sink) == std::vector<std::string>{"E0404"});
}
