// The outcome of one request after every retry: an HTTP response or a
// transport error, as a value. Nothing here throws.
#pragma once

#include <string>
#include <string_view>

#include "runtime/http/clock.hpp"
#include "runtime/http/headers.hpp"

namespace aep::http {

enum class ErrorKind {
  None,          // an HTTP response arrived whole (any status)
  Timeout,       // the attempt's timeout expired
  Deadline,      // the overall deadline passed (queued, waiting or in flight)
  Connect,       // DNS, TCP or TLS connection failed
  Partial,       // the body ended early (content-length or chunking unmet)
  Cancelled,     // cancel token, cancel(), cancel_all(), or a chunk callback said stop
  Transport,     // any other transfer failure (reset, protocol error)
  Invalid,       // the request itself is unusable (bad URL, bad method)
};

std::string_view error_kind_name(ErrorKind kind);

struct Timings {
  Duration total{0};               // last attempt, request start to last byte
  Duration first_byte{0};          // last attempt, request start to first response byte
  Duration wall{0};                // submit to result, every attempt, wait and retry
};

struct Response {
  long status = 0;                 // 0 when no HTTP response arrived
  Headers headers;
  std::string body;
  Timings timings;
  ErrorKind error = ErrorKind::None;
  std::string error_message;       // never holds a secret header value
  int attempts = 0;                // 1 + retries
  std::string retry_reasons;       // "429; timeout; 503": why each retry happened

  bool transport_ok() const { return error == ErrorKind::None; }
  bool ok() const { return error == ErrorKind::None && status >= 200 && status < 300; }
  int retries() const { return attempts > 0 ? attempts - 1 : 0; }
};

}  // namespace aep::http
