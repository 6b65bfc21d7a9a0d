// Thin RAII over the SQLite C API for the response cache: a connection, a
// prepared statement, and a retry loop for SQLITE_BUSY. Internal to
// runtime/cache.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

namespace aep::cache {

struct SqliteCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using SqliteDb = std::unique_ptr<sqlite3, SqliteCloser>;
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

inline bool is_busy(int rc) {
  int primary = rc & 0xff;
  return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

// Runs `step` until it returns something other than BUSY/LOCKED, or the
// patience runs out. The connection's busy_timeout already waits inside
// SQLite; this outer loop covers the cases where SQLite returns BUSY at
// once (a WAL recovery in progress, a deadlock-avoiding upgrade).
template <class Step>
int with_busy_retry(Step&& step, std::chrono::milliseconds patience = std::chrono::seconds(30)) {
  auto until = std::chrono::steady_clock::now() + patience;
  auto pause = std::chrono::milliseconds(1);
  for (;;) {
    int rc = step();
    if (!is_busy(rc) || std::chrono::steady_clock::now() >= until) return rc;
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(50));
  }
}

}  // namespace aep::cache
