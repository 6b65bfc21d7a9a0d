// Input values made up from a prompt's typed inputs, so the benchmark can
// render every prompt of a project it knows nothing about (examples/support,
// the generated 1,000-module project): each required input gets a small
// value of its type that satisfies @range constraints.
#pragma once

#include <nlohmann/json.hpp>

#include "compiler/ir/ir.hpp"

namespace aep::bench {

// An object holding a value for every input of `prompt` that has no default.
nlohmann::ordered_json sample_inputs(const ir::Prompt& prompt);

}  // namespace aep::bench
