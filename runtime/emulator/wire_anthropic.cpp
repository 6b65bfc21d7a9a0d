// Anthropic Messages (`POST /v1/messages`) as the emulator speaks it:
// `message` bodies with text or tool_use blocks, the typed SSE events
// (message_start, content_block_start, ping, content_block_delta,
// content_block_stop, message_delta, message_stop), and
// `{type: "error", error: {type, message}}` errors, 529 overloaded_error.
#include <fmt/format.h>

#include "runtime/emulator/wire.hpp"
#include "runtime/emulator/wire_common.hpp"

namespace aep::emulator {

namespace {

using json = nlohmann::ordered_json;

std::string stop_reason(const sim::SimReply& r) {
  if (r.tool_name) return "tool_use";
  return finish_reason_or(r.finish_reason, "end_turn", "max_tokens");
}

json usage(std::int64_t in, std::int64_t out) {
  return {{"input_tokens", in}, {"cache_creation_input_tokens", 0}, {"cache_read_input_tokens", 0},
          {"output_tokens", out}, {"service_tier", "standard"}};
}

json block(const sim::SimReply& r, const ReplyMeta& meta, bool done) {
  if (r.tool_name) {
    return {{"type", "tool_use"}, {"id", "toolu_" + meta.id}, {"name", *r.tool_name},
            {"input", done ? r.tool_arguments : json::object()}};
  }
  return {{"type", "text"}, {"text", done ? r.text : ""}};
}

class AnthropicWire final : public WireFormat {
 public:
  std::string name() const override { return "anthropic"; }

  Expected<WireRequest> read(const json& body, const PathInfo&) const override {
    WireRequest w;
    auto& s = w.sim;
    if (!body.contains("model") || !body["model"].is_string()) return Error{"model: Field required"};
    s.model = body["model"].get<std::string>();
    if (!body.contains("max_tokens")) return Error{"max_tokens: Field required"};
    if (!body["max_tokens"].is_number_integer() || body["max_tokens"].get<int>() < 1)
      return Error{"max_tokens: Input should be a valid integer greater than 0"};
    s.max_output_tokens = body["max_tokens"].get<int>();
    if (auto sys = body.find("system"); sys != body.end()) s.system = content_text(*sys);
    auto messages = body.find("messages");
    if (messages == body.end() || !messages->is_array()) return Error{"messages: Field required"};
    if (messages->empty()) return Error{"messages: at least one message is required"};
    for (std::size_t i = 0; i < messages->size(); ++i) {
      const json& m = (*messages)[i];
      std::string role = m.is_object() ? m.value("role", "") : "";
      if (role != "user" && role != "assistant")
        return Error{fmt::format("messages.{}.role: Input should be 'user' or 'assistant'", i)};
      s.messages.push_back({role, content_text(m.value("content", json()))});
    }
    auto t = number_field(body, "temperature", 0, 1);
    if (!t) return Error{"temperature: " + t.error().message};
    if (*t) s.temperature = **t;
    for (const char* key : {"output_config", "output_format"}) {
      json cfg = body.value(key, json::object());
      json format = cfg.contains("format") ? cfg["format"] : cfg;
      if (format.is_object() && format.value("type", "") == "json_schema") {
        s.json_output = true;
        s.schema = format.value("schema", json());
      }
    }
    if (auto tools = body.find("tools"); tools != body.end() && tools->is_array()) {
      for (const auto& tool : *tools) s.tools.push_back({tool.value("name", ""), tool.value("input_schema", json())});
    }
    if (auto tc = body.find("tool_choice"); tc != body.end() && tc->is_object()) {
      std::string type = tc->value("type", "");
      if (type == "tool") s.forced_tool = tc->value("name", "");
      else if (type == "any" && s.tools.size() == 1) s.forced_tool = s.tools[0].name;
    }
    if (auto md = body.find("metadata"); md != body.end() && md->is_object() && md->contains("aep_item_id"))
      s.item_id = md->value("aep_item_id", "");
    w.stream = body.value("stream", false);
    return w;
  }

  std::string body(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta) const override {
    const auto& r = replies.at(0);
    return json{{"id", "msg_" + meta.id}, {"type", "message"}, {"role", "assistant"}, {"model", meta.model},
                {"content", json::array({block(r, meta, true)})}, {"stop_reason", stop_reason(r)},
                {"stop_sequence", nullptr}, {"usage", usage(r.input_tokens, r.output_tokens)}}
        .dump();
  }

  std::vector<std::string> stream(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta,
                                  const WireRequest&) const override {
    const auto& r = replies.at(0);
    std::vector<std::string> frames;
    json message = {{"id", "msg_" + meta.id}, {"type", "message"}, {"role", "assistant"}, {"model", meta.model},
                    {"content", json::array()}, {"stop_reason", nullptr}, {"stop_sequence", nullptr},
                    {"usage", usage(r.input_tokens, 1)}};
    frames.push_back(sse("message_start", {{"type", "message_start"}, {"message", message}}));
    frames.push_back(sse("content_block_start", {{"type", "content_block_start"}, {"index", 0}, {"content_block", block(r, meta, false)}}));
    frames.push_back(sse("ping", {{"type", "ping"}}));
    for (const auto& piece : split_deltas(r.text)) {
      json delta = r.tool_name ? json{{"type", "input_json_delta"}, {"partial_json", piece}}
                               : json{{"type", "text_delta"}, {"text", piece}};
      frames.push_back(sse("content_block_delta", {{"type", "content_block_delta"}, {"index", 0}, {"delta", delta}}));
    }
    frames.push_back(sse("content_block_stop", {{"type", "content_block_stop"}, {"index", 0}}));
    frames.push_back(sse("message_delta", {{"type", "message_delta"},
                                           {"delta", {{"stop_reason", stop_reason(r)}, {"stop_sequence", nullptr}}},
                                           {"usage", {{"input_tokens", r.input_tokens}, {"cache_creation_input_tokens", 0},
                                                      {"cache_read_input_tokens", 0}, {"output_tokens", r.output_tokens}}}}));
    frames.push_back(sse("message_stop", {{"type", "message_stop"}}));
    return frames;
  }

  std::string error_body(int, ErrorKind kind, std::string_view message) const override {
    std::string type = "invalid_request_error";
    switch (kind) {
      case ErrorKind::BadRequest: break;
      case ErrorKind::NotFound: type = "not_found_error"; break;
      case ErrorKind::RateLimit: case ErrorKind::Quota: type = "rate_limit_error"; break;
      case ErrorKind::Server: case ErrorKind::Unavailable: type = "api_error"; break;
      case ErrorKind::Overloaded: type = "overloaded_error"; break;
    }
    return json{{"type", "error"}, {"error", {{"type", type}, {"message", message}}}}.dump();
  }
};

}  // namespace

std::unique_ptr<WireFormat> make_anthropic_wire() { return std::make_unique<AnthropicWire>(); }

}  // namespace aep::emulator
