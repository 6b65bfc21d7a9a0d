// RankTableCodec: the one door to a RankTable's raw arrays, for the binary
// cache (rank_cache.cpp) only. It reads the arrays of a table so they can be
// written out, and builds a table whose arrays point into a mapped cache
// file. Nothing else should include this header: every other user goes
// through RankTable's lookups.
#pragma once

#include <cstddef>
#include <cstdint>

#include "compiler/tokenizer/rank_table.hpp"

namespace aep::tokenizer {

struct RankTableCodec {
  using Slot = RankTable::Slot;
  static constexpr std::size_t kPairCount = RankTable::kPairCount;

  struct Arrays {
    const Slot* slots;
    std::size_t slot_count;  // a power of two
    const Rank* pairs;       // kPairCount entries
    const std::uint32_t* offsets;
    std::size_t offsets_size;  // rank_end + 1
    const unsigned char* arena;
    std::size_t arena_size;
    std::size_t count;
    std::size_t max_token_length;
  };

  static Arrays arrays(const RankTable& table);
  // A table over arrays inside the read-only mapping [map, map + map_bytes),
  // which the table unmaps when it is destroyed. The caller has validated
  // the arrays (rank_cache.cpp).
  static RankTable over_mapping(const Arrays& arrays, void* map, std::size_t map_bytes);
  static std::uint32_t meta_of(std::uint64_t h, std::size_t n) { return RankTable::meta_of(h, n); }
};

}  // namespace aep::tokenizer
