// Neutral Response helpers (see response.hpp).
#include "runtime/providers/response.hpp"

#include <algorithm>
#include <cctype>

namespace aep::providers {

namespace {
bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}
}  // namespace

std::string_view provider_name(Provider provider) {
  switch (provider) {
    case Provider::OpenAIChat: return "openai-chat";
    case Provider::OpenAIResponses: return "openai-responses";
    case Provider::Anthropic: return "anthropic";
    case Provider::Gemini: return "gemini";
    case Provider::Ollama: return "ollama";
  }
  return "openai-chat";
}

std::optional<Provider> provider_from_name(std::string_view name) {
  for (Provider p : {Provider::OpenAIChat, Provider::OpenAIResponses, Provider::Anthropic, Provider::Gemini, Provider::Ollama})
    if (provider_name(p) == name) return p;
  return std::nullopt;
}

std::optional<std::string> find_header(const Headers& headers, std::string_view name) {
  for (const auto& [k, v] : headers)
    if (iequals(k, name)) return v;
  return std::nullopt;
}

std::string request_id_from(const Headers& headers) {
  for (const char* name : {"x-request-id", "request-id", "x-goog-request-id", "x-amzn-requestid", "cf-ray"})
    if (auto v = find_header(headers, name)) return *v;
  return "";
}

std::string_view finish_reason_name(FinishReason reason) {
  switch (reason) {
    case FinishReason::Stop: return "stop";
    case FinishReason::Length: return "length";
    case FinishReason::ToolCalls: return "tool_calls";
    case FinishReason::ContentFilter: return "content_filter";
    case FinishReason::Other: return "other";
  }
  return "other";
}

void attach_json_output(Response& response) {
  std::string_view text = response.text;
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (text.starts_with("```") && text.ends_with("```") && text.size() >= 6) {
    text.remove_suffix(3);
    text.remove_prefix(text.find('\n') == std::string_view::npos ? 3 : text.find('\n') + 1);
  }
  if (text.empty() && !response.tool_calls.empty()) {
    if (!response.tool_calls[0].arguments.is_null()) {
      response.json_output = response.tool_calls[0].arguments;
    } else {
      response.json_error = "the tool call's arguments are not valid JSON";
    }
    return;
  }
  if (text.empty()) {
    response.json_error = "the response has no text to read as JSON";
    return;
  }
  try {
    response.json_output = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    response.json_error = std::string("the output is not valid JSON: ") + e.what();
    if (response.finish_reason == FinishReason::Length) response.json_error += " (the output was cut at the token limit)";
  }
}

}  // namespace aep::providers
