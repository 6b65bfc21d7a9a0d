// Default grading prompts of the model-graded assertions. They follow the
// contracts promptfoo's judges use (llm-rubric answers JSON {reason, pass,
// score}; factuality answers one of the categories A–E; closed QA ends with Y
// or N), in Aether's own words. The project's .aep judges under
// prompts/judges/ replace them once `aep test` wires judges in.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace aep::eval {

const std::string& default_judge_prompt(const std::string& kind);
// Replaces each {{name}} with vars[name] (strings as is, other JSON compact).
std::string render_judge_prompt(const std::string& templ, const nlohmann::json& vars);

}  // namespace aep::eval
