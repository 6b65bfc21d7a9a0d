// World files: errors name the JSON pointer of the bad value; defaults apply.
#include <catch2/catch.hpp>

#include "sim_fixture.hpp"

using namespace aep::sim;
using nlohmann::json;

namespace {
std::string error_of(const json& doc) {
  auto w = parse_world(doc);
  REQUIRE_FALSE(w.ok());
  return w.error().message;
}
}  // namespace

TEST_CASE("world errors say where and what") {
  CHECK(error_of({{"skills", {{{"cues", {"x"}}, {"accuracy_with_cue", 1.5}, {"accuracy_without_cue", 0.5}}}}}) ==
        "/skills/0/accuracy_with_cue: 1.5 is outside [0, 1]");
  CHECK(error_of({{"tasks", {{{"input", "a"}}}}}) == "/tasks/0: a task needs `answer`");
  CHECK(error_of({{"tasks", {{{"id", "x"}, {"input", "a"}, {"answer", "b"}}, {{"id", "x"}, {"input", "c"}, {"answer", "d"}}}}}) ==
        "/tasks/1/id: duplicate task id `x`");
  CHECK(error_of({{"nosie", 1}}).find("/nosie: unknown key `nosie`") == 0);
  CHECK(error_of({{"skills", {{{"patterns", {"(unclosed"}}, {"accuracy_with_cue", 1}, {"accuracy_without_cue", 0}}}}})
            .find("/skills/0/patterns/0: `(unclosed` is not a valid regular expression") == 0);
  CHECK(error_of({{"noise", {{"latency", "gaussian:5ms"}}}}).find("/noise/latency: latency `gaussian:5ms`: unknown kind") == 0);
  CHECK(error_of({{"format", {{"prose_templates", {"no placeholder"}}}}}) == "/format/prose_templates/0: a prose template needs `{answer}`");
}

TEST_CASE("world files on disk: unreadable and invalid JSON are clear errors") {
  auto missing = load_world("/nonexistent/world.json");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message == "/nonexistent/world.json: cannot read the world file");
  auto good = load_world("tests/integration/emulator/world.json");
  REQUIRE(good.ok());
  CHECK(good->tasks.size() == 2);
}

TEST_CASE("the example project's world loads and matches its eval items") {
  auto world = load_world("examples/support/sim/world.json");
  REQUIRE(world.ok());
  CHECK(world->tasks.size() >= 20);
  CHECK(!world->skills.empty());
}
