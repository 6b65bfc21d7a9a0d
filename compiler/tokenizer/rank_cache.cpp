// Reading and writing the binary rank-table cache (see rank_cache.hpp; the
// layout and the content check are in rank_cache_format.{hpp,cpp}). Reads
// map the file read-only; writes go to a temporary file renamed into place.
#include "compiler/tokenizer/rank_cache.hpp"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define XXH_STATIC_LINKING_ONLY
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "compiler/tokenizer/rank_cache_format.hpp"

namespace aep::tokenizer {
namespace {

namespace fs = std::filesystem;
using rtab::Header;
using rtab::Slot;

std::string errno_text() { return std::strerror(errno); }

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

SourceIdentity identity_of(const struct stat& st) {
  return SourceIdentity{static_cast<std::uint64_t>(st.st_size), static_cast<std::uint64_t>(st.st_ino),
                        static_cast<std::uint64_t>(st.st_dev),
                        std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
                        std::int64_t(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec};
}

}  // namespace

std::optional<SourceIdentity> source_identity(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return std::nullopt;
  return identity_of(st);
}

std::optional<SourceIdentity> source_identity(const fs::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return identity_of(st);
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
  // O_NONBLOCK: the cache folder may be writable by others (a shared
  // AEP_TOKENIZER_CACHE), and opening a FIFO planted there would otherwise
  // block every command that counts tokens; anything but a regular file is
  // rejected below before a byte is read.
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    out.miss = errno == ENOENT ? "no cache file" : "cannot open the cache file: " + errno_text();
    return out;
  }
  struct stat st {};
  Header h{};
  auto fail = [&](std::string why) {
    ::close(fd);
    out.miss = std::move(why);
    return std::move(out);
  };
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return fail("corrupt: not a regular file");
  bool header_read = st.st_size >= static_cast<off_t>(sizeof h) &&
                     ::pread(fd, &h, sizeof h, 0) == static_cast<ssize_t>(sizeof h);
  if (!header_read) return fail("corrupt: shorter than its header");
  if (std::memcmp(h.magic, rtab::kMagic, sizeof rtab::kMagic) != 0) return fail("corrupt: not an aep rank-table cache");
  if (h.format != kRankCacheFormat) return fail("stale: format " + std::to_string(h.format));
  if (h.endian != rtab::kEndianTag || h.header_bytes != sizeof(Header) || h.slot_bytes != sizeof(Slot))
    return fail("corrupt: written by a machine with another byte order or layout");
  if (h.header_hash != rtab::header_hash(h)) return fail("corrupt: header checksum mismatch");
  if (h.layout != rtab::layout_fingerprint()) return fail("stale: written by a build with another lookup hash");
  if (std::string_view(h.rank_file, strnlen(h.rank_file, sizeof h.rank_file)) != spec.rank_file ||
      std::string_view(h.source_sha256, sizeof h.source_sha256) != spec.rank_file_sha256)
    return fail("stale: built from another rank file or pinned hash");
  SourceIdentity recorded{h.source_size, h.source_inode, h.source_device, h.source_mtime_ns, h.source_ctime_ns};
  if (recorded != source) return fail("stale: the rank file changed since the cache was built");
  Header expected = h;
  rtab::place(expected);
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
  if (std::string why = rtab::check_content(h, base); !why.empty()) {
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
  if (!rtab::lookups_agree(table)) {
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
  std::memcpy(h.magic, rtab::kMagic, sizeof rtab::kMagic);
  h.format = kRankCacheFormat;
  h.endian = rtab::kEndianTag;
  h.header_bytes = sizeof(Header);
  h.slot_bytes = sizeof(Slot);
  h.layout = rtab::layout_fingerprint();
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
  rtab::place(h);

  // The pieces of the content in file order, padding included.
  static const unsigned char kZeros[rtab::kAlign] = {};
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
  h.header_hash = rtab::header_hash(h);

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
