// Anthropic Messages responses: the `message` body (text and tool_use
// content blocks) and the typed stream (message_start, content_block_start,
// content_block_delta with text_delta / input_json_delta, content_block_stop,
// message_delta with stop_reason and usage, message_stop; ping; error).
// Input tokens: Anthropic reports cache reads and cache writes apart from
// input_tokens; the neutral figure adds them so it counts all input.
#include <map>

#include "runtime/providers/plain_body.hpp"
#include "runtime/providers/stream_base.hpp"

namespace aep::providers {

namespace {

using nlohmann::json;

FinishReason normalize(const std::string& raw) {
  if (raw == "end_turn" || raw == "stop_sequence") return FinishReason::Stop;
  if (raw == "max_tokens" || raw == "model_context_window_exceeded") return FinishReason::Length;
  if (raw == "tool_use") return FinishReason::ToolCalls;
  if (raw == "refusal") return FinishReason::ContentFilter;
  return FinishReason::Other;
}

// Usage objects arrive whole (body, message_start) or as updates
// (message_delta); fields present overwrite, absent ones stay.
void merge_usage(const json& u, std::int64_t& input, std::int64_t& cache_read, std::int64_t& cache_write,
                 std::int64_t& output) {
  if (!u.is_object()) return;
  auto take = [&](const char* key, std::int64_t& into) {
    if (u.contains(key) && u[key].is_number()) into = u[key].get<std::int64_t>();
  };
  take("input_tokens", input);
  take("cache_read_input_tokens", cache_read);
  take("cache_creation_input_tokens", cache_write);
  take("output_tokens", output);
}

void set_usage(Response& r, std::int64_t input, std::int64_t cache_read, std::int64_t cache_write, std::int64_t output) {
  r.usage.reported = true;
  r.usage.input_tokens = input + cache_read + cache_write;
  r.usage.cached_input_tokens = cache_read;
  r.usage.output_tokens = output;
}

class AnthropicStream final : public FramedStreamParser {
 public:
  AnthropicStream(const Headers& h, const ParseOptions& o) : FramedStreamParser(Provider::Anthropic, h, o, false) {}

 protected:
  Expected<bool> on_frame(const std::string& event, const json& data, std::vector<std::string>& deltas) override {
    std::string type = str_field(data, "type");
    if (type.empty()) type = event;
    if (type == "message_start") {
      json m = data.value("message", json::object());
      response_.id = str_field(m, "id");
      response_.model = str_field(m, "model");
      merge_usage(m.value("usage", json()), input_, cache_read_, cache_write_, output_);
      started_ = true;
    } else if (type == "content_block_start") {
      json block = data.value("content_block", json::object());
      int index = data.value("index", 0);
      if (str_field(block, "type") == "tool_use") {
        tools_[index] = ToolCall{str_field(block, "id"), str_field(block, "name"), json(), ""};
      }
    } else if (type == "content_block_delta") {
      json delta = data.value("delta", json::object());
      std::string dtype = str_field(delta, "type");
      if (dtype == "text_delta") {
        std::string piece = str_field(delta, "text");
        response_.text += piece;
        if (!piece.empty()) deltas.push_back(piece);
      } else if (dtype == "input_json_delta") {
        tools_[data.value("index", 0)].arguments_text += str_field(delta, "partial_json");
      }
    } else if (type == "message_delta") {
      json delta = data.value("delta", json::object());
      if (delta.contains("stop_reason") && delta["stop_reason"].is_string()) {
        response_.finish_reason_raw = delta["stop_reason"];
        response_.finish_reason = normalize(response_.finish_reason_raw);
      }
      merge_usage(data.value("usage", json()), input_, cache_read_, cache_write_, output_);
    } else if (type == "message_stop") {
      done_ = true;
    } else if (type == "error") {
      return stream_error(data.value("error", json::object()), 0);
    }
    return true;
  }
  bool complete() const override { return started_ && done_; }
  const char* terminal_name() const override { return "`message_stop` event"; }
  void finalize() override {
    set_usage(response_, input_, cache_read_, cache_write_, output_);
    for (auto& [index, call] : tools_) response_.tool_calls.push_back(make_tool_call(call.id, call.name, call.arguments_text));
  }

 private:
  bool started_ = false, done_ = false;
  std::int64_t input_ = 0, cache_read_ = 0, cache_write_ = 0, output_ = 0;
  std::map<int, ToolCall> tools_;
};

}  // namespace

Expected<Response> parse_anthropic_response(int status, const Headers& headers, std::string_view body,
                                            const ParseOptions& options) {
  auto doc = read_plain_body(Provider::Anthropic, status, headers, body);
  if (!doc) return doc.error();
  if (str_field(*doc, "type") == "error") return Error{parse_error(Provider::Anthropic, status, headers, body).to_string()};
  Response r = new_response(Provider::Anthropic, status, headers, options);
  r.id = str_field(*doc, "id");
  r.model = str_field(*doc, "model");
  for (const auto& block : doc->value("content", json::array())) {
    std::string type = str_field(block, "type");
    if (type == "text") r.text += str_field(block, "text");
    if (type == "tool_use") {
      ToolCall call{str_field(block, "id"), str_field(block, "name"), block.value("input", json::object()), ""};
      call.arguments_text = call.arguments.dump();
      r.tool_calls.push_back(std::move(call));
    }
  }
  r.finish_reason_raw = str_field(*doc, "stop_reason");
  r.finish_reason = normalize(r.finish_reason_raw);
  std::int64_t input = 0, cache_read = 0, cache_write = 0, output = 0;
  if (doc->contains("usage")) {
    merge_usage((*doc)["usage"], input, cache_read, cache_write, output);
    set_usage(r, input, cache_read, cache_write, output);
  }
  if (options.expect_json) attach_json_output(r);
  return r;
}

std::unique_ptr<StreamParser> make_anthropic_stream(const Headers& h, const ParseOptions& o) {
  return std::make_unique<AnthropicStream>(h, o);
}

}  // namespace aep::providers
