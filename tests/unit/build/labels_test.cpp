// Labels and attached eval results: the append-only, hash-chained history,
// the gate seam (veto, forced moves with a reason), and attachments that
// leave a build's id alone but are verified like the rest of it.
#include <catch2/catch.hpp>

#include <fstream>

#include "compiler/build/chain_log.hpp"
#include "compiler/build/evals.hpp"
#include "compiler/build/labels.hpp"
#include "tests/unit/build/project_fixture.hpp"

using namespace aep;
using namespace aep::build;
using aep::build::testing::TempProject;
namespace fs = std::filesystem;

namespace {

struct TwoBuilds {
  TempProject project;
  Store store;
  std::string first, second;
  TwoBuilds() {
    testing::write_small_project(project, "targets = [\"openai-chat\"]");
    auto a = project.build();
    REQUIRE(a.ok());
    project.write("app/extra.aep", "module app.extra\n\nprompt Extra {\n  config { model: \"gpt-4o\" }\n  user { \"hi\" }\n}\n");
    auto b = project.build();
    REQUIRE(b.ok());
    store = a.summary.store;
    first = a.summary.build->id;
    second = b.summary.build->id;
  }
};

LabelOptions at(const std::string& when, const std::string& reason = "") {
  LabelOptions o;
  o.who = "tester";
  o.when = when;
  o.reason = reason;
  return o;
}

}  // namespace

TEST_CASE("moving a label records who, when, from, to and why, oldest first") {
  TwoBuilds b;
  auto m1 = move_label(b.store, "production", b.first.substr(0, 8), at("2026-01-01T00:00:00Z", "first release"));
  REQUIRE(m1);
  CHECK_FALSE(m1->from);
  auto m2 = move_label(b.store, "production", b.second, at("2026-01-02T00:00:00Z", "adds Extra"));
  REQUIRE(m2);
  REQUIRE(m2->from);
  CHECK(*m2->from == b.first);
  auto same = move_label(b.store, "production", b.second, at("2026-01-03T00:00:00Z"));
  REQUIRE(same);
  CHECK(same->unchanged);  // nothing recorded
  REQUIRE(move_label(b.store, "staging", "production", at("2026-01-04T00:00:00Z")));  // a label as the reference

  auto labels = current_labels(b.store);
  REQUIRE(labels);
  CHECK(labels->at("production") == b.second);
  CHECK(labels->at("staging") == b.second);
  auto history = label_history(b.store, "production");
  REQUIRE(history);
  REQUIRE(history->size() == 2);
  CHECK((*history)[0]["from"].is_null());
  CHECK((*history)[0]["to"] == b.first);
  CHECK((*history)[0]["who"] == "tester");
  CHECK((*history)[0]["reason"] == "first release");
  CHECK((*history)[1]["from"] == b.first);
  CHECK((*history)[1]["when"] == "2026-01-02T00:00:00Z");
  // Resolving by label name goes through the log.
  CHECK(resolve_build(b.store, "production")->id == b.second);
}

TEST_CASE("a gate can veto a move, and --force needs and records a reason") {
  TwoBuilds b;
  REQUIRE(move_label(b.store, "production", b.first, at("2026-01-01T00:00:00Z")));
  std::string seen_candidate, seen_current;
  LabelGate refuse = [&](const Build& candidate, const Build* current) -> Expected<GatePass> {
    seen_candidate = candidate.id;
    seen_current = current ? current->id : "";
    return Error{"accuracy 0.71 < 0.80 on slice refunds (p = 0.003 against " + (current ? current->short_id() : std::string("-")) + ")"};
  };
  auto refused = move_label(b.store, "production", b.second, at("2026-01-02T00:00:00Z"), refuse);
  REQUIRE_FALSE(refused);
  CHECK_THAT(refused.error().message, Catch::Contains("accuracy 0.71 < 0.80"));
  CHECK(seen_candidate == b.second);  // the gate judges the build being moved to
  CHECK(seen_current == b.first);
  CHECK(current_labels(b.store)->at("production") == b.first);  // unchanged

  LabelOptions force = at("2026-01-02T00:00:00Z");
  force.force = true;
  auto no_reason = move_label(b.store, "production", b.second, force, refuse);
  REQUIRE_FALSE(no_reason);
  CHECK_THAT(no_reason.error().message, Catch::Contains("--reason"));

  force.reason = "hotfix approved by on-call";
  auto forced = move_label(b.store, "production", b.second, force, refuse);
  REQUIRE(forced);
  CHECK(forced->forced);
  auto history = label_history(b.store, "production");
  REQUIRE(history);
  const Json& last = history->back();
  CHECK(last["forced"] == true);
  CHECK(last["reason"] == "hotfix approved by on-call");
  CHECK_THAT(last["gate"].get<std::string>(), Catch::StartsWith("refused: accuracy 0.71"));

  LabelGate pass = [](const Build&, const Build*) -> Expected<GatePass> { return GatePass{"2 gates pass"}; };
  REQUIRE(move_label(b.store, "candidate", b.first, at("2026-01-03T00:00:00Z"), pass));
  CHECK(label_history(b.store, "candidate")->back()["gate"] == "2 gates pass");
}

TEST_CASE("bad label names and unknown builds are refused") {
  TwoBuilds b;
  for (const std::string& bad : std::vector<std::string>{"", "1st", "has space", "a/b", std::string(65, 'a'), b.first}) {
    CHECK_FALSE(move_label(b.store, bad, b.first, at("2026-01-01T00:00:00Z")));
  }
  auto unknown = move_label(b.store, "production", "ffffffff", at("2026-01-01T00:00:00Z"));
  REQUIRE_FALSE(unknown);
  CHECK_THAT(unknown.error().message, Catch::Contains("no build starts with `ffffffff`"));
}

TEST_CASE("an edited or truncated label history is detected with its line") {
  TwoBuilds b;
  REQUIRE(move_label(b.store, "production", b.first, at("2026-01-01T00:00:00Z", "one")));
  REQUIRE(move_label(b.store, "production", b.second, at("2026-01-02T00:00:00Z", "two")));
  REQUIRE(move_label(b.store, "staging", b.first, at("2026-01-03T00:00:00Z", "three")));
  fs::path log = b.store.root / "labels.log";
  std::string text = *read_whole(log);

  SECTION("a reason rewritten") {
    std::string edited = text;
    edited.replace(edited.find("\"one\""), 5, "\"uno\"");
    std::ofstream(log, std::ios::binary) << edited;
    auto labels = current_labels(b.store);
    REQUIRE_FALSE(labels);
    CHECK_THAT(labels.error().message, Catch::Contains("labels.log:2: the hash chain is broken"));
  }
  SECTION("a line removed") {
    std::string edited = text.substr(0, text.find('\n') + 1) + text.substr(text.find('\n', text.find('\n') + 1) + 1);
    std::ofstream(log, std::ios::binary) << edited;
    auto history = label_history(b.store, "");
    REQUIRE_FALSE(history);
    CHECK_THAT(history.error().message, Catch::Contains("labels.log:2"));
  }
  SECTION("a torn last line") {
    std::ofstream(log, std::ios::binary | std::ios::app) << "{\"label\":";
    CHECK_FALSE(current_labels(b.store));
    // Moves are refused too: nothing is appended to a damaged history.
    CHECK_FALSE(move_label(b.store, "production", b.first, at("2026-01-04T00:00:00Z")));
  }
}

TEST_CASE("eval results attach to a build without changing its id and are verified") {
  TwoBuilds b;
  auto build = open_build(b.store, b.first);
  REQUIRE(build);
  Json result = {{"eval", "app.ask.accuracy"}, {"items", 48}, {"pass_rate", 0.9375}};
  auto attached = attach_eval(b.store, *build, "app.ask.accuracy", result, "2026-01-05T00:00:00Z");
  REQUIRE(attached);
  auto reopened = open_build(b.store, b.first);
  REQUIRE(reopened);  // same id, still verifies
  auto list = list_evals(*reopened);
  REQUIRE(list);
  REQUIRE(list->size() == 1);
  CHECK((*list)[0].name == "app.ask.accuracy");
  CHECK(*read_eval(*reopened, attached->sha256) == result);

  std::ofstream(build->dir / "evals" / (attached->sha256 + ".json"), std::ios::binary) << "{\"pass_rate\": 1.0}\n";
  auto damaged = open_build(b.store, b.first);
  REQUIRE_FALSE(damaged);
  CHECK_THAT(damaged.error().message, Catch::Contains("evals/" + attached->sha256 + ".json: content changed"));
  CHECK_FALSE(read_eval(*reopened, attached->sha256));
}
