// SQLite storage of the response cache; see response_cache.hpp for the
// guarantees (WAL, several processes, crash safety, successes only).
#include "runtime/cache/response_cache.hpp"

#include <cctype>
#include <charconv>
#include <system_error>

#include "runtime/cache/sqlite_handle.hpp"

namespace aep::cache {

namespace {

constexpr int kSchemaVersion = 1;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS responses (
  key         TEXT PRIMARY KEY,
  provider    TEXT NOT NULL,
  model       TEXT NOT NULL,
  status      INTEGER NOT NULL,
  response    TEXT NOT NULL,
  usage       TEXT NOT NULL,
  latency_ms  REAL NOT NULL,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER,
  hits        INTEGER NOT NULL DEFAULT 0,
  last_hit_at INTEGER
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS responses_created ON responses(created_at);
)sql";

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool valid_key(const std::string& key) {
  if (key.size() != 64) return false;
  for (char c : key) {
    if (!std::isxdigit(static_cast<unsigned char>(c)) || std::isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

struct ResponseCache::Impl {
  SqliteDb db;
  CacheOptions options;
  std::mutex mutex;
  Statement get_stmt, hit_stmt, put_stmt;
  std::filesystem::path path;

  Error fail(const std::string& what) const {
    return Error{"cache " + path.string() + ": " + what + ": " + sqlite3_errmsg(db.get())};
  }

  int exec(const char* sql) {
    return with_busy_retry([&] { return sqlite3_exec(db.get(), sql, nullptr, nullptr, nullptr); });
  }

  Expected<sqlite3_stmt*> prepare(Statement& slot, const char* sql) {
    if (!slot) {
      sqlite3_stmt* raw = nullptr;
      int rc = with_busy_retry([&] { return sqlite3_prepare_v3(db.get(), sql, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr); });
      if (rc != SQLITE_OK) return fail("cannot prepare a statement");
      slot.reset(raw);
    }
    sqlite3_reset(slot.get());
    sqlite3_clear_bindings(slot.get());
    return slot.get();
  }

  // One statement that changes rows: retried while the database is busy.
  Expected<std::int64_t> run_change(const char* sql, std::optional<std::int64_t> arg) {
    Statement stmt;
    sqlite3_stmt* raw = nullptr;
    if (with_busy_retry([&] { return sqlite3_prepare_v2(db.get(), sql, -1, &raw, nullptr); }) != SQLITE_OK) {
      return fail("cannot prepare a statement");
    }
    stmt.reset(raw);
    if (arg) sqlite3_bind_int64(raw, 1, *arg);
    int rc = with_busy_retry([&] {
      sqlite3_reset(raw);
      return sqlite3_step(raw);
    });
    if (rc != SQLITE_DONE) return fail("cannot change the cache");
    return static_cast<std::int64_t>(sqlite3_changes(db.get()));
  }
};

ResponseCache::ResponseCache(std::unique_ptr<Impl> impl, std::filesystem::path path)
    : impl_(std::move(impl)), path_(std::move(path)) {}
ResponseCache::~ResponseCache() = default;

Expected<std::unique_ptr<ResponseCache>> ResponseCache::open(const std::filesystem::path& dir, CacheOptions options) {
  std::filesystem::path path = dir / kFileName;
  std::error_code ec;
  if (options.read_only) {
    if (!std::filesystem::exists(path, ec)) return Error{"no cache at " + path.string()};
  } else {
    std::filesystem::create_directories(dir, ec);
    if (ec) return Error{"cannot create the cache directory " + dir.string() + ": " + ec.message()};
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->path = path;
  sqlite3* raw = nullptr;
  int flags = (options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
              SQLITE_OPEN_FULLMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  impl->db.reset(raw);
  if (rc != SQLITE_OK) {
    return Error{"cannot open the cache " + path.string() + ": " +
                 (raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))};
  }
  sqlite3_busy_timeout(raw, static_cast<int>(options.busy_timeout.count()));
  sqlite3_extended_result_codes(raw, 1);

  // user_version tells a cache file from any other SQLite file and from
  // a newer schema; reading it also proves the file is a database at all.
  sqlite3_stmt* v = nullptr;
  int version = 0;
  rc = with_busy_retry([&] { return sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &v, nullptr); });
  if (rc != SQLITE_OK) return impl->fail("cannot read the cache (is it an SQLite database?)");
  Statement version_stmt(v);
  rc = with_busy_retry([&] {
    sqlite3_reset(v);
    return sqlite3_step(v);
  });
  if (rc != SQLITE_ROW) return impl->fail("cannot read the cache (is it an SQLite database?)");
  version = sqlite3_column_int(v, 0);
  version_stmt.reset();
  if (version > kSchemaVersion) {
    return Error{"the cache " + path.string() + " was written by a newer aep (schema " + std::to_string(version) +
                 "); use another --cache-dir or clear it"};
  }
  if (options.read_only) {
    if (version == 0) return Error{"no cache at " + path.string() + " (the file holds no cache tables)"};
    return std::unique_ptr<ResponseCache>(new ResponseCache(std::move(impl), path));
  }
  if (impl->exec("PRAGMA journal_mode=WAL") != SQLITE_OK) return impl->fail("cannot switch to WAL mode");
  if (impl->exec(options.durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL") != SQLITE_OK) {
    return impl->fail("cannot set the sync mode");
  }
  if (version == 0) {
    // Creation in one transaction: two processes creating at once both succeed.
    std::string create = std::string("BEGIN IMMEDIATE;") + kSchema + "PRAGMA user_version=" +
                         std::to_string(kSchemaVersion) + ";COMMIT;";
    if (impl->exec(create.c_str()) != SQLITE_OK) {
      impl->exec("ROLLBACK");
      return impl->fail("cannot create the cache tables");
    }
  }
  // The constructor is private: make_unique cannot reach it.
  return std::unique_ptr<ResponseCache>(new ResponseCache(std::move(impl), path));
}

Expected<std::optional<CachedEntry>> ResponseCache::get(const std::string& key) {
  std::lock_guard lock(impl_->mutex);
  auto stmt = impl_->prepare(impl_->get_stmt,
                             "SELECT provider, model, status, response, usage, latency_ms, created_at, expires_at, hits "
                             "FROM responses WHERE key = ?1 AND (expires_at IS NULL OR expires_at > ?2)");
  if (!stmt) return stmt.error();
  sqlite3_stmt* s = *stmt;
  std::int64_t now = now_ms();
  sqlite3_bind_text(s, 1, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
  sqlite3_bind_int64(s, 2, now);
  int rc = with_busy_retry([&] {
    sqlite3_reset(s);
    return sqlite3_step(s);
  });
  if (rc == SQLITE_DONE) return std::optional<CachedEntry>();
  if (rc != SQLITE_ROW) return impl_->fail("cannot read an entry");
  auto text = [&](int col) {
    const unsigned char* p = sqlite3_column_text(s, col);
    return p != nullptr ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(s, col)))
                        : std::string();
  };
  CachedEntry e;
  e.key = key;
  e.provider = text(0);
  e.model = text(1);
  e.status = sqlite3_column_int(s, 2);
  e.response = nlohmann::json::parse(text(3), nullptr, false);
  e.usage = nlohmann::json::parse(text(4), nullptr, false);
  e.latency_ms = sqlite3_column_double(s, 5);
  e.created_at_ms = sqlite3_column_int64(s, 6);
  if (sqlite3_column_type(s, 7) != SQLITE_NULL) e.expires_at_ms = sqlite3_column_int64(s, 7);
  e.hits = sqlite3_column_int64(s, 8);
  sqlite3_reset(s);
  if (e.response.is_discarded() || e.usage.is_discarded()) {
    return Error{"cache " + impl_->path.string() + ": entry " + key + " holds invalid JSON; run `aep cache prune` or clear"};
  }
  if (impl_->options.count_hits && !impl_->options.read_only) {
    auto hit = impl_->prepare(impl_->hit_stmt, "UPDATE responses SET hits = hits + 1, last_hit_at = ?2 WHERE key = ?1");
    if (!hit) return hit.error();
    sqlite3_bind_text(*hit, 1, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(*hit, 2, now);
    // A lost hit count is harmless; a failed lookup is not: ignore errors here.
    with_busy_retry([&] {
      sqlite3_reset(*hit);
      return sqlite3_step(*hit);
    });
    sqlite3_reset(*hit);
  }
  return std::optional<CachedEntry>(std::move(e));
}

Expected<bool> ResponseCache::put(const std::string& key, const NewEntry& entry) {
  if (entry.status < 200 || entry.status > 299) {
    return Error{"refusing to cache a response with status " + std::to_string(entry.status) +
                 ": only successes are cached"};
  }
  if (!valid_key(key)) return Error{"refusing a cache key that is not 64 lower-case hex digits"};
  if (impl_->options.read_only) return Error{"the cache " + impl_->path.string() + " was opened read-only"};
  std::string response = entry.response.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string usage = entry.usage.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::int64_t now = now_ms();
  std::lock_guard lock(impl_->mutex);
  // An expired entry is replaced; a live one stays (first answer wins).
  auto stmt = impl_->prepare(
      impl_->put_stmt,
      "INSERT INTO responses (key, provider, model, status, response, usage, latency_ms, created_at, expires_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
      "ON CONFLICT(key) DO UPDATE SET provider = excluded.provider, model = excluded.model, "
      "status = excluded.status, response = excluded.response, usage = excluded.usage, "
      "latency_ms = excluded.latency_ms, created_at = excluded.created_at, expires_at = excluded.expires_at, "
      "hits = 0, last_hit_at = NULL "
      "WHERE responses.expires_at IS NOT NULL AND responses.expires_at <= excluded.created_at");
  if (!stmt) return stmt.error();
  sqlite3_stmt* s = *stmt;
  sqlite3_bind_text(s, 1, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 2, entry.provider.data(), static_cast<int>(entry.provider.size()), SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 3, entry.model.data(), static_cast<int>(entry.model.size()), SQLITE_TRANSIENT);
  sqlite3_bind_int(s, 4, entry.status);
  sqlite3_bind_text(s, 5, response.data(), static_cast<int>(response.size()), SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 6, usage.data(), static_cast<int>(usage.size()), SQLITE_TRANSIENT);
  sqlite3_bind_double(s, 7, entry.latency_ms);
  sqlite3_bind_int64(s, 8, now);
  if (entry.ttl) sqlite3_bind_int64(s, 9, now + entry.ttl->count() * 1000);
  else sqlite3_bind_null(s, 9);
  int rc = with_busy_retry([&] {
    sqlite3_reset(s);
    return sqlite3_step(s);
  });
  sqlite3_reset(s);
  if (rc != SQLITE_DONE) return impl_->fail("cannot store an entry");
  return sqlite3_changes(impl_->db.get()) > 0;
}

Expected<CacheStats> ResponseCache::stats() {
  std::lock_guard lock(impl_->mutex);
  Statement stmt;
  sqlite3_stmt* s = nullptr;
  const char* sql =
      "SELECT COUNT(*), COALESCE(SUM(hits), 0), COALESCE(SUM(length(response) + length(usage)), 0), "
      "MIN(created_at), MAX(created_at), "
      "COALESCE(SUM(expires_at IS NOT NULL AND expires_at <= ?1), 0) FROM responses";
  if (with_busy_retry([&] { return sqlite3_prepare_v2(impl_->db.get(), sql, -1, &s, nullptr); }) != SQLITE_OK) {
    return impl_->fail("cannot read statistics");
  }
  stmt.reset(s);
  sqlite3_bind_int64(s, 1, now_ms());
  int rc = with_busy_retry([&] {
    sqlite3_reset(s);
    return sqlite3_step(s);
  });
  if (rc != SQLITE_ROW) return impl_->fail("cannot read statistics");
  CacheStats st;
  st.entries = sqlite3_column_int64(s, 0);
  st.hits = sqlite3_column_int64(s, 1);
  st.payload_bytes = sqlite3_column_int64(s, 2);
  if (sqlite3_column_type(s, 3) != SQLITE_NULL) st.oldest_ms = sqlite3_column_int64(s, 3);
  if (sqlite3_column_type(s, 4) != SQLITE_NULL) st.newest_ms = sqlite3_column_int64(s, 4);
  st.expired = sqlite3_column_int64(s, 5);
  for (const char* suffix : {"", "-wal"}) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path_.string() + suffix, ec);
    if (!ec) st.file_bytes += static_cast<std::int64_t>(size);
  }
  return st;
}

Expected<std::int64_t> ResponseCache::prune_expired() {
  std::lock_guard lock(impl_->mutex);
  return impl_->run_change("DELETE FROM responses WHERE expires_at IS NOT NULL AND expires_at <= ?1", now_ms());
}

Expected<std::int64_t> ResponseCache::prune_older_than(std::chrono::seconds age) {
  std::lock_guard lock(impl_->mutex);
  return impl_->run_change("DELETE FROM responses WHERE created_at < ?1", now_ms() - age.count() * 1000);
}

Expected<std::int64_t> ResponseCache::clear() {
  std::lock_guard lock(impl_->mutex);
  auto n = impl_->run_change("DELETE FROM responses", std::nullopt);
  if (!n) return n;
  // Give the space back; another process holding the database open makes
  // this fail harmlessly.
  impl_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
  sqlite3_exec(impl_->db.get(), "VACUUM", nullptr, nullptr, nullptr);
  return n;
}

Expected<std::string> ResponseCache::integrity_check() {
  std::lock_guard lock(impl_->mutex);
  Statement stmt;
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(impl_->db.get(), "PRAGMA integrity_check", -1, &s, nullptr) != SQLITE_OK) {
    return impl_->fail("cannot check integrity");
  }
  stmt.reset(s);
  std::string out;
  int rc;
  while ((rc = with_busy_retry([&] { return sqlite3_step(s); })) == SQLITE_ROW) {
    if (!out.empty()) out += "\n";
    out += reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
  }
  if (rc != SQLITE_DONE) return impl_->fail("cannot check integrity");
  return out;
}

std::filesystem::path default_cache_dir(const std::filesystem::path& start) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(start, ec);
  if (ec) dir = start;
  for (std::filesystem::path p = dir; !p.empty(); p = p.parent_path()) {
    if (std::filesystem::exists(p / "aep.toml", ec)) return p / ".aep-cache";
    if (p == p.parent_path()) break;
  }
  return dir / ".aep-cache";
}

std::optional<std::chrono::seconds> parse_age(std::string_view text) {
  if (text.size() < 2) return std::nullopt;
  char unit = text.back();
  std::string_view digits = text.substr(0, text.size() - 1);
  long long n = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || ptr != digits.data() + digits.size() || n < 0) return std::nullopt;
  long long scale = 0;
  switch (unit) {
    case 's': scale = 1; break;
    case 'm': scale = 60; break;
    case 'h': scale = 3600; break;
    case 'd': scale = 86400; break;
    case 'w': scale = 7 * 86400; break;
    default: return std::nullopt;
  }
  if (n > (1LL << 40) / scale) return std::nullopt;
  return std::chrono::seconds(n * scale);
}

}  // namespace aep::cache
