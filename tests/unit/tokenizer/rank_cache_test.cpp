// The binary rank-table cache (compiler/tokenizer/rank_cache.hpp): a table
// mapped from the cache gives exactly the ids and token bytes of a fresh
// parse; a corrupted, truncated, torn, foreign or forged cache file is
// rejected with a reason and rebuilt; a changed or replaced source file
// invalidates it; an unwritable or disabled cache still loads; concurrent
// writers never expose a partial file. Every test points AEP_TOKENIZER_CACHE
// at its own scratch directory and loads through Encoding::load_file (get()
// keeps one encoding per process, so it would hide a second load).
#include <atomic>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "compiler/tokenizer/data_dir.hpp"
#include "compiler/tokenizer/rank_cache.hpp"
#include "tests/unit/tokenizer/test_support.hpp"

using namespace aep::tokenizer;
namespace fs = std::filesystem;

namespace {

void write_bytes(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

struct Scratch {
  fs::path dir;
  explicit Scratch(const std::string& name)
      : dir(fs::temp_directory_path() / ("aep-rank-cache-test-" + name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(dir);
    fs::create_directories(dir / "cache");
    fs::create_directories(dir / "encodings");
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  fs::path cache() const { return dir / "cache"; }
};

fs::path real_rank_file(const EncodingSpec& spec) {
  auto path = locate_rank_file(spec.rank_file);
  if (!path) FAIL(path.error().message);
  return *path;
}

std::shared_ptr<const Encoding> load(const EncodingSpec& spec, const fs::path& rank_file) {
  auto enc = Encoding::load_file(spec, rank_file);
  if (!enc) FAIL(enc.error().message);
  return *enc;
}

// Text that reaches every path of the encoder: prose in several scripts,
// code, digits, whitespace runs, emoji, special-token text, and a piece far
// over 192 bytes (the long-piece encoder and its prefix filter).
std::string sample_text() {
  std::string text =
      "Hello, world! The quick brown fox jumps over the lazy dog.\n\n"
      "Ünïcödé façade naïve — Привет, мир! Γειά σου κόσμε. 你好，世界。こんにちは世界。안녕하세요 세계\n"
      "int main() { return std::accumulate(v.begin(), v.end(), 0); }  // 12345678901234567890\n"
      "   \t\t  \r\n\r\n emoji 👩‍👩‍👧‍👦 🇫🇷 1️⃣ <|endoftext|> <|endofprompt|> ";
  for (int i = 0; i < 60; ++i) text += "supercalifragilistic";  // one 1,200-byte piece
  text += " 中";
  for (int i = 0; i < 200; ++i) text += "\xE4\xB8\xAD";
  return text;
}

std::vector<Rank> ids_of(const Encoding& enc, const std::string& text) {
  auto ids = enc.encode_ordinary(text);
  if (!ids) FAIL(ids.error().message);
  return *ids;
}

// The mapped encoding equals a parse of the same file: ids of the sample,
// and the bytes of every id of the vocabulary.
void check_same_as_parse(const Encoding& cached, const EncodingSpec& spec, const fs::path& rank_file) {
  auto parsed = Encoding::from_text(spec, read_bytes(rank_file), rank_file.string());
  if (!parsed) FAIL(parsed.error().message);
  const Encoding& fresh = **parsed;
  REQUIRE_FALSE(fresh.from_cache());
  std::string text = sample_text();
  auto expected = ids_of(fresh, text);
  CHECK(expected.size() > 200);
  CHECK(ids_of(cached, text) == expected);
  CHECK(cached.count(text, SpecialPolicy::ordinary()).value() == expected.size());
  CHECK(cached.ordinary_token_count() == fresh.ordinary_token_count());
  std::size_t differing = 0;
  for (Rank id = 0; id < spec.n_vocab + 5; ++id) differing += cached.token_bytes(id) != fresh.token_bytes(id);
  CHECK(differing == 0);
}

// Header fields of the format (docs/tokenizer.md, "Binary cache").
constexpr std::size_t kHeaderBytes = 320, kSlotsAt = 320, kContentHashAt = 264, kHeaderHashAt = 272;

void rehash(std::string& file) {
  std::uint64_t content = XXH3_64bits(file.data() + kHeaderBytes, file.size() - kHeaderBytes);
  std::memcpy(file.data() + kContentHashAt, &content, 8);
  std::string header = file.substr(0, kHeaderBytes);
  std::memset(header.data() + kHeaderHashAt, 0, 8);
  std::uint64_t h = XXH3_64bits(header.data(), header.size());
  std::memcpy(file.data() + kHeaderHashAt, &h, 8);
}

}  // namespace

TEST_CASE("a cache hit gives the ids and token bytes of a fresh parse on o200k_base and cl100k_base") {
  for (const char* name : {"o200k_base", "cl100k_base"}) {
    INFO(name);
    Scratch scratch(std::string("hit-") + name);
    ScopedEnv env("AEP_TOKENIZER_CACHE", scratch.cache().string());
    const EncodingSpec& spec = *find_encoding_spec(name);
    fs::path source = real_rank_file(spec);
    fs::path cache_file = rank_cache_file(scratch.cache(), spec);
    CHECK(cache_file.filename() == std::string(name) + ".v" + std::to_string(kRankCacheFormat) + ".rtab");

    auto first = load(spec, source);
    CHECK_FALSE(first->from_cache());
    CHECK(first->load_note().find("(cache: no cache file); cache written") != std::string::npos);
    REQUIRE(fs::is_regular_file(cache_file));

    auto second = load(spec, source);
    CHECK(second->from_cache());
    CHECK(second->load_note() == "cache hit " + cache_file.string());
    CHECK(second->memory_bytes() == first->memory_bytes());
    check_same_as_parse(*second, spec, source);
    // Nothing but the cache file is left in the directory (no temporaries).
    CHECK(std::distance(fs::directory_iterator(scratch.cache()), fs::directory_iterator()) == 1);
  }
}

TEST_CASE("encodings that share a rank file share its cache") {
  Scratch scratch("shared");
  ScopedEnv env("AEP_TOKENIZER_CACHE", scratch.cache().string());
  const EncodingSpec& base = *find_encoding_spec("p50k_base");
  const EncodingSpec& edit = *find_encoding_spec("p50k_edit");
  fs::path source = real_rank_file(base);
  CHECK_FALSE(load(base, source)->from_cache());
  auto e = load(edit, source);
  CHECK(e->from_cache());
  CHECK(e->special_token("<|fim_prefix|>") == std::optional<Rank>(50281));
  CHECK(ids_of(*e, "hello world") == std::vector<Rank>{31373, 995});
}

TEST_CASE("a damaged or truncated or torn or foreign cache file is rejected and rebuilt") {
  Scratch scratch("damaged");
  ScopedEnv env("AEP_TOKENIZER_CACHE", scratch.cache().string());
  const EncodingSpec& spec = *find_encoding_spec("cl100k_base");
  fs::path source = real_rank_file(spec);
  fs::path cache_file = rank_cache_file(scratch.cache(), spec);
  load(spec, source);
  const std::string good = read_bytes(cache_file);
  REQUIRE(good.size() > 4u * 1024 * 1024);
  auto identity = source_identity(source);
  REQUIRE(identity);
  REQUIRE(read_rank_cache(cache_file, spec, *identity).table);

  struct Damage {
    const char* what;
    std::string bytes;
    const char* reason;
  };
  std::vector<Damage> cases;
  auto flip = [&](std::size_t at) {
    std::string b = good;
    b[at] = static_cast<char>(b[at] ^ 0x01);
    return b;
  };
  cases.push_back({"one bit of a slot", flip(kSlotsAt + 16 * 12345 + 9), "corrupt: content checksum mismatch"});
  cases.push_back({"one bit of the last arena byte", flip(good.size() - 1), "corrupt: content checksum mismatch"});
  cases.push_back({"one bit of the rank file name", flip(40), "corrupt: header checksum mismatch"});
  cases.push_back({"the magic", flip(0), "corrupt: not an aep rank-table cache"});
  cases.push_back({"truncated by 100 bytes", good.substr(0, good.size() - 100), "corrupt: "});
  cases.push_back({"shorter than a header", good.substr(0, 100), "corrupt: shorter than its header"});
  cases.push_back({"empty", std::string(), "corrupt: shorter than its header"});
  std::string torn = good;  // a crash after the rename, before the data reached the disk
  std::fill(torn.begin() + static_cast<std::ptrdiff_t>(good.size() / 2),
            torn.begin() + static_cast<std::ptrdiff_t>(good.size() / 2 + 4096), '\0');
  cases.push_back({"a zeroed page", torn, "corrupt: content checksum mismatch"});
  cases.push_back({"a text file", std::string(4096, 'x'), "corrupt: not an aep rank-table cache"});
  cases.push_back({"the source rank file itself", read_bytes(source), "corrupt: not an aep rank-table cache"});
  std::string other_format = good;  // a future format, header checksum kept valid
  other_format[8] = static_cast<char>(other_format[8] + 1);
  rehash(other_format);
  cases.push_back({"another format version", other_format, "stale: format"});

  for (const Damage& d : cases) {
    INFO(d.what);
    write_bytes(cache_file, d.bytes);
    RankCacheRead read = read_rank_cache(cache_file, spec, *identity);
    CHECK_FALSE(read.table);
    CHECK(read.miss.find(d.reason) != std::string::npos);
    auto enc = load(spec, source);  // rebuilds
    CHECK_FALSE(enc->from_cache());
    CHECK(enc->load_note().find("cache written") != std::string::npos);
    CHECK(ids_of(*enc, "hello world") == std::vector<Rank>{15339, 1917});
    CHECK(read_bytes(cache_file) == good);  // the rebuilt file is the same bytes
    CHECK(load(spec, source)->from_cache());
  }
}

TEST_CASE("a FIFO or a folder at the cache path is rejected without blocking, and the load still succeeds") {
  // The cache folder may be shared: opening a FIFO planted there must not
  // wait for a writer (it used to block every command that counts tokens).
  Scratch scratch("fifo");
  ScopedEnv env("AEP_TOKENIZER_CACHE", scratch.cache().string());
  const EncodingSpec& spec = *find_encoding_spec("cl100k_base");
  fs::path source = real_rank_file(spec);
  fs::path cache_file = rank_cache_file(scratch.cache(), spec);
  auto identity = source_identity(source);
  REQUIRE(identity);

  REQUIRE(::mkfifo(cache_file.c_str(), 0600) == 0);
  RankCacheRead read = read_rank_cache(cache_file, spec, *identity);
  CHECK_FALSE(read.table);
  CHECK(read.miss == "corrupt: not a regular file");
  auto enc = load(spec, source);
  CHECK(ids_of(*enc, "hello world") == std::vector<Rank>{15339, 1917});

  fs::remove(cache_file);
  fs::create_directories(cache_file);
  read = read_rank_cache(cache_file, spec, *identity);
  CHECK_FALSE(read.table);
  CHECK_FALSE(read.miss.empty());
  CHECK(ids_of(*load(spec, source), "hello world") == std::vector<Rank>{15339, 1917});
}

TEST_CASE("a forged cache with valid checksums but bad arrays is rejected and never used") {
  Scratch scratch("forged");
  ScopedEnv env("AEP_TOKENIZER_CACHE", scratch.cache().string());
  const EncodingSpec& spec = *find_encoding_spec("r50k_base");
  fs::path source = real_rank_file(spec);
  fs::path cache_file = rank_cache_file(scratch.cache(), spec);
  load(spec, source);
  const std::string good = read_bytes(cache_file);
  auto identity = source_identity(source);
  REQUIRE(identity);

  // Each slot is {prefix u64, rank + 1 u32, meta u32}; find the first used one.
  std::size_t used_slot = kSlotsAt;
  while (used_slot + 16 <= good.size()) {
    std::uint32_t r;
    std::memcpy(&r, good.data() + used_slot + 8, 4);
    if (r != 0) break;
    used_slot += 16;
  }
  std::string huge_rank = good;
  std::uint32_t bad = 0x7FFFFFFF;
  std::memcpy(huge_rank.data() + used_slot + 8, &bad, 4);
  rehash(huge_rank);
  write_bytes(cache_file, huge_rank);
  RankCacheRead read = read_rank_cache(cache_file, spec, *identity);
  CHECK_FALSE(read.table);
  CHECK(read.miss == "corrupt: slot table out of bounds");

  // In bounds, but where the lookup hash never looks: rank 0's slot moved to
  // an empty slot (any empty slot is off its probe path, which holds none)
  // and its old place emptied, so a probe stops there. Rank 0 is always
  // among the ranks the loader looks up.
  std::size_t rank0 = kSlotsAt;
  for (;; rank0 += 16) {
    std::uint32_t r;
    std::memcpy(&r, good.data() + rank0 + 8, 4);
    if (r == 1) break;
  }
  std::size_t empty = kSlotsAt;
  for (;; empty += 16) {
    std::uint32_t r;
    std::memcpy(&r, good.data() + empty + 8, 4);
    if (r == 0) break;
  }
  std::string moved_slot = good;
  std::memcpy(moved_slot.data() + empty, good.data() + rank0, 16);
  std::memset(moved_slot.data() + rank0, 0, 16);
  rehash(moved_slot);
  write_bytes(cache_file, moved_slot);
  read = read_rank_cache(cache_file, spec, *identity);
  CHECK_FALSE(read.table);
  CHECK(read.miss.find("sampled lookups disagree") != std::string::npos);

  // Both are rebuilt by the next load.
  auto enc = load(spec, source);
  CHECK_FALSE(enc->from_cache());
  CHECK(read_bytes(cache_file) == good);
}

TEST_CASE("a changed or replaced rank file invalidates the cache") {
  Scratch scratch("source");
  ScopedEnv env("AEP_TOKENIZER_CACHE", scratch.cache().string());
  const EncodingSpec& spec = *find_encoding_spec("cl100k_base");
  const std::string original = read_bytes(real_rank_file(spec));
  fs::path source = scratch.dir / "encodings" / spec.rank_file;
  write_bytes(source, original);

  CHECK_FALSE(load(spec, source)->from_cache());
  CHECK(load(spec, source)->from_cache());

  // New mtime, same bytes: re-verified (the sha256 is computed again) and rebuilt.
  fs::last_write_time(source, fs::last_write_time(source) - std::chrono::hours(1));
  auto touched = load(spec, source);
  CHECK_FALSE(touched->from_cache());
  CHECK(touched->load_note().find("stale: the rank file changed") != std::string::npos);
  CHECK(load(spec, source)->from_cache());

  // Replaced by another file with the same bytes (new inode): rebuilt too.
  fs::path other = scratch.dir / "encodings" / "copy.tmp";
  write_bytes(other, original);
  fs::rename(other, source);
  CHECK_FALSE(load(spec, source)->from_cache());
  CHECK(load(spec, source)->from_cache());

  // One byte changed in place (same size): an error, never the cached table.
  std::string edited = original;
  edited[edited.size() / 3] = edited[edited.size() / 3] == 'A' ? 'B' : 'A';
  write_bytes(source, edited);
  // Set apart from every earlier write even on a file system whose clock
  // ticks coarsely (the identity compares mtime to the nanosecond).
  fs::last_write_time(source, fs::last_write_time(source) + std::chrono::hours(2));
  auto enc = Encoding::load_file(spec, source);
  REQUIRE_FALSE(enc);
  CHECK(enc.error().message.find("is corrupt") != std::string::npos);

  // Restored: loads again (and rebuilds, since the identity changed once more).
  write_bytes(source, original);
  fs::last_write_time(source, fs::last_write_time(source) + std::chrono::hours(3));
  CHECK_FALSE(load(spec, source)->from_cache());
  CHECK(load(spec, source)->from_cache());
}

TEST_CASE("an unwritable or disabled cache still loads the encoding") {
  Scratch scratch("unwritable");
  const EncodingSpec& spec = *find_encoding_spec("r50k_base");
  fs::path source = real_rank_file(spec);
  {
    // A directory that cannot be created, whoever runs the test (even root):
    // its parent is a regular file.
    write_bytes(scratch.dir / "not-a-dir", "x");
    ScopedEnv env("AEP_TOKENIZER_CACHE", (scratch.dir / "not-a-dir" / "cache").string());
    for (int i = 0; i < 2; ++i) {
      auto enc = load(spec, source);
      CHECK_FALSE(enc->from_cache());
      CHECK(enc->load_note().find("cache not written: cannot create") != std::string::npos);
      CHECK(ids_of(*enc, "hello world") == std::vector<Rank>{31373, 995});
    }
  }
  for (const char* off : {"off", "0"}) {
    ScopedEnv env("AEP_TOKENIZER_CACHE", std::string(off));
    CHECK_FALSE(rank_cache_dir());
    auto enc = load(spec, source);
    CHECK_FALSE(enc->from_cache());
    CHECK(enc->load_note().find("(cache off)") != std::string::npos);
  }
}

TEST_CASE("the cache directory follows AEP_TOKENIZER_CACHE, then XDG_CACHE_HOME, then HOME") {
  ScopedEnv cache("AEP_TOKENIZER_CACHE", std::nullopt);
  {
    ScopedEnv xdg("XDG_CACHE_HOME", std::string("/x/cache"));
    ScopedEnv home("HOME", std::string("/h"));
    CHECK(rank_cache_dir() == fs::path("/x/cache/aether/encodings"));
    ScopedEnv explicit_dir("AEP_TOKENIZER_CACHE", std::string("/somewhere"));
    CHECK(rank_cache_dir() == fs::path("/somewhere"));
  }
  {
    ScopedEnv xdg("XDG_CACHE_HOME", std::nullopt);
    ScopedEnv home("HOME", std::string("/h"));
    CHECK(rank_cache_dir() == fs::path("/h/.cache/aether/encodings"));
    ScopedEnv no_home("HOME", std::nullopt);
    CHECK_FALSE(rank_cache_dir());
  }
}

TEST_CASE("concurrent writers and readers never see a partial cache file") {
  Scratch scratch("concurrent");
  const EncodingSpec& spec = *find_encoding_spec("r50k_base");
  fs::path source = real_rank_file(spec);
  fs::path cache_file = rank_cache_file(scratch.cache(), spec);
  ScopedEnv env("AEP_TOKENIZER_CACHE", scratch.cache().string());
  auto parsed = load(spec, source);  // writes once
  auto identity = source_identity(source);
  REQUIRE(identity);
  auto table = RankTable::parse(read_bytes(source), source.string());
  REQUIRE(table);

  std::atomic<bool> stop{false};
  std::atomic<int> writes{0}, write_errors{0}, hits{0}, misses{0};
  std::vector<std::thread> writers;
  for (int w = 0; w < 3; ++w) {
    writers.emplace_back([&] {
      for (int i = 0; i < 8; ++i) {
        if (write_rank_cache(cache_file, spec, *identity, *table)) ++writes;
        else ++write_errors;
      }
    });
  }
  std::thread reader([&] {
    while (!stop) {
      RankCacheRead read = read_rank_cache(cache_file, spec, *identity);
      if (read.table) ++hits;
      else ++misses;
    }
  });
  for (auto& t : writers) t.join();
  stop = true;
  reader.join();
  CHECK(writes == 24);
  CHECK(write_errors == 0);
  CHECK(misses == 0);  // the file is always a whole old one or a whole new one
  CHECK(hits > 0);
  CHECK(read_rank_cache(cache_file, spec, *identity).table);
  CHECK(std::distance(fs::directory_iterator(scratch.cache()), fs::directory_iterator()) == 1);
}
