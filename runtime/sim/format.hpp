// Format rules: how the sim dresses an answer. JSON when the request sets
// structured output or the prompt asks for JSON, the bare label when the
// prompt asks for only the label, otherwise the label wrapped in prose, so a
// prompt's format instructions change what a parser downstream can read.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "runtime/sim/prompt_view.hpp"
#include "runtime/sim/request.hpp"
#include "runtime/sim/world.hpp"

namespace aep::sim {

enum class AnswerShape { Json, Bare, Prose };

AnswerShape choose_shape(const World& world, const SimRequest& request, const PromptView& view);

// A JSON value that satisfies `schema` (JSON Schema, OpenAPI-style upper-case
// types accepted) and carries `answer`: an object answer fills matching
// properties; a label goes to `field`, else to the first string property
// whose enum holds it, else to the first string property. Other values are
// plausible fillers chosen deterministically from `key`.
nlohmann::ordered_json fill_schema(const nlohmann::ordered_json& schema, const nlohmann::ordered_json& answer,
                           const std::string& field, std::uint64_t key);

// The JSON form of an answer when no schema is given: objects as they are,
// labels as {field: label}.
nlohmann::ordered_json answer_json(const nlohmann::ordered_json& answer, const std::string& field);

// The answer as text in the chosen shape.
std::string render_answer(const World& world, const SimRequest& request, AnswerShape shape,
                          const nlohmann::ordered_json& answer, std::uint64_t key);

// A label's text: strings as they are, other JSON compactly dumped.
std::string answer_text(const nlohmann::ordered_json& answer);

}  // namespace aep::sim
