// The sim as an in-process provider: answers a lowered payload (the exact
// JSON compiler/targets would send) without HTTP, through the same wire
// reading, sim and wire writing as `aep emulate`. The result is that
// provider's response body, so runtime/providers parses it like any other;
// `--provider sim` runs and tests use this instead of a server.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"
#include "runtime/sim/sim.hpp"

namespace aep::emulator {

struct InProcessAnswer {
  int status = 200;
  std::string body;       // the provider's response body (or error body)
  sim::SimReply reply;    // what the sim decided (task, correct, accuracy, hints)
};

// `format` is a wire format name ("openai-chat", "openai-responses",
// "anthropic", "gemini", "ollama"); `model` is used by Gemini, whose payload
// does not carry it; `item_id` (optional) names the eval item as the
// x-aep-item-id header does over HTTP. A payload the provider would reject gets its 400 body.
Expected<InProcessAnswer> answer_payload(const sim::Sim& sim, std::string_view format,
                                         const nlohmann::ordered_json& payload, std::string_view model = "sim",
                                         int sample_index = 0, std::string_view item_id = {});

}  // namespace aep::emulator
