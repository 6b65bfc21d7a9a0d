// tiktoken's scan and the heap merge loop, and the dispatch by piece length
// (see bpe.hpp). Scratch buffers are thread-local so encoding a piece
// allocates nothing once they have grown.
#include "compiler/tokenizer/bpe.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <queue>

namespace aep::tokenizer {
namespace {

struct Part {
  std::uint32_t start;
  Rank rank;  // rank of this part joined with the next one, or kNoRank
};

}  // namespace

void byte_pair_encode_scan(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(piece.data());
  const std::size_t n = piece.size();
  if (n == 0) return;
  if (n == 1) {
    out.push_back(ranks.find(p, 1));
    return;
  }
  thread_local std::vector<Part> parts;
  parts.resize(n + 1);
  Rank min_rank = kNoRank;
  std::size_t min_i = 0;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    Rank r = ranks.find(p + i, 2);
    parts[i] = {static_cast<std::uint32_t>(i), r};
    if (r < min_rank) {
      min_rank = r;
      min_i = i;
    }
  }
  parts[n - 1] = {static_cast<std::uint32_t>(n - 1), kNoRank};
  parts[n] = {static_cast<std::uint32_t>(n), kNoRank};
  std::size_t count = n + 1;
  // Rank of parts[i] joined with parts[i+1], i.e. bytes [start_i, start_{i+2}).
  auto pair_rank = [&](std::size_t i) -> Rank {
    if (i + 2 >= count) return kNoRank;
    return ranks.find(p + parts[i].start, parts[i + 2].start - parts[i].start);
  };
  while (min_rank != kNoRank) {
    std::size_t i = min_i;
    // Remove parts[i+1] first, then refresh the two pairs that changed.
    std::copy(parts.begin() + i + 2, parts.begin() + count, parts.begin() + i + 1);
    --count;
    if (i > 0) parts[i - 1].rank = pair_rank(i - 1);
    parts[i].rank = pair_rank(i);
    min_rank = kNoRank;
    for (std::size_t j = 0; j + 1 < count; ++j) {
      if (parts[j].rank < min_rank) {
        min_rank = parts[j].rank;
        min_i = j;
      }
    }
  }
  for (std::size_t i = 0; i + 1 < count; ++i) {
    out.push_back(ranks.find(p + parts[i].start, parts[i + 1].start - parts[i].start));
  }
}

void byte_pair_encode_heap(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(piece.data());
  const std::uint32_t n = static_cast<std::uint32_t>(piece.size());
  if (n == 0) return;
  constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  // Parts are identified by their start byte; next_[s] is the start of the
  // following part (n for the last), prev_[s] the previous (kNone for the
  // first), rank_[s] the rank of s joined with its successor.
  thread_local std::vector<std::uint32_t> next, prev;
  thread_local std::vector<Rank> rank;
  thread_local std::vector<std::uint64_t> heap;
  next.resize(n);
  prev.resize(n);
  rank.resize(n);
  heap.clear();
  for (std::uint32_t i = 0; i < n; ++i) {
    next[i] = i + 1;
    prev[i] = i == 0 ? kNone : i - 1;
    rank[i] = i + 1 < n ? ranks.find(p + i, 2) : kNoRank;
    if (rank[i] != kNoRank) heap.push_back((std::uint64_t(rank[i]) << 32) | i);
  }
  // Min-heap keyed by (rank, start): the lowest rank, leftmost on ties, is
  // exactly the pair tiktoken's scan would pick.
  std::make_heap(heap.begin(), heap.end(), std::greater<>());
  auto join_rank = [&](std::uint32_t s) -> Rank {
    std::uint32_t mid = next[s];
    if (mid >= n) return kNoRank;
    std::uint32_t end = next[mid];
    return ranks.find(p + s, end - s);
  };
  while (!heap.empty()) {
    std::pop_heap(heap.begin(), heap.end(), std::greater<>());
    std::uint64_t top = heap.back();
    heap.pop_back();
    std::uint32_t s = static_cast<std::uint32_t>(top);
    Rank r = static_cast<Rank>(top >> 32);
    // Stale entries: the part was merged away (next[s] == kNone) or its pair
    // changed. A part's pair rank only changes by growing, so a changed pair
    // never has the old rank again and comparing ranks is enough.
    if (next[s] == kNone || rank[s] != r) continue;
    std::uint32_t victim = next[s];
    std::uint32_t after = next[victim];
    next[s] = after;
    if (after < n) prev[after] = s;
    next[victim] = kNone;
    rank[victim] = kNoRank;
    rank[s] = join_rank(s);
    if (rank[s] != kNoRank) {
      heap.push_back((std::uint64_t(rank[s]) << 32) | s);
      std::push_heap(heap.begin(), heap.end(), std::greater<>());
    }
    if (prev[s] != kNone) {
      std::uint32_t q = prev[s];
      rank[q] = join_rank(q);
      if (rank[q] != kNoRank) {
        heap.push_back((std::uint64_t(rank[q]) << 32) | q);
        std::push_heap(heap.begin(), heap.end(), std::greater<>());
      }
    }
  }
  for (std::uint32_t s = 0; s < n; s = next[s]) {
    out.push_back(ranks.find(p + s, next[s] - s));
  }
  // Scratch for a huge piece (MBs of one letter) is ~28 bytes per byte:
  // give it back rather than keep it for the thread's lifetime.
  if (n > (1u << 20)) {
    std::vector<std::uint32_t>().swap(next);
    std::vector<std::uint32_t>().swap(prev);
    std::vector<Rank>().swap(rank);
    std::vector<std::uint64_t>().swap(heap);
  }
}

void byte_pair_encode(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out) {
  if (piece.size() <= kLongPiece) {
    byte_pair_encode_scan(ranks, piece, out);
  } else if (!byte_pair_encode_long(ranks, piece, out)) {
    byte_pair_encode_heap(ranks, piece, out);
  }
}

}  // namespace aep::tokenizer
