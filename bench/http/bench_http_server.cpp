// A loopback server for the HTTP benchmark: answers every POST after a fixed
// latency with a small OpenAI-shaped chat completion. Prints "port N" once
// it listens. Stand-in for `aep emulate` until the benchmark points there.
#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

// The compiled cpp-httplib listens with a backlog of 5: a burst of 64 new
// connections overflows it and the dropped SYNs come back after the 1 s
// retransmission timeout. Listening again on the bound socket raises it.
class WideBacklogServer final : public httplib::Server {
 public:
  void widen_backlog() { ::listen(svr_sock_, 4096); }
};

int main(int argc, char** argv) {
  int port = 0, latency_ms = 50, threads = 256;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--port") == 0) port = std::atoi(argv[i + 1]);
    else if (std::strcmp(argv[i], "--latency-ms") == 0) latency_ms = std::atoi(argv[i + 1]);
    else if (std::strcmp(argv[i], "--threads") == 0) threads = std::atoi(argv[i + 1]);
    else {
      std::fprintf(stderr, "usage: bench_http_server [--port N] [--latency-ms MS] [--threads N]\n");
      return 2;
    }
  }
  WideBacklogServer server;
  // A worker sleeps through each call's latency and holds its keep-alive
  // connection between calls, so the pool must exceed the calls in flight;
  // cpp-httplib would otherwise size it from the core count. Its API takes
  // ownership of a raw pointer.
  server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  server.set_keep_alive_max_count(1000000);
  server.set_keep_alive_timeout(5);
  server.set_read_timeout(60);
  server.set_write_timeout(60);
  server.set_tcp_nodelay(true);
  const std::string body =
      R"({"id":"chatcmpl-bench","object":"chat.completion","created":0,"model":"bench",)"
      R"("choices":[{"index":0,"message":{"role":"assistant","content":"positive"},"finish_reason":"stop"}],)"
      R"("usage":{"prompt_tokens":42,"completion_tokens":1,"total_tokens":43}})";
  server.Post("/v1/chat/completions", [&](const httplib::Request&, httplib::Response& res) {
    // A timed wait on a condition variable that nobody signals: the same
    // pause as sleep_for, and what the emulator does.
    std::mutex m;
    std::condition_variable cv;
    std::unique_lock lock(m);
    cv.wait_for(lock, std::chrono::milliseconds(latency_ms));
    // With "; charset=utf-8" (as the emulator sends) cpp-httplib does not
    // compress: with a bare "application/json" it brotli-compresses every
    // reply for a client that accepts it, and the server, not the client
    // under test, becomes the bottleneck.
    res.set_content(body, "application/json; charset=utf-8");
  });
  int bound = port == 0 ? server.bind_to_any_port("127.0.0.1") : (server.bind_to_port("127.0.0.1", port) ? port : -1);
  if (bound < 0) {
    std::fprintf(stderr, "bench_http_server: cannot listen on port %d\n", port);
    return 2;
  }
  server.widen_backlog();
  std::printf("port %d\n", bound);
  std::fflush(stdout);
  server.listen_after_bind();
  return 0;
}
