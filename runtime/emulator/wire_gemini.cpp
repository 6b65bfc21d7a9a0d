// Gemini (`POST /v1beta/models/{model}:generateContent`, and
// `:streamGenerateContent?alt=sse`, also under /v1/) as the emulator speaks
// it: GenerateContentResponse bodies with candidates and usageMetadata, SSE
// `data:` chunks of the same shape, and `{error: {code, message, status}}`.
#include <fmt/format.h>

#include "runtime/emulator/wire.hpp"
#include "runtime/emulator/wire_common.hpp"

namespace aep::emulator {

namespace {

using json = nlohmann::ordered_json;

std::string finish(const sim::SimReply& r) { return finish_reason_or(r.finish_reason, "STOP", "MAX_TOKENS"); }

json usage(const sim::SimReply& r, bool final_chunk) {
  json u = {{"promptTokenCount", r.input_tokens},
            {"totalTokenCount", r.input_tokens + (final_chunk ? r.output_tokens : 0)},
            {"promptTokensDetails", json::array({{{"modality", "TEXT"}, {"tokenCount", r.input_tokens}}})}};
  if (final_chunk) u["candidatesTokenCount"] = r.output_tokens;
  return u;
}

class GeminiWire final : public WireFormat {
 public:
  std::string name() const override { return "gemini"; }

  Expected<WireRequest> read(const json& body, const PathInfo& path) const override {
    WireRequest w;
    auto& s = w.sim;
    s.model = path.model;
    w.stream = path.stream;
    for (const char* key : {"systemInstruction", "system_instruction"}) {
      if (auto si = body.find(key); si != body.end()) s.system = content_text(si->is_object() ? si->value("parts", json()) : *si);
    }
    auto contents = body.find("contents");
    if (contents == body.end() || !contents->is_array() || contents->empty())
      return Error{"* GenerateContentRequest.contents: contents is not specified"};
    for (std::size_t i = 0; i < contents->size(); ++i) {
      const json& c = (*contents)[i];
      if (!c.is_object()) return Error{fmt::format("* GenerateContentRequest.contents[{}]: must be an object", i)};
      std::string role = c.value("role", "user");
      if (role != "user" && role != "model" && role != "function")
        return Error{fmt::format("* GenerateContentRequest.contents[{}].role: Please use a valid role: user, model.", i)};
      s.messages.push_back({role == "model" ? "assistant" : role == "function" ? "tool" : "user",
                            content_text(c.value("parts", json()))});
    }
    json cfg = body.value("generationConfig", body.value("generation_config", json::object()));
    auto t = number_field(cfg, "temperature", 0, 2);
    if (!t) return Error{"* GenerateContentRequest.generation_config." + t.error().message};
    if (*t) s.temperature = **t;
    if (auto m = cfg.find("maxOutputTokens"); m != cfg.end() && m->is_number_integer()) s.max_output_tokens = m->get<int>();
    if (auto n = cfg.find("candidateCount"); n != cfg.end() && n->is_number_integer()) w.n = std::max(1, n->get<int>());
    if (cfg.value("responseMimeType", "") == "application/json") {
      s.json_output = true;
      for (const char* key : {"responseJsonSchema", "response_json_schema", "responseSchema"})
        if (cfg.contains(key)) { s.schema = lower_schema_types(cfg[key]); break; }
    }
    if (auto tools = body.find("tools"); tools != body.end() && tools->is_array()) {
      for (const auto& tool : *tools) {
        for (const auto& fn : tool.value("functionDeclarations", json::array())) {
          json params = fn.contains("parametersJsonSchema") ? fn["parametersJsonSchema"] : fn.value("parameters", json());
          s.tools.push_back({fn.value("name", ""), lower_schema_types(params)});
        }
      }
    }
    json fcc = body.value("toolConfig", json::object()).value("functionCallingConfig", json::object());
    if (fcc.value("mode", "") == "ANY") {
      auto allowed = fcc.value("allowedFunctionNames", json::array());
      if (allowed.size() == 1) s.forced_tool = allowed[0].get<std::string>();
      else if (s.tools.size() == 1) s.forced_tool = s.tools[0].name;
    }
    return w;
  }

  static json candidate(const sim::SimReply& r, std::size_t index, const json& parts, bool final_chunk) {
    json c = {{"content", {{"parts", parts}, {"role", "model"}}}, {"index", index}};
    if (final_chunk) c["finishReason"] = finish(r);
    return c;
  }

  static json parts_of(const sim::SimReply& r, const std::string& text) {
    if (r.tool_name) return json::array({{{"functionCall", {{"name", *r.tool_name}, {"args", r.tool_arguments}}}}});
    return json::array({{{"text", text}}});
  }

  std::string body(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta) const override {
    json candidates = json::array();
    sim::SimReply total = replies.at(0);
    total.output_tokens = 0;
    for (std::size_t i = 0; i < replies.size(); ++i) {
      candidates.push_back(candidate(replies[i], i, parts_of(replies[i], replies[i].text), true));
      total.output_tokens += replies[i].output_tokens;
    }
    return json{{"candidates", candidates}, {"usageMetadata", usage(total, true)},
                {"modelVersion", meta.model}, {"responseId", meta.id}}
        .dump();
  }

  std::vector<std::string> stream(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta,
                                  const WireRequest&) const override {
    const auto& r = replies.at(0);
    std::vector<std::string> frames;
    auto frame = [&](json c, bool final_chunk) {
      json chunk = {{"candidates", json::array({std::move(c)})}, {"usageMetadata", usage(r, final_chunk)},
                    {"modelVersion", meta.model}, {"responseId", meta.id}};
      return "data: " + chunk.dump() + "\r\n\r\n";
    };
    if (r.tool_name) {
      frames.push_back(frame(candidate(r, 0, parts_of(r, r.text), true), true));
      return frames;
    }
    auto pieces = split_deltas(r.text);
    if (pieces.empty()) pieces.push_back("");
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      bool last = i + 1 == pieces.size();
      frames.push_back(frame(candidate(r, 0, parts_of(r, pieces[i]), last), last));
    }
    return frames;
  }

  std::string error_body(int status, ErrorKind kind, std::string_view message) const override {
    std::string st = "INVALID_ARGUMENT";
    switch (kind) {
      case ErrorKind::BadRequest: break;
      case ErrorKind::NotFound: st = "NOT_FOUND"; break;
      case ErrorKind::RateLimit: case ErrorKind::Quota: st = "RESOURCE_EXHAUSTED"; break;
      case ErrorKind::Server: st = "INTERNAL"; break;
      case ErrorKind::Unavailable: case ErrorKind::Overloaded: st = "UNAVAILABLE"; break;
    }
    return json{{"error", {{"code", status}, {"message", message}, {"status", st}}}}.dump();
  }
};

}  // namespace

std::unique_ptr<WireFormat> make_gemini_wire() { return std::make_unique<GeminiWire>(); }

}  // namespace aep::emulator
