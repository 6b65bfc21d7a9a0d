// The sim as a judge: recognised by its section headings, verdicts agree
// with the truth at the world's agreement rate.
#include <catch2/catch.hpp>

#include "sim_fixture.hpp"

using namespace aep::sim;
using nlohmann::json;

namespace {
SimRequest judge_request(const std::string& reference, const std::string& candidate) {
  return request("You grade answers. Reply with only PASS or FAIL.",
                 "## Reference\n" + reference + "\n\n## Candidate\n" + candidate + "\n");
}
}  // namespace

TEST_CASE("judge verdicts agree with the truth at the world's rate") {
  Sim sim(world_from({{"labels", {"billing", "technical"}}, {"judge", {{"agreement", 0.8}}}}));
  const int n = 2000;
  int agree = 0;
  for (int i = 0; i < n; ++i) {
    bool match = i % 2 == 0;
    std::string reference = "billing";
    std::string candidate = match ? "I think it is billing (case " + std::to_string(i) + ")"
                                  : "It is technical (case " + std::to_string(i) + ")";
    auto reply = sim.answer(judge_request(reference, candidate));
    REQUIRE(reply.kind == "judge");
    bool pass = reply.text == "PASS";
    agree += pass == match;
  }
  CHECK(static_cast<double>(agree) / n == Approx(0.8).margin(0.03));
}

TEST_CASE("judge reads JSON answers and answers in JSON when asked") {
  Sim sim(world_from({{"judge", {{"agreement", 1.0}}}}));
  auto req = judge_request("{\"label\": \"billing\"}", "{\"label\": \"billing\"}");
  req.json_output = true;
  auto reply = sim.answer(req);
  auto verdict = json::parse(reply.text);
  CHECK(verdict["verdict"] == "pass");
  CHECK(verdict["score"] == 1);
  auto wrong = sim.answer(judge_request("billing", "{\"label\": \"account\"}"));
  CHECK(wrong.text == "FAIL");
}

TEST_CASE("a request without both headings is a task, not a judge call") {
  Sim sim(world_from({{"labels", {"billing"}}}));
  CHECK(sim.answer(request("", "## Reference\nbilling")).kind == "task");
  CHECK(find_section("# A\nx\n## Reference:\n  text here \n## Candidate\ny\n# B\n", {"reference"}) == std::optional<std::string>("text here"));
}
