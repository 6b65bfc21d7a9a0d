// docs/language.md promises that every ```aep example in it is one of the
// valid golden cases (so it is parsed and its AST reviewed); this keeps the
// promise true.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "tests/unit/syntax/test_util.hpp"

namespace {
std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}
}  // namespace

TEST_CASE("every example in docs/language.md is a valid golden case") {
  std::set<std::string> golden;
  for (const auto& entry : std::filesystem::directory_iterator("tests/golden/syntax")) {
    std::string name = entry.path().filename().string();
    if (name.rfind("valid_", 0) == 0 && entry.path().extension() == ".aep") golden.insert(read(entry.path()));
  }
  REQUIRE(golden.size() >= 40);
  std::string doc = read("docs/language.md");
  const std::string open = "```aep\n";
  int examples = 0;
  for (std::size_t at = doc.find(open); at != std::string::npos; at = doc.find(open, at)) {
    at += open.size();
    std::size_t end = doc.find("```", at);
    REQUIRE(end != std::string::npos);
    std::string example = doc.substr(at, end - at);
    INFO(example);
    CHECK(golden.count(example) == 1);
    auto parsed = aep::test::parse_text(example);
    CHECK_FALSE(parsed.sink.has_errors());
    ++examples;
    at = end + 3;
  }
  CHECK(examples >= 40);
}
