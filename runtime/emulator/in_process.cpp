// In-process sim answers (see in_process.hpp).
#include "runtime/emulator/in_process.hpp"

#include <ctime>

#include <fmt/format.h>

#include "runtime/emulator/wire.hpp"
#include "runtime/sim/hash.hpp"

namespace aep::emulator {

Expected<InProcessAnswer> answer_payload(const sim::Sim& sim, std::string_view format, const nlohmann::ordered_json& payload,
                                         std::string_view model, int sample_index, std::string_view item_id) {
  std::unique_ptr<WireFormat> wire;
  if (format == "openai-chat") wire = make_openai_chat_wire();
  else if (format == "openai-responses") wire = make_openai_responses_wire();
  else if (format == "anthropic") wire = make_anthropic_wire();
  else if (format == "gemini") wire = make_gemini_wire();
  else if (format == "ollama") wire = make_ollama_wire();
  else return Error{fmt::format("unknown wire format `{}` (openai-chat, openai-responses, anthropic, gemini, ollama)", format)};
  InProcessAnswer out;
  nlohmann::ordered_json body = payload;
  if (format == "ollama") body["stream"] = false;
  auto request = wire->read(body, PathInfo{std::string(model), false});
  if (!request) {
    out.status = 400;
    out.body = wire->error_body(400, ErrorKind::BadRequest, request.error().message);
    return out;
  }
  std::vector<sim::SimReply> replies;
  for (int i = 0; i < request->n; ++i) {
    sim::SimRequest one = request->sim;
    one.sample_index = sample_index + i;
    if (!item_id.empty()) one.item_id = std::string(item_id);
    replies.push_back(sim.answer(one));
  }
  std::uint64_t key = sim::hash_mix({sim::hash_text(body.dump()), static_cast<std::uint64_t>(sample_index)});
  ReplyMeta meta{sim::hash_hex(key) + sim::hash_hex(sim::hash_mix({key, 2})).substr(0, 8), request->sim.model,
                 static_cast<std::int64_t>(std::time(nullptr))};
  out.body = wire->body(replies, meta);
  out.reply = replies.front();
  return out;
}

}  // namespace aep::emulator
