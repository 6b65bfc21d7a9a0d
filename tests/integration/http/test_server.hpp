// A loopback HTTP server (cpp-httplib) for the client's integration tests:
// endpoints that answer late, fail on purpose, cut bodies short or stream,
// and bookkeeping of what arrived (connections by client port, attempts per
// call id, concurrency) so tests can check the client from the far side.
#pragma once

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace aep::test {

class TestServer {
 public:
  TestServer() {
    // cpp-httplib sizes its pool from the core count; tests park many
    // sleeping handlers and keep-alive connections at once, so give it more.
    // The library's API takes ownership of a raw pointer here.
    server_.new_task_queue = [] { return new httplib::ThreadPool(160); };
    server_.set_keep_alive_max_count(100000);
    server_.set_keep_alive_timeout(30);
    server_.set_tcp_nodelay(true);  // no Nagle delay between header and body writes
    // The compiled cpp-httplib listens with a backlog of 5; bursts of new
    // connections would lose SYNs and wait out a 1 s retransmission.
    int listen_fd = -1;
    server_.set_socket_options([&listen_fd](int fd) {
      int yes = 1;
      setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
      listen_fd = fd;
    });
    install_handlers();
    port_ = server_.bind_to_any_port("127.0.0.1");
    if (listen_fd >= 0) ::listen(listen_fd, 4096);
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    // stop() before the accept loop runs would be lost and join() would hang.
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~TestServer() {
    stopping_ = true;
    server_.stop();
    thread_.join();
  }

  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  int port() const { return port_; }
  size_t connections() {
    std::lock_guard lock(m_);
    return client_ports_.size();
  }
  int attempts(const std::string& id) {
    std::lock_guard lock(m_);
    return attempts_[id];
  }
  int max_concurrent() const { return max_concurrent_.load(); }
  std::string last_authorization() {
    std::lock_guard lock(m_);
    return last_authorization_;
  }

 private:
  // Counts this attempt of call `id` (header x-call-id) and returns its number, 1-based.
  int arrive(const httplib::Request& req) {
    std::lock_guard lock(m_);
    client_ports_.insert(req.remote_port);
    if (req.has_header("Authorization")) last_authorization_ = req.get_header_value("Authorization");
    return ++attempts_[req.get_header_value("x-call-id")];
  }
  void sleep_ms(long ms) {
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (!stopping_ && std::chrono::steady_clock::now() < until) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }
  static long param(const httplib::Request& req, const char* name, long fallback) {
    return req.has_param(name) ? std::stol(req.get_param_value(name)) : fallback;
  }

  void install_handlers() {
    // Echo: body "echo:<x-call-id>", after `ms` milliseconds.
    server_.Post("/echo", [this](const httplib::Request& req, httplib::Response& res) {
      arrive(req);
      int now = ++concurrent_;
      for (int seen = max_concurrent_.load(); now > seen && !max_concurrent_.compare_exchange_weak(seen, now);) {}
      sleep_ms(param(req, "ms", 0));
      --concurrent_;
      res.set_content("echo:" + req.get_header_value("x-call-id") + ":" + req.body, "text/plain");
    });
    // Fails the first `fail` attempts with `status` (and optional headers
    // retry-after / retry-after-ms / x-should-retry / body), then answers 200.
    server_.Post("/flaky", [this](const httplib::Request& req, httplib::Response& res) {
      int attempt = arrive(req);
      if (attempt <= param(req, "fail", 1)) {
        res.status = static_cast<int>(param(req, "status", 503));
        for (const char* h : {"retry-after", "retry-after-ms", "x-should-retry"}) {
          if (req.has_param(h)) res.set_header(h, req.get_param_value(h));
        }
        res.set_content(req.has_param("body") ? req.get_param_value("body") : "{\"error\":{\"message\":\"busy\"}}",
                        "application/json");
        return;
      }
      res.set_content("ok after " + std::to_string(attempt), "text/plain");
    });
    // Answers 429 while more than `limit` calls are in progress: a server
    // whose rate limit the client must discover.
    server_.Post("/limited", [this](const httplib::Request& req, httplib::Response& res) {
      arrive(req);
      int now = ++concurrent_;
      for (int seen = max_concurrent_.load(); now > seen && !max_concurrent_.compare_exchange_weak(seen, now);) {}
      if (now > param(req, "limit", 4)) {
        --concurrent_;
        res.status = 429;
        res.set_content("{\"error\":{\"type\":\"rate_limit_error\"}}", "application/json");
        return;
      }
      sleep_ms(param(req, "ms", 20));
      --concurrent_;
      res.set_content("ok", "text/plain");
    });
    // Promises 100 bytes and sends 10 on the first `cut` attempts.
    server_.Post("/truncated", [this](const httplib::Request& req, httplib::Response& res) {
      int attempt = arrive(req);
      bool cut = attempt <= param(req, "cut", 1);
      res.set_content_provider(100, "text/plain", [cut](size_t offset, size_t, httplib::DataSink& sink) {
        if (cut) {
          sink.write("0123456789", 10);
          return false;  // the connection drops with 90 bytes owed
        }
        std::string rest(100 - offset, 'x');
        sink.write(rest.data(), rest.size());
        return true;
      });
    });
    // Streams `n` chunks "chunk-<i>\n", `gap` milliseconds apart.
    server_.Post("/stream", [this](const httplib::Request& req, httplib::Response& res) {
      arrive(req);
      long n = param(req, "n", 5), gap = param(req, "gap", 30);
      res.set_chunked_content_provider("text/event-stream", [this, n, gap](size_t, httplib::DataSink& sink) {
        for (long i = 0; i < n; ++i) {
          std::string chunk = "chunk-" + std::to_string(i) + "\n";
          sink.write(chunk.data(), chunk.size());
          sleep_ms(gap);
        }
        sink.done();
        return true;
      });
    });
  }

  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<int> concurrent_{0};
  std::atomic<int> max_concurrent_{0};
  std::mutex m_;
  std::set<int> client_ports_;
  std::map<std::string, int> attempts_;
  std::string last_authorization_;
};

}  // namespace aep::test
