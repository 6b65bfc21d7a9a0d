// The emulator's --faults and --latency grammars: accepted forms, clear
// errors, deterministic draws.
#include <cmath>

#include <catch2/catch.hpp>

#include "runtime/emulator/faults.hpp"
#include "runtime/sim/latency.hpp"

using namespace aep;

TEST_CASE("fault specs parse with options and reject nonsense") {
  auto plan = emulator::parse_faults("429:0.05:retry-after=1,500:0.02,503:0.02,529:0.02,hang:0.01:for=5s,truncate:0.01,malformed:0.01,cut-stream:0.02,quota:0.01");
  REQUIRE(plan.ok());
  REQUIRE(plan->rules.size() == 9);
  CHECK(plan->rules[4].hang_ms == 5000);
  CHECK(emulator::pick_fault(*plan, 0.01).kind == emulator::FaultKind::RateLimit);
  CHECK(emulator::pick_fault(*plan, 0.99).kind == emulator::FaultKind::None);
  CHECK(emulator::parse_faults("").ok());
  CHECK(emulator::parse_faults("418:0.1").error().message.find("unknown kind `418`") != std::string::npos);
  CHECK(emulator::parse_faults("429:0.7,500:0.7").error().message.find("add up to 1.4") != std::string::npos);
  CHECK(emulator::parse_faults("500:0.1:retry-after=2").error().message.find("takes no option") != std::string::npos);
  CHECK(emulator::parse_faults("429").error().message.find("KIND:PROBABILITY") != std::string::npos);
  CHECK(emulator::parse_faults("429:abc").error().message.find("not a non-negative number") != std::string::npos);
}

TEST_CASE("latency specs parse and draw deterministically from their distribution") {
  auto fixed = sim::parse_latency("fixed:50ms");
  REQUIRE(fixed.ok());
  CHECK(sim::draw_latency_ms(*fixed, 1) == 50);
  auto normal = sim::parse_latency("normal:50ms,10ms");
  REQUIRE(normal.ok());
  double sum = 0, sq = 0;
  const int n = 20000;
  for (int i = 0; i < n; ++i) {
    double v = sim::draw_latency_ms(*normal, static_cast<std::uint64_t>(i));
    sum += v;
    sq += v * v;
  }
  double mean = sum / n, sd = std::sqrt(sq / n - mean * mean);
  CHECK(mean == Approx(50).margin(0.5));
  CHECK(sd == Approx(10).margin(0.5));
  CHECK(sim::draw_latency_ms(*normal, 42) == sim::draw_latency_ms(*normal, 42));
  auto logn = sim::parse_latency("lognormal:1s,0.3");
  REQUIRE(logn.ok());
  CHECK(logn->a_ms == 1000);
  CHECK(sim::parse_latency("uniform:80ms,20ms").error().message.find("below the lower bound") != std::string::npos);
  CHECK(sim::parse_latency("fixed:50ms,1").error().message.find("takes 1 argument") != std::string::npos);
  CHECK(sim::parse_latency("50ms").error().message.find("has no kind") != std::string::npos);
}
