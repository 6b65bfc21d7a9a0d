// Provider calls over runtime/http (see provider_client.hpp).
#include "runtime/providers/provider_client.hpp"

#include <chrono>

#include <fmt/format.h>

namespace aep::providers {

namespace {

std::string join_url(std::string base, const std::string& path) {
  while (!base.empty() && base.back() == '/') base.pop_back();
  // SDK-style bases end in /v1 (or /v1beta); lowered paths start with it.
  for (const char* prefix : {"/v1beta", "/v1"}) {
    std::string p(prefix);
    if (base.ends_with(p) && path.starts_with(p + "/")) return base + path.substr(p.size());
  }
  return base + path;
}

std::string stream_path(const CallSpec& spec) {
  if (spec.provider != Provider::Gemini || !spec.stream) return spec.path;
  std::string path = spec.path;
  auto pos = path.find(":generateContent");
  if (pos != std::string::npos) path.replace(pos, 16, ":streamGenerateContent");
  if (path.find("alt=sse") == std::string::npos) path += path.find('?') == std::string::npos ? "?alt=sse" : "&alt=sse";
  return path;
}

}  // namespace

http::Request build_http_request(const CallSpec& spec, StreamParser* parser) {
  http::Request req;
  req.method = "POST";
  req.url = join_url(spec.base_url, stream_path(spec));
  req.pool = spec.pool.empty() ? std::string(provider_name(spec.provider)) : spec.pool;
  req.timeout = spec.timeout;
  req.deadline = spec.deadline;
  req.max_retries = spec.max_retries;
  req.headers = spec.extra_headers;
  req.headers.set("Content-Type", "application/json");
  nlohmann::json payload = spec.payload;
  switch (spec.provider) {
    case Provider::OpenAIChat:
    case Provider::OpenAIResponses:
      if (!spec.api_key.empty()) req.headers.set("Authorization", "Bearer " + spec.api_key, true);
      if (spec.stream) {
        payload["stream"] = true;
        if (spec.provider == Provider::OpenAIChat) payload["stream_options"] = {{"include_usage", true}};
      } else {
        payload.erase("stream");
      }
      break;
    case Provider::Anthropic:
      if (!spec.api_key.empty()) req.headers.set("x-api-key", spec.api_key, true);
      if (!req.headers.contains("anthropic-version")) req.headers.set("anthropic-version", "2023-06-01");
      if (spec.stream) payload["stream"] = true; else payload.erase("stream");
      break;
    case Provider::Gemini:
      if (!spec.api_key.empty()) req.headers.set("x-goog-api-key", spec.api_key, true);
      break;
    case Provider::Ollama:
      if (!spec.api_key.empty()) req.headers.set("Authorization", "Bearer " + spec.api_key, true);
      payload["stream"] = spec.stream;  // Ollama streams unless told not to
      break;
  }
  req.body = payload.dump();
  if (spec.stream && parser != nullptr) {
    auto on_delta = spec.on_delta;
    req.on_chunk = [parser, on_delta](std::string_view chunk) {
      auto deltas = parser->feed(chunk);
      if (!deltas) return true;  // the parser keeps the error; finish() reports it
      if (on_delta)
        for (const auto& d : *deltas) on_delta(d);
      return true;
    };
  }
  return req;
}

std::optional<ProviderError> error_of(const CallSpec& spec, const http::Response& http) {
  if (!http.transport_ok() || (http.status >= 200 && http.status < 300)) return std::nullopt;
  Headers headers;
  for (const auto& h : http.headers.all()) headers.emplace_back(h.name, h.value);
  return parse_error(spec.provider, static_cast<int>(http.status), headers, http.body);
}

Expected<Response> finish_call(const CallSpec& spec, const http::Response& http, StreamParser* parser) {
  std::string_view name = provider_name(spec.provider);
  std::string tries = http.attempts > 1 ? fmt::format(" after {} attempts ({})", http.attempts, http.retry_reasons) : "";
  if (!http.transport_ok()) {
    return Error{fmt::format("{}: {}{}: {}", name, http::error_kind_name(http.error), tries, http.error_message)};
  }
  if (auto e = error_of(spec, http)) return Error{e->to_string() + tries};
  ParseOptions options = spec.parse;
  options.latency = std::chrono::duration_cast<std::chrono::milliseconds>(http.timings.total);
  Expected<Response> result = Error{""};
  if (spec.stream && parser != nullptr) {
    result = parser->finish();
  } else {
    Headers headers;
    for (const auto& h : http.headers.all()) headers.emplace_back(h.name, h.value);
    result = parse_response(spec.provider, static_cast<int>(http.status), headers, http.body, options);
  }
  if (!result) return result;
  result->latency = options.latency;
  result->attempts = http.attempts;
  if (result->request_id.empty()) {
    if (auto id = http.headers.get("x-request-id")) result->request_id = std::string(*id);
  }
  return result;
}

Expected<Response> call_provider(http::Client& client, const CallSpec& spec) {
  std::unique_ptr<StreamParser> parser;
  if (spec.stream) {
    // Headers are not known before the body starts; the request id is taken
    // from the final HTTP response instead.
    parser = make_stream_parser(spec.provider, {}, spec.parse);
  }
  http::Response http = client.submit(build_http_request(spec, parser.get())).get();
  return finish_call(spec, http, parser.get());
}

}  // namespace aep::providers
