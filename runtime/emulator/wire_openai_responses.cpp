// OpenAI Responses (`POST /v1/responses`) as the emulator speaks it: a
// `response` object with message or function_call output items, the typed
// SSE events the `openai` SDK's ResponseStreamEvent union lists
// (response.created ... response.completed, each with a sequence_number),
// and OpenAI's error shape.
#include <fmt/format.h>

#include "runtime/emulator/wire.hpp"
#include "runtime/emulator/wire_common.hpp"

namespace aep::emulator {

namespace {

using json = nlohmann::ordered_json;

json text_part(const std::string& text) {
  return {{"type", "output_text"}, {"text", text}, {"annotations", json::array()}, {"logprobs", json::array()}};
}

json output_item(const sim::SimReply& r, const ReplyMeta& meta, bool done) {
  if (r.tool_name) {
    return {{"type", "function_call"}, {"id", "fc_" + meta.id}, {"call_id", "call_" + meta.id.substr(0, 16)},
            {"name", *r.tool_name}, {"arguments", done ? r.tool_arguments.dump() : ""},
            {"status", done ? "completed" : "in_progress"}};
  }
  return {{"type", "message"}, {"id", "msg_" + meta.id}, {"status", done ? "completed" : "in_progress"},
          {"role", "assistant"}, {"content", done ? json::array({text_part(r.text)}) : json::array()}};
}

json response_object(const sim::SimReply* r, const ReplyMeta& meta, bool done) {
  bool incomplete = done && r != nullptr && r->finish_reason == "length";
  json out = {{"id", "resp_" + meta.id}, {"object", "response"}, {"created_at", meta.created},
              {"status", !done ? "in_progress" : incomplete ? "incomplete" : "completed"},
              {"background", false}, {"error", nullptr},
              {"incomplete_details", incomplete ? json{{"reason", "max_output_tokens"}} : json()},
              {"instructions", nullptr}, {"max_output_tokens", nullptr}, {"model", meta.model},
              {"output", done && r ? json::array({output_item(*r, meta, true)}) : json::array()},
              {"parallel_tool_calls", true}, {"previous_response_id", nullptr},
              {"reasoning", {{"effort", nullptr}, {"summary", nullptr}}}, {"store", true},
              {"temperature", 1.0}, {"text", {{"format", {{"type", "text"}}}}}, {"tool_choice", "auto"},
              {"tools", json::array()}, {"top_p", 1.0}, {"truncation", "disabled"}, {"user", nullptr},
              {"metadata", json::object()}, {"usage", nullptr}};
  if (done && r) {
    out["usage"] = {{"input_tokens", r->input_tokens}, {"input_tokens_details", {{"cached_tokens", 0}}},
                    {"output_tokens", r->output_tokens}, {"output_tokens_details", {{"reasoning_tokens", 0}}},
                    {"total_tokens", r->input_tokens + r->output_tokens}};
  }
  return out;
}

class OpenAIResponsesWire final : public WireFormat {
 public:
  std::string name() const override { return "openai-responses"; }

  Expected<WireRequest> read(const json& body, const PathInfo&) const override {
    WireRequest w;
    auto& s = w.sim;
    if (!body.contains("model") || !body["model"].is_string()) return Error{"Missing required parameter: 'model'."};
    s.model = body["model"].get<std::string>();
    if (auto ins = body.find("instructions"); ins != body.end() && ins->is_string()) s.system = ins->get<std::string>();
    auto input = body.find("input");
    if (input == body.end()) return Error{"Missing required parameter: 'input'."};
    if (input->is_string()) {
      s.messages.push_back({"user", input->get<std::string>()});
    } else if (input->is_array()) {
      for (std::size_t i = 0; i < input->size(); ++i) {
        const json& item = (*input)[i];
        if (!item.is_object()) return Error{fmt::format("input[{}] must be an object", i)};
        std::string type = item.value("type", "message");
        if (type == "function_call_output") {
          s.messages.push_back({"tool", content_text(item.value("output", json()))});
          continue;
        }
        if (type != "message") continue;  // reasoning and function_call items carry no prompt text
        std::string role = item.value("role", "");
        std::string text = content_text(item.value("content", json()));
        if (role == "system" || role == "developer") {
          if (!s.system.empty()) s.system += "\n";
          s.system += text;
        } else if (role == "user" || role == "assistant") {
          s.messages.push_back({role, text});
        } else {
          return Error{fmt::format("input[{}].role: '{}' is not one of 'user', 'assistant', 'system', 'developer'", i, role)};
        }
      }
    } else {
      return Error{"'input' must be a string or an array of input items"};
    }
    auto t = number_field(body, "temperature", 0, 2);
    if (!t) return t.error();
    if (*t) s.temperature = **t;
    if (auto m = body.find("max_output_tokens"); m != body.end() && m->is_number_integer()) {
      if (m->get<int>() < 16) return Error{"Invalid 'max_output_tokens': integer below minimum value (16)."};
      s.max_output_tokens = m->get<int>();
    }
    json format = body.value("text", json::object()).value("format", json::object());
    if (format.value("type", "") == "json_schema") {
      s.json_output = true;
      s.schema = format.value("schema", json());
    } else if (format.value("type", "") == "json_object") {
      s.json_output = true;
    }
    if (auto tools = body.find("tools"); tools != body.end() && tools->is_array()) {
      for (const auto& tool : *tools)
        if (tool.value("type", "") == "function") s.tools.push_back({tool.value("name", ""), tool.value("parameters", json())});
    }
    if (auto tc = body.find("tool_choice"); tc != body.end()) {
      if (tc->is_object() && tc->value("type", "") == "function") s.forced_tool = tc->value("name", "");
      else if (*tc == "required" && s.tools.size() == 1) s.forced_tool = s.tools[0].name;
    }
    if (auto md = body.find("metadata"); md != body.end() && md->is_object() && md->contains("aep_item_id"))
      s.item_id = md->value("aep_item_id", "");
    w.stream = body.value("stream", false);
    return w;
  }

  std::string body(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta) const override {
    return response_object(&replies.at(0), meta, true).dump();
  }

  std::vector<std::string> stream(const std::vector<sim::SimReply>& replies, const ReplyMeta& meta,
                                  const WireRequest&) const override {
    const sim::SimReply& r = replies.at(0);
    std::vector<std::string> frames;
    int seq = 0;
    auto emit = [&](const char* type, json data) {
      data["type"] = type;
      data["sequence_number"] = seq++;
      frames.push_back(sse(type, data));
    };
    emit("response.created", {{"response", response_object(nullptr, meta, false)}});
    emit("response.in_progress", {{"response", response_object(nullptr, meta, false)}});
    json item = output_item(r, meta, false);
    std::string item_id = item["id"];
    emit("response.output_item.added", {{"output_index", 0}, {"item", item}});
    if (r.tool_name) {
      for (const auto& piece : split_deltas(r.text))
        emit("response.function_call_arguments.delta", {{"item_id", item_id}, {"output_index", 0}, {"delta", piece}});
      emit("response.function_call_arguments.done",
           {{"item_id", item_id}, {"output_index", 0}, {"name", *r.tool_name}, {"arguments", r.text}});
    } else {
      json where = {{"item_id", item_id}, {"output_index", 0}, {"content_index", 0}};
      json added = where;
      added["part"] = text_part("");
      emit("response.content_part.added", added);
      for (const auto& piece : split_deltas(r.text)) {
        json d = where;
        d["delta"] = piece;
        d["logprobs"] = json::array();
        emit("response.output_text.delta", d);
      }
      json done = where;
      done["text"] = r.text;
      done["logprobs"] = json::array();
      emit("response.output_text.done", done);
      json part_done = where;
      part_done["part"] = text_part(r.text);
      emit("response.content_part.done", part_done);
    }
    emit("response.output_item.done", {{"output_index", 0}, {"item", output_item(r, meta, true)}});
    json final_response = response_object(&r, meta, true);
    emit(final_response["status"] == "incomplete" ? "response.incomplete" : "response.completed",
         {{"response", final_response}});
    return frames;
  }

  std::string error_body(int status, ErrorKind kind, std::string_view message) const override {
    return make_openai_chat_wire()->error_body(status, kind, message);
  }
};

}  // namespace

std::unique_ptr<WireFormat> make_openai_responses_wire() { return std::make_unique<OpenAIResponsesWire>(); }

}  // namespace aep::emulator
