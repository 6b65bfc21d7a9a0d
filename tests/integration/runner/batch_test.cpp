// Batch APIs through the runner against the emulator: OpenAI Files +
// Batches and Anthropic Message Batches submit, poll and collect; results
// land in the cache; a batch left running is resumed by the next run, never
// submitted twice; targets without a batch API run live.
#include "it_fixture.hpp"

#include "runtime/runner/batch.hpp"

using namespace aep;
using namespace aep::runner;
using it::Emu;
using it::TestProject;

namespace {

Runner& make(std::unique_ptr<Runner>& holder, const Emu& emu, const it::TestProject& proj) {
  auto profiles = load_profiles(fmt::format(R"(
[providers.oa]
kind = "openai"
base_url = "{0}/v1"
[providers.oar]
kind = "openai-responses"
base_url = "{0}"
[providers.an]
kind = "anthropic"
base_url = "{0}"
model = "claude-3-5-haiku-latest"
[providers.ge]
kind = "gemini"
base_url = "{0}"
model = "gemini-2.0-flash"
)", emu.url()), "batch.toml");
  REQUIRE(profiles.ok());
  RunnerOptions o;
  o.profiles = std::move(profiles).value();
  o.cache_dir = proj.dir / "cache";
  o.trace_dir = proj.dir / "run";
  auto r = Runner::create(std::move(o));
  REQUIRE(r.ok());
  holder = std::move(r).value();
  return *holder;
}

std::vector<CallInput> inputs_for(const it::TestProject& proj, const std::string& profile, int n) {
  std::vector<CallInput> v;
  for (int i = 0; i < n; ++i) {
    CallInput in = proj.input(proj.classify.prompt, i % 3 == 0 ? "I was charged twice for my subscription this month."
                                                                 : fmt::format("Ticket {}: the export button does nothing.", i));
    in.profile = profile;
    v.push_back(std::move(in));
  }
  return v;
}

}  // namespace

TEST_CASE("batches: OpenAI (chat, responses) and Anthropic submit, poll, collect; the rerun is all cache") {
  Emu emu("", 5, std::chrono::milliseconds(400));
  TestProject proj;
  std::unique_ptr<Runner> holder;
  Runner& runner = make(holder, emu, proj);
  BatchOptions bo;
  bo.run_dir = proj.dir / "run";
  bo.poll_interval = std::chrono::milliseconds(100);
  int statuses = 0;
  bo.on_status = [&](const BatchStatus&) { ++statuses; };
  for (const char* profile : {"oa", "oar", "an"}) {
    BatchReport report;
    auto results = runner.run_batch(inputs_for(proj, profile, 12), bo, &report);
    REQUIRE(results.size() == 12);
    for (const auto& r : results) {
      INFO(profile << ": " << r.error);
      CHECK(r.ok());
      CHECK(r.output.has_value());
    }
    CHECK((*results[0].output)["label"] == "billing");
    // 12 calls, of which 4 share one ticket: 9 distinct requests in one batch.
    CHECK(report.batches_submitted == 1);
    CHECK(report.calls_in_batches == 12);
    REQUIRE(results[1].cost_usd.has_value());
    BatchReport again;
    auto rerun = runner.run_batch(inputs_for(proj, profile, 12), bo, &again);
    for (const auto& r : rerun) CHECK(r.cache_hit);
    CHECK(again.from_cache == 12);
    CHECK(again.batches_submitted == 0);
  }
  CHECK(statuses >= 3);
  CHECK(emu.emu->stats().batches == 3);
  CHECK(emu.emu->stats().by_format["openai-batch"] == 2);
  CHECK(emu.emu->stats().by_format["anthropic-batch"] == 1);
  // No state is left once collected.
  std::error_code ec;
  CHECK(std::filesystem::is_empty(proj.dir / "run" / "batches", ec));
}

TEST_CASE("batches: a batch still running when the run stops is resumed by the next run, not submitted again") {
  Emu emu("", 5, std::chrono::milliseconds(1500));
  TestProject proj;
  std::unique_ptr<Runner> holder;
  Runner& runner = make(holder, emu, proj);
  BatchOptions quick;
  quick.run_dir = proj.dir / "run";
  quick.timeout = std::chrono::seconds(0);  // give up after the first poll, as a killed run would
  BatchReport first;
  auto unfinished = runner.run_batch(inputs_for(proj, "an", 6), quick, &first);
  CHECK(first.batches_submitted == 1);
  for (const auto& r : unfinished) {
    CHECK(r.status == CallStatus::ProviderError);
    CHECK(r.error.find("rerun to collect") != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::is_empty(proj.dir / "run" / "batches"));

  BatchOptions patient;
  patient.run_dir = proj.dir / "run";
  patient.poll_interval = std::chrono::milliseconds(200);
  BatchReport second;
  auto results = runner.run_batch(inputs_for(proj, "an", 6), patient, &second);
  CHECK(second.batches_resumed == 1);
  CHECK(second.batches_submitted == 0);
  for (const auto& r : results) CHECK(r.ok());
  CHECK(emu.emu->stats().batches == 1);
}

TEST_CASE("batches: a target without a batch API runs live, and the sim in process too") {
  Emu emu;
  TestProject proj;
  std::unique_ptr<Runner> holder;
  Runner& runner = make(holder, emu, proj);
  BatchOptions bo;
  bo.run_dir = proj.dir / "run";
  BatchReport report;
  auto results = runner.run_batch(inputs_for(proj, "ge", 4), bo, &report);
  for (const auto& r : results) CHECK(r.ok());
  CHECK(report.live_calls == 4);
  CHECK(report.batches_submitted == 0);
  Progress p = runner.progress();
  CHECK(p.done == 4);
  CHECK(p.in_flight == 0);
}
