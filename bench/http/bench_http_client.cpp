// Drives N calls at C in flight through aep::http against a URL and prints
// throughput, its share of the theoretical limit (C / latency) and the
// client's CPU time (user + sys of this process, which runs nothing else).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/http/client.hpp"

namespace {
double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
}  // namespace

int main(int argc, char** argv) {
  std::string url;
  int calls = 2000, concurrency = 64;
  double latency_ms = 50;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--url") == 0) url = argv[i + 1];
    else if (std::strcmp(argv[i], "--calls") == 0) calls = std::atoi(argv[i + 1]);
    else if (std::strcmp(argv[i], "--concurrency") == 0) concurrency = std::atoi(argv[i + 1]);
    else if (std::strcmp(argv[i], "--latency-ms") == 0) latency_ms = std::atof(argv[i + 1]);
    else {
      std::fprintf(stderr, "usage: bench_http_client --url URL [--calls N] [--concurrency C] [--latency-ms MS]\n");
      return 2;
    }
  }
  if (url.empty() || calls <= 0 || concurrency <= 0 || latency_ms <= 0) {
    std::fprintf(stderr, "bench_http_client: --url is required; counts and latency must be positive\n");
    return 2;
  }
  aep::http::ClientOptions options;
  options.default_pool.max_concurrency = concurrency;
  options.default_pool.adaptive = false;  // the benchmark measures a fixed concurrency, like the peer
  aep::http::Client client(options);
  std::vector<aep::http::Request> requests;
  requests.reserve(static_cast<size_t>(calls));
  const std::string body =
      R"({"model":"bench","messages":[{"role":"user","content":"Classify: I loved it."}],"max_completion_tokens":5})";
  for (int i = 0; i < calls; ++i) {
    aep::http::Request r;
    r.url = url;
    r.body = body;
    r.headers.add("Content-Type", "application/json");
    r.headers.add("Authorization", "Bearer sk-bench-not-a-key");
    requests.push_back(std::move(r));
  }
  double cpu0 = cpu_seconds();
  auto t0 = std::chrono::steady_clock::now();
  auto responses = client.run_all(std::move(requests));
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = cpu_seconds() - cpu0;
  int failed = 0;
  std::vector<double> latencies;
  double busy = 0;
  for (const auto& r : responses) {
    failed += r.ok() ? 0 : 1;
    double s = std::chrono::duration<double>(r.timings.total).count();
    latencies.push_back(s * 1000.0);
    busy += s;
  }
  std::sort(latencies.begin(), latencies.end());
  auto pct = [&](double p) { return latencies[static_cast<size_t>(p * (latencies.size() - 1))]; };
  auto stats = client.stats();
  double rate = calls / wall;
  double limit = concurrency / (latency_ms / 1000.0);
  std::printf("calls            %d (%d failed, %ld retries, %ld connections)\n", calls, failed, stats.retries,
              stats.connections_opened);
  std::printf("concurrency      %d\n", concurrency);
  std::printf("wall             %.3f s\n", wall);
  std::printf("throughput       %.1f calls/s\n", rate);
  std::printf("theoretical      %.1f calls/s (%d / %.0f ms)\n", limit, concurrency, latency_ms);
  std::printf("of theoretical   %.1f %%\n", 100.0 * rate / limit);
  // Mean calls in flight: near C means the client keeps every slot busy
  // and any shortfall is per-call latency (server, loopback, scheduling).
  std::printf("per-call ms      p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n", pct(0.5), pct(0.9), pct(0.99),
              latencies.back());
  std::printf("mean in flight   %.1f of %d\n", busy / wall, concurrency);
  std::printf("client cpu       %.3f s (%.1f %% of one core)\n", cpu, 100.0 * cpu / wall);
  return failed == 0 ? 0 : 1;
}
