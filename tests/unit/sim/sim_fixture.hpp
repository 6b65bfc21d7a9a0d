// Builders shared by the sim tests: a world from inline JSON and requests
// with a system prompt and one user turn.
#pragma once

#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "runtime/sim/sim.hpp"
#include "runtime/sim/world.hpp"

inline aep::sim::World world_from(const nlohmann::json& doc) {
  auto w = aep::sim::parse_world(doc);
  if (!w) FAIL(w.error().message);
  return std::move(w).value();
}

inline aep::sim::SimRequest request(const std::string& system, const std::string& user, double temperature = 0) {
  aep::sim::SimRequest r;
  r.model = "sim";
  r.system = system;
  r.messages.push_back({"user", user});
  r.temperature = temperature;
  return r;
}

// n tasks "ticket number i ..." with the given slices, answer "billing".
inline nlohmann::json many_tasks(int n, const nlohmann::json& slices) {
  nlohmann::json tasks = nlohmann::json::array();
  for (int i = 0; i < n; ++i) {
    tasks.push_back({{"id", "t" + std::to_string(i)},
                     {"input", "Ticket number " + std::to_string(i) + ": my invoice looks odd, great job as usual."},
                     {"answer", "billing"},
                     {"slices", slices}});
  }
  return tasks;
}
