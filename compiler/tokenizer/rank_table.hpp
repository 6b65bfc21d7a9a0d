// RankTable: the mergeable ranks of one encoding (token bytes ↔ rank). The
// BPE loop looks up byte slices tens of millions of times a second, and
// almost every lookup is a cache miss in a table this size, so a slot
// carries the first 8 bytes of its token, its length and a hash tag: most
// tokens are at most 8 bytes, and then a lookup touches one cache line.
// Longer tokens compare the rest against a contiguous arena. Two-byte keys
// (every BPE run starts with them) use a direct 64K table. Memory for
// o200k_base is about 11 MB (slots 8 MB, arena 1.4 MB, offsets 0.8 MB,
// pairs 0.25 MB); long pieces add a 2 MB prefix filter when first met.
// The arrays live either on the heap (parse) or in a read-only mapping of
// a binary cache file (rank_cache.hpp), which loads in about a millisecond.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/expected.hpp"
#include "compiler/tokenizer/encoding_spec.hpp"
#include "compiler/tokenizer/prefix_filter.hpp"

namespace aep::tokenizer {

inline constexpr Rank kNoRank = 0xFFFFFFFFu;

// The first min(n, 8) bytes of p as a little-endian integer, zero-padded,
// without reading outside [p, p + n).
inline std::uint64_t load_prefix(const unsigned char* p, std::size_t n) {
  if (n >= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return std::uint64_t(lo) | (std::uint64_t(hi) << ((n - 4) * 8));  // overlap ORs equal bytes
  }
  if (n == 0) return 0;
  return std::uint64_t(p[0]) | (std::uint64_t(p[n / 2]) << (8 * (n / 2))) | (std::uint64_t(p[n - 1]) << (8 * (n - 1)));
}

// Hash of a byte slice whose prefix (load_prefix) is already loaded.
inline std::uint64_t hash_bytes(const unsigned char* p, std::size_t n, std::uint64_t prefix) {
  constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xBF58476D1CE4E5B9ull;
  std::uint64_t h = (prefix ^ (n * k1)) * k2;
  for (std::size_t i = 8; i < n; i += 8) {
    std::uint64_t v = 0;
    std::memcpy(&v, p + i, n - i >= 8 ? 8 : n - i);
    h = (h ^ v) * k1;
    h ^= h >> 29;
  }
  h ^= h >> 32;
  h *= k1;
  h ^= h >> 29;
  return h;
}
inline std::uint64_t hash_bytes(const unsigned char* p, std::size_t n) {
  return hash_bytes(p, n, load_prefix(p, n));
}

// Equality of two byte ranges of length n without a libc call for short ones.
inline bool equal_bytes(const unsigned char* a, const unsigned char* b, std::size_t n) {
  if (n > 16) return std::memcmp(a, b, n) == 0;
  if (n >= 8) {
    std::uint64_t x1, y1, x2, y2;
    std::memcpy(&x1, a, 8);
    std::memcpy(&y1, b, 8);
    std::memcpy(&x2, a + n - 8, 8);
    std::memcpy(&y2, b + n - 8, 8);
    return x1 == y1 && x2 == y2;
  }
  return load_prefix(a, n) == load_prefix(b, n);
}

class RankTable {
 public:
  // Parses the text of a `.tiktoken` file ("<base64 bytes> <rank>" a line).
  // `display` names the file in error messages.
  static Expected<RankTable> parse(std::string_view file_text, std::string_view display);

  Rank find(const unsigned char* p, std::size_t n) const {
    if (n == 2) return pairs_[(std::size_t(p[0]) << 8) | p[1]];
    std::uint64_t prefix = load_prefix(p, n);
    std::uint64_t h = hash_bytes(p, n, prefix);
    std::uint32_t meta = meta_of(h, n);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.rank_plus_one == 0) return kNoRank;
      if (slot.meta == meta && slot.prefix == prefix) {
        Rank r = slot.rank_plus_one - 1;
        if (n <= 8) return r;
        std::uint32_t b = offsets_[r];
        if (offsets_[r + 1] - b == n && equal_bytes(arena_ + b + 8, p + 8, n - 8)) return r;
      }
    }
  }
  Rank find(std::string_view bytes) const {
    return find(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  }

  // Bytes of a rank; empty when the rank has no token (a gap in the file).
  std::string_view bytes(Rank r) const {
    if (std::size_t(r) + 1 >= offsets_size_) return {};
    return std::string_view(reinterpret_cast<const char*>(arena_) + offsets_[r], offsets_[r + 1] - offsets_[r]);
  }
  std::size_t token_count() const { return count_; }
  // Length in bytes of the longest token.
  std::size_t max_token_length() const { return max_token_length_; }
  // Unique per parsed table (moves keep it): keys per-thread caches so a new
  // table at a freed address never sees an old table's entries.
  std::uint64_t id() const { return id_; }
  // One past the largest rank in the file.
  Rank rank_end() const { return static_cast<Rank>(offsets_size_ == 0 ? 0 : offsets_size_ - 1); }
  // The token-prefix filter of the long-piece encoder, built on first use
  // (thread-safe) so loading an encoding does not pay for it.
  const PrefixFilter& prefix_filter() const {
    std::call_once(*prefix_once_, [this] { prefix_filter_ = std::make_unique<PrefixFilter>(*this); });
    return *prefix_filter_;
  }
  // Bytes of the lookup tables (heap, or a read-only mapping of the binary
  // cache: see rank_cache.hpp), plus the prefix filter once built.
  std::size_t memory_bytes() const {
    return arena_size_ + offsets_size_ * sizeof(std::uint32_t) + (mask_ + 1) * sizeof(Slot) +
           kPairCount * sizeof(Rank) + (prefix_filter_ ? prefix_filter_->memory_bytes() : 0);
  }
  // True when the tables point into a mapped cache file instead of the heap.
  bool mapped() const;

  RankTable(RankTable&&) noexcept;
  RankTable& operator=(RankTable&&) noexcept;
  ~RankTable();

 private:
  friend struct RankTableCodec;  // rank_cache.cpp: writes and maps the arrays
  struct Storage;                // owns the arrays: heap vectors or a mapping

  struct Slot {
    std::uint64_t prefix = 0;          // first 8 bytes of the token
    std::uint32_t rank_plus_one = 0;   // 0: empty
    std::uint32_t meta = 0;            // hash tag (24 bits) and length (8 bits, capped)
  };
  static constexpr std::size_t kPairCount = 65536;
  static std::uint32_t meta_of(std::uint64_t h, std::size_t n) {
    return (static_cast<std::uint32_t>(h >> 40) << 8) | static_cast<std::uint32_t>(n < 255 ? n : 255);
  }
  RankTable();

  // The lookups read these; they point into `storage_`, which never moves
  // (a moved table keeps the same heap block or mapping).
  const unsigned char* arena_ = nullptr;   // token bytes in rank order
  std::size_t arena_size_ = 0;
  const std::uint32_t* offsets_ = nullptr;  // rank r spans [offsets_[r], offsets_[r+1])
  std::size_t offsets_size_ = 0;
  const Slot* slots_ = nullptr;             // mask_ + 1 slots
  const Rank* pairs_ = nullptr;             // every 2-byte key → rank (BPE's first step), kPairCount
  std::unique_ptr<Storage> storage_;
  std::size_t max_token_length_ = 0;
  std::unique_ptr<std::once_flag> prefix_once_ = std::make_unique<std::once_flag>();
  mutable std::unique_ptr<PrefixFilter> prefix_filter_;
  std::uint64_t id_ = 0;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

// Lowercase hex sha256 of a byte string (OpenSSL).
std::string sha256_hex(std::string_view data);

}  // namespace aep::tokenizer
