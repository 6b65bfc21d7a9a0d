// C3 linearization: the orders Python's MRO gives for the classic examples,
// and an explanation when parents disagree.
#include <map>

#include <catch2/catch.hpp>

#include "compiler/sema/c3.hpp"

using namespace aep::sema;

namespace {

struct Hierarchy {
  std::map<std::size_t, std::vector<std::size_t>> parents;
  std::vector<std::string> names;
  std::size_t add(std::string name, std::vector<std::size_t> ps) {
    names.push_back(std::move(name));
    parents[names.size() - 1] = std::move(ps);
    return names.size() - 1;
  }
  Parents fn() const {
    return [this](std::size_t n) -> const std::vector<std::size_t>& { return parents.at(n); };
  }
  std::vector<std::string> linearize(std::size_t n) const {
    auto r = c3_linearize(n, fn());
    std::vector<std::string> out;
    for (auto id : std::get<std::vector<std::size_t>>(r)) out.push_back(names[id]);
    return out;
  }
};

}  // namespace

TEST_CASE("C3 gives Python's MRO for the textbook hierarchy") {
  // From "The Python 2.3 Method Resolution Order" (Simionato).
  Hierarchy h;
  auto O = h.add("O", {});
  auto F = h.add("F", {O});
  auto E = h.add("E", {O});
  auto D = h.add("D", {O});
  auto C = h.add("C", {D, F});
  auto B = h.add("B", {D, E});
  auto A = h.add("A", {B, C});
  CHECK(h.linearize(A) == std::vector<std::string>{"A", "B", "C", "D", "E", "F", "O"});
}

TEST_CASE("a diamond keeps the shared base last") {
  Hierarchy h;
  auto base = h.add("Base", {});
  auto left = h.add("Left", {base});
  auto right = h.add("Right", {base});
  auto child = h.add("Child", {left, right});
  CHECK(h.linearize(child) == std::vector<std::string>{"Child", "Left", "Right", "Base"});
}

TEST_CASE("inconsistent parent orders are a conflict that names both parents") {
  Hierarchy h;
  auto x = h.add("X", {});
  auto y = h.add("Y", {});
  auto a = h.add("A", {x, y});
  auto b = h.add("B", {y, x});
  auto z = h.add("Z", {a, b});
  auto r = c3_linearize(z, h.fn());
  REQUIRE(std::holds_alternative<C3Conflict>(r));
  std::string text = explain_conflict(std::get<C3Conflict>(r), [&](std::size_t n) { return h.names[n]; });
  CHECK(text.find("`X`") != std::string::npos);
  CHECK(text.find("`Y`") != std::string::npos);
}
