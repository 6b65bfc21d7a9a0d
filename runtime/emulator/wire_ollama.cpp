// Ollama (`POST /api/chat`) as the emulator speaks it: streams NDJSON by
// default (a request must send `stream: false` for one body), final object
// with done, done_reason and the eval counts and durations in nanoseconds,
// and `{error}` errors.
#include <chrono>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "runtime/emulator/wire.hpp"
#include "runtime/emulator/wire_common.hpp"

namespace aep::emulator {

namespace {

using json = nlohmann::ordered_json;

std::string created_at(std::int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}.000000000Z", fmt::gmtime(t));
}

json final_object(const sim::SimReply& r, const ReplyMeta& meta, json message) {
  auto ns = static_cast<std::int64_t>(r.latency_ms * 1e6);
  return {{"model", meta.model}, {"created_at", created_at(meta.created)}, {"message", std::move(message)},
          {"done_reason", finish_reason_or(r.finish_reason, "stop", "length")}, {"done", true},
          {"total_duration", ns}, {"load_duration", 0}, {"prompt_eval_count", r.input_tokens},
          {"prompt_eval_duration", ns / 4}, {"eval_count", r.output_tokens}, {"eval_duration", ns - ns / 4}};
}

json message_of(const sim::SimReply& r, const std::string& text) {
  json m = {{"role", "assistant"}, {"content", text}};
  if (r.tool_name) {
    m["content"] = "";
    m["tool_calls"] = json::array({{{"function", {{"name", *r.tool_name}, {"arguments", r.tool_arguments}}}}});
  }
  return m;
}

class OllamaWire final : public WireFormat {
 public:
  std::string name() const override { return "ollama"; }

  Expected<WireRequest> read(const json& body, const PathInfo&) const override {
    WireRequest w;
    auto& s = w.sim;
    if (!body.contains("model") || !body["model"].is_string() || body["model"].get<std::string>().empty())
      return Error{"model is required"};
    s.model = body["model"].get<std::string>();
    auto messages = body.find("messages");
    if (messages != body.end() && !messages->is_array()) return Error{"messages must be an array"};
    if (messages != body.end()) {
      for (std::size_t i = 0; i < messages->size(); ++i) {
        const json& m = (*messages)[i];
        std::string role = m.is_object() ? m.value("role", "") : "";
        std::string text = m.is_object() ? content_text(m.value("content", json())) : "";
        if (role == "system") {
          if (!s.system.empty()) s.system += "\n";
          s.system += text;
        } else if (role == "user" || role == "assistant" || role == "tool") {
          s.messages.push_back({role, text});
        } else {
          return Error{fmt::format("invalid role '{}' in messages[{}]", role, i)};
        }
      }
    }
    json options = body.value("options", json::object());
    auto t = number_field(options, "temperature", 0, 100);
    if (!t) return t.error();
    s.temperature = t->value_or(0.8);  // Ollama's default
    if (auto np = options.find("num_predict"); np != options.end() && np->is_number_integer() && np->get<int>() > 0)
      s.max_output_tokens = np->get<int>();
    if (auto f = body.find("format"); f != body.end() && !f->is_null()) {
      if (*f == "json") {
        s.json_output = true;
      } else if (f->is_object()) {
        s.json_output = true;
        s.schema = *f;
      } else if (!(f->is_string() && f->get<std::string>().empty())) {
        return Error{"invalid format: expected \"json\" or a JSON schema"};
      }
    }
    if (auto tools = body.find("tools"); tools != body.end() && tools->is_array()) {
      for (const auto& tool : *tools) {
        json fn = tool.value("function", json::object());
        s.tools.push_back({fn.value("name", ""), fn.value("parameters", json())});
      }
    }
    w.stream = body.value("stream", true);
    return w;
  }

  std::string body(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta) const override {
    const auto& r = replies.at(0);
    return final_object(r, meta, message_of(r, r.text)).dump();
  }

  std::vector<std::string> stream(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta,
                                  const WireRequest&) const override {
    const auto& r = replies.at(0);
    std::vector<std::string> frames;
    if (!r.tool_name) {
      for (const auto& piece : split_deltas(r.text)) {
        json line = {{"model", meta.model}, {"created_at", created_at(meta.created)},
                     {"message", {{"role", "assistant"}, {"content", piece}}}, {"done", false}};
        frames.push_back(line.dump() + "\n");
      }
    }
    frames.push_back(final_object(r, meta, message_of(r, "")).dump() + "\n");
    return frames;
  }

  std::string stream_content_type() const override { return "application/x-ndjson"; }

  std::string error_body(int, ErrorKind, std::string_view message) const override {
    return json{{"error", message}}.dump();
  }
};

}  // namespace

std::unique_ptr<WireFormat> make_ollama_wire() { return std::make_unique<OllamaWire>(); }

}  // namespace aep::emulator
