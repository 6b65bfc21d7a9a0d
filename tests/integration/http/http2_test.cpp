// HTTP/2 for real: a Node.js HTTP/2-only TLS server (self-signed certificate
// made with the openssl tool) answers 40 calls sent at once. They must all
// succeed over one TLS connection, as multiplexed streams.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "runtime/http/client.hpp"

using namespace aep::http;
namespace fs = std::filesystem;

TEST_CASE("calls to an HTTP/2 server share one connection as multiplexed streams") {
  fs::path dir = fs::temp_directory_path() / ("aep-h2-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string cmd = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 "
                    "-addext subjectAltName=IP:127.0.0.1 -keyout " + (dir / "key.pem").string() +
                    " -out " + (dir / "cert.pem").string() + " >/dev/null 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);

  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    std::string key = (dir / "key.pem").string(), cert = (dir / "cert.pem").string();
    execlp("node", "node", AEP_H2_SERVER_SCRIPT, key.c_str(), cert.c_str(), "100", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  FILE* out = fdopen(fds[0], "r");
  int port = 0;
  REQUIRE(std::fscanf(out, "port %d", &port) == 1);

  {
    ClientOptions o;
    o.ca_file = (dir / "cert.pem").string();
    Client client(o);
    std::vector<Request> requests;
    for (int i = 0; i < 40; ++i) {
      Request r;
      r.url = "https://127.0.0.1:" + std::to_string(port) + "/v1/chat/completions";
      r.body = "{}";
      requests.push_back(std::move(r));
    }
    auto t0 = std::chrono::steady_clock::now();
    auto responses = client.run_all(std::move(requests));
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    for (auto& r : responses) {
      INFO(r.error_message);
      REQUIRE(r.ok());
      REQUIRE(r.body == "session 1");
    }
    // 40 calls of 100 ms each, concurrently on one connection.
    REQUIRE(ms < 3000);
    REQUIRE(client.stats().connections_opened == 1);
    Request count;
    count.method = "GET";
    count.url = "https://127.0.0.1:" + std::to_string(port) + "/sessions";
    Response sessions = client.submit(std::move(count)).get();
    REQUIRE(sessions.ok());
    REQUIRE(sessions.body == "1");

    // A certificate we do not trust is a connection failure, not a crash.
    Client strict;
    Request r;
    r.url = "https://127.0.0.1:" + std::to_string(port) + "/v1/chat/completions";
    r.max_retries = 0;
    Response refused = strict.submit(std::move(r)).get();
    REQUIRE(refused.error == ErrorKind::Connect);
  }
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
  std::fclose(out);
  fs::remove_all(dir);
}
