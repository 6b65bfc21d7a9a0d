// Ollama /api/chat responses: one object when `stream: false`, else NDJSON
// lines of the same shape with `done: false` and a final `done: true` line
// carrying done_reason and the counts (prompt_eval_count, eval_count).
// Tool calls come whole in message.tool_calls with arguments as an object.
#include "runtime/providers/plain_body.hpp"
#include "runtime/providers/stream_base.hpp"

namespace aep::providers {

namespace {

using nlohmann::json;

FinishReason normalize(const std::string& raw) {
  if (raw == "stop") return FinishReason::Stop;
  if (raw == "length") return FinishReason::Length;
  return FinishReason::Other;
}

// Applies one object (line or body) to r; returns the new text.
std::string apply_line(const json& doc, Response& r) {
  if (r.model.empty()) r.model = str_field(doc, "model");
  json message = doc.value("message", json::object());
  std::string piece = str_field(message, "content");
  r.text += piece;
  for (const auto& tc : message.value("tool_calls", json::array())) {
    json fn = tc.value("function", json::object());
    json args = fn.value("arguments", json::object());
    std::string id = str_field(tc, "id");
    if (id.empty()) id = "call_" + std::to_string(r.tool_calls.size());
    r.tool_calls.push_back(ToolCall{id, str_field(fn, "name"), args, args.dump()});
  }
  if (doc.value("done", false)) {
    r.finish_reason_raw = str_field(doc, "done_reason");
    r.finish_reason = r.tool_calls.empty() ? normalize(r.finish_reason_raw) : FinishReason::ToolCalls;
    r.usage.reported = doc.contains("prompt_eval_count") || doc.contains("eval_count");
    r.usage.input_tokens = int_field(doc, "prompt_eval_count");
    r.usage.output_tokens = int_field(doc, "eval_count");
  }
  return piece;
}

class OllamaStream final : public FramedStreamParser {
 public:
  OllamaStream(const Headers& h, const ParseOptions& o) : FramedStreamParser(Provider::Ollama, h, o, true) {}

 protected:
  Expected<bool> on_frame(const std::string&, const json& line, std::vector<std::string>& deltas) override {
    if (line.contains("error")) return stream_error(line["error"], 0);
    std::string piece = apply_line(line, response_);
    if (!piece.empty()) deltas.push_back(piece);
    if (line.value("done", false)) done_ = true;
    return true;
  }
  bool complete() const override { return done_; }
  const char* terminal_name() const override { return "`done: true` line"; }

 private:
  bool done_ = false;
};

}  // namespace

Expected<Response> parse_ollama_response(int status, const Headers& headers, std::string_view body,
                                         const ParseOptions& options) {
  auto doc = read_plain_body(Provider::Ollama, status, headers, body);
  if (!doc) return doc.error();
  Response r = new_response(Provider::Ollama, status, headers, options);
  apply_line(*doc, r);
  if (!doc->value("done", false)) return Error{"ollama: the response is not done (was `stream: false` sent?)"};
  if (options.expect_json) attach_json_output(r);
  return r;
}

std::unique_ptr<StreamParser> make_ollama_stream(const Headers& h, const ParseOptions& o) {
  return std::make_unique<OllamaStream>(h, o);
}

}  // namespace aep::providers
