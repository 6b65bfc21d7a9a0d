// The runner on the in-process sim with a small test project (data/): a typed
// output parsed and checked, usage and cost, cache hits on a rerun, traces,
// input errors naming the input, unknown profiles, many calls at once.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "compiler/diag/render.hpp"
#include "runtime/runner/prompt_load.hpp"
#include "runtime/runner/runner.hpp"

using namespace aep;
using namespace aep::runner;
namespace fs = std::filesystem;

namespace {

const char* kTicket = "I was charged twice for my subscription this month.";

struct Fixture {
  Fixture() {
    auto loaded = load_prompt("tests/unit/runner/data/classify.aep#Classify", sources, sink);
    REQUIRE(loaded.ok());
    std::ostringstream diags;
    render_text(diags, sink, sources);
    INFO(diags.str());
    REQUIRE(loaded->prompt != nullptr);
    prompt = std::move(loaded).value();
    dir = fs::temp_directory_path() / ("aep-runner-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Fixture() { fs::remove_all(dir); }

  RunnerOptions options(bool cache, bool trace) {
    RunnerOptions o;
    o.world = "tests/unit/runner/data/sim/world.json";
    if (cache) o.cache_dir = dir / "cache";
    if (trace) o.trace_dir = dir / "run";
    o.sources = &sources;
    return o;
  }
  CallInput input(const std::string& ticket) {
    CallInput in;
    in.prompt = prompt.prompt;
    in.inputs = {{"ticket", ticket}};
    in.prompt_label = "classify.aep#Classify";
    return in;
  }

  SourceManager sources;
  DiagnosticSink sink;
  LoadedPrompt prompt;
  fs::path dir;
  static inline int counter = 0;
};

std::vector<nlohmann::json> read_lines(const fs::path& file) {
  std::vector<nlohmann::json> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) out.push_back(nlohmann::json::parse(line));
  return out;
}

}  // namespace

TEST_CASE("runner: a typed prompt through the in-process sim gives a checked output, usage and cost") {
  Fixture f;
  auto runner = Runner::create(f.options(false, false));
  REQUIRE(runner.ok());
  CallResult r = (*runner)->call(f.input(kTicket));
  INFO(r.error);
  REQUIRE(r.ok());
  REQUIRE(r.output.has_value());
  CHECK((*r.output)["label"] == "billing");  // the world's answer (no base error)
  CHECK(r.output->contains("confidence"));
  CHECK(r.provider == "sim");
  CHECK(r.target == "openai-chat");  // the prompt's model is gpt-4o-mini
  CHECK(r.model == "gpt-4o-mini");
  REQUIRE(r.response.has_value());
  CHECK(r.response->usage.input_tokens > 20);
  CHECK(r.response->usage.output_tokens > 5);
  REQUIRE(r.cost_usd.has_value());
  CHECK(*r.cost_usd > 0);
  CHECK(r.cache_key.size() == 64);
  CHECK_FALSE(r.cache_hit);

  // Deterministic: a second runner gives the same answer.
  auto again = Runner::create(f.options(false, false));
  CHECK((*again)->call(f.input(kTicket)).response->text == r.response->text);
}

TEST_CASE("runner: a rerun is answered from the cache with the original usage and latency, and traced") {
  Fixture f;
  std::string text;
  double latency = 0;
  {
    auto runner = Runner::create(f.options(true, true));
    REQUIRE(runner.ok());
    CallResult r = (*runner)->call(f.input(kTicket));
    REQUIRE(r.ok());
    text = r.response->text;
    latency = r.latency_ms;
    CHECK((*runner)->progress().cached == 0);
  }
  auto runner = Runner::create(f.options(true, true));
  CallResult r = (*runner)->call(f.input(kTicket));
  REQUIRE(r.ok());
  CHECK(r.cache_hit);
  CHECK(r.response->text == text);
  CHECK(r.latency_ms == Approx(latency).margin(1));
  CHECK(r.output.has_value());
  Progress p = (*runner)->progress();
  CHECK(p.cached == 1);
  CHECK(p.done == 1);
  CHECK(p.failed == 0);

  // Another sample index is another entry.
  CallInput second = f.input(kTicket);
  second.sample_index = 1;
  CHECK_FALSE((*runner)->call(second).cache_hit);

  auto lines = read_lines(f.dir / "run" / "traces.jsonl");
  REQUIRE(lines.size() == 3);
  CHECK(lines[0]["cache_hit"] == false);
  CHECK(lines[1]["cache_hit"] == true);
  CHECK(lines[0]["prompt"] == "classify.aep#Classify");
  CHECK(lines[0]["model"] == "gpt-4o-mini");
  CHECK(lines[0]["status"] == "ok");
  CHECK(lines[0]["input_tokens"].get<long>() > 20);
  CHECK(lines[0]["cost_usd"].get<double>() > 0);
  CHECK(lines[0]["input"].get<std::string>().find("charged twice") != std::string::npos);
  CHECK(lines[2]["extra"]["sample"] == 1);
}

TEST_CASE("runner: bad inputs and unknown profiles are clear errors, never crashes") {
  Fixture f;
  auto runner = Runner::create(f.options(false, false));
  REQUIRE(runner.ok());
  CallInput missing = f.input(kTicket);
  missing.inputs = nlohmann::ordered_json::object();
  CallResult r = (*runner)->call(missing);
  CHECK(r.status == CallStatus::InputError);
  CHECK(r.error.find("ticket") != std::string::npos);

  CallInput wrong = f.input(kTicket);
  wrong.inputs["tier"] = 3;
  r = (*runner)->call(wrong);
  CHECK(r.status == CallStatus::InputError);
  CHECK(r.error.find("tier") != std::string::npos);

  CallInput profile = f.input(kTicket);
  profile.profile = "nowhere";
  r = (*runner)->call(profile);
  CHECK(r.status == CallStatus::ProviderError);
  CHECK(r.error.find("unknown provider profile `nowhere`") != std::string::npos);

  CallInput model = f.input(kTicket);
  model.model = "gpt-4o-minii";
  r = (*runner)->call(model);
  CHECK(r.status == CallStatus::LowerError);
  CHECK(r.error.find("gpt-4o-minii") != std::string::npos);

  CallInput none;
  CHECK((*runner)->call(none).status == CallStatus::InputError);
  CHECK((*runner)->progress().failed == 5);
}

TEST_CASE("runner: the sim speaks the wire format of the chosen model") {
  Fixture f;
  auto runner = Runner::create(f.options(false, false));
  for (const char* model : {"claude-3-5-haiku-latest", "gemini-2.0-flash"}) {
    CallInput in = f.input(kTicket);
    in.model = model;
    CallResult r = (*runner)->call(in);
    INFO(model << ": " << r.error);
    CHECK(r.ok());
    CHECK(r.output.has_value());
    CHECK(r.target == (std::string(model).rfind("claude", 0) == 0 ? "anthropic" : "gemini"));
  }
}

TEST_CASE("runner: many calls at once, results in order, progress adds up") {
  Fixture f;
  auto runner = Runner::create(f.options(true, false));
  std::vector<CallInput> inputs;
  for (int i = 0; i < 50; ++i) {
    CallInput in = f.input("Ticket " + std::to_string(i) + ": the export button does nothing.");
    in.item_id = "item-" + std::to_string(i);
    inputs.push_back(std::move(in));
  }
  std::atomic<int> seen{0};
  auto results = (*runner)->run_all(inputs, [&](const CallResult&) { ++seen; });
  REQUIRE(results.size() == 50);
  CHECK(seen == 50);
  for (int i = 0; i < 50; ++i) {
    CHECK(results[i].item_id == "item-" + std::to_string(i));
    CHECK(results[i].ok());
    CHECK(results[i].output.value_or(nlohmann::json())["label"] == "bug");
  }
  auto rerun = (*runner)->run_all(inputs);
  int hits = 0;
  for (const auto& r : rerun) hits += r.cache_hit;
  CHECK(hits == 50);
  Progress p = (*runner)->progress();
  CHECK(p.submitted == 100);
  CHECK(p.done == 100);
  CHECK(p.cached == 50);
  CHECK(p.in_flight == 0);
}
