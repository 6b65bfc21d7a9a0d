// The semantic summary of a resolved prompt that a build stores as
// `prompt.json` and `aep diff` compares: messages and named sections as
// source-like template text ({{ expr }}, {% if %} ... {% end %}), inputs,
// output schema, tools, config and per-target config, examples, budget and
// the inheritance order. It is derived from the IR alone, so it carries no
// file paths and changes only when the prompt's meaning does (line numbers
// live in ir.txt, not here).
#pragma once

#include <nlohmann/json.hpp>

#include "compiler/ir/ir.hpp"

namespace aep::build {

nlohmann::ordered_json prompt_summary(const ir::Prompt& prompt);

}  // namespace aep::build
