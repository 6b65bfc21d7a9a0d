// docs/diagnostics.md must list exactly the registry's diagnostic kinds: the
// table between its GENERATED markers equals `aep diagnostics --format
// markdown`. Fix a failure with scripts/update_diagnostics_doc.sh.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "process.hpp"

TEST_CASE("docs/diagnostics.md lists every registered diagnostic") {
  std::ifstream in("docs/diagnostics.md");
  REQUIRE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string doc = buffer.str();
  const std::string begin = "<!-- BEGIN GENERATED: aep diagnostics --format markdown -->\n";
  const std::string end = "<!-- END GENERATED -->";
  auto b = doc.find(begin);
  auto e = doc.find(end);
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  std::string committed = doc.substr(b + begin.size(), e - b - begin.size());
  auto generated = aep::test::run({aep::test::aep_binary(), "diagnostics", "--format", "markdown"});
  REQUIRE(generated.exit_code == 0);
  INFO("docs/diagnostics.md is out of date: run scripts/update_diagnostics_doc.sh");
  CHECK(committed == generated.out);
}
