// Held-out splits and repeats.
//
// Membership of an item in the held-out part depends only on (seed, item id):
//   h = first 8 bytes, big-endian, of SHA-256("aep-split-v1" 0x00 seed-decimal 0x00 id)
//   held out  <=>  h < fraction * 2^64
// so adding, removing or reordering other items never moves an item between
// parts, and anyone can recompute a split with `sha256sum`. std::hash and
// rand() are avoided because they differ between platforms and releases.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "compiler/source/expected.hpp"

namespace aep::eval {

struct SplitSpec {
  std::uint64_t seed = 0;
  double holdout_fraction = 0.2;  // in [0, 1]
};

struct Split {
  SplitSpec spec;
  std::string method = "sha256(\"aep-split-v1\\0\" + seed + \"\\0\" + id)[0..8] < fraction*2^64";
  std::vector<std::size_t> train;    // indices into the given ids, in input order
  std::vector<std::size_t> holdout;
  std::string membership_sha256;     // of the sorted held-out ids joined by "\n": recorded in builds
};

// The split's 64-bit hash of one item.
std::uint64_t split_hash(std::uint64_t seed, const std::string& id);
bool in_holdout(const SplitSpec& spec, const std::string& id);
Expected<Split> split_items(const std::vector<std::string>& ids, const SplitSpec& spec);

// One run of one item: `samples: N` gives every item N trials, numbered from 0,
// which the cache keeps apart by its sample index.
struct Trial {
  std::size_t item = 0;
  std::uint32_t sample = 0;
};
Expected<std::vector<Trial>> expand_repeats(std::size_t item_count, std::uint32_t samples);

}  // namespace aep::eval
