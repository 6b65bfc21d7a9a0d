// Writes cache entries as fast as it can and acknowledges each committed one
// on stdout ("ok <index> <key>"), until killed. The crash test kills it with
// SIGKILL mid-run and checks that every acknowledged entry survived.
//   cache_crash_writer <cache dir> <writer id> <count>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "runtime/cache/cache_key.hpp"
#include "runtime/cache/response_cache.hpp"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: cache_crash_writer <dir> <writer id> <count>\n");
    return 2;
  }
  auto cache = aep::cache::ResponseCache::open(argv[1]);
  if (!cache) {
    std::fprintf(stderr, "%s\n", cache.error().message.c_str());
    return 1;
  }
  std::string writer = argv[2];
  long count = std::atol(argv[3]);
  for (long i = 0; i < count; ++i) {
    nlohmann::json payload = {{"writer", writer}, {"i", i}, {"messages", {{{"role", "user"}, {"content", "item " + std::to_string(i)}}}}};
    std::string key = aep::cache::cache_key(payload, "openai", "http://127.0.0.1:1/v1", 0);
    aep::cache::NewEntry e;
    e.provider = "openai";
    e.model = "m";
    e.response = {{"text", writer + ":" + std::to_string(i)}};
    e.usage = {{"input_tokens", i}};
    e.latency_ms = 1;
    auto stored = (*cache)->put(key, e);
    if (!stored) {
      std::printf("err %s\n", stored.error().message.c_str());
      std::fflush(stdout);
      return 1;
    }
    std::printf("ok %ld %s\n", i, key.c_str());
    std::fflush(stdout);
  }
  return 0;
}
