// OpenAI Responses API results: the `response` object (output items of type
// message and function_call) and the typed stream events, of which
// response.output_text.delta carries text and response.completed /
// response.incomplete / response.failed end the stream with the full object.
#include "runtime/providers/plain_body.hpp"
#include "runtime/providers/stream_base.hpp"

namespace aep::providers {

namespace {

using nlohmann::json;

// Reads a `response` object into r (shared by the body and the final event).
void read_response_object(const json& obj, Response& r) {
  r.id = str_field(obj, "id");
  r.model = str_field(obj, "model");
  r.text.clear();
  r.tool_calls.clear();
  for (const auto& item : obj.value("output", json::array())) {
    std::string type = str_field(item, "type");
    if (type == "message") {
      for (const auto& part : item.value("content", json::array())) {
        std::string ptype = str_field(part, "type");
        if (ptype == "output_text") r.text += str_field(part, "text");
        if (ptype == "refusal") {
          r.text += str_field(part, "refusal");
          r.finish_reason = FinishReason::ContentFilter;
        }
      }
    } else if (type == "function_call") {
      r.tool_calls.push_back(make_tool_call(str_field(item, "call_id"), str_field(item, "name"), str_field(item, "arguments")));
    }
  }
  std::string status = str_field(obj, "status");
  std::string reason = str_field(obj.value("incomplete_details", json::object()), "reason");
  r.finish_reason_raw = reason.empty() ? status : status + ":" + reason;
  if (r.finish_reason != FinishReason::ContentFilter) {
    if (status == "completed") r.finish_reason = r.tool_calls.empty() ? FinishReason::Stop : FinishReason::ToolCalls;
    else if (reason == "max_output_tokens") r.finish_reason = FinishReason::Length;
    else if (reason == "content_filter") r.finish_reason = FinishReason::ContentFilter;
    else r.finish_reason = FinishReason::Other;
  }
  const json u = obj.value("usage", json());
  if (u.is_object()) {
    r.usage.reported = true;
    r.usage.input_tokens = int_field(u, "input_tokens");
    r.usage.output_tokens = int_field(u, "output_tokens");
    r.usage.cached_input_tokens = int_field(u.value("input_tokens_details", json::object()), "cached_tokens");
    r.usage.reasoning_tokens = int_field(u.value("output_tokens_details", json::object()), "reasoning_tokens");
  }
}

class ResponsesStream final : public FramedStreamParser {
 public:
  ResponsesStream(const Headers& h, const ParseOptions& o) : FramedStreamParser(Provider::OpenAIResponses, h, o, false) {}

 protected:
  Expected<bool> on_frame(const std::string& event, const json& data, std::vector<std::string>& deltas) override {
    std::string type = str_field(data, "type");
    if (type.empty()) type = event;
    if (type == "response.output_text.delta") {
      std::string piece = str_field(data, "delta");
      streamed_text_ += piece;
      if (!piece.empty()) deltas.push_back(piece);
    } else if (type == "response.completed" || type == "response.incomplete") {
      read_response_object(data.value("response", json::object()), response_);
      done_ = true;
    } else if (type == "response.failed") {
      json err = data.value("response", json::object()).value("error", json::object());
      return stream_error(err, 0);
    } else if (type == "error") {
      return stream_error(data, 0);
    } else if (type == "response.created") {
      response_.id = str_field(data.value("response", json::object()), "id");
      response_.model = str_field(data.value("response", json::object()), "model");
    }
    return true;
  }
  bool complete() const override { return done_; }
  const char* terminal_name() const override { return "`response.completed` event"; }
  void finalize() override {
    // The final object is authoritative; the deltas fill in if it omits output.
    if (response_.text.empty() && response_.tool_calls.empty()) response_.text = streamed_text_;
  }

 private:
  bool done_ = false;
  std::string streamed_text_;
};

}  // namespace

Expected<Response> parse_openai_responses_response(int status, const Headers& headers, std::string_view body,
                                                   const ParseOptions& options) {
  auto doc = read_plain_body(Provider::OpenAIResponses, status, headers, body);
  if (!doc) return doc.error();
  Response r = new_response(Provider::OpenAIResponses, status, headers, options);
  if (str_field(*doc, "status") == "failed") {
    ProviderError e;
    e.provider = Provider::OpenAIResponses;
    e.status = status;
    json err = doc->value("error", json::object());
    e.code = str_field(err, "code");
    e.message = str_field(err, "message");
    e.request_id = r.request_id;
    return Error{e.to_string()};
  }
  read_response_object(*doc, r);
  if (options.expect_json) attach_json_output(r);
  return r;
}

std::unique_ptr<StreamParser> make_openai_responses_stream(const Headers& h, const ParseOptions& o) {
  return std::make_unique<ResponsesStream>(h, o);
}

}  // namespace aep::providers
