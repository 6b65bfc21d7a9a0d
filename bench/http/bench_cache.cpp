// Response-cache speed: inserts, hits and misses per second on a fresh cache
// in a temporary directory (prepared statements, WAL, synchronous=NORMAL).
//   bench_cache [--entries N] [--dir DIR]
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "runtime/cache/cache_key.hpp"
#include "runtime/cache/response_cache.hpp"

int main(int argc, char** argv) {
  int n = 20000;
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("aep-bench-cache-" + std::to_string(::getpid()));
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--entries") == 0) n = std::atoi(argv[i + 1]);
    else if (std::strcmp(argv[i], "--dir") == 0) dir = argv[i + 1];
  }
  std::filesystem::remove_all(dir);
  auto cache = aep::cache::ResponseCache::open(dir);
  if (!cache) {
    std::fprintf(stderr, "%s\n", cache.error().message.c_str());
    return 2;
  }
  std::vector<std::string> keys;
  for (int i = 0; i < n; ++i) {
    nlohmann::json payload = {{"model", "gpt-4o-mini"},
                              {"messages", {{{"role", "user"}, {"content", "Classify item " + std::to_string(i)}}}}};
    keys.push_back(aep::cache::cache_key(payload, "openai", "https://api.openai.com/v1", 0));
  }
  aep::cache::NewEntry e;
  e.provider = "openai";
  e.model = "gpt-4o-mini";
  e.response = {{"text", "positive"}, {"finish_reason", "stop"}};
  e.usage = {{"input_tokens", 42}, {"output_tokens", 1}};
  e.latency_ms = 420;
  using clock = std::chrono::steady_clock;
  auto rate = [&](clock::time_point t0) {
    double s = std::chrono::duration<double>(clock::now() - t0).count();
    return std::pair(n / s, s * 1e6 / n);
  };
  auto t0 = clock::now();
  for (const auto& k : keys) {
    if (!(*cache)->put(k, e)) return 1;
  }
  auto [put_rate, put_us] = rate(t0);
  t0 = clock::now();
  for (const auto& k : keys) {
    auto g = (*cache)->get(k);
    if (!g || !g->has_value()) return 1;
  }
  auto [hit_rate, hit_us] = rate(t0);
  t0 = clock::now();
  for (int i = 0; i < n; ++i) {
    auto g = (*cache)->get(aep::cache::sha256_hex("miss" + std::to_string(i)));
    if (!g || g->has_value()) return 1;
  }
  auto [miss_rate, miss_us] = rate(t0);
  std::printf("entries   %d\n", n);
  std::printf("put       %.0f /s (%.1f us each)\n", put_rate, put_us);
  std::printf("get hit   %.0f /s (%.1f us each, hit count updated)\n", hit_rate, hit_us);
  std::printf("get miss  %.0f /s (%.1f us each)\n", miss_rate, miss_us);
  std::filesystem::remove_all(dir);
  return 0;
}
