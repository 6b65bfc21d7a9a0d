// OpenAI Chat Completions (`POST /v1/chat/completions`) as the emulator
// speaks it: chat.completion bodies, chat.completion.chunk SSE frames ending
// in `data: [DONE]`, and `{error: {message, type, param, code}}` errors.
// Field names follow the `openai` npm SDK's ChatCompletion types.
#include <fmt/format.h>

#include "runtime/emulator/wire.hpp"
#include "runtime/emulator/wire_common.hpp"

namespace aep::emulator {

namespace {

using json = nlohmann::ordered_json;

json usage_json(const std::vector<sim::SimReply>& replies) {
  std::int64_t in = replies.empty() ? 0 : replies[0].input_tokens, out = 0;
  for (const auto& r : replies) out += r.output_tokens;
  return {{"prompt_tokens", in},
          {"completion_tokens", out},
          {"total_tokens", in + out},
          {"prompt_tokens_details", {{"cached_tokens", 0}, {"audio_tokens", 0}}},
          {"completion_tokens_details",
           {{"reasoning_tokens", 0}, {"audio_tokens", 0}, {"accepted_prediction_tokens", 0},
            {"rejected_prediction_tokens", 0}}}};
}

std::string finish(const sim::SimReply& r) {
  if (r.tool_name) return "tool_calls";
  return finish_reason_or(r.finish_reason, "stop", "length");
}

class OpenAIChatWire final : public WireFormat {
 public:
  std::string name() const override { return "openai-chat"; }

  Expected<WireRequest> read(const json& body, const PathInfo&) const override {
    WireRequest w;
    auto& s = w.sim;
    if (!body.contains("model") || !body["model"].is_string())
      return Error{"you must provide a model parameter"};
    s.model = body["model"].get<std::string>();
    auto messages = body.find("messages");
    if (messages == body.end() || !messages->is_array() || messages->empty())
      return Error{"'messages' must be a non-empty array"};
    for (std::size_t i = 0; i < messages->size(); ++i) {
      const json& m = (*messages)[i];
      if (!m.is_object() || !m.contains("role") || !m["role"].is_string())
        return Error{fmt::format("messages[{}]: each message needs a string 'role'", i)};
      std::string role = m["role"].get<std::string>();
      std::string text = content_text(m.value("content", json()));
      if (role == "system" || role == "developer") {
        if (!s.system.empty()) s.system += "\n";
        s.system += text;
      } else if (role == "user" || role == "assistant" || role == "tool") {
        s.messages.push_back({role, text});
      } else {
        return Error{fmt::format("messages[{}].role: '{}' is not one of 'system', 'developer', "
                                 "'user', 'assistant', 'tool'", i, role)};
      }
    }
    auto t = number_field(body, "temperature", 0, 2);
    if (!t) return t.error();
    if (*t) s.temperature = **t;
    for (const char* key : {"max_completion_tokens", "max_tokens"}) {
      if (body.contains(key) && body[key].is_number_integer()) s.max_output_tokens = body[key].get<int>();
    }
    if (auto rf = body.find("response_format"); rf != body.end() && rf->is_object()) {
      std::string type = rf->value("type", "");
      if (type == "json_schema") {
        s.json_output = true;
        s.schema = rf->value("json_schema", json::object()).value("schema", json());
      } else if (type == "json_object") {
        s.json_output = true;
      }
    }
    if (auto tools = body.find("tools"); tools != body.end() && tools->is_array()) {
      for (const auto& tool : *tools) {
        json fn = tool.value("function", json::object());
        s.tools.push_back({fn.value("name", ""), fn.value("parameters", json())});
      }
    }
    if (auto tc = body.find("tool_choice"); tc != body.end()) {
      if (tc->is_object()) s.forced_tool = tc->value("function", json::object()).value("name", "");
      else if (*tc == "required" && s.tools.size() == 1) s.forced_tool = s.tools[0].name;
    }
    if (auto n = body.find("n"); n != body.end() && n->is_number_integer()) {
      w.n = n->get<int>();
      if (w.n < 1 || w.n > 128) return Error{"'n' must be between 1 and 128"};
    }
    w.stream = body.value("stream", false);
    w.include_usage = body.value("stream_options", json::object()).value("include_usage", false);
    if (auto md = body.find("metadata"); md != body.end() && md->is_object() && md->contains("aep_item_id"))
      s.item_id = md->value("aep_item_id", "");
    return w;
  }

  std::string body(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta) const override {
    json choices = json::array();
    for (std::size_t i = 0; i < replies.size(); ++i) {
      const auto& r = replies[i];
      json message = {{"role", "assistant"}, {"content", r.text}, {"refusal", nullptr}, {"annotations", json::array()}};
      if (r.tool_name) {
        message["content"] = nullptr;
        message["tool_calls"] = json::array({{{"id", fmt::format("call_{}{}", meta.id.substr(0, 12), i)},
                                              {"type", "function"},
                                              {"function", {{"name", *r.tool_name}, {"arguments", r.tool_arguments.dump()}}}}});
      }
      choices.push_back({{"index", i}, {"message", message}, {"logprobs", nullptr}, {"finish_reason", finish(r)}});
    }
    json out = {{"id", "chatcmpl-" + meta.id}, {"object", "chat.completion"}, {"created", meta.created},
                {"model", meta.model}, {"choices", choices}, {"usage", usage_json(replies)},
                {"service_tier", "default"}, {"system_fingerprint", "fp_aep_sim"}};
    return out.dump();
  }

  std::vector<std::string> stream(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta,
                                  const WireRequest& request) const override {
    std::vector<std::string> frames;
    auto chunk = [&](json choices) {
      return json{{"id", "chatcmpl-" + meta.id}, {"object", "chat.completion.chunk"}, {"created", meta.created},
                  {"model", meta.model}, {"service_tier", "default"}, {"system_fingerprint", "fp_aep_sim"},
                  {"choices", std::move(choices)}};
    };
    for (std::size_t i = 0; i < replies.size(); ++i) {
      const auto& r = replies[i];
      json first_delta = {{"role", "assistant"}, {"content", ""}, {"refusal", nullptr}};
      if (r.tool_name) {
        first_delta["content"] = nullptr;
        first_delta["tool_calls"] = json::array({{{"index", 0}, {"id", fmt::format("call_{}{}", meta.id.substr(0, 12), i)},
                                                  {"type", "function"},
                                                  {"function", {{"name", *r.tool_name}, {"arguments", ""}}}}});
      }
      frames.push_back(sse("", chunk(json::array({{{"index", i}, {"delta", first_delta}, {"logprobs", nullptr}, {"finish_reason", nullptr}}}))));
      for (const auto& piece : split_deltas(r.text)) {
        json delta = r.tool_name ? json{{"tool_calls", json::array({{{"index", 0}, {"function", {{"arguments", piece}}}}})}}
                                 : json{{"content", piece}};
        frames.push_back(sse("", chunk(json::array({{{"index", i}, {"delta", delta}, {"logprobs", nullptr}, {"finish_reason", nullptr}}}))));
      }
      frames.push_back(sse("", chunk(json::array({{{"index", i}, {"delta", json::object()}, {"logprobs", nullptr}, {"finish_reason", finish(r)}}}))));
    }
    if (request.include_usage) {
      json last = chunk(json::array());
      last["usage"] = usage_json(replies);
      frames.push_back(sse("", last));
    }
    frames.push_back("data: [DONE]\n\n");
    return frames;
  }

  std::string error_body(int, ErrorKind kind, std::string_view message) const override {
    std::string type = "invalid_request_error";
    json code = nullptr;
    switch (kind) {
      case ErrorKind::BadRequest: break;
      case ErrorKind::NotFound: code = "unknown_url"; break;
      case ErrorKind::RateLimit: type = "requests"; code = "rate_limit_exceeded"; break;
      case ErrorKind::Quota: type = "insufficient_quota"; code = "insufficient_quota"; break;
      case ErrorKind::Server: case ErrorKind::Unavailable: case ErrorKind::Overloaded: type = "server_error"; break;
    }
    return json{{"error", {{"message", message}, {"type", type}, {"param", nullptr}, {"code", code}}}}.dump();
  }
};

}  // namespace

std::unique_ptr<WireFormat> make_openai_chat_wire() { return std::make_unique<OpenAIChatWire>(); }

}  // namespace aep::emulator
