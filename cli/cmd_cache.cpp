// `aep cache stats|prune|clear`: inspect and trim the response cache.
//
// The cache lives in `.aep-cache/` beside the project's aep.toml (or in the
// current directory when there is none); --cache-dir points elsewhere. stats
// never creates a cache. clear asks for confirmation on a terminal and
// refuses without --yes when stdin is not one, so scripts never hang.
#include <unistd.h>

#include <cmath>
#include <ctime>
#include <functional>
#include <iostream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "runtime/cache/response_cache.hpp"

namespace aep::cli {
namespace {

struct CacheArgs {
  std::string cache_dir;
  bool json = false;
  bool yes = false;
  bool expired = false;
  std::string older_than;
};

std::filesystem::path cache_dir_of(const CacheArgs& args) {
  if (!args.cache_dir.empty()) return args.cache_dir;
  return cache::default_cache_dir(std::filesystem::current_path());
}

std::string human_bytes(std::int64_t bytes) {
  const char* units[] = {"B", "KB", "MB", "GB", "TB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  return u == 0 ? fmt::format("{} B", bytes) : fmt::format("{:.1f} {}", v, units[u]);
}

std::string when(std::int64_t ms) {
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm);
  auto now = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  double days = static_cast<double>(now - ms) / 86400000.0;
  std::string ago = days >= 1 ? fmt::format("{:.0f} days ago", std::floor(days))
                              : fmt::format("{:.0f} hours ago", std::floor(days * 24));
  return fmt::format("{} ({})", buf, ago);
}

// Opens the cache for a command that changes it; a missing cache is not an error.
int with_existing_cache(const CacheArgs& args, const std::function<int(cache::ResponseCache&)>& body) {
  std::filesystem::path dir = cache_dir_of(args);
  std::error_code ec;
  if (!std::filesystem::exists(dir / cache::ResponseCache::kFileName, ec)) {
    std::cout << "no cache at " << (dir / cache::ResponseCache::kFileName).string() << " (nothing stored yet)\n";
    return kExitOk;
  }
  auto opened = cache::ResponseCache::open(dir);
  if (!opened) {
    std::cerr << "aep cache: " << opened.error().message << "\n";
    return kExitUsage;
  }
  return body(**opened);
}

int run_stats(const CacheArgs& args) {
  std::filesystem::path dir = cache_dir_of(args);
  std::filesystem::path file = dir / cache::ResponseCache::kFileName;
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    if (args.json) {
      std::cout << nlohmann::json{{"path", file.string()}, {"exists", false}, {"entries", 0}}.dump(2) << "\n";
    } else {
      std::cout << "no cache at " << file.string() << " (nothing stored yet)\n";
    }
    return kExitOk;
  }
  cache::CacheOptions ro;
  ro.read_only = true;
  auto opened = cache::ResponseCache::open(dir, ro);
  if (!opened) {
    std::cerr << "aep cache: " << opened.error().message << "\n";
    return kExitUsage;
  }
  auto st = (*opened)->stats();
  if (!st) {
    std::cerr << "aep cache: " << st.error().message << "\n";
    return kExitUsage;
  }
  if (args.json) {
    nlohmann::json j = {{"path", file.string()},      {"exists", true},
                        {"entries", st->entries},     {"expired", st->expired},
                        {"hits", st->hits},           {"file_bytes", st->file_bytes},
                        {"payload_bytes", st->payload_bytes}};
    j["oldest_ms"] = st->oldest_ms ? nlohmann::json(*st->oldest_ms) : nlohmann::json(nullptr);
    j["newest_ms"] = st->newest_ms ? nlohmann::json(*st->newest_ms) : nlohmann::json(nullptr);
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << fmt::format("cache     {}\n", file.string());
  std::cout << fmt::format("entries   {} ({} expired)\n", st->entries, st->expired);
  std::cout << fmt::format("size      {} on disk, {} of responses\n", human_bytes(st->file_bytes),
                           human_bytes(st->payload_bytes));
  std::cout << fmt::format("hits      {}\n", st->hits);
  if (st->oldest_ms) std::cout << fmt::format("oldest    {}\n", when(*st->oldest_ms));
  if (st->newest_ms) std::cout << fmt::format("newest    {}\n", when(*st->newest_ms));
  return kExitOk;
}

int run_prune(const CacheArgs& args) {
  std::optional<std::chrono::seconds> age;
  if (!args.older_than.empty()) {
    age = cache::parse_age(args.older_than);
    if (!age) {
      std::cerr << "aep cache prune: --older-than `" << args.older_than
                << "` is not an age such as 7d, 12h, 30m, 45s or 2w\n";
      return kExitUsage;
    }
  }
  return with_existing_cache(args, [&](cache::ResponseCache& c) {
    std::int64_t removed = 0;
    auto expired = c.prune_expired();
    if (!expired) {
      std::cerr << "aep cache: " << expired.error().message << "\n";
      return kExitUsage;
    }
    removed += *expired;
    if (age) {
      auto old = c.prune_older_than(*age);
      if (!old) {
        std::cerr << "aep cache: " << old.error().message << "\n";
        return kExitUsage;
      }
      removed += *old;
    }
    std::cout << fmt::format("removed {} entr{} ({}{})\n", removed, removed == 1 ? "y" : "ies",
                             "expired", age ? ", or older than " + args.older_than : "");
    return kExitOk;
  });
}

int run_clear(const CacheArgs& args) {
  return with_existing_cache(args, [&](cache::ResponseCache& c) {
    auto st = c.stats();
    std::int64_t entries = st ? st->entries : 0;
    if (!args.yes) {
      if (!isatty(STDIN_FILENO)) {
        std::cerr << "aep cache clear: refusing to delete " << entries
                  << " entries without --yes when stdin is not a terminal\n";
        return kExitUsage;
      }
      std::cout << fmt::format("delete all {} entries from {}? [y/N] ", entries, c.path().string()) << std::flush;
      std::string answer;
      if (!std::getline(std::cin, answer) || (answer != "y" && answer != "Y" && answer != "yes")) {
        std::cout << "nothing deleted\n";
        return kExitOk;
      }
    }
    auto removed = c.clear();
    if (!removed) {
      std::cerr << "aep cache: " << removed.error().message << "\n";
      return kExitUsage;
    }
    std::cout << fmt::format("removed {} entr{}\n", *removed, *removed == 1 ? "y" : "ies");
    return kExitOk;
  });
}

std::function<int()> setup_cache(CLI::App& app) {
  auto* sub = app.add_subcommand("cache",
                                 "Inspect and trim the response cache\n\n"
                                 "Successful provider responses are cached in SQLite so a rerun never pays\n"
                                 "twice. The cache is `.aep-cache/` beside the project's aep.toml (or in\n"
                                 "the current directory), unless --cache-dir says otherwise.");
  sub->require_subcommand(1);
  auto args = std::make_shared<CacheArgs>();
  auto add_dir = [&](CLI::App* cmd) {
    cmd->add_option("--cache-dir", args->cache_dir, "cache directory (default: .aep-cache beside aep.toml)");
  };
  auto* stats = sub->add_subcommand("stats", "Entries, size, hits, oldest and newest entry");
  add_dir(stats);
  stats->add_flag("--json", args->json, "print the figures as JSON");
  auto* prune = sub->add_subcommand("prune", "Remove expired entries, and with --older-than old ones too");
  add_dir(prune);
  prune->add_option("--older-than", args->older_than, "also remove entries older than this age (7d, 12h, 30m, 2w)");
  auto* clear = sub->add_subcommand("clear", "Remove every entry (asks first unless --yes)");
  add_dir(clear);
  clear->add_flag("--yes,-y", args->yes, "do not ask; required when stdin is not a terminal");
  return [args, stats, prune, clear] {
    if (stats->parsed()) return run_stats(*args);
    if (prune->parsed()) return run_prune(*args);
    if (clear->parsed()) return run_clear(*args);
    return kExitUsage;
  };
}

AEP_COMMAND("cache", 80, setup_cache);

}  // namespace
}  // namespace aep::cli
