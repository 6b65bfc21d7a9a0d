// OpenAI Chat Completions responses (also OpenAI-compatible servers): the
// chat.completion body and the chat.completion.chunk stream ending in
// `data: [DONE]`. Field names from the `openai` SDK's ChatCompletion and
// ChatCompletionChunk types.
#include <map>

#include "runtime/providers/plain_body.hpp"
#include "runtime/providers/stream_base.hpp"

namespace aep::providers {

namespace {

using nlohmann::json;

FinishReason normalize(const std::string& raw) {
  if (raw == "stop") return FinishReason::Stop;
  if (raw == "length") return FinishReason::Length;
  if (raw == "tool_calls" || raw == "function_call") return FinishReason::ToolCalls;
  if (raw == "content_filter") return FinishReason::ContentFilter;
  return FinishReason::Other;
}

void read_usage(const json& u, Usage& usage) {
  if (!u.is_object()) return;
  usage.reported = true;
  usage.input_tokens = int_field(u, "prompt_tokens");
  usage.output_tokens = int_field(u, "completion_tokens");
  usage.cached_input_tokens = int_field(u.value("prompt_tokens_details", json::object()), "cached_tokens");
  usage.reasoning_tokens = int_field(u.value("completion_tokens_details", json::object()), "reasoning_tokens");
}

class ChatStream final : public FramedStreamParser {
 public:
  ChatStream(const Headers& h, const ParseOptions& o) : FramedStreamParser(Provider::OpenAIChat, h, o, false) {}

 protected:
  bool on_sentinel(const std::string& data) override {
    if (data != "[DONE]") return false;
    done_ = true;
    return true;
  }

  Expected<bool> on_frame(const std::string&, const json& chunk, std::vector<std::string>& deltas) override {
    if (chunk.contains("error")) return stream_error(chunk["error"], 0);
    if (response_.id.empty()) response_.id = str_field(chunk, "id");
    if (response_.model.empty()) response_.model = str_field(chunk, "model");
    if (chunk.contains("usage") && chunk["usage"].is_object()) read_usage(chunk["usage"], response_.usage);
    for (const auto& choice : chunk.value("choices", json::array())) {
      if (choice.value("index", 0) != 0) continue;  // the neutral Response holds the first choice
      const json delta = choice.value("delta", json::object());
      std::string piece = str_field(delta, "content");
      if (!piece.empty()) {
        response_.text += piece;
        deltas.push_back(piece);
      }
      for (const auto& tc : delta.value("tool_calls", json::array())) {
        auto& call = calls_[tc.value("index", 0)];
        if (tc.contains("id") && tc["id"].is_string()) call.id = tc["id"];
        json fn = tc.value("function", json::object());
        if (fn.contains("name") && fn["name"].is_string()) call.name += fn["name"].get<std::string>();
        call.arguments_text += str_field(fn, "arguments");
      }
      if (choice.contains("finish_reason") && choice["finish_reason"].is_string()) {
        response_.finish_reason_raw = choice["finish_reason"];
        response_.finish_reason = normalize(response_.finish_reason_raw);
      }
    }
    return true;
  }

  // [DONE] ends every OpenAI stream; some compatible servers omit it, so a
  // finish_reason also counts as the end.
  bool complete() const override { return done_ || !response_.finish_reason_raw.empty(); }
  const char* terminal_name() const override { return "`data: [DONE]`"; }
  void finalize() override {
    for (auto& [index, call] : calls_) response_.tool_calls.push_back(make_tool_call(call.id, call.name, call.arguments_text));
  }

 private:
  bool done_ = false;
  std::map<int, ToolCall> calls_;
};

}  // namespace

Expected<Response> parse_openai_chat_response(int status, const Headers& headers, std::string_view body,
                                              const ParseOptions& options) {
  auto doc = read_plain_body(Provider::OpenAIChat, status, headers, body);
  if (!doc) return doc.error();
  Response r = new_response(Provider::OpenAIChat, status, headers, options);
  r.id = str_field(*doc, "id");
  r.model = str_field(*doc, "model");
  read_usage(doc->value("usage", json()), r.usage);
  auto choices = doc->value("choices", json::array());
  if (!choices.is_array() || choices.empty()) return Error{"openai-chat: the response has no choices"};
  const json& choice = choices[0];
  const json message = choice.value("message", json::object());
  r.text = str_field(message, "content");
  for (const auto& tc : message.value("tool_calls", json::array())) {
    json fn = tc.value("function", json::object());
    r.tool_calls.push_back(make_tool_call(str_field(tc, "id"), str_field(fn, "name"), str_field(fn, "arguments")));
  }
  r.finish_reason_raw = str_field(choice, "finish_reason");
  r.finish_reason = normalize(r.finish_reason_raw);
  // A refusal comes as its own field with no content.
  if (r.text.empty() && message.contains("refusal") && message["refusal"].is_string()) {
    r.text = message["refusal"];
    r.finish_reason = FinishReason::ContentFilter;
  }
  if (options.expect_json) attach_json_output(r);
  return r;
}

std::unique_ptr<StreamParser> make_openai_chat_stream(const Headers& h, const ParseOptions& o) {
  return std::make_unique<ChatStream>(h, o);
}

}  // namespace aep::providers
