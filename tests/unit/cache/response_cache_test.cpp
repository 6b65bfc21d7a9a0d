// The response cache: store and find, successes only, first answer wins,
// TTL, prune and clear, statistics, several connections at once, bad files.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <thread>

#include "runtime/cache/cache_key.hpp"
#include "runtime/cache/response_cache.hpp"

using namespace aep::cache;
namespace fs = std::filesystem;

namespace {
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("aep-cache-test-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::remove_all(path);
  }
  ~TempDir() { fs::remove_all(path); }
};
std::string key_of(int i) { return cache_key({{"i", i}}, "openai", "http://x/v1", 0); }
NewEntry entry(std::string text, int status = 200) {
  NewEntry e;
  e.provider = "openai";
  e.model = "gpt-test";
  e.status = status;
  e.response = {{"text", text}};
  e.usage = {{"input_tokens", 12}, {"output_tokens", 3}, {"cached_tokens", 0}};
  e.latency_ms = 431.5;
  return e;
}
}  // namespace

TEST_CASE("an entry is stored and found with its usage, latency and hit count") {
  TempDir dir;
  auto cache = ResponseCache::open(dir.path);
  REQUIRE(cache);
  auto& c = **cache;
  REQUIRE(fs::exists(dir.path / "responses.sqlite3"));
  auto miss = c.get(key_of(1));
  REQUIRE(miss);
  REQUIRE_FALSE(miss->has_value());
  auto stored = c.put(key_of(1), entry("positive"));
  REQUIRE(stored);
  REQUIRE(*stored);
  auto hit = c.get(key_of(1));
  REQUIRE(hit);
  REQUIRE(hit->has_value());
  const CachedEntry& e = **hit;
  REQUIRE(e.response["text"] == "positive");
  REQUIRE(e.usage["input_tokens"] == 12);
  REQUIRE(e.latency_ms == Approx(431.5));
  REQUIRE(e.model == "gpt-test");
  REQUIRE(e.hits == 0);
  REQUIRE_FALSE(e.expires_at_ms);
  REQUIRE((*c.get(key_of(1)))->hits == 1);
  auto st = c.stats();
  REQUIRE(st);
  REQUIRE(st->entries == 1);
  REQUIRE(st->hits == 2);
  REQUIRE(st->payload_bytes > 0);
  REQUIRE(st->file_bytes > 0);
  REQUIRE(st->oldest_ms == st->newest_ms);
}

TEST_CASE("errors are never cached") {
  TempDir dir;
  auto c = ResponseCache::open(dir.path);
  REQUIRE(c);
  for (int status : {0, 199, 300, 400, 429, 500, 529}) {
    auto r = (*c)->put(key_of(status), entry("x", status));
    INFO(status);
    REQUIRE_FALSE(r);
    REQUIRE(r.error().message.find("only successes are cached") != std::string::npos);
  }
  REQUIRE((*c)->stats()->entries == 0);
  REQUIRE_FALSE((*c)->put("not-a-key", entry("x")));
}

TEST_CASE("the first answer stays: a second put of a live key changes nothing") {
  TempDir dir;
  auto c = ResponseCache::open(dir.path);
  REQUIRE(c);
  REQUIRE(*(*c)->put(key_of(7), entry("first")));
  auto again = (*c)->put(key_of(7), entry("second"));
  REQUIRE(again);
  REQUIRE_FALSE(*again);
  REQUIRE((*(*c)->get(key_of(7)))->response["text"] == "first");
  REQUIRE((*c)->stats()->entries == 1);
}

TEST_CASE("expired entries are misses, replaced on put, and pruned") {
  TempDir dir;
  auto c = ResponseCache::open(dir.path);
  REQUIRE(c);
  NewEntry e = entry("short-lived");
  e.ttl = std::chrono::seconds(0);
  REQUIRE(*(*c)->put(key_of(1), e));
  NewEntry keep = entry("kept");
  keep.ttl = std::chrono::seconds(3600);
  REQUIRE(*(*c)->put(key_of(2), keep));
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  REQUIRE_FALSE((*c)->get(key_of(1))->has_value());
  auto kept = (*c)->get(key_of(2));
  REQUIRE(kept->has_value());
  REQUIRE((*kept)->expires_at_ms.has_value());
  REQUIRE((*c)->stats()->expired == 1);
  // An expired key takes a new answer.
  REQUIRE(*(*c)->put(key_of(1), entry("fresh")));
  REQUIRE((*(*c)->get(key_of(1)))->response["text"] == "fresh");
  e.ttl = std::chrono::seconds(0);
  REQUIRE(*(*c)->put(key_of(3), e));
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  REQUIRE(*(*c)->prune_expired() == 1);
  REQUIRE((*c)->stats()->entries == 2);
}

TEST_CASE("prune --older-than and clear remove what they say") {
  TempDir dir;
  auto c = ResponseCache::open(dir.path);
  REQUIRE(c);
  for (int i = 0; i < 5; ++i) REQUIRE(*(*c)->put(key_of(i), entry("v")));
  REQUIRE(*(*c)->prune_older_than(std::chrono::seconds(3600)) == 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  REQUIRE(*(*c)->put(key_of(99), entry("new")));
  REQUIRE(*(*c)->prune_older_than(std::chrono::seconds(1)) == 5);
  REQUIRE((*c)->stats()->entries == 1);
  REQUIRE(*(*c)->clear() == 1);
  REQUIRE((*c)->stats()->entries == 0);
  REQUIRE(*(*c)->integrity_check() == "ok");
}

TEST_CASE("two connections (as two processes would) share one cache") {
  TempDir dir;
  auto a = ResponseCache::open(dir.path);
  auto b = ResponseCache::open(dir.path);
  REQUIRE(a);
  REQUIRE(b);
  // Catch2 assertions are not thread-safe: count failures, check after.
  std::atomic<int> failures{0};
  std::thread ta([&] {
    for (int i = 0; i < 200; ++i) failures += (*a)->put(key_of(i), entry("a")).ok() ? 0 : 1;
  });
  std::thread tb([&] {
    for (int i = 100; i < 300; ++i) failures += (*b)->put(key_of(i), entry("b")).ok() ? 0 : 1;
  });
  ta.join();
  tb.join();
  REQUIRE(failures == 0);
  REQUIRE((*a)->stats()->entries == 300);
  REQUIRE((*b)->get(key_of(0))->has_value());
  REQUIRE((*a)->get(key_of(299))->has_value());
}

TEST_CASE("read-only opening never creates a cache") {
  TempDir dir;
  CacheOptions ro;
  ro.read_only = true;
  auto c = ResponseCache::open(dir.path, ro);
  REQUIRE_FALSE(c);
  REQUIRE(c.error().message.find("no cache at") != std::string::npos);
  REQUIRE_FALSE(fs::exists(dir.path));
}

TEST_CASE("a file that is not a cache gives a clear error") {
  TempDir dir;
  fs::create_directories(dir.path);
  {
    std::ofstream junk(dir.path / "responses.sqlite3");
    junk << "this is not an SQLite database, just some text that is long enough to look like a header block";
  }
  auto c = ResponseCache::open(dir.path);
  REQUIRE_FALSE(c);
  INFO(c.error().message);
  REQUIRE(c.error().message.find("responses.sqlite3") != std::string::npos);
  REQUIRE(c.error().message.find("not a database") != std::string::npos);
}

TEST_CASE("the default cache directory sits beside the nearest aep.toml") {
  TempDir dir;
  fs::create_directories(dir.path / "project" / "evals" / "deep");
  { std::ofstream(dir.path / "project" / "aep.toml") << "[project]\n"; }
  REQUIRE(default_cache_dir(dir.path / "project" / "evals" / "deep") == dir.path / "project" / ".aep-cache");
  fs::create_directories(dir.path / "loose");
  // Without an aep.toml above, the cache sits in the directory itself. (A
  // stray aep.toml in a parent of the temporary directory, say /tmp, would
  // rightly be found first; then this half cannot be checked here.)
  bool stray = false;
  for (fs::path p = dir.path; p != p.parent_path(); p = p.parent_path()) stray = stray || fs::exists(p / "aep.toml");
  if (fs::exists("/aep.toml")) stray = true;
  if (stray) {
    WARN("an aep.toml above " << dir.path << " hides the no-project case");
  } else {
    REQUIRE(default_cache_dir(dir.path / "loose") == dir.path / "loose" / ".aep-cache");
  }
}

TEST_CASE("ages read as the --older-than syntax") {
  REQUIRE(parse_age("7d") == std::chrono::seconds(7 * 86400));
  REQUIRE(parse_age("12h") == std::chrono::seconds(12 * 3600));
  REQUIRE(parse_age("30m") == std::chrono::seconds(1800));
  REQUIRE(parse_age("2w") == std::chrono::seconds(14 * 86400));
  REQUIRE(parse_age("45s") == std::chrono::seconds(45));
  REQUIRE_FALSE(parse_age("7"));
  REQUIRE_FALSE(parse_age("d"));
  REQUIRE_FALSE(parse_age("-1d"));
  REQUIRE_FALSE(parse_age("7y"));
  REQUIRE_FALSE(parse_age("99999999999999999d"));
}
