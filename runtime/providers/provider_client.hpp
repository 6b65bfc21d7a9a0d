// Provider calls: the glue between a lowered payload (compiler/targets), the
// HTTP client (runtime/http: retries, pools, timeouts) and this folder's
// parsers. One function per call shape; credentials go only into secret
// headers, never into a URL, a log line or an error message.
//
//   CallSpec spec{Provider::Anthropic, "http://127.0.0.1:8080", lowered.path, lowered.payload};
//   spec.api_key = key_from_env;          // held in memory only
//   auto r = call_provider(client, spec); // Expected<Response>
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"
#include "runtime/http/client.hpp"
#include "runtime/providers/parsers.hpp"

namespace aep::providers {

struct CallSpec {
  Provider provider = Provider::OpenAIChat;
  // Scheme, host and optional prefix: https://api.openai.com,
  // http://127.0.0.1:PORT, or an SDK-style base ending in /v1 (not doubled).
  std::string base_url;
  // Path of the wire format, as lowered (Gemini's names the model).
  std::string path;
  nlohmann::json payload;
  std::string api_key;  // empty: no credential header (Ollama, the emulator)
  bool stream = false;  // sets the payload's stream flag (or Gemini's stream path)
  ParseOptions parse;
  std::string pool;     // concurrency pool; empty: "<provider>"
  http::Duration timeout{0};
  std::optional<http::TimePoint> deadline;
  std::optional<int> max_retries;
  http::Headers extra_headers;  // e.g. x-aep-item-id for the emulator
  // Stream text deltas, on the HTTP client's thread, in order.
  std::function<void(std::string_view)> on_delta;
};

// The HTTP request for a call (URL, headers, body). With spec.stream the
// request's chunk callback feeds `parser`, which must outlive the request.
http::Request build_http_request(const CallSpec& spec, StreamParser* parser);

// The Response of a finished HTTP exchange: transport errors, provider
// errors (non-2xx) and cut or malformed bodies are Errors naming the
// provider; the Response carries latency and the number of attempts.
Expected<Response> finish_call(const CallSpec& spec, const http::Response& http, StreamParser* parser);

// Sends one call and waits for it (retries included).
Expected<Response> call_provider(http::Client& client, const CallSpec& spec);

// The structured error of a finished exchange that was not a success, for
// callers that keep statistics (quota, retry hints); nullopt for 2xx.
std::optional<ProviderError> error_of(const CallSpec& spec, const http::Response& http);

}  // namespace aep::providers
