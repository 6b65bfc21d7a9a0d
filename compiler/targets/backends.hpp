// One entry function per wire format, each in its own file. Internal to
// compiler/targets: callers use lower() in target.hpp, which resolves the
// model, runs the shared checks and merges `target` block extras.
#pragma once

#include "compiler/targets/lower_common.hpp"

namespace aep::targets {

Json lower_openai_chat(const LowerContext& ctx);
Json lower_openai_responses(const LowerContext& ctx);
Json lower_anthropic_messages(const LowerContext& ctx);
Json lower_gemini_generate(const LowerContext& ctx);
Json lower_ollama_chat(const LowerContext& ctx);

// Number of cache breakpoints in system text, examples and messages.
std::size_t count_cache_breakpoints(const render::Request& request);

}  // namespace aep::targets
