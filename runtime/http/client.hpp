// The HTTP client: many requests in flight on one event-loop thread (libcurl
// multi interface), with retries, adaptive concurrency per pool, timeouts,
// deadlines and cancellation.
//
// Threading contract:
// - submit(), cancel(), cancel_all(), configure_pool(), run_all() and the
//   stats functions may be called from any thread, concurrently.
// - Result callbacks and chunk callbacks run on the client's own event-loop
//   thread, one at a time. They must return quickly and must not wait for
//   another request of the same client (submitting one is fine).
// - Every submitted request ends in exactly one callback: a response (any
//   status) or an error value (timeout, connect, partial, cancelled,
//   deadline). Destroying the client cancels what is outstanding and
//   delivers those results before it returns.
// Connections are reused across requests (the multi handle's connection
// cache), HTTP/2 is negotiated over TLS where the server offers it and its
// streams are multiplexed, and gzip/deflate/brotli bodies are decoded.
#pragma once

#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "runtime/http/pool.hpp"
#include "runtime/http/request.hpp"
#include "runtime/http/response.hpp"
#include "runtime/http/retry.hpp"

namespace aep::http {

struct ClientOptions {
  Duration default_timeout = std::chrono::seconds(120);  // per attempt, when the request names none
  Duration connect_timeout = std::chrono::seconds(10);
  // Connections per host (HTTP/1.1 needs one per call in flight; HTTP/2
  // multiplexes many calls on one) and the size of the idle-connection cache.
  int max_host_connections = 256;
  int connection_cache = 256;
  bool http2 = true;
  std::string user_agent = "aep/0.1";
  // PEM file of CA certificates to trust instead of the system's (a
  // corporate proxy, a test server); empty: the system bundle.
  std::string ca_file;
  RetryOptions retry;
  PoolOptions default_pool;  // for pools not configured by name
  uint64_t jitter_seed = 0;  // 0: seeded from the system
};

using RequestId = std::uint64_t;
using ResponseCallback = std::function<void(Response)>;

struct ClientStats {
  long submitted = 0;
  long completed = 0;
  long attempts = 0;            // transfers started
  long retries = 0;
  long connections_opened = 0;  // new TCP connections (reuse keeps this low)
  long in_flight = 0;
};

class Client {
 public:
  explicit Client(ClientOptions options = {});
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  RequestId submit(Request request, ResponseCallback on_done);
  std::future<Response> submit(Request request);
  // Sends every request (each through its pool) and returns the responses in
  // the order of the requests. A deadline applies to requests without one.
  std::vector<Response> run_all(std::vector<Request> requests,
                                std::optional<TimePoint> deadline = std::nullopt);

  void cancel(RequestId id);
  void cancel_all();

  // Options of a named pool; takes effect for calls admitted afterwards.
  void configure_pool(const std::string& name, PoolOptions options);
  std::optional<PoolStats> pool_stats(const std::string& name) const;
  ClientStats stats() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace aep::http
