// The neutral provider error: what a non-2xx answer (or an error event in a
// stream) means, read from each provider's error body and headers, with the
// retry hints of PROVIDERS.md. The retry policy itself lives in runtime/http.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "runtime/providers/response.hpp"

namespace aep::providers {

struct ProviderError {
  Provider provider = Provider::OpenAIChat;
  int status = 0;          // HTTP status (0 for an error event inside a 200 stream)
  std::string type;        // OpenAI error.type, Anthropic error.type, Gemini error.status
  std::string code;        // OpenAI error.code, Gemini error.code as text
  std::string message;     // the provider's message
  std::string request_id;
  // Quota or spend limit: a 429 that retrying will not fix.
  bool quota = false;
  // Whether a retry may succeed: 408, 409, 429, 5xx, 529, or x-should-retry:
  // true; never when x-should-retry: false or on quota errors.
  bool retryable = false;
  // From retry-after-ms, else retry-after (seconds or an HTTP date is not
  // read: seconds only, as the providers send).
  std::optional<double> retry_after_s;

  // "anthropic 529 overloaded_error: Overloaded (request req_123)"
  std::string to_string() const;
};

// Reads an error answer of any provider. A body that is not the provider's
// error JSON still gives an error (its first 200 bytes as the message).
ProviderError parse_error(Provider provider, int status, const Headers& headers, std::string_view body);

// The retry hints from status and headers alone (used by parse_error and by
// stream parsers for error events).
void apply_retry_hints(ProviderError& error, const Headers& headers);

}  // namespace aep::providers
