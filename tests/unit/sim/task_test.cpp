// The sim as a task model: deterministic outcomes, cue effects on accuracy
// matching the world's rates, format rules, penalties, temperature.
#include <set>

#include <catch2/catch.hpp>

#include "runtime/sim/format.hpp"
#include "runtime/sim/hash.hpp"
#include "runtime/sim/prompt_view.hpp"
#include "sim_fixture.hpp"

using namespace aep::sim;
using nlohmann::json;

namespace {

json sarcasm_world(int n) {
  return {{"seed", 11},
          {"labels", {"billing", "technical", "account"}},
          {"tasks", many_tasks(n, {"sarcasm"})},
          {"skills", {{{"id", "sarcasm"}, {"slices", {"sarcasm"}}, {"cues", {"sarcasm"}},
                       {"accuracy_with_cue", 0.9}, {"accuracy_without_cue", 0.5},
                       {"hint", "the prompt never says how to treat sarcasm"}}}}};
}

double measured_accuracy(const Sim& sim, const std::string& system, int n, double temperature = 0) {
  int right = 0;
  for (int i = 0; i < n; ++i) {
    auto reply = sim.answer(request(system, "Ticket number " + std::to_string(i) + ": my invoice looks odd, great job as usual.", temperature));
    REQUIRE(reply.task_id == "t" + std::to_string(i));
    right += reply.correct;
  }
  return static_cast<double>(right) / n;
}

}  // namespace

TEST_CASE("xxh3 matches its specification so draws agree across machines") {
  CHECK(hash_text("") == 0x2D06800538D394C2ULL);
  CHECK(normalize_text("  Hello\n\tWORLD  ") == "hello world");
  CHECK(unit_from_hash(0) == 0.0);
  CHECK(unit_from_hash(~0ULL) < 1.0);
}

TEST_CASE("the same world and request give the same reply, in fresh instances too") {
  Sim a(world_from(sarcasm_world(50)));
  Sim b(world_from(sarcasm_world(50)));
  for (int i = 0; i < 50; ++i) {
    auto req = request("Classify the ticket.", "Ticket number " + std::to_string(i) + ": my invoice looks odd, great job as usual.", 0.7);
    req.sample_index = i % 3;
    auto x = a.answer(req), y = b.answer(req);
    CHECK(x.text == y.text);
    CHECK(x.correct == y.correct);
    CHECK(x.latency_ms == y.latency_ms);
    CHECK(x.input_tokens == y.input_tokens);
  }
}

TEST_CASE("cue presence moves accuracy to the world's rates") {
  const int n = 2000;
  Sim sim(world_from(sarcasm_world(n)));
  double without = measured_accuracy(sim, "Classify the ticket.", n);
  double with = measured_accuracy(sim, "Classify the ticket. Watch for sarcasm: praise may be ironic.", n);
  CHECK(without == Approx(0.5).margin(0.04));
  CHECK(with == Approx(0.9).margin(0.03));
  // The missing skill's hint is reported for the optimizer side and traces.
  auto reply = sim.answer(request("Classify the ticket.", "Ticket number 3: my invoice looks odd, great job as usual."));
  REQUIRE(reply.missing_hints.size() == 1);
  CHECK(reply.missing_hints[0] == "the prompt never says how to treat sarcasm");
}

TEST_CASE("a cue inside the item's own input does not count") {
  json w = sarcasm_world(1);
  w["tasks"][0]["input"] = "Oh great, sarcasm aside, I was billed twice.";
  Sim sim(world_from(w));
  auto reply = sim.answer(request("Classify the ticket.", "Oh great, sarcasm aside, I was billed twice."));
  CHECK(reply.task_id == "t0");
  CHECK(reply.accuracy == Approx(0.5));
}

TEST_CASE("temperature: samples agree at 0, differ above it, and accuracy falls with sensitivity") {
  json w = sarcasm_world(400);
  w["noise"] = {{"temperature_sensitivity", 0.2}};
  Sim sim(world_from(w));
  auto req = request("Classify the ticket.", "Ticket number 5: my invoice looks odd, great job as usual.", 0);
  std::set<bool> outcomes_t0, outcomes_t1;
  for (int s = 0; s < 20; ++s) {
    req.sample_index = s;
    req.temperature = 0;
    outcomes_t0.insert(sim.answer(req).correct);
    req.temperature = 1;
    outcomes_t1.insert(sim.answer(req).correct);
  }
  CHECK(outcomes_t0.size() == 1);
  CHECK(outcomes_t1.size() == 2);
  CHECK(measured_accuracy(sim, "Classify the ticket.", 400, 1.0) == Approx(0.3).margin(0.07));
}

TEST_CASE("format rules: structured output, JSON asked in the prompt, bare label, prose") {
  json w = {{"labels", {"billing", "technical"}},
            {"tasks", {{{"id", "a"}, {"input", "My card was charged twice."}, {"answer", "billing"}}}}};
  Sim sim(world_from(w));
  auto structured = request("Classify.", "My card was charged twice.");
  structured.json_output = true;
  structured.schema = {{"type", "object"}, {"properties", {{"category", {{"type", "string"}, {"enum", {"billing", "technical"}}}},
                                                           {"confidence", {{"type", "number"}}}}}};
  auto s = sim.answer(structured);
  CHECK(s.json);
  auto doc = json::parse(s.text);
  CHECK(doc["category"] == "billing");
  CHECK(doc["confidence"].is_number());

  auto asked = sim.answer(request("Classify. Respond in JSON.", "My card was charged twice."));
  CHECK(json::parse(asked.text) == json{{"label", "billing"}});
  auto bare = sim.answer(request("Classify. Reply with only the label.", "My card was charged twice."));
  CHECK(bare.text == "billing");
  auto prose = sim.answer(request("Classify.", "My card was charged twice."));
  CHECK(prose.text != "billing");
  CHECK(prose.text.find("billing") != std::string::npos);
}

TEST_CASE("penalties: length, contradictory cues, undelimited untrusted input") {
  json w = {{"tasks", {{{"id", "a"}, {"input", "My card was charged twice."}, {"answer", "billing"}}}},
            {"penalties", {{"length", {{"max_tokens", 50}, {"per_100_tokens", 0.5}, {"floor", 0.2}}},
                           {"contradictions", {{{"cues", {"be brief", "explain in detail"}}, {"factor", 0.5}}}},
                           {"delimiters", {{"factor", 0.8}}}}}};
  Sim sim(world_from(w));
  auto acc = [&](const std::string& system, const std::string& user) {
    auto req = request(system, user);
    return sim.assess(req, read_prompt(sim.world(), req));
  };
  auto base = acc("Classify.", "<ticket>My card was charged twice.</ticket>");
  CHECK(base.accuracy == Approx(1.0));
  CHECK(acc("Classify.", "My card was charged twice.").delimiter_factor == Approx(0.8));
  CHECK(acc("Classify.", "```\nMy card was charged twice.\n```").delimiter_factor == Approx(1.0));
  CHECK(acc("Be brief. Explain in detail.", "<t>My card was charged twice.</t>").contradiction_factor == Approx(0.5));
  std::string padding;
  for (int i = 0; i < 60; ++i) padding += "Please consider every detail. ";
  auto long_prompt = acc(padding, "<t>My card was charged twice.</t>");
  CHECK(long_prompt.length_factor < 1.0);
  CHECK(long_prompt.length_factor >= 0.2);
  CHECK(long_prompt.accuracy == Approx(long_prompt.length_factor));
}

TEST_CASE("unknown inputs get a deterministic guess; max output tokens cut the answer") {
  json w = {{"labels", {"billing", "technical", "account"}}};
  Sim sim(world_from(w));
  auto a = sim.answer(request("Classify. Reply with only the label.", "something the world has never seen"));
  auto b = sim.answer(request("Classify. Reply with only the label.", "something the world has never seen"));
  CHECK(a.task_id.empty());
  CHECK(a.text == b.text);
  CHECK((a.text == "billing" || a.text == "technical" || a.text == "account"));
  auto req = request("Classify.", "something the world has never seen");
  req.max_output_tokens = 3;
  auto cut = sim.answer(req);
  CHECK(cut.finish_reason == "length");
  CHECK(cut.output_tokens <= 3);
}

TEST_CASE("items match by id, by the whole user turn, or inside a template") {
  json w = {{"tasks", {{{"id", "a"}, {"input", "My card was charged twice."}, {"answer", "billing"}},
                       {{"id", "b"}, {"input", "The app crashes on start."}, {"answer", "technical"}}}}};
  Sim sim(world_from(w));
  CHECK(sim.answer(request("", "my card   was charged TWICE.")).task_id == "a");
  CHECK(sim.answer(request("", "Ticket:\n<t>The app crashes on start.</t>\nAnswer now.")).task_id == "b");
  auto by_id = request("", "anything");
  by_id.item_id = "b";
  CHECK(sim.answer(by_id).task_id == "b");
  // A few-shot example earlier in the prompt does not hide the real item.
  CHECK(sim.answer(request("Example: The app crashes on start. -> technical", "My card was charged twice.")).task_id == "a");
}
