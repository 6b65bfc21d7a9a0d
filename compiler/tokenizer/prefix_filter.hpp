// PrefixFilter: a 2 MB hashed bitmap that says, for a byte string, whether
// it may be a prefix of some token and whether it may be a token. The
// long-piece encoder (bpe_long.cpp) walks it byte by byte to find the
// candidate tokens that start at a position without probing the rank table
// for every length up to 128: the walk stops at the first length that is
// surely no token prefix, and only lengths flagged as maybe-tokens are
// looked up. Bits can be set by collisions (false positives: about 1 in 6
// for prefixes, 1 in 40 for tokens), never missed, so every real candidate
// is found; the rank table confirms each one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace aep::tokenizer {

class RankTable;

class PrefixFilter {
 public:
  static constexpr unsigned kBits = 23;  // 2^23 slots of 2 bits

  explicit PrefixFilter(const RankTable& ranks);

  // Hash of a string extended by one byte (h starts at kSeed).
  static constexpr std::uint64_t kSeed = 0x243F6A8885A308D3ull;
  static std::uint64_t extend(std::uint64_t h, unsigned char byte) {
    return (h + byte + 1) * 0x9E3779B97F4A7C15ull;
  }
  // Bit 0: maybe a proper or improper token prefix; bit 1: maybe a token.
  unsigned flags(std::uint64_t h) const {
    std::uint64_t slot = h >> (64 - kBits);
    return static_cast<unsigned>(words_[slot >> 5] >> ((slot & 31) * 2)) & 3u;
  }
  std::size_t memory_bytes() const { return words_.capacity() * sizeof(std::uint64_t); }

 private:
  void set(std::uint64_t h, unsigned flag) {
    std::uint64_t slot = h >> (64 - kBits);
    words_[slot >> 5] |= std::uint64_t(flag) << ((slot & 31) * 2);
  }
  std::vector<std::uint64_t> words_;
};

}  // namespace aep::tokenizer
