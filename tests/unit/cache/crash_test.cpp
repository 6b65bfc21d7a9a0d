// Crash safety for real: writer processes (fork + exec) store entries and
// acknowledge each commit; we kill them with SIGKILL mid-run, reopen the
// cache and check that every acknowledged entry is there, intact, and that
// the database passes its integrity check. Two writers run at once, so this
// is also the multi-process test.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <map>
#include <string>

#include "runtime/cache/response_cache.hpp"

namespace fs = std::filesystem;

namespace {
struct Writer {
  pid_t pid = -1;
  FILE* out = nullptr;
};

Writer spawn(const fs::path& dir, const std::string& id) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    execl(AEP_CACHE_CRASH_WRITER, AEP_CACHE_CRASH_WRITER, dir.c_str(), id.c_str(), "1000000", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  return {pid, fdopen(fds[0], "r")};
}

// Reads acknowledgements into `acked` (key -> expected text) until `n` lines
// or the end of the stream.
size_t read_acks(Writer& w, const std::string& id, std::map<std::string, std::string>& acked, size_t n) {
  char line[512];
  size_t got = 0;
  while (got < n && std::fgets(line, sizeof line, w.out) != nullptr) {
    std::string s(line);
    REQUIRE(s.rfind("ok ", 0) == 0);  // "err ..." would be a failed write
    long index = 0;
    char key[80] = {};
    REQUIRE(std::sscanf(line, "ok %ld %64s", &index, key) == 2);
    acked[key] = id + ":" + std::to_string(index);
    ++got;
  }
  return got;
}
}  // namespace

TEST_CASE("SIGKILL mid-run loses no acknowledged cache entry") {
  fs::path dir = fs::temp_directory_path() / ("aep-crash-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  std::map<std::string, std::string> acked;
  for (int round = 0; round < 3; ++round) {
    Writer a = spawn(dir, "a" + std::to_string(round));
    Writer b = spawn(dir, "b" + std::to_string(round));
    REQUIRE(read_acks(a, "a" + std::to_string(round), acked, 150 + 37 * round) > 0);
    REQUIRE(read_acks(b, "b" + std::to_string(round), acked, 120) > 0);
    REQUIRE(kill(a.pid, SIGKILL) == 0);
    REQUIRE(kill(b.pid, SIGKILL) == 0);
    int status = 0;
    REQUIRE(waitpid(a.pid, &status, 0) == a.pid);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(WTERMSIG(status) == SIGKILL);
    REQUIRE(waitpid(b.pid, &status, 0) == b.pid);
    REQUIRE(WIFSIGNALED(status));
    // Acknowledgements written before the kill are still in the pipes.
    read_acks(a, "a" + std::to_string(round), acked, SIZE_MAX);
    read_acks(b, "b" + std::to_string(round), acked, SIZE_MAX);
    std::fclose(a.out);
    std::fclose(b.out);
  }
  REQUIRE(acked.size() >= 3 * 270);

  auto cache = aep::cache::ResponseCache::open(dir);
  REQUIRE(cache);
  REQUIRE(*(*cache)->integrity_check() == "ok");
  size_t found = 0;
  for (const auto& [key, text] : acked) {
    auto e = (*cache)->get(key);
    REQUIRE(e);
    INFO(key);
    REQUIRE(e->has_value());
    REQUIRE((**e).response["text"] == text);
    ++found;
  }
  REQUIRE(found == acked.size());
  auto st = (*cache)->stats();
  REQUIRE(st);
  // Entries committed between the last acknowledgement and the kill may
  // exist too; fewer than acknowledged would be a loss.
  REQUIRE(st->entries >= static_cast<std::int64_t>(acked.size()));
  WARN("acknowledged " << acked.size() << " entries across 6 killed writers; all " << found
                       << " found; database holds " << st->entries);
  fs::remove_all(dir);
}
