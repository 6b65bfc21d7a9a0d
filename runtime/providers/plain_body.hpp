// The first steps every plain parser shares (internal to runtime/providers):
// a non-2xx status becomes the provider's error, a body that is not a JSON
// object becomes a clear Error with the byte where parsing failed.
#pragma once

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "runtime/providers/parsers.hpp"

namespace aep::providers {

inline Expected<nlohmann::json> read_plain_body(Provider provider, int status, const Headers& headers,
                                                std::string_view body) {
  if (status < 200 || status >= 300) return Error{parse_error(provider, status, headers, body).to_string()};
  try {
    nlohmann::json doc = nlohmann::json::parse(body);
    if (!doc.is_object()) return Error{fmt::format("{}: the response body is not a JSON object", provider_name(provider))};
    return doc;
  } catch (const nlohmann::json::parse_error& e) {
    return Error{fmt::format("{}: the response body is not valid JSON (byte {} of {}; truncated or malformed)",
                             provider_name(provider), e.byte, body.size())};
  }
}

inline Response new_response(Provider provider, int status, const Headers& headers, const ParseOptions& options) {
  Response r;
  r.provider = provider;
  r.status = status;
  r.request_id = request_id_from(headers);
  r.latency = options.latency;
  return r;
}

inline std::int64_t int_field(const nlohmann::json& obj, const char* key) {
  if (!obj.is_object()) return 0;
  auto it = obj.find(key);
  return it != obj.end() && it->is_number() ? it->get<std::int64_t>() : 0;
}

inline std::string str_field(const nlohmann::json& obj, const char* key) {
  if (!obj.is_object()) return "";
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : "";
}

inline ToolCall make_tool_call(std::string id, std::string name, std::string arguments_text) {
  ToolCall call{std::move(id), std::move(name), nlohmann::json(), std::move(arguments_text)};
  auto parsed = nlohmann::json::parse(call.arguments_text.empty() ? "{}" : call.arguments_text, nullptr, false);
  if (!parsed.is_discarded()) call.arguments = parsed;
  return call;
}

}  // namespace aep::providers
