// Dependency graphs of the semantic phase (imports between modules, parents
// between prompts, uses between fragments and mixins), on Boost.Graph. What
// sema needs from them is an order to process nodes in and, when there is a
// cycle, the cycle itself so the diagnostic can print it.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace aep::sema {

class DependencyGraph {
 public:
  explicit DependencyGraph(std::size_t node_count = 0) : edges_(node_count) {}

  std::size_t add_node();
  std::size_t size() const { return edges_.size(); }
  // `from` depends on `to` (imports it, extends it, uses it).
  void add_edge(std::size_t from, std::size_t to);
  const std::vector<std::size_t>& successors(std::size_t node) const { return edges_[node]; }

  // One cycle as the list of nodes in edge order, first node not repeated
  // (a -> b -> a is {a, b}); nullopt when the graph is acyclic. The cycle
  // reported is the first met by a depth-first search from node 0 upward,
  // so it is deterministic for a given insertion order.
  std::optional<std::vector<std::size_t>> find_cycle() const;
  // Nodes ordered so that every node comes after everything it depends on;
  // nullopt when there is a cycle.
  std::optional<std::vector<std::size_t>> dependency_order() const;

 private:
  std::vector<std::vector<std::size_t>> edges_;
};

}  // namespace aep::sema
