// The client against a real loopback server: many calls in flight,
// connection reuse, timeouts, deadlines, cancellation, streaming, and the
// guarantee that every call ends exactly once.
#include <catch2/catch.hpp>

#include <set>

#include "runtime/http/client.hpp"
#include "tests/integration/http/test_server.hpp"

using namespace aep::http;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {
Request post(const std::string& url, const std::string& id, std::string body = "") {
  Request r;
  r.url = url;
  r.body = std::move(body);
  r.headers.add("x-call-id", id);
  r.headers.add("Content-Type", "text/plain");
  return r;
}
ClientOptions fast_retries() {
  ClientOptions o;
  o.retry.initial_backoff = 20ms;
  o.retry.max_backoff = 100ms;
  return o;
}
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }
}  // namespace

TEST_CASE("many calls in flight: every one answered once, in order, concurrently") {
  aep::test::TestServer server;
  Client client(fast_retries());
  std::vector<Request> requests;
  for (int i = 0; i < 256; ++i) requests.push_back(post(server.url("/echo?ms=100"), std::to_string(i), "b" + std::to_string(i)));
  auto t0 = Clock::now();
  auto responses = client.run_all(std::move(requests));
  double elapsed = ms_since(t0);
  REQUIRE(responses.size() == 256);
  for (int i = 0; i < 256; ++i) {
    INFO(i << " " << responses[i].error_message);
    REQUIRE(responses[i].ok());
    REQUIRE(responses[i].body == "echo:" + std::to_string(i) + ":b" + std::to_string(i));
    REQUIRE(responses[i].attempts == 1);
  }
  // 256 calls of 100 ms at 64 in flight: 4 rounds, about 400 ms. One at a
  // time would take 25.6 s; the bound leaves room for a loaded machine or
  // a sanitizer build.
  INFO("elapsed ms " << elapsed);
  REQUIRE(elapsed < 6000);
  REQUIRE(server.max_concurrent() >= 32);
  REQUIRE(server.max_concurrent() <= 64);
  auto stats = client.stats();
  REQUIRE(stats.completed == 256);
  REQUIRE(stats.in_flight == 0);
}

TEST_CASE("connections are reused across calls") {
  aep::test::TestServer server;
  ClientOptions o = fast_retries();
  o.default_pool.max_concurrency = 4;
  Client client(o);
  std::vector<Request> requests;
  for (int i = 0; i < 200; ++i) requests.push_back(post(server.url("/echo?ms=2"), std::to_string(i)));
  auto responses = client.run_all(std::move(requests));
  for (auto& r : responses) REQUIRE(r.ok());
  // Four calls in flight at most: a handful of TCP connections, not 200.
  INFO("server saw " << server.connections() << " connections");
  REQUIRE(server.connections() <= 6);
  REQUIRE(client.stats().connections_opened <= 6);
  // A second batch reuses the cached connections.
  std::vector<Request> again;
  for (int i = 0; i < 50; ++i) again.push_back(post(server.url("/echo"), "again" + std::to_string(i)));
  for (auto& r : client.run_all(std::move(again))) REQUIRE(r.ok());
  REQUIRE(server.connections() <= 6);
}

TEST_CASE("a call that outlives its timeout ends with a timeout error") {
  aep::test::TestServer server;
  Client client(fast_retries());
  Request r = post(server.url("/echo?ms=3000"), "slow");
  r.timeout = 200ms;
  r.max_retries = 0;
  auto t0 = Clock::now();
  Response resp = client.submit(std::move(r)).get();
  REQUIRE(resp.error == ErrorKind::Timeout);
  REQUIRE(resp.attempts == 1);
  REQUIRE(ms_since(t0) >= 190);
  REQUIRE(ms_since(t0) < 1500);
  REQUIRE(resp.error_message.find("timeout") != std::string::npos);
}

TEST_CASE("timeouts are retried within the retry budget") {
  aep::test::TestServer server;
  Client client(fast_retries());
  Request r = post(server.url("/echo?ms=3000"), "slow-retried");
  r.timeout = 100ms;
  r.max_retries = 2;
  Response resp = client.submit(std::move(r)).get();
  REQUIRE(resp.error == ErrorKind::Timeout);
  REQUIRE(resp.attempts == 3);
  REQUIRE(resp.retry_reasons == "timeout; timeout");
  REQUIRE(server.attempts("slow-retried") == 3);
}

TEST_CASE("the overall deadline ends a call in flight, waiting or queued") {
  aep::test::TestServer server;
  Client client(fast_retries());
  auto t0 = Clock::now();
  Request r = post(server.url("/echo?ms=3000"), "deadline");
  r.deadline = Clock::now() + 300ms;
  Response resp = client.submit(std::move(r)).get();
  REQUIRE(resp.error == ErrorKind::Deadline);
  REQUIRE(ms_since(t0) >= 290);
  REQUIRE(ms_since(t0) < 1500);

  // A retry that would start after the deadline is not made.
  Request w = post(server.url("/flaky?fail=5&status=503&retry-after=2"), "deadline-wait");
  w.deadline = Clock::now() + 500ms;
  Response waited = client.submit(std::move(w)).get();
  REQUIRE(waited.status == 503);
  REQUIRE(waited.attempts == 1);
  REQUIRE(waited.error_message.find("deadline") != std::string::npos);

  // Queued calls behind a full pool expire where they wait.
  client.configure_pool("narrow", PoolOptions{1});
  Request blocker = post(server.url("/echo?ms=800"), "blocker");
  blocker.pool = "narrow";
  auto blocked_future = client.submit(std::move(blocker));
  Request queued = post(server.url("/echo"), "queued");
  queued.pool = "narrow";
  queued.deadline = Clock::now() + 200ms;
  auto t1 = Clock::now();
  Response q = client.submit(std::move(queued)).get();
  REQUIRE(q.error == ErrorKind::Deadline);
  REQUIRE(ms_since(t1) < 700);
  REQUIRE(server.attempts("queued") == 0);
  REQUIRE(blocked_future.get().ok());
}

TEST_CASE("cancel_all, cancel(id) and cancel tokens end calls promptly") {
  aep::test::TestServer server;
  Client client(fast_retries());
  std::mutex m;
  std::vector<Response> results;
  std::condition_variable cv;
  auto collect = [&](Response r) {
    std::lock_guard lock(m);
    results.push_back(std::move(r));
    cv.notify_all();
  };
  for (int i = 0; i < 20; ++i) client.submit(post(server.url("/echo?ms=5000"), "c" + std::to_string(i)), collect);
  std::this_thread::sleep_for(150ms);
  auto t0 = Clock::now();
  client.cancel_all();
  {
    std::unique_lock lock(m);
    REQUIRE(cv.wait_for(lock, 2s, [&] { return results.size() == 20; }));
  }
  REQUIRE(ms_since(t0) < 500);
  for (auto& r : results) {
    REQUIRE(r.error == ErrorKind::Cancelled);
    REQUIRE(r.error_message.find("cancelled") != std::string::npos);
  }

  auto id = client.submit(post(server.url("/echo?ms=5000"), "by-id"), collect);
  std::this_thread::sleep_for(50ms);
  client.cancel(id);
  Request tokened = post(server.url("/echo?ms=5000"), "by-token");
  CancelToken token = tokened.cancel;
  auto future = client.submit(std::move(tokened));
  std::this_thread::sleep_for(50ms);
  auto t1 = Clock::now();
  token.cancel();
  REQUIRE(future.get().error == ErrorKind::Cancelled);
  REQUIRE(ms_since(t1) < 300);
  std::unique_lock lock(m);
  REQUIRE(cv.wait_for(lock, 2s, [&] { return results.size() == 21; }));
  REQUIRE(results.back().error == ErrorKind::Cancelled);
}

TEST_CASE("destroying the client ends outstanding calls with a result") {
  aep::test::TestServer server;
  std::atomic<int> ended{0};
  {
    Client client;
    for (int i = 0; i < 10; ++i) {
      client.submit(post(server.url("/echo?ms=5000"), "d" + std::to_string(i)), [&](Response r) {
        if (r.error == ErrorKind::Cancelled) ++ended;
      });
    }
    std::this_thread::sleep_for(50ms);
  }
  REQUIRE(ended == 10);
}

TEST_CASE("streamed chunks arrive in order while the body is still coming") {
  aep::test::TestServer server;
  Client client;
  Request r = post(server.url("/stream?n=8&gap=40"), "stream");
  std::vector<std::string> chunks;
  std::vector<double> arrival_ms;
  auto t0 = Clock::now();
  r.on_chunk = [&](std::string_view chunk) {
    chunks.emplace_back(chunk);
    arrival_ms.push_back(ms_since(t0));
    return true;
  };
  Response resp = client.submit(std::move(r)).get();
  REQUIRE(resp.ok());
  std::string joined;
  for (auto& c : chunks) joined += c;
  std::string expected;
  for (int i = 0; i < 8; ++i) expected += "chunk-" + std::to_string(i) + "\n";
  REQUIRE(joined == expected);
  REQUIRE(resp.body == expected);
  REQUIRE(chunks.size() >= 4);
  // The first chunk came long before the last: delivered as it arrived.
  REQUIRE(arrival_ms.back() - arrival_ms.front() >= 150);
}

TEST_CASE("a chunk callback can stop the transfer") {
  aep::test::TestServer server;
  Client client;
  Request r = post(server.url("/stream?n=50&gap=20"), "stop");
  int seen = 0;
  r.on_chunk = [&](std::string_view) { return ++seen < 2; };
  Response resp = client.submit(std::move(r)).get();
  REQUIRE(resp.error == ErrorKind::Cancelled);
  REQUIRE(resp.attempts == 1);
  REQUIRE(seen == 2);
}

TEST_CASE("unusable requests end with a clear error, not a crash") {
  Client client;
  Request no_url;
  Response a = client.submit(std::move(no_url)).get();
  REQUIRE(a.error == ErrorKind::Invalid);
  REQUIRE(a.error_message.find("no URL") != std::string::npos);

  Request bad_scheme;
  bad_scheme.url = "gopher2://example.invalid/";
  Response b = client.submit(std::move(bad_scheme)).get();
  REQUIRE(b.error == ErrorKind::Invalid);
  REQUIRE(b.attempts == 1);

  Request injected;
  injected.url = "http://127.0.0.1:1/";
  injected.headers.add("x-api-key", "sk-ant-secret\r\nX-Evil: 1");
  Response c = client.submit(std::move(injected)).get();
  REQUIRE(c.error == ErrorKind::Invalid);
  REQUIRE(c.error_message.find("x-api-key") != std::string::npos);
  REQUIRE(c.error_message.find("sk-ant-secret") == std::string::npos);
}

TEST_CASE("compressed responses are decoded") {
  aep::test::TestServer server;
  Client client;
  std::string payload(5000, 'z');
  Response r = client.submit(post(server.url("/echo"), "compressed", payload)).get();
  REQUIRE(r.ok());
  // cpp-httplib compresses text/plain for a client that accepts it.
  auto encoding = r.headers.get("Content-Encoding");
  REQUIRE(encoding);
  INFO(*encoding);
  REQUIRE((*encoding == "br" || *encoding == "gzip" || *encoding == "deflate"));
  REQUIRE(r.body == "echo:compressed:" + payload);
}
