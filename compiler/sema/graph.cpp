// Cycle search and dependency order with Boost.Graph's depth-first search.
#include "compiler/sema/graph.hpp"

#include <algorithm>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/topological_sort.hpp>

namespace aep::sema {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

Graph to_boost(const std::vector<std::vector<std::size_t>>& edges) {
  Graph g(edges.size());
  for (std::size_t from = 0; from < edges.size(); ++from) {
    for (std::size_t to : edges[from]) boost::add_edge(from, to, g);
  }
  return g;
}

// Records the tree parent of every vertex and stops at the first back edge,
// which closes a cycle through the current DFS path.
struct CycleFinder : boost::default_dfs_visitor {
  std::vector<Vertex>* parent;
  std::optional<Edge>* back;
  void tree_edge(Edge e, const Graph& g) const { (*parent)[boost::target(e, g)] = boost::source(e, g); }
  void back_edge(Edge e, const Graph&) const {
    if (!*back) *back = e;
  }
};

}  // namespace

std::size_t DependencyGraph::add_node() {
  edges_.emplace_back();
  return edges_.size() - 1;
}

void DependencyGraph::add_edge(std::size_t from, std::size_t to) {
  auto& out = edges_.at(from);
  if (to >= edges_.size()) edges_.resize(to + 1);
  if (std::find(out.begin(), out.end(), to) == out.end()) edges_[from].push_back(to);
}

std::optional<std::vector<std::size_t>> DependencyGraph::find_cycle() const {
  Graph g = to_boost(edges_);
  std::vector<Vertex> parent(edges_.size());
  for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  std::optional<Edge> back;
  CycleFinder finder;
  finder.parent = &parent;
  finder.back = &back;
  boost::depth_first_search(g, boost::visitor(finder));
  if (!back) return std::nullopt;
  Vertex from = boost::source(*back, g);
  Vertex to = boost::target(*back, g);
  // Walk the tree from the edge's source back to its target: that path plus
  // the back edge is the cycle.
  std::vector<std::size_t> cycle{from};
  for (Vertex v = from; v != to; v = parent[v]) cycle.push_back(parent[v]);
  std::reverse(cycle.begin(), cycle.end());
  return cycle;
}

std::optional<std::vector<std::size_t>> DependencyGraph::dependency_order() const {
  if (find_cycle()) return std::nullopt;
  Graph g = to_boost(edges_);
  std::vector<Vertex> order;
  // topological_sort emits in reverse topological order: for an edge a -> b
  // (a depends on b), b comes first, which is the order we want.
  boost::topological_sort(g, std::back_inserter(order));
  return std::vector<std::size_t>(order.begin(), order.end());
}

}  // namespace aep::sema
