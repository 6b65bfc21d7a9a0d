// One HTTP request as the client sends it, provider-neutral.
//
// Providers (runtime/providers) build these from their payloads; the client
// knows nothing of JSON or models. A request names the concurrency pool it
// draws from (one pool per provider and key, so a 429 on one key does not
// slow another), an optional token estimate for tokens-per-minute caps, a
// per-attempt timeout and an overall deadline that covers every retry.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/http/clock.hpp"
#include "runtime/http/headers.hpp"

namespace aep::http {

// Shared cancellation flag: copies observe the same state. Cancelling ends
// the request promptly (in flight, waiting for a retry or still queued) with
// ErrorKind::Cancelled.
class CancelToken {
 public:
  CancelToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}
  void cancel() const { flag_->store(true, std::memory_order_relaxed); }
  bool cancelled() const { return flag_->load(std::memory_order_relaxed); }

 private:
  std::shared_ptr<std::atomic<bool>> flag_;
};

// Receives body bytes of a successful (2xx) response as they arrive, on the
// client's event-loop thread, in order. Return false to abort the transfer
// (the response then ends with ErrorKind::Cancelled).
using ChunkCallback = std::function<bool(std::string_view chunk)>;

struct Request {
  std::string method = "POST";
  std::string url;
  Headers headers;
  std::string body;

  // Concurrency pool, e.g. "openai:<key fingerprint>". Empty: the default pool.
  std::string pool;
  // Tokens this call is expected to use, for tokens-per-minute caps (0: none).
  long estimated_tokens = 0;

  // Per attempt: connect + transfer. Zero: the client's default.
  Duration timeout{0};
  // Ends every attempt and retry; nullopt: no overall deadline.
  std::optional<TimePoint> deadline;
  // Retries override; nullopt: the client's retry options.
  std::optional<int> max_retries;

  CancelToken cancel;
  ChunkCallback on_chunk;

  // Method, URL (with `key=` query values hidden) and headers (secrets
  // hidden): the only form of a request fit for logs and error messages.
  std::string describe() const;
};

// Hides the value of query parameters that carry credentials (`key`,
// `api_key`, `api-key`, `access_token`), as Gemini accepts `?key=`.
std::string redact_url(std::string_view url);

}  // namespace aep::http
