// Dependency graphs: the cycle printed to the user is a real cycle of the
// graph, and the processing order puts dependencies first.
#include <catch2/catch.hpp>

#include "compiler/sema/graph.hpp"

using aep::sema::DependencyGraph;

TEST_CASE("an acyclic graph has no cycle and a dependency-first order") {
  DependencyGraph g(4);
  g.add_edge(0, 1);  // 0 imports 1
  g.add_edge(1, 2);
  g.add_edge(0, 3);
  g.add_edge(3, 2);
  CHECK_FALSE(g.find_cycle());
  auto order = g.dependency_order();
  REQUIRE(order);
  auto pos = [&](std::size_t n) { return std::find(order->begin(), order->end(), n) - order->begin(); };
  CHECK(pos(2) < pos(1));
  CHECK(pos(1) < pos(0));
  CHECK(pos(3) < pos(0));
  CHECK(pos(2) < pos(3));
}

TEST_CASE("a cycle is reported with its nodes in edge order") {
  DependencyGraph g(5);
  g.add_edge(0, 1);
  g.add_edge(1, 2);
  g.add_edge(2, 3);
  g.add_edge(3, 1);  // 1 -> 2 -> 3 -> 1
  g.add_edge(0, 4);
  auto cycle = g.find_cycle();
  REQUIRE(cycle);
  REQUIRE(cycle->size() == 3);
  // Every consecutive pair (and last -> first) is an edge of the graph.
  for (std::size_t i = 0; i < cycle->size(); ++i) {
    std::size_t from = (*cycle)[i];
    std::size_t to = (*cycle)[(i + 1) % cycle->size()];
    const auto& out = g.successors(from);
    CHECK(std::find(out.begin(), out.end(), to) != out.end());
  }
  CHECK_FALSE(g.dependency_order());
}

TEST_CASE("a self-loop is a cycle of one") {
  DependencyGraph g(2);
  g.add_edge(1, 1);
  auto cycle = g.find_cycle();
  REQUIRE(cycle);
  CHECK(*cycle == std::vector<std::size_t>{1});
}
