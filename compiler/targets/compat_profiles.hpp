// OpenAI-compatible servers (vLLM, llama.cpp server, LM Studio, TGI) speak the
// Chat Completions format with differences; a profile records what each one
// accepts, so `openai-compat:<name>` lowers through the OpenAI Chat backend
// and the checks know what the server will drop or reject. The sources and
// their uncertainty are listed with each profile and in docs/targets.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/targets/capabilities.hpp"

namespace aep::targets {

struct CompatProfile {
  std::string name;   // the part after `openai-compat:`
  std::string title;
  std::string source;        // where the facts come from
  std::string uncertainty;   // what could not be confirmed
  bool developer_role = false;         // false: developer text is sent as `system`
  bool max_completion_tokens = false;  // false: `max_tokens`
  enum class Structured : std::uint8_t { JsonSchema, TgiJsonObject, None };
  Structured structured = Structured::JsonSchema;
  bool top_k = false;  // accepted as an extension field
  bool seed = true;
  bool n = false;
  bool logprobs = false;
  bool penalties = true;
  std::int64_t stop_max = -1;
  bool tools = true;
  bool tool_choice_required = true;
  bool tool_choice_named = true;
  bool reasoning_effort = false;
  bool stream_options = false;
};

const std::vector<CompatProfile>& compat_profiles();
const CompatProfile* find_compat_profile(std::string_view name);

// The capabilities a profile's server offers for any model it serves
// (servers run arbitrary models, so the profile stands in for the table).
ModelInfo compat_model_info(const CompatProfile& profile, const std::string& model);

}  // namespace aep::targets
