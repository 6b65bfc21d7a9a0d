// The client against `aep emulate` with seeded faults (429 with
// retry-after-ms, quota 429, 500, 503, 529, hangs past the timeout,
// truncated bodies): every call ends in a success or a clear final answer,
// quota errors are never retried, the other faults are retried until they
// pass, and no call is lost or answered twice.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "runtime/http/client.hpp"

using namespace aep::http;
using namespace std::chrono_literals;

TEST_CASE("the fault matrix of aep emulate: nothing lost, quota never retried, transient faults retried") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    int devnull = ::open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, 2);
    execl(AEP_EXECUTABLE, AEP_EXECUTABLE, "emulate", "--port", "0", "--seed", "7", "--latency", "fixed:5ms",
          "--faults", "429:0.08:retry-after-ms=40,quota:0.03,500:0.04,503:0.04,529:0.04,hang:0.02:for=4s,truncate:0.04",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  FILE* out = fdopen(fds[0], "r");
  char base[128] = {};
  REQUIRE(std::fscanf(out, "listening on %127s", base) == 1);

  const int calls = 400;
  ClientOptions o;
  o.retry.initial_backoff = 20ms;
  o.retry.max_backoff = 200ms;
  o.retry.max_retries = 6;
  o.default_timeout = 1s;
  o.default_pool.max_concurrency = 32;
  std::vector<Response> responses;
  ClientStats stats;
  {
    Client client(o);
    std::vector<Request> requests;
    for (int i = 0; i < calls; ++i) {
      Request r;
      r.url = std::string(base) + "/v1/chat/completions";
      r.headers.add("Content-Type", "application/json");
      r.headers.add("Authorization", "Bearer sk-proj-NOTAREALKEY0123456789");
      r.body = nlohmann::json{{"model", "gpt-4o-mini"},
                              {"messages", {{{"role", "user"}, {"content", "item " + std::to_string(i)}}}}}
                   .dump();
      requests.push_back(std::move(r));
    }
    responses = client.run_all(std::move(requests));
    stats = client.stats();
  }
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
  std::fclose(out);

  REQUIRE(responses.size() == calls);
  std::map<std::string, int> outcome;
  std::set<std::string> answer_ids;
  int ok = 0, quota = 0, retried_calls = 0;
  for (const Response& r : responses) {
    INFO(r.status << " " << r.error_message << " attempts " << r.attempts);
    REQUIRE(r.attempts >= 1);
    REQUIRE(r.error_message.find("NOTAREALKEY") == std::string::npos);
    if (r.attempts > 1) ++retried_calls;
    if (r.ok()) {
      ++ok;
      auto body = nlohmann::json::parse(r.body, nullptr, false);
      // A 200 may carry a deliberately malformed body only when the
      // emulator was asked for `malformed`; this matrix does not ask.
      REQUIRE_FALSE(body.is_discarded());
      answer_ids.insert(body.value("id", ""));
      outcome["ok"]++;
    } else if (r.status == 429 && r.body.find("insufficient_quota") != std::string::npos) {
      ++quota;
      // The quota answer ended the call at once (an earlier attempt may
      // have met another fault): it is never among the retry reasons and
      // the retry budget was not used up on it.
      REQUIRE(r.retry_reasons.find("quota") == std::string::npos);
      REQUIRE(r.attempts <= o.retry.max_retries);
      outcome["quota (not retried)"]++;
    } else {
      // Anything else that ends unsuccessful used up its retries.
      REQUIRE(r.attempts == o.retry.max_retries + 1);
      outcome[r.error != ErrorKind::None ? std::string(error_kind_name(r.error)) : std::to_string(r.status)]++;
    }
  }
  REQUIRE(ok + quota > calls * 95 / 100);
  REQUIRE(quota > 0);
  REQUIRE(retried_calls > 0);
  REQUIRE(stats.completed == calls);
  std::string matrix;
  for (auto& [k, v] : outcome) matrix += "  " + k + ": " + std::to_string(v) + "\n";
  WARN("fault matrix over " << calls << " calls: " << stats.attempts << " attempts, " << stats.retries
                            << " retries, " << retried_calls << " calls retried, lost 0\n"
                            << matrix);
}
