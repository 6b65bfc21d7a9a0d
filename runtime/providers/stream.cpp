// The stream parser base and the provider dispatch (see stream_base.hpp).
#include <fmt/format.h>

#include "runtime/providers/stream_base.hpp"

namespace aep::providers {

std::unique_ptr<StreamParser> make_openai_chat_stream(const Headers&, const ParseOptions&);
std::unique_ptr<StreamParser> make_openai_responses_stream(const Headers&, const ParseOptions&);
std::unique_ptr<StreamParser> make_anthropic_stream(const Headers&, const ParseOptions&);
std::unique_ptr<StreamParser> make_gemini_stream(const Headers&, const ParseOptions&);
std::unique_ptr<StreamParser> make_ollama_stream(const Headers&, const ParseOptions&);

FramedStreamParser::FramedStreamParser(Provider provider, const Headers& headers, const ParseOptions& options,
                                       bool ndjson)
    : options_(options), headers_(headers), ndjson_(ndjson) {
  response_.provider = provider;
  response_.request_id = request_id_from(headers);
  response_.latency = options.latency;
}

Expected<bool> FramedStreamParser::handle(const std::string& event, const std::string& data,
                                          std::vector<std::string>& deltas) {
  ++frames_;
  if (on_sentinel(data)) return true;
  auto doc = nlohmann::json::parse(data, nullptr, false);
  if (doc.is_discarded()) {
    return Error{fmt::format("{}: stream frame {} is not valid JSON: {}", provider_name(response_.provider), frames_,
                             data.substr(0, 120))};
  }
  return on_frame(event, doc, deltas);
}

Expected<std::vector<std::string>> FramedStreamParser::feed(std::string_view bytes) {
  if (error_) return *error_;
  std::vector<std::string> deltas;
  auto run = [&](const std::string& event, const std::string& data) -> bool {
    auto r = handle(event, data, deltas);
    if (!r) error_ = r.error();
    return r.ok();
  };
  if (ndjson_) {
    for (const auto& line : lines_.feed(bytes))
      if (!run("", line)) return *error_;
  } else {
    for (const auto& ev : sse_.feed(bytes))
      if (!run(ev.event, ev.data)) return *error_;
  }
  return deltas;
}

Expected<Response> FramedStreamParser::finish() {
  if (error_) return *error_;
  if (!complete()) {
    bool partial = ndjson_ ? lines_.has_partial() : sse_.has_partial();
    return Error{fmt::format("{}: the stream ended before its {} after {} frame{}{}; the answer is incomplete",
                             provider_name(response_.provider), terminal_name(), frames_, frames_ == 1 ? "" : "s",
                             partial ? " (the last frame was cut)" : "")};
  }
  finalize();
  if (options_.expect_json) attach_json_output(response_);
  return response_;
}

Error FramedStreamParser::stream_error(const nlohmann::json& error_object, int status_hint) {
  ProviderError e = parse_error(response_.provider, status_hint, headers_, nlohmann::json{{"error", error_object}}.dump());
  if (response_.provider == Provider::Anthropic && error_object.is_object()) {
    e.type = error_object.value("type", "");
    // Anthropic's overloaded_error arrives mid-stream with no status.
    if (e.type == "overloaded_error") e.status = 529;
  }
  return Error{"stream error: " + e.to_string()};
}

std::unique_ptr<StreamParser> make_stream_parser(Provider provider, const Headers& headers, const ParseOptions& options) {
  switch (provider) {
    case Provider::OpenAIChat: return make_openai_chat_stream(headers, options);
    case Provider::OpenAIResponses: return make_openai_responses_stream(headers, options);
    case Provider::Anthropic: return make_anthropic_stream(headers, options);
    case Provider::Gemini: return make_gemini_stream(headers, options);
    case Provider::Ollama: return make_ollama_stream(headers, options);
  }
  return make_openai_chat_stream(headers, options);
}

Expected<Response> parse_response(Provider provider, int status, const Headers& headers, std::string_view body,
                                  const ParseOptions& options) {
  switch (provider) {
    case Provider::OpenAIChat: return parse_openai_chat_response(status, headers, body, options);
    case Provider::OpenAIResponses: return parse_openai_responses_response(status, headers, body, options);
    case Provider::Anthropic: return parse_anthropic_response(status, headers, body, options);
    case Provider::Gemini: return parse_gemini_response(status, headers, body, options);
    case Provider::Ollama: return parse_ollama_response(status, headers, body, options);
  }
  return Error{"unknown provider"};
}

}  // namespace aep::providers
