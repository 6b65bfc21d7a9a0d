// A loopback server for the HTTP benchmark: answers every POST after a fixed
// latency with a small OpenAI-shaped chat completion. Prints "port N" once
// it listens. Stand-in for `aep emulate` until the benchmark points there.
#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

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
  httplib::Server server;
  // A worker sleeps through each call's latency and holds its keep-alive
  // connection between calls, so the pool must exceed the calls in flight;
  // cpp-httplib would otherwise size it from the core count. Its API takes
  // ownership of a raw pointer.
  server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  server.set_keep_alive_max_count(1000000);
  server.set_keep_alive_timeout(30);
  server.set_tcp_nodelay(true);
  // The compiled cpp-httplib listens with a backlog of 5: a burst of 64 new
  // connections overflows it and the dropped SYNs come back after the 1 s
  // retransmission timeout. Keep the listening socket to raise the backlog.
  int listen_fd = -1;
  server.set_socket_options([&listen_fd](int fd) {
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    listen_fd = fd;
  });
  const std::string body =
      R"({"id":"chatcmpl-bench","object":"chat.completion","created":0,"model":"bench",)"
      R"("choices":[{"index":0,"message":{"role":"assistant","content":"positive"},"finish_reason":"stop"}],)"
      R"("usage":{"prompt_tokens":42,"completion_tokens":1,"total_tokens":43}})";
  server.Post(".*", [&](const httplib::Request&, httplib::Response& res) {
    std::this_thread::sleep_for(std::chrono::milliseconds(latency_ms));
    res.set_content(body, "application/json");
  });
  int bound = port == 0 ? server.bind_to_any_port("127.0.0.1") : (server.bind_to_port("127.0.0.1", port) ? port : -1);
  if (bound < 0) {
    std::fprintf(stderr, "bench_http_server: cannot listen on port %d\n", port);
    return 2;
  }
  if (listen_fd >= 0) ::listen(listen_fd, 4096);
  std::printf("port %d\n", bound);
  std::fflush(stdout);
  server.listen_after_bind();
  return 0;
}
