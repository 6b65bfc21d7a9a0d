// Capability checks shared by every backend: each config setting against what
// the wire format has a field for and what the model accepts (the capability
// table or a compat profile). Settings that cannot be sent are removed from
// ctx.config after their diagnostic, so backends lower only what is valid.
// Backend-specific rules (Anthropic thinking vs max_tokens, the Responses
// minimum) live in the backends.
#pragma once

#include "compiler/targets/lower_common.hpp"

namespace aep::targets {

void check_capabilities(LowerContext& ctx);

// The name a wire format gives an Aether setting, for messages.
std::string wire_field(WireFormat wire, std::string_view setting);

}  // namespace aep::targets
