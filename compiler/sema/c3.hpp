// C3 linearization (as in Python's MRO) of a prompt's parents. With several
// parents (`extends A, B`) the order in which sections and config are merged
// must respect every local precedence order and be monotonic; when no such
// order exists the user needs to know which parents disagree and why.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace aep::sema {

// Why a linearization failed: the lists left to merge when no head was
// acceptable (each head appears in the tail of another list). Enough to
// explain "A must come before B (from X) but B before A (from Y)".
struct C3Conflict {
  std::vector<std::vector<std::size_t>> remaining;
};

using Parents = std::function<const std::vector<std::size_t>&(std::size_t)>;

// Linearization of `node` (node first, then its ancestors, nearest first).
// `parents` must describe an acyclic graph (check cycles first).
std::variant<std::vector<std::size_t>, C3Conflict> c3_linearize(std::size_t node,
                                                                 const Parents& parents);

// Text for a conflict, naming nodes through `name`:
// "cannot order `A` and `B`: `A` comes before `B` in `X`, but after it in `Y`".
std::string explain_conflict(const C3Conflict& conflict,
                             const std::function<std::string(std::size_t)>& name);

}  // namespace aep::sema
