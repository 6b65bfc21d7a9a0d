// Reading and writing the binary rank-table cache (see rank_cache.hpp).
// File: a 320-byte header, then the slots, the two-byte table, the offsets
// and the arena, each at a 64-byte boundary, in the machine's own byte order
// (the header guards it). The whole content is checked on every load: one
// pass that hashes it (XXH3, memory-bound: ~1 ms for o200k_base's 11 MB)
// and bounds-checks every slot, pair and offset, so that a file torn by a
// crash (it is renamed into place without fsync) or damaged later is
// rebuilt, never trusted.
#include "compiler/tokenizer/rank_cache.hpp"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define XXH_STATIC_LINKING_ONLY
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "compiler/tokenizer/rank_table_codec.hpp"

namespace aep::tokenizer {
namespace {

namespace fs = std::filesystem;
using Slot = RankTableCodec::Slot;

constexpr char kMagic[8] = {'A', 'E', 'P', 'R', 'T', 'A', 'B', '\0'};
constexpr std::uint32_t kEndianTag = 0x01020304u;
constexpr std::size_t kAlign = 64;

struct Header {
  char magic[8];
  std::uint32_t format;
  std::uint32_t endian;        // kEndianTag as this machine writes it
  std::uint32_t header_bytes;  // sizeof(Header)
  std::uint32_t slot_bytes;    // sizeof(Slot)
  std::uint64_t layout;        // layout_fingerprint(): the lookup hash and slot tags
  char rank_file[48];          // NUL-padded
  char source_sha256[64];      // the pinned hash the source matched when this was built
  std::uint64_t source_size, source_inode, source_device;
  std::int64_t source_mtime_ns, source_ctime_ns;
  std::uint64_t count, max_token_length, offsets_size, slot_count, arena_bytes;
  std::uint64_t slots_at, pairs_at, offsets_at, arena_at, file_bytes;
  std::uint64_t content_hash;  // XXH3-64 of bytes [header_bytes, file_bytes)
  std::uint64_t header_hash;   // XXH3-64 of this header with header_hash = 0
  std::uint8_t reserved[40];
};
static_assert(sizeof(Header) == 320, "the header is part of the file format");
static_assert(sizeof(Slot) == 16, "the slot is part of the file format");

std::uint64_t align_up(std::uint64_t n) { return (n + kAlign - 1) / kAlign * kAlign; }

// Where each array goes, from the counts alone: the reader recomputes this
// and requires the header to agree, so no offset in a file is trusted.
void place(Header& h) {
  h.slots_at = align_up(sizeof(Header));
  h.pairs_at = align_up(h.slots_at + h.slot_count * sizeof(Slot));
  h.offsets_at = align_up(h.pairs_at + RankTableCodec::kPairCount * sizeof(Rank));
  h.arena_at = align_up(h.offsets_at + h.offsets_size * sizeof(std::uint32_t));
  h.file_bytes = h.arena_at + h.arena_bytes;
}

// A digest of what the slots' contents depend on besides the token bytes:
// the lookup hash, the prefix load and the slot tag. A build whose hashing
// changed without a format bump sees a different value and rebuilds.
std::uint64_t layout_fingerprint() {
  static const std::uint64_t value = [] {
    static constexpr char kProbe[] = "The quick brown fox jumps over the lazy dog \xE4\xB8\xAD\xF0\x9F\x98\x80 0123456789";
    const auto* p = reinterpret_cast<const unsigned char*>(kProbe);
    std::uint64_t acc[3 * (sizeof kProbe)] = {};
    for (std::size_t n = 0; n < sizeof kProbe - 1; ++n) {
      acc[3 * n] = load_prefix(p, n);
      acc[3 * n + 1] = hash_bytes(p, n);
      acc[3 * n + 2] = RankTableCodec::meta_of(acc[3 * n + 1], n);
    }
    acc[3 * (sizeof kProbe) - 1] = kNoRank ^ (std::uint64_t(sizeof(Slot)) << 32);
    return XXH3_64bits(acc, sizeof acc);
  }();
  return value;
}

std::uint64_t header_hash(Header h) {
  h.header_hash = 0;
  return XXH3_64bits(&h, sizeof h);
}

std::string errno_text() { return std::strerror(errno); }

// One pass over the content: each chunk is bounds-checked by `check` and
// then hashed while it is still in cache.
struct ContentPass {
  const unsigned char* base;
  std::uint64_t pos;
  XXH3_state_t state;
  explicit ContentPass(const unsigned char* b) : base(b), pos(sizeof(Header)) { XXH3_64bits_reset(&state); }

  template <class T, class Check>
  void section(std::uint64_t at, std::size_t count, Check&& check) {
    XXH3_64bits_update(&state, base + pos, at - pos);  // the alignment padding
    constexpr std::size_t kChunk = (64 * 1024) / sizeof(T);
    const T* items = reinterpret_cast<const T*>(base + at);
    for (std::size_t i = 0; i < count; i += kChunk) {
      std::size_t n = count - i < kChunk ? count - i : kChunk;
      check(items + i, n);
      XXH3_64bits_update(&state, items + i, n * sizeof(T));
    }
    pos = at + count * sizeof(T);
  }
};

// Why the content cannot be trusted, or empty when it can. The bounds are
// gathered as maxima and counts (branch-free loops the compiler vectorises)
// and compared once at the end.
std::string check_content(const Header& h, const unsigned char* base) {
  ContentPass pass(base);
  const std::uint64_t rank_end = h.offsets_size - 1;
  std::uint64_t filled = 0;
  std::uint32_t max_rank_plus_one = 0;
  pass.section<Slot>(h.slots_at, h.slot_count, [&](const Slot* s, std::size_t n) {
    std::uint32_t used = 0, top = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t r = s[i].rank_plus_one;
      used += r != 0;
      top = r > top ? r : top;
    }
    filled += used;
    max_rank_plus_one = top > max_rank_plus_one ? top : max_rank_plus_one;
  });
  std::uint32_t max_pair_plus_one = 0;  // kNoRank + 1 wraps to 0
  pass.section<Rank>(h.pairs_at, RankTableCodec::kPairCount, [&](const Rank* p, std::size_t n) {
    std::uint32_t top = 0;
    for (std::size_t i = 0; i < n; ++i) top = p[i] + 1 > top ? p[i] + 1 : top;
    max_pair_plus_one = top > max_pair_plus_one ? top : max_pair_plus_one;
  });
  bool first = true, descending = false;
  std::uint32_t previous = 0, longest = 0;
  std::uint64_t tokens = 0;
  pass.section<std::uint32_t>(h.offsets_at, h.offsets_size, [&](const std::uint32_t* o, std::size_t n) {
    if (first) {
      descending |= o[0] != 0;
      first = false;
    }
    std::uint32_t used = 0, top = 0, down = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t before = i == 0 ? previous : o[i - 1];
      std::uint32_t len = o[i] - before;
      down |= o[i] < before;
      used += len != 0;
      top = len > top ? len : top;
    }
    descending |= down != 0;
    tokens += used;
    longest = top > longest ? top : longest;
    previous = o[n - 1];
  });
  pass.section<unsigned char>(h.arena_at, h.arena_bytes, [](const unsigned char*, std::size_t) {});
  if (XXH3_64bits_digest(&pass.state) != h.content_hash) return "corrupt: content checksum mismatch";
  if (max_rank_plus_one > rank_end || filled != h.count || h.count >= h.slot_count)
    return "corrupt: slot table out of bounds";
  if (max_pair_plus_one > rank_end) return "corrupt: two-byte table out of bounds";
  if (descending || previous != h.arena_bytes || tokens != h.count || longest != h.max_token_length)
    return "corrupt: offsets out of bounds";
  return {};
}

// Looks a spread of tokens up through the mapped table: proves the slots
// were built by this build's hash, whatever the fingerprint says.
bool lookups_agree(const RankTable& table) {
  Rank end = table.rank_end();
  Rank step = end / 257 + 1;
  for (Rank r = 0; r < end; r += step) {
    std::string_view bytes = table.bytes(r);
    if (!bytes.empty() && table.find(bytes) != r) return false;
  }
  return true;
}

bool write_all(int fd, const void* data, std::size_t n) {
  const auto* p = static_cast<const char*>(data);
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

}  // namespace

std::optional<SourceIdentity> source_identity(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return std::nullopt;
  return SourceIdentity{static_cast<std::uint64_t>(st.st_size), static_cast<std::uint64_t>(st.st_ino),
                        static_cast<std::uint64_t>(st.st_dev),
                        std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
                        std::int64_t(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec};
}

std::optional<SourceIdentity> source_identity(const fs::path& file) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  auto id = source_identity(fd);
  ::close(fd);
  return id;
}

std::optional<fs::path> rank_cache_dir() {
  if (const char* dir = std::getenv("AEP_TOKENIZER_CACHE"); dir != nullptr && *dir != '\0') {
    std::string_view v = dir;
    if (v == "off" || v == "0") return std::nullopt;
    return fs::path(v);
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0')
    return fs::path(xdg) / "aether" / "encodings";
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
    return fs::path(home) / ".cache" / "aether" / "encodings";
  return std::nullopt;
}

fs::path rank_cache_file(const fs::path& dir, const EncodingSpec& spec) {
  std::string_view stem = spec.rank_file;
  if (stem.ends_with(".tiktoken")) stem.remove_suffix(std::string_view(".tiktoken").size());
  return dir / (std::string(stem) + ".v" + std::to_string(kRankCacheFormat) + ".rtab");
}

RankCacheRead read_rank_cache(const fs::path& file, const EncodingSpec& spec, const SourceIdentity& source) {
  RankCacheRead out;
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    out.miss = errno == ENOENT ? "no cache file" : "cannot open the cache file: " + errno_text();
    return out;
  }
  struct stat st {};
  Header h{};
  bool header_read = ::fstat(fd, &st) == 0 && st.st_size >= static_cast<off_t>(sizeof h) &&
                     ::pread(fd, &h, sizeof h, 0) == static_cast<ssize_t>(sizeof h);
  auto fail = [&](std::string why) {
    ::close(fd);
    out.miss = std::move(why);
    return std::move(out);
  };
  if (!header_read) return fail("corrupt: shorter than its header");
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return fail("corrupt: not an aep rank-table cache");
  if (h.format != kRankCacheFormat) return fail("stale: format " + std::to_string(h.format));
  if (h.endian != kEndianTag || h.header_bytes != sizeof(Header) || h.slot_bytes != sizeof(Slot))
    return fail("corrupt: written by a machine with another byte order or layout");
  if (h.header_hash != header_hash(h)) return fail("corrupt: header checksum mismatch");
  if (h.layout != layout_fingerprint()) return fail("stale: written by a build with another lookup hash");
  if (std::string_view(h.rank_file, strnlen(h.rank_file, sizeof h.rank_file)) != spec.rank_file ||
      std::string_view(h.source_sha256, sizeof h.source_sha256) != spec.rank_file_sha256)
    return fail("stale: built from another rank file or pinned hash");
  SourceIdentity recorded{h.source_size, h.source_inode, h.source_device, h.source_mtime_ns, h.source_ctime_ns};
  if (recorded != source) return fail("stale: the rank file changed since the cache was built");
  Header expected = h;
  place(expected);
  if (h.slot_count < 16 || (h.slot_count & (h.slot_count - 1)) != 0 || h.offsets_size < 2 ||
      h.offsets_size > kNoRank || h.arena_bytes > 0xFFFFFFFFull || h.slot_count > (1ull << 32) ||
      expected.slots_at != h.slots_at || expected.pairs_at != h.pairs_at || expected.offsets_at != h.offsets_at ||
      expected.arena_at != h.arena_at || expected.file_bytes != h.file_bytes)
    return fail("corrupt: inconsistent array sizes");
  if (static_cast<std::uint64_t>(st.st_size) != h.file_bytes)
    return fail("corrupt: " + std::to_string(st.st_size) + " bytes, the header says " + std::to_string(h.file_bytes));
  // Populated at once: the check below reads every page anyway, and one
  // call maps them all instead of a fault per 64 KB.
  void* map = ::mmap(nullptr, h.file_bytes, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) {
    out.miss = "cannot map the cache file: " + errno_text();
    return out;
  }
  const auto* base = static_cast<const unsigned char*>(map);
  if (std::string why = check_content(h, base); !why.empty()) {
    ::munmap(map, h.file_bytes);
    out.miss = std::move(why);
    return out;
  }
  RankTableCodec::Arrays arrays{reinterpret_cast<const Slot*>(base + h.slots_at),
                                h.slot_count,
                                reinterpret_cast<const Rank*>(base + h.pairs_at),
                                reinterpret_cast<const std::uint32_t*>(base + h.offsets_at),
                                h.offsets_size,
                                base + h.arena_at,
                                h.arena_bytes,
                                h.count,
                                h.max_token_length};
  RankTable table = RankTableCodec::over_mapping(arrays, map, h.file_bytes);  // unmaps on every path from here
  if (!lookups_agree(table)) {
    out.miss = "corrupt: sampled lookups disagree with the table (altered, or built with another lookup hash)";
    return out;
  }
  out.table = std::move(table);
  return out;
}

Expected<bool> write_rank_cache(const fs::path& file, const EncodingSpec& spec, const SourceIdentity& source,
                                const RankTable& table) {
  RankTableCodec::Arrays a = RankTableCodec::arrays(table);
  if (spec.rank_file.size() >= sizeof(Header::rank_file) || spec.rank_file_sha256.size() != 64)
    return Error{"the encoding's rank file name or hash does not fit the cache header"};
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.format = kRankCacheFormat;
  h.endian = kEndianTag;
  h.header_bytes = sizeof(Header);
  h.slot_bytes = sizeof(Slot);
  h.layout = layout_fingerprint();
  std::memcpy(h.rank_file, spec.rank_file.data(), spec.rank_file.size());
  std::memcpy(h.source_sha256, spec.rank_file_sha256.data(), 64);
  h.source_size = source.size;
  h.source_inode = source.inode;
  h.source_device = source.device;
  h.source_mtime_ns = source.mtime_ns;
  h.source_ctime_ns = source.ctime_ns;
  h.count = a.count;
  h.max_token_length = a.max_token_length;
  h.offsets_size = a.offsets_size;
  h.slot_count = a.slot_count;
  h.arena_bytes = a.arena_size;
  place(h);

  // The pieces of the content in file order, padding included.
  static const unsigned char kZeros[kAlign] = {};
  struct Piece {
    const void* data;
    std::size_t bytes;
  };
  std::vector<Piece> pieces;
  std::uint64_t at = sizeof(Header);
  auto add = [&](std::uint64_t where, const void* data, std::size_t bytes) {
    if (where > at) pieces.push_back({kZeros, static_cast<std::size_t>(where - at)});
    pieces.push_back({data, bytes});
    at = where + bytes;
  };
  add(h.slots_at, a.slots, a.slot_count * sizeof(Slot));
  add(h.pairs_at, a.pairs, RankTableCodec::kPairCount * sizeof(Rank));
  add(h.offsets_at, a.offsets, a.offsets_size * sizeof(std::uint32_t));
  add(h.arena_at, a.arena, a.arena_size);
  XXH3_state_t state;
  XXH3_64bits_reset(&state);
  for (const Piece& p : pieces) XXH3_64bits_update(&state, p.data, p.bytes);
  h.content_hash = XXH3_64bits_digest(&state);
  h.header_hash = header_hash(h);

  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  if (ec) return Error{"cannot create `" + file.parent_path().string() + "`: " + ec.message()};
  static std::atomic<std::uint64_t> counter{0};
  fs::path temp = file;
  temp += ".tmp." + std::to_string(::getpid()) + "." + std::to_string(++counter);
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return Error{"cannot create `" + temp.string() + "`: " + errno_text()};
  bool ok = write_all(fd, &h, sizeof h);
  for (const Piece& p : pieces) ok = ok && write_all(fd, p.data, p.bytes);
  std::string why = ok ? std::string() : errno_text();
  if (::close(fd) != 0 && ok) {
    ok = false;
    why = errno_text();
  }
  // No fsync: a file torn by a crash fails the content check and is rebuilt.
  if (ok && ::rename(temp.c_str(), file.c_str()) != 0) {
    ok = false;
    why = errno_text();
  }
  if (!ok) {
    ::unlink(temp.c_str());
    return Error{"cannot write `" + file.string() + "`: " + why};
  }
  return true;
}

}  // namespace aep::tokenizer
