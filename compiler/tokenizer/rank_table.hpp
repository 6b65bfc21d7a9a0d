// RankTable: the mergeable ranks of one encoding (token bytes ↔ rank). The
// BPE loop looks up byte slices millions of times a second, so the table is
// an open-addressing hash over one contiguous byte arena: a lookup is one
// hash of the slice, usually one probe, and one memcmp. Memory for o200k_base
// is about 7 MB (arena 1.4 MB, offsets 0.8 MB, slots 4 MB).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/expected.hpp"
#include "compiler/tokenizer/encoding_spec.hpp"

namespace aep::tokenizer {

inline constexpr Rank kNoRank = 0xFFFFFFFFu;

// Hash of a byte slice; short slices (the common case) take a few loads.
inline std::uint64_t hash_bytes(const unsigned char* p, std::size_t n) {
  constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xBF58476D1CE4E5B9ull;
  std::uint64_t h = (n * k1) ^ k2;
  while (n > 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * k2;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  std::uint64_t v;
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    v = (std::uint64_t(a) << 32) | b;
  } else if (n > 0) {
    v = (std::uint64_t(p[0]) << 16) | (std::uint64_t(p[n / 2]) << 8) | p[n - 1];
  } else {
    v = 0;
  }
  h = (h ^ v) * k1;
  h ^= h >> 32;
  return h;
}

class RankTable {
 public:
  // Parses the text of a `.tiktoken` file ("<base64 bytes> <rank>" a line).
  // `display` names the file in error messages.
  static Expected<RankTable> parse(std::string_view file_text, std::string_view display);

  Rank find(const unsigned char* p, std::size_t n) const {
    std::uint64_t h = hash_bytes(p, n);
    std::uint32_t tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      std::uint64_t slot = slots_[i];
      if (slot == 0) return kNoRank;
      if (static_cast<std::uint32_t>(slot >> 32) == tag) {
        Rank r = static_cast<Rank>(slot) - 1;
        std::uint32_t b = offsets_[r], e = offsets_[r + 1];
        if (e - b == n && std::memcmp(arena_.data() + b, p, n) == 0) return r;
      }
    }
  }
  Rank find(std::string_view bytes) const {
    return find(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  }

  // Bytes of a rank; empty when the rank has no token (a gap in the file).
  std::string_view bytes(Rank r) const {
    if (r + 1 >= offsets_.size()) return {};
    return std::string_view(arena_).substr(offsets_[r], offsets_[r + 1] - offsets_[r]);
  }
  std::size_t token_count() const { return count_; }
  // One past the largest rank in the file.
  Rank rank_end() const { return static_cast<Rank>(offsets_.empty() ? 0 : offsets_.size() - 1); }
  // Heap bytes held by this table.
  std::size_t memory_bytes() const {
    return arena_.capacity() + offsets_.capacity() * sizeof(std::uint32_t) +
           slots_.capacity() * sizeof(std::uint64_t);
  }

 private:
  std::string arena_;                   // token bytes in rank order
  std::vector<std::uint32_t> offsets_;  // rank r spans [offsets_[r], offsets_[r+1])
  std::vector<std::uint64_t> slots_;    // (hash tag << 32) | (rank + 1); 0 = empty
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

// Lowercase hex sha256 of a byte string (OpenSSL).
std::string sha256_hex(std::string_view data);

}  // namespace aep::tokenizer
