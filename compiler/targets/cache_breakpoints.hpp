// Prompt-cache breakpoints named in a prompt's `target` block:
//
//   target anthropic { cache_breakpoint: "articles" }          // one section
//   target anthropic { cache_breakpoints: ["system", "rules"] }  // several
//
// A name is a section of the rendered prompt (the breakpoint goes after its
// last text) or `system` (after the leading system text). The render phase is
// provider-neutral, so the marks are applied here, per target, on a copy of
// the Request; the keys never reach the payload (they are not provider
// fields). A name that matches nothing is warning W0603, never a silent drop.
#pragma once

#include <optional>

#include "compiler/diag/sink.hpp"
#include "compiler/render/request.hpp"
#include "compiler/targets/target.hpp"

namespace aep::targets {

// The Request with the named breakpoints marked and the keys removed from its
// target blocks; nullopt when the blocks for `target` name no breakpoint.
std::optional<render::Request> apply_cache_breakpoints(const render::Request& request, const Target& target,
                                                       DiagnosticSink& sink);

}  // namespace aep::targets
