// The neutral Response: what every provider call ends in, whatever the wire
// format (OpenAI Chat, OpenAI Responses, Anthropic Messages, Gemini,
// Ollama). Evaluation, caching and traces read only this type.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace aep::providers {

enum class Provider { OpenAIChat, OpenAIResponses, Anthropic, Gemini, Ollama };

// "openai-chat", "openai-responses", "anthropic", "gemini", "ollama".
std::string_view provider_name(Provider provider);
std::optional<Provider> provider_from_name(std::string_view name);

// Response headers as received (names in any case).
using Headers = std::vector<std::pair<std::string, std::string>>;

// Case-insensitive lookup of the first header with this name.
std::optional<std::string> find_header(const Headers& headers, std::string_view name);

// The provider's request id: x-request-id (OpenAI, Ollama proxies),
// request-id (Anthropic), x-goog-request-id, x-amzn-requestid, cf-ray.
std::string request_id_from(const Headers& headers);

enum class FinishReason { Stop, Length, ToolCalls, ContentFilter, Other };
// "stop", "length", "tool_calls", "content_filter", "other".
std::string_view finish_reason_name(FinishReason reason);

struct ToolCall {
  std::string id;    // provider id, or "call_<index>" when the provider gives none (Gemini, Ollama)
  std::string name;
  nlohmann::json arguments;    // parsed arguments (null if they are not valid JSON)
  std::string arguments_text;  // arguments as sent
};

struct Usage {
  std::int64_t input_tokens = 0;   // all input, cached included
  std::int64_t output_tokens = 0;  // all output, reasoning included
  std::int64_t cached_input_tokens = 0;
  std::int64_t reasoning_tokens = 0;
  bool reported = false;  // the provider sent usage figures
};

struct Response {
  Provider provider = Provider::OpenAIChat;
  int status = 200;
  std::string model;  // as the provider reports it
  std::string id;     // the provider's response id
  std::string text;   // all output text joined
  // Set when JSON output was expected: the parsed value, or why it failed.
  std::optional<nlohmann::json> json_output;
  std::string json_error;
  std::vector<ToolCall> tool_calls;
  FinishReason finish_reason = FinishReason::Other;
  std::string finish_reason_raw;  // the provider's own value
  Usage usage;
  std::chrono::milliseconds latency{0};
  std::string request_id;
  int attempts = 1;  // HTTP attempts behind this response (1 + retries)
};

struct ParseOptions {
  bool expect_json = false;  // structured output was asked for
  std::chrono::milliseconds latency{0};  // measured by the caller, copied into the Response
};

// Fills json_output / json_error from the text (or from the first tool
// call's arguments when the text is empty: a forced tool carries the JSON).
// A ```json fence around the whole text is tolerated.
void attach_json_output(Response& response);

}  // namespace aep::providers
