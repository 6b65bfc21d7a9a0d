// Gemini generateContent responses: GenerateContentResponse bodies
// (candidates[0].content.parts with text or functionCall, finishReason,
// usageMetadata, promptFeedback) and :streamGenerateContent?alt=sse, where
// every `data:` chunk is such a response holding the next piece of text.
// Parts marked `thought: true` are reasoning, not output text.
#include "runtime/providers/plain_body.hpp"
#include "runtime/providers/stream_base.hpp"

namespace aep::providers {

namespace {

using nlohmann::json;

FinishReason normalize(const std::string& raw) {
  if (raw == "STOP") return FinishReason::Stop;
  if (raw == "MAX_TOKENS") return FinishReason::Length;
  if (raw == "SAFETY" || raw == "RECITATION" || raw == "BLOCKLIST" || raw == "PROHIBITED_CONTENT" ||
      raw == "SPII" || raw == "IMAGE_SAFETY")
    return FinishReason::ContentFilter;
  if (raw == "MALFORMED_FUNCTION_CALL" || raw == "UNEXPECTED_TOOL_CALL") return FinishReason::ToolCalls;
  return FinishReason::Other;
}

void read_usage(const json& u, Usage& usage) {
  if (!u.is_object()) return;
  usage.reported = true;
  usage.input_tokens = int_field(u, "promptTokenCount");
  usage.reasoning_tokens = int_field(u, "thoughtsTokenCount");
  usage.output_tokens = int_field(u, "candidatesTokenCount") + usage.reasoning_tokens;
  usage.cached_input_tokens = int_field(u, "cachedContentTokenCount");
}

// Applies one response (or chunk) to r; returns the new text.
std::string apply_chunk(const json& doc, Response& r) {
  std::string added;
  if (r.id.empty()) r.id = str_field(doc, "responseId");
  if (r.model.empty()) r.model = str_field(doc, "modelVersion");
  read_usage(doc.value("usageMetadata", json()), r.usage);
  auto candidates = doc.value("candidates", json::array());
  if (candidates.is_array() && !candidates.empty()) {
    const json& c = candidates[0];
    for (const auto& part : c.value("content", json::object()).value("parts", json::array())) {
      if (part.value("thought", false)) continue;
      if (part.contains("text") && part["text"].is_string()) added += part["text"].get<std::string>();
      if (part.contains("functionCall")) {
        json fc = part["functionCall"];
        std::string id = str_field(fc, "id");
        if (id.empty()) id = "call_" + std::to_string(r.tool_calls.size());
        json args = fc.value("args", json::object());
        r.tool_calls.push_back(ToolCall{id, str_field(fc, "name"), args, args.dump()});
      }
    }
    if (c.contains("finishReason") && c["finishReason"].is_string()) {
      r.finish_reason_raw = c["finishReason"];
      r.finish_reason = normalize(r.finish_reason_raw);
    }
  } else if (doc.contains("promptFeedback") && doc["promptFeedback"].contains("blockReason")) {
    r.finish_reason_raw = str_field(doc["promptFeedback"], "blockReason");
    r.finish_reason = FinishReason::ContentFilter;
  }
  r.text += added;
  return added;
}

class GeminiStream final : public FramedStreamParser {
 public:
  GeminiStream(const Headers& h, const ParseOptions& o) : FramedStreamParser(Provider::Gemini, h, o, false) {}

 protected:
  Expected<bool> on_frame(const std::string&, const json& chunk, std::vector<std::string>& deltas) override {
    if (chunk.contains("error")) return stream_error(chunk["error"], int_field(chunk["error"], "code"));
    std::string piece = apply_chunk(chunk, response_);
    if (!piece.empty()) deltas.push_back(piece);
    return true;
  }
  bool complete() const override { return !response_.finish_reason_raw.empty(); }
  const char* terminal_name() const override { return "chunk with a finishReason"; }
  void finalize() override {
    if (response_.finish_reason == FinishReason::Stop && !response_.tool_calls.empty())
      response_.finish_reason = FinishReason::ToolCalls;
  }
};

}  // namespace

Expected<Response> parse_gemini_response(int status, const Headers& headers, std::string_view body,
                                         const ParseOptions& options) {
  auto doc = read_plain_body(Provider::Gemini, status, headers, body);
  if (!doc) return doc.error();
  Response r = new_response(Provider::Gemini, status, headers, options);
  apply_chunk(*doc, r);
  if (r.finish_reason_raw.empty()) return Error{"gemini: the response has no candidate with a finishReason"};
  if (r.finish_reason == FinishReason::Stop && !r.tool_calls.empty()) r.finish_reason = FinishReason::ToolCalls;
  if (options.expect_json) attach_json_output(r);
  return r;
}

std::unique_ptr<StreamParser> make_gemini_stream(const Headers& h, const ParseOptions& o) {
  return std::make_unique<GeminiStream>(h, o);
}

}  // namespace aep::providers
