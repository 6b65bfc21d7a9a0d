// The response cache: provider answers kept in SQLite so an evaluation or
// optimization run never pays twice for the same call.
//
// One database file, `<cache dir>/responses.sqlite3`, in WAL mode so that
// several aep processes read and write it at once (busy timeout plus a retry
// loop on SQLITE_BUSY; every write is one short autocommit statement). A
// committed entry survives the writer being killed (SIGKILL): synchronous =
// NORMAL in WAL mode loses nothing on a process crash, only possibly the last
// transactions on a power cut; `durable = true` trades speed for that too.
// Only successful (2xx) responses are stored: put() refuses anything else.
// The entry keeps the response JSON (raw body or neutral fields, as the
// caller chooses), usage, the original latency, creation time, expiry and a
// hit count. Keys come from cache_key(); API keys are never stored.
// Thread-safe: one connection guarded by a mutex.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"

namespace aep::cache {

struct CacheOptions {
  bool read_only = false;   // stats: never create or change anything
  bool durable = false;     // synchronous = FULL: survive power loss, slower
  bool count_hits = true;   // get() bumps the hit count (a small write)
  std::chrono::milliseconds busy_timeout{10000};
};

struct NewEntry {
  std::string provider;
  std::string model;
  int status = 200;                    // must be 2xx
  nlohmann::json response;             // body or neutral response fields
  nlohmann::json usage;                // input/output/cached tokens, as the provider reported
  double latency_ms = 0;               // of the original call
  std::optional<std::chrono::seconds> ttl;  // nullopt: never expires
};

struct CachedEntry {
  std::string key;
  std::string provider;
  std::string model;
  int status = 200;
  nlohmann::json response;
  nlohmann::json usage;
  double latency_ms = 0;
  std::int64_t created_at_ms = 0;      // Unix epoch milliseconds
  std::optional<std::int64_t> expires_at_ms;
  std::int64_t hits = 0;               // before this lookup
};

struct CacheStats {
  std::int64_t entries = 0;
  std::int64_t expired = 0;
  std::int64_t hits = 0;               // sum over entries
  std::int64_t payload_bytes = 0;      // stored response and usage JSON
  std::int64_t file_bytes = 0;         // database plus WAL on disk
  std::optional<std::int64_t> oldest_ms;
  std::optional<std::int64_t> newest_ms;
};

class ResponseCache {
 public:
  static constexpr const char* kFileName = "responses.sqlite3";

  // Opens (creating the directory and database unless read-only) the cache in `dir`.
  static Expected<std::unique_ptr<ResponseCache>> open(const std::filesystem::path& dir, CacheOptions options = {});
  ~ResponseCache();

  // nullopt when absent or expired.
  Expected<std::optional<CachedEntry>> get(const std::string& key);
  // true when stored, false when a live entry already had this key (the
  // first answer stays: nothing is cached twice). An error for a non-2xx
  // status or a key that is not 64 hex digits.
  Expected<bool> put(const std::string& key, const NewEntry& entry);

  Expected<CacheStats> stats();
  Expected<std::int64_t> prune_expired();
  Expected<std::int64_t> prune_older_than(std::chrono::seconds age);
  Expected<std::int64_t> clear();
  // "ok", or what PRAGMA integrity_check found.
  Expected<std::string> integrity_check();

  const std::filesystem::path& path() const { return path_; }

  struct Impl;

 private:
  explicit ResponseCache(std::unique_ptr<Impl> impl, std::filesystem::path path);
  std::unique_ptr<Impl> impl_;
  std::filesystem::path path_;
};

// The default cache directory: `.aep-cache/` beside the nearest aep.toml at or
// above `start`, else in `start` itself.
std::filesystem::path default_cache_dir(const std::filesystem::path& start);

// "7d", "12h", "30m", "45s", "2w": the --older-than and TTL syntax.
std::optional<std::chrono::seconds> parse_age(std::string_view text);

}  // namespace aep::cache
