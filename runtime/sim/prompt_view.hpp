// How the sim reads a request: the whole prompt as one normalized text, the
// world task it is about (if any), and the prompt with that task's input cut
// out, so that cues are looked for in the instructions only and the prompt's
// hash is the same for every item a template is rendered with.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/sim/request.hpp"
#include "runtime/sim/world.hpp"

namespace aep::sim {

struct PromptView {
  std::string normalized;      // system text and every turn, normalized
  std::string last_user;       // normalized text of the last user turn
  const Task* task = nullptr;  // the matched world task, or null
  std::string instructions;    // `normalized` with the task's input removed
  std::uint64_t prompt_hash = 0;  // hash of `instructions`
  bool input_delimited = false;   // the task's input sits between delimiters
};

PromptView read_prompt(const World& world, const SimRequest& request);

// True when any of the cues occurs in the (normalized) text.
bool any_cue(const std::vector<Cue>& cues, const std::string& normalized_text);
bool cue_present(const Cue& cue, const std::string& normalized_text);

}  // namespace aep::sim
