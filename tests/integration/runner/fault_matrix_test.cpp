// The fault matrix: every provider × every emulator fault kind through the
// runner. Every call ends in a result or a clear error (lost: 0), retries
// happen where the rules allow them and never for quota errors, and only
// successes are cached, each once. Prints the matrix (ctest -V) for the notes.
#include "it_fixture.hpp"

#include <iostream>
#include <map>

#include "runtime/cache/response_cache.hpp"

using namespace aep;
using namespace aep::runner;
using it::Emu;
using it::TestProject;

TEST_CASE("fault matrix: every provider x every fault kind, nothing lost, errors clear, successes cached once") {
  struct Fault {
    const char* spec;
    const char* name;
    bool stream;
    bool retryable;  // the client may retry it (so most calls end well)
  };
  const std::vector<Fault> faults = {
      {"429:0.3:retry-after-ms=20", "429", false, true}, {"quota:0.3", "quota", false, false},
      {"500:0.3", "500", false, true},   {"503:0.3", "503", false, true},
      {"529:0.3", "529", false, true},   {"hang:0.3:for=3s", "hang", false, true},
      {"truncate:0.3", "truncate", false, true}, {"malformed:0.3", "malformed", false, false},
      {"cut-stream:0.3", "cut-stream", true, false},
  };
  const std::vector<std::pair<const char*, const char*>> providers = {
      {"openai", ""}, {"openai-responses", ""}, {"anthropic", "claude-3-5-haiku-latest"},
      {"gemini", "gemini-2.0-flash"}, {"ollama", "llama3.1:8b"}};
  const int per_cell = 24;
  TestProject proj;
  long total_calls = 0, total_ok = 0, total_failed = 0, total_retries = 0, total_lost = 0;
  std::cout << "\nfault matrix (" << per_cell << " calls per cell, fault probability 0.3): ok/failed/retries\n";
  std::cout << fmt::format("{:<18}", "provider");
  for (const auto& f : faults) std::cout << fmt::format("{:>16}", f.name);
  std::cout << "\n";
  std::map<std::string, std::string> rows;
  std::string failures;
  for (const auto& fault : faults) {
    failures.clear();
    Emu emu(fault.spec, 11);
    std::string toml;
    for (const auto& [kind, model] : providers) {
      toml += fmt::format("[providers.{}]\nkind = \"{}\"\nbase_url = \"{}\"\ntimeout = \"600ms\"\n{}\n", kind, kind, emu.url(),
                          std::string(model).empty() ? "" : fmt::format("model = \"{}\"\n", model));
    }
    auto profiles = load_profiles(toml, "matrix.toml");
    REQUIRE(profiles.ok());
    RunnerOptions o;
    o.profiles = std::move(profiles).value();
    o.cache_dir = proj.dir / fmt::format("cache-{}", fault.name);
    auto runner = Runner::create(std::move(o));
    REQUIRE(runner.ok());
    for (const auto& [kind, _] : providers) {
      std::vector<CallInput> inputs;
      for (int i = 0; i < per_cell; ++i) {
        CallInput in = proj.input(proj.label.prompt, fmt::format("Ticket {} for {} under {}: the export button does nothing.", i, kind, fault.name));
        in.profile = kind;
        in.item_id = fmt::format("{}-{}-{}", fault.name, kind, i);
        in.stream = fault.stream;
        if (fault.stream) in.on_delta = [](std::string_view) {};
        inputs.push_back(std::move(in));
      }
      auto results = (*runner)->run_all(inputs);
      long ok = 0, failed = 0, retries = 0;
      for (const auto& r : results) {
        INFO(kind << " under " << fault.name << ": " << r.error);
        if (r.ok()) {
          ++ok;
          CHECK_FALSE(r.response->text.empty());
        } else {
          ++failed;
          CHECK(r.status == CallStatus::ProviderError);
          CHECK_FALSE(r.error.empty());
          if (std::string(fault.name) == "quota") CHECK(r.retries == 0);
          failures += fmt::format("  {} under {}: {}\n", kind, fault.name, r.error);
        }
        retries += r.retries;
      }
      long lost = per_cell - static_cast<long>(results.size());
      CHECK(lost == 0);
      if (fault.retryable) CHECK(ok >= per_cell - 2);  // 0.3^5 per call to exhaust 4 retries
      else CHECK(failed + retries > 0);                // the fault really happened and surfaced
      if (std::string(fault.name) != "quota" && fault.retryable) CHECK(retries > 0);
      rows[kind] += fmt::format("{:>16}", fmt::format("{}/{}/{}", ok, failed, retries));
      total_calls += per_cell;
      total_ok += ok;
      total_failed += failed;
      total_retries += retries;
      total_lost += lost;
    }
    // Only successes are cached, each once: a rerun of the whole fault finds exactly them.
    auto cache = cache::ResponseCache::open(proj.dir / fmt::format("cache-{}", fault.name));
    REQUIRE(cache.ok());
    auto stats = (*cache)->stats();
    REQUIRE(stats.ok());
    long ok_here = 0;
    for (const auto& [kind, _] : providers) {
      (void)kind;
    }
    Progress p = (*runner)->progress();
    ok_here = p.done - p.failed;
    INFO(failures);
    CHECK(stats->entries == ok_here);
  }
  for (const auto& [kind, _] : providers) std::cout << fmt::format("{:<18}", kind) << rows[kind] << "\n";
  std::cout << fmt::format("total: {} calls, {} ok, {} failed with a clear error, {} retries, lost {}\n", total_calls, total_ok,
                           total_failed, total_retries, total_lost);
  CHECK(total_lost == 0);
}
