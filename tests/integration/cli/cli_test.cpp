// `aep check` and `aep parse` as a user and a CI job see them: documented
// exit codes, JSON that tools can rely on, colour rules, the directory walk,
// and a clear message for every kind of bad command line.
#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "process.hpp"
#include "temp_dir.hpp"

using aep::test::aep_binary;
using aep::test::run;
using aep::test::RunOptions;
using aep::test::TempDir;

namespace {

const char* kClean = "module demo\n\nprompt Greeter {\n  input name: string\n  user { \"Hello, {{ name }}\" }\n}\n";
// Two independent errors: a missing ':' and an unterminated string.
const char* kBroken = "prompt A {\n  input ticket string\n}\n\nprompt B {\n  user { \"unterminated\n  }\n}\n";

bool has_escape(const std::string& s) { return s.find("\x1b[") != std::string::npos; }

std::vector<std::string> subcommands() {
  auto help = run({aep_binary(), "--help"});
  // CLI11 lists subcommands under "SUBCOMMANDS:" / "Subcommands:", one per line.
  std::vector<std::string> names;
  std::size_t at = help.out.find("ubcommands:");
  if (at == std::string::npos) at = help.out.find("UBCOMMANDS:");
  REQUIRE(at != std::string::npos);
  std::regex line(R"(\n  ([a-z][a-z0-9-]*)\s)");
  std::string tail = help.out.substr(at);
  for (std::sregex_iterator it(tail.begin(), tail.end(), line), end; it != end; ++it) {
    names.push_back((*it)[1]);
  }
  return names;
}

}  // namespace

TEST_CASE("check exits 0 on clean files and 1 when a file has errors") {
  TempDir t;
  auto clean = t.write("clean.aep", kClean);
  auto broken = t.write("broken.aep", kBroken);
  auto ok = run({aep_binary(), "check", clean});
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("checked 1 file: no errors") != std::string::npos);
  auto bad = run({aep_binary(), "check", clean, broken});
  CHECK(bad.exit_code == 1);
  CHECK(bad.out.find("error[") != std::string::npos);
  CHECK(bad.out.find(broken) != std::string::npos);  // the location names the file
  CHECK(bad.out.find("checked 2 files:") != std::string::npos);
  CHECK(bad.out.find("in 1 file") != std::string::npos);
}

TEST_CASE("check reports several independent errors of one file in one run") {
  TempDir t;
  auto broken = t.write("broken.aep", kBroken);
  auto result = run({aep_binary(), "check", "--format", "json", broken});
  REQUIRE(result.exit_code == 1);
  auto j = nlohmann::json::parse(result.out);
  std::set<int> lines;
  for (const auto& d : j["diagnostics"]) lines.insert(d["span"]["line"].get<int>());
  CHECK(lines.count(2) == 1);  // input ticket string
  CHECK(lines.count(6) == 1);  // unterminated string
}

TEST_CASE("a missing path is a usage error with a clear message") {
  auto result = run({aep_binary(), "check", "no/such/dir"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("no/such/dir") != std::string::npos);
  CHECK(result.err.find("does not exist") != std::string::npos);
  auto parsed = run({aep_binary(), "parse", "--dump-ast", "no/such/file.aep"});
  CHECK(parsed.exit_code == 2);
  CHECK(parsed.err.find("no/such/file.aep") != std::string::npos);
}

TEST_CASE("bad command lines exit 2") {
  CHECK(run({aep_binary()}).exit_code == 2);
  CHECK(run({aep_binary(), "check"}).exit_code == 2);  // no path
  CHECK(run({aep_binary(), "check", "--format", "xml", "examples"}).exit_code == 2);
  CHECK(run({aep_binary(), "no-such-command"}).exit_code == 2);
  CHECK(run({aep_binary(), "parse"}).exit_code == 2);
  TempDir t;
  auto empty_dir = run({aep_binary(), "check", t.path.string()});
  CHECK(empty_dir.exit_code == 2);
  CHECK(empty_dir.err.find("no .aep files") != std::string::npos);
  auto dir_to_parse = run({aep_binary(), "parse", t.path.string()});
  CHECK(dir_to_parse.exit_code == 2);
  CHECK(dir_to_parse.err.find("is a directory") != std::string::npos);
}

TEST_CASE("every subcommand has a --help that explains it") {
  auto top = run({aep_binary(), "--help"});
  CHECK(top.exit_code == 0);
  auto names = subcommands();
  CHECK(std::find(names.begin(), names.end(), "check") != names.end());
  CHECK(std::find(names.begin(), names.end(), "parse") != names.end());
  for (const std::string& name : names) {
    INFO("aep " << name << " --help");
    auto help = run({aep_binary(), name, "--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find(name) != std::string::npos);
    CHECK(help.out.size() > 200);  // more than a bare usage line
  }
  auto check_help = run({aep_binary(), "check", "--help"});
  CHECK(check_help.out.find("Exit status") != std::string::npos);
  CHECK(check_help.out.find("aep check examples/support") != std::string::npos);
}

TEST_CASE("check --format json has the documented fields") {
  TempDir t;
  t.write("a.aep", kClean);
  t.write("b.aep", kBroken);
  auto result = run({aep_binary(), "check", "--format", "json", t.path.string()});
  CHECK(result.exit_code == 1);
  nlohmann::json j = nlohmann::json::parse(result.out);  // throws (fails) when not JSON
  CHECK(j["files"] == 2);
  CHECK(j["errors"].get<int>() >= 2);
  CHECK(j["warnings"] == 0);
  CHECK(j["dropped"] == 0);
  REQUIRE(j["diagnostics"].is_array());
  REQUIRE(!j["diagnostics"].empty());
  for (const auto& d : j["diagnostics"]) {
    CHECK(std::regex_match(d["code"].get<std::string>(), std::regex("[EW][0-9]{4}")));
    CHECK(d["kind"].is_string());
    CHECK(d["severity"] == "error");
    CHECK(!d["message"].get<std::string>().empty());
    CHECK(d["span"]["file"].get<std::string>().find("b.aep") != std::string::npos);
    CHECK(d["span"]["line"].get<int>() >= 1);
    CHECK(d["span"]["column"].get<int>() >= 1);
    CHECK(d["span"]["begin"].get<int>() <= d["span"]["end"].get<int>());
    CHECK(d["labels"].is_array());
    CHECK(d["notes"].is_array());
    CHECK(d.contains("help"));
  }
  // A clean run is valid JSON too, with an empty list.
  auto clean = run({aep_binary(), "check", "--format", "json", (t.path / "a.aep").string()});
  CHECK(clean.exit_code == 0);
  auto c = nlohmann::json::parse(clean.out);
  CHECK(c["diagnostics"].empty());
  CHECK(c["files"] == 1);
}

TEST_CASE("colour only on a terminal, never with NO_COLOR") {
  TempDir t;
  auto broken = t.write("broken.aep", kBroken);
  RunOptions no_env;
  no_env.env["NO_COLOR"] = std::nullopt;
  auto piped = run({aep_binary(), "check", broken}, no_env);
  CHECK(piped.exit_code == 1);
  CHECK_FALSE(has_escape(piped.out));
  CHECK_FALSE(has_escape(piped.err));

  RunOptions tty = no_env;
  tty.tty = true;
  auto on_tty = run({aep_binary(), "check", broken}, tty);
  CHECK(on_tty.exit_code == 1);
  CHECK(has_escape(on_tty.out));

  tty.env["NO_COLOR"] = "1";
  auto no_color = run({aep_binary(), "check", broken}, tty);
  CHECK(no_color.exit_code == 1);
  CHECK(no_color.out.find("error[") != std::string::npos);
  CHECK_FALSE(has_escape(no_color.out));

  auto forced = run({aep_binary(), "check", "--color", "always", broken}, no_env);
  CHECK(has_escape(forced.out));
  RunOptions never = no_env;
  never.tty = true;
  CHECK_FALSE(has_escape(run({aep_binary(), "check", "--color", "never", broken}, never).out));
  // parse writes diagnostics to stderr: the same rules hold there.
  auto parse_tty = run({aep_binary(), "parse", broken}, tty);  // NO_COLOR=1 still set
  CHECK_FALSE(has_escape(parse_tty.out));
}

TEST_CASE("a directory walk is recursive, sorted and skips hidden and build folders") {
  TempDir t;
  t.write("b/z.aep", kBroken);
  t.write("a/y.aep", kBroken);
  t.write("a/sub/x.aep", kBroken);
  t.write("c.aep", kClean);
  t.write("notes.txt", "not a module");
  t.write(".git/hooks/h.aep", kBroken);
  t.write(".hidden/h.aep", kBroken);
  t.write("build/out.aep", kBroken);
  t.write("build-release/out.aep", kBroken);
  t.write("node_modules/pkg/p.aep", kBroken);
  t.write("out/CMakeCache.txt", "");
  t.write("out/gen.aep", kBroken);
  t.write("a/.swap.aep", kBroken);
  auto result = run({aep_binary(), "check", "--format", "json", t.path.string()});
  REQUIRE(result.exit_code == 1);
  auto j = nlohmann::json::parse(result.out);
  CHECK(j["files"] == 4);
  std::vector<std::string> order;
  for (const auto& d : j["diagnostics"]) {
    std::string file = d["span"]["file"];
    file = file.substr(t.path.string().size() + 1);
    if (order.empty() || order.back() != file) order.push_back(file);
  }
  CHECK(order == std::vector<std::string>{"a/sub/x.aep", "a/y.aep", "b/z.aep"});

  // Same output whatever the number of threads.
  auto one = run({aep_binary(), "check", "-j", "1", t.path.string()});
  auto two = run({aep_binary(), "check", "-j", "2", t.path.string()});
  auto many = run({aep_binary(), "check", "-j", "8", t.path.string()});
  CHECK(one.out == two.out);
  CHECK(one.out == many.out);

  // A hidden directory named explicitly is checked.
  auto hidden = run({aep_binary(), "check", "--format", "json", (t.path / ".hidden").string()});
  CHECK(nlohmann::json::parse(hidden.out)["files"] == 1);
}

TEST_CASE("parallel checking of many files gives exactly the sequential output") {
  // Copies of the example project and of every golden case (valid and
  // malformed): enough files that threads really interleave.
  TempDir t;
  namespace fs = std::filesystem;
  std::vector<fs::path> sources;
  for (const char* dir : {"examples/support", "tests/golden/syntax"}) {
    // Hidden folders (.aep/builds holds snapshots of the same modules) are
    // skipped, as `aep check` skips them, so every file name is unique.
    for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) {
      if (it->is_directory() && it->path().filename().string().rfind('.', 0) == 0) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->path().extension() == ".aep") sources.push_back(it->path());
    }
  }
  REQUIRE(sources.size() > 20);
  for (int copy = 0; copy < 6; ++copy) {
    for (const fs::path& src : sources) {
      fs::path dst = t.path / ("c" + std::to_string(copy)) / src.filename();
      fs::create_directories(dst.parent_path());
      fs::copy_file(src, dst);
    }
  }
  auto sequential = run({aep_binary(), "check", "-j", "1", t.path.string()});
  REQUIRE(sequential.signal == 0);
  for (int round = 0; round < 3; ++round) {
    auto parallel = run({aep_binary(), "check", "-j", "4", t.path.string()});
    REQUIRE(parallel.signal == 0);
    CHECK(parallel.exit_code == sequential.exit_code);
    CHECK(parallel.out == sequential.out);
  }
}

TEST_CASE("a path named twice is checked once, and a missing one still fails the run") {
  TempDir t;
  auto clean = t.write("c.aep", kClean);
  auto twice = run({aep_binary(), "check", "--format", "json", clean, t.path.string()});
  CHECK(twice.exit_code == 0);
  CHECK(nlohmann::json::parse(twice.out)["files"] == 1);
  auto partly = run({aep_binary(), "check", clean, (t.path / "missing.aep").string()});
  CHECK(partly.exit_code == 2);
  CHECK(partly.out.find("checked 1 file") != std::string::npos);
  CHECK(partly.err.find("missing.aep") != std::string::npos);
}

TEST_CASE("a malformed aep.toml in a checked directory is reported") {
  TempDir t;
  t.write("aep.toml", "[project\nname = 1\n");
  t.write("m.aep", kClean);
  auto result = run({aep_binary(), "check", t.path.string()});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("aep.toml") != std::string::npos);
}

TEST_CASE("parse --dump-ast prints the AST, and the diagnostics too when there are errors") {
  TempDir t;
  auto clean = t.write("clean.aep", kClean);
  auto ok = run({aep_binary(), "parse", "--dump-ast", clean});
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("Greeter") != std::string::npos);
  CHECK(ok.err.empty());
  auto broken = t.write("broken.aep", kBroken);
  auto bad = run({aep_binary(), "parse", "--dump-ast", broken});
  CHECK(bad.exit_code == 1);
  CHECK(bad.out.find("A") != std::string::npos);  // what could be recovered
  CHECK(bad.err.find("error[") != std::string::npos);
  auto json = run({aep_binary(), "parse", "--format", "json", broken});
  CHECK(json.exit_code == 1);
  CHECK(nlohmann::json::parse(json.err)["errors"].get<int>() >= 2);
}

TEST_CASE("parse reads standard input when the file is -") {
  RunOptions in;
  in.stdin_text = kClean;
  auto result = run({aep_binary(), "parse", "--dump-ast", "-"}, in);
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("Greeter") != std::string::npos);
  in.stdin_text = kBroken;
  auto bad = run({aep_binary(), "parse", "-"}, in);
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("<stdin>:2:") != std::string::npos);
}

TEST_CASE("the example project passes aep check") {
  auto result = run({aep_binary(), "check", "examples/support"});
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(std::regex_search(result.out, std::regex("checked [0-9]+ files: no errors")));
}
