// providers::Response <-> JSON (see response_json.hpp).
#include "runtime/runner/response_json.hpp"

namespace aep::runner {

nlohmann::json usage_to_json(const providers::Usage& u) {
  return {{"input_tokens", u.input_tokens}, {"output_tokens", u.output_tokens},
          {"cached_input_tokens", u.cached_input_tokens}, {"reasoning_tokens", u.reasoning_tokens},
          {"reported", u.reported}};
}

nlohmann::json response_to_json(const providers::Response& r) {
  nlohmann::json calls = nlohmann::json::array();
  for (const auto& c : r.tool_calls) {
    calls.push_back({{"id", c.id}, {"name", c.name}, {"arguments", c.arguments}, {"arguments_text", c.arguments_text}});
  }
  nlohmann::json j = {{"format", 1},
                      {"provider", providers::provider_name(r.provider)},
                      {"status", r.status},
                      {"model", r.model},
                      {"id", r.id},
                      {"text", r.text},
                      {"tool_calls", calls},
                      {"finish_reason", r.finish_reason_raw},
                      {"finish", providers::finish_reason_name(r.finish_reason)},
                      {"usage", usage_to_json(r.usage)},
                      {"latency_ms", r.latency.count()},
                      {"request_id", r.request_id},
                      {"attempts", r.attempts}};
  if (r.json_output) j["json_output"] = *r.json_output;
  if (!r.json_error.empty()) j["json_error"] = r.json_error;
  return j;
}

Expected<providers::Response> response_from_json(const nlohmann::json& j) {
  if (!j.is_object() || j.value("format", 0) != 1 || !j.contains("text") || !j["text"].is_string()) {
    return Error{"the cached entry is not a stored response"};
  }
  try {
    providers::Response r;
    auto p = providers::provider_from_name(j.value("provider", ""));
    if (p) r.provider = *p;
    r.status = j.value("status", 200);
    r.model = j.value("model", "");
    r.id = j.value("id", "");
    r.text = j["text"].get<std::string>();
    for (const auto& c : j.value("tool_calls", nlohmann::json::array())) {
      providers::ToolCall call;
      call.id = c.value("id", "");
      call.name = c.value("name", "");
      call.arguments = c.value("arguments", nlohmann::json());
      call.arguments_text = c.value("arguments_text", "");
      r.tool_calls.push_back(std::move(call));
    }
    r.finish_reason_raw = j.value("finish_reason", "");
    std::string finish = j.value("finish", "other");
    using F = providers::FinishReason;
    r.finish_reason = finish == "stop" ? F::Stop : finish == "length" ? F::Length : finish == "tool_calls" ? F::ToolCalls
                    : finish == "content_filter" ? F::ContentFilter : F::Other;
    const auto& u = j.value("usage", nlohmann::json::object());
    r.usage.input_tokens = u.value("input_tokens", 0);
    r.usage.output_tokens = u.value("output_tokens", 0);
    r.usage.cached_input_tokens = u.value("cached_input_tokens", 0);
    r.usage.reasoning_tokens = u.value("reasoning_tokens", 0);
    r.usage.reported = u.value("reported", false);
    r.latency = std::chrono::milliseconds(j.value("latency_ms", 0));
    r.request_id = j.value("request_id", "");
    r.attempts = j.value("attempts", 1);
    if (j.contains("json_output")) r.json_output = j["json_output"];
    r.json_error = j.value("json_error", "");
    return r;
  } catch (const nlohmann::json::exception& e) {
    return Error{std::string("the cached entry is damaged: ") + e.what()};
  }
}

}  // namespace aep::runner
