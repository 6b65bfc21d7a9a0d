// Faults against a real loopback server: retry-after honoured, x-should-retry,
// quota 429s left alone, truncated bodies retried, refused connections, a
// server whose rate limit the client must discover, and keys that never
// reach an error message.
#include <catch2/catch.hpp>

#include "runtime/http/client.hpp"
#include "tests/integration/http/test_server.hpp"

using namespace aep::http;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {
Request post(const std::string& url, const std::string& id) {
  Request r;
  r.url = url;
  r.body = "{}";
  r.headers.add("x-call-id", id);
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

TEST_CASE("retry-after and retry-after-ms are honoured") {
  aep::test::TestServer server;
  Client client(fast_retries());
  auto t0 = Clock::now();
  Response a = client.submit(post(server.url("/flaky?fail=1&status=429&retry-after=1"), "ra")).get();
  double elapsed = ms_since(t0);
  REQUIRE(a.ok());
  REQUIRE(a.body == "ok after 2");
  REQUIRE(a.attempts == 2);
  REQUIRE(a.retry_reasons == "429");
  REQUIRE(elapsed >= 1000);
  REQUIRE(elapsed < 2500);

  auto t1 = Clock::now();
  Response b = client.submit(post(server.url("/flaky?fail=2&status=503&retry-after-ms=300&retry-after=9"), "rams")).get();
  double elapsed_b = ms_since(t1);
  REQUIRE(b.ok());
  REQUIRE(b.attempts == 3);
  REQUIRE(elapsed_b >= 600);   // two waits of 300 ms, not 9 s
  REQUIRE(elapsed_b < 3000);
}

TEST_CASE("a server asking for too long a wait ends the call with its response") {
  aep::test::TestServer server;
  ClientOptions o = fast_retries();
  o.retry.max_retry_after = 2s;
  Client client(o);
  Response r = client.submit(post(server.url("/flaky?fail=1&status=429&retry-after=30"), "long")).get();
  REQUIRE(r.status == 429);
  REQUIRE(r.attempts == 1);
  REQUIRE(r.error_message.find("asked to wait 30 s") != std::string::npos);
}

TEST_CASE("x-should-retry decides over the status") {
  aep::test::TestServer server;
  Client client(fast_retries());
  Response no = client.submit(post(server.url("/flaky?fail=1&status=503&x-should-retry=false"), "nsr")).get();
  REQUIRE(no.status == 503);
  REQUIRE(no.attempts == 1);
  REQUIRE(server.attempts("nsr") == 1);
  Response yes = client.submit(post(server.url("/flaky?fail=1&status=400&x-should-retry=true"), "sr")).get();
  REQUIRE(yes.ok());
  REQUIRE(yes.attempts == 2);
}

TEST_CASE("retryable statuses are retried until success or the retry budget ends") {
  aep::test::TestServer server;
  Client client(fast_retries());
  for (int status : {408, 409, 429, 500, 502, 503, 529}) {
    std::string id = "s" + std::to_string(status);
    Response r = client.submit(post(server.url("/flaky?fail=2&status=" + std::to_string(status)), id)).get();
    INFO(status);
    REQUIRE(r.ok());
    REQUIRE(r.attempts == 3);
    REQUIRE(server.attempts(id) == 3);
  }
  Request capped = post(server.url("/flaky?fail=10&status=500"), "capped");
  capped.max_retries = 3;
  Response c = client.submit(std::move(capped)).get();
  REQUIRE(c.status == 500);
  REQUIRE(c.attempts == 4);
  REQUIRE(server.attempts("capped") == 4);
  REQUIRE(c.error_message.find("gave up after 4 attempts") != std::string::npos);
  Response bad = client.submit(post(server.url("/flaky?fail=1&status=400"), "s400")).get();
  REQUIRE(bad.status == 400);
  REQUIRE(bad.attempts == 1);
}

TEST_CASE("quota and spend-limit 429s are not retried") {
  aep::test::TestServer server;
  Client client(fast_retries());
  std::string quota = R"({"error":{"message":"quota","type":"insufficient_quota","code":"insufficient_quota"}})";
  httplib::Params none;
  std::string url = server.url("/flaky?fail=5&status=429&retry-after=0&body=") +
                    httplib::detail::encode_query_param(quota);
  Response r = client.submit(post(url, "quota")).get();
  REQUIRE(r.status == 429);
  REQUIRE(r.attempts == 1);
  REQUIRE(server.attempts("quota") == 1);
  REQUIRE(r.body == quota);

  std::string spend = R"({"type":"error","error":{"type":"enforced_spend_limit_reached","message":"x"}})";
  Response s = client.submit(post(server.url("/flaky?fail=5&status=429&body=") +
                                      httplib::detail::encode_query_param(spend), "spend")).get();
  REQUIRE(s.attempts == 1);
}

TEST_CASE("a truncated body is detected and retried") {
  aep::test::TestServer server;
  Client client(fast_retries());
  Response r = client.submit(post(server.url("/truncated?cut=1"), "cut")).get();
  REQUIRE(r.ok());
  REQUIRE(r.body == std::string(100, 'x'));
  REQUIRE(r.attempts == 2);
  REQUIRE(r.retry_reasons == "truncated body");

  Request once = post(server.url("/truncated?cut=5"), "cut-final");
  once.max_retries = 0;
  Response p = client.submit(std::move(once)).get();
  REQUIRE(p.error == ErrorKind::Partial);
  REQUIRE_FALSE(p.ok());
}

TEST_CASE("a refused connection ends with a connect error that names no key") {
  // A port nobody listens on: bind one, then close it.
  int port;
  {
    aep::test::TestServer probe;
    port = probe.port();
  }
  Client client(fast_retries());
  Request r;
  r.url = "http://127.0.0.1:" + std::to_string(port) + "/v1/chat/completions?key=AIzaSyQUERYSECRET";
  r.headers.add("Authorization", "Bearer sk-proj-TOPSECRETKEY0123456789");
  r.headers.add("x-api-key", "sk-ant-api03-TOPSECRET");
  r.max_retries = 1;
  Response resp = client.submit(std::move(r)).get();
  REQUIRE(resp.error == ErrorKind::Connect);
  REQUIRE(resp.attempts == 2);
  REQUIRE(resp.error_message.find("connection failed") != std::string::npos);
  REQUIRE(resp.error_message.find("127.0.0.1") != std::string::npos);
  REQUIRE(resp.error_message.find("TOPSECRET") == std::string::npos);
  REQUIRE(resp.error_message.find("AIzaSyQUERYSECRET") == std::string::npos);
}

TEST_CASE("secret headers are sent to the server but kept out of errors") {
  aep::test::TestServer server;
  Client client(fast_retries());
  Request r = post(server.url("/echo?ms=2000"), "auth");
  r.headers.add("Authorization", "Bearer sk-proj-SENTBUTHIDDEN");
  r.timeout = 100ms;
  r.max_retries = 0;
  std::string description = r.describe();
  Response resp = client.submit(std::move(r)).get();
  REQUIRE(server.last_authorization() == "Bearer sk-proj-SENTBUTHIDDEN");
  REQUIRE(resp.error == ErrorKind::Timeout);
  REQUIRE(resp.error_message.find("SENTBUTHIDDEN") == std::string::npos);
  REQUIRE(description.find("SENTBUTHIDDEN") == std::string::npos);
}

TEST_CASE("adaptive concurrency finds a server's limit and every call still succeeds") {
  aep::test::TestServer server;
  ClientOptions o = fast_retries();
  o.retry.max_retries = 30;
  o.default_pool.max_concurrency = 32;
  o.default_pool.growth_pause = 1s;
  Client client(o);
  std::vector<Request> requests;
  for (int i = 0; i < 120; ++i) {
    Request r = post(server.url("/limited?limit=4&ms=30"), "l" + std::to_string(i));
    r.pool = "openai:test";
    requests.push_back(std::move(r));
  }
  auto responses = client.run_all(std::move(requests));
  for (auto& r : responses) {
    INFO(r.error_message << " " << r.status);
    REQUIRE(r.ok());
  }
  auto stats = client.pool_stats("openai:test");
  REQUIRE(stats);
  INFO("limit " << stats->limit << " rate limited " << stats->rate_limited);
  REQUIRE(stats->rate_limited > 0);
  REQUIRE(stats->limit < 32);
  REQUIRE(stats->in_flight == 0);
  // Without adaptation most of the 120 calls would be retried repeatedly;
  // with it the retries stay a modest share.
  REQUIRE(client.stats().retries < 240);
}

TEST_CASE("rate-limit headers and per-minute caps hold calls back") {
  aep::test::TestServer server;
  ClientOptions o = fast_retries();
  Client client(o);
  PoolOptions capped;
  capped.requests_per_minute = 600;  // 10 a second, bursts of 100 by default
  capped.burst = 200ms;              // bursts of 2
  client.configure_pool("capped", capped);
  std::vector<Request> requests;
  for (int i = 0; i < 8; ++i) {
    Request r = post(server.url("/echo"), "cap" + std::to_string(i));
    r.pool = "capped";
    requests.push_back(std::move(r));
  }
  auto t0 = Clock::now();
  for (auto& r : client.run_all(std::move(requests))) REQUIRE(r.ok());
  // Two at once, then one every 100 ms: the eighth starts after about 600 ms.
  double elapsed = ms_since(t0);
  INFO(elapsed);
  REQUIRE(elapsed >= 550);
  REQUIRE(elapsed < 2000);
}
