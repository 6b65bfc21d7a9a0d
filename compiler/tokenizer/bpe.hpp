// Byte-pair merging of one pre-token ("piece") into ranks, with tiktoken's
// exact rule: repeatedly merge the adjacent pair whose concatenated bytes
// have the lowest rank, the leftmost one on ties, until no pair is a token.
// Short pieces use tiktoken's own array scan (fastest when n is small); long
// pieces use a heap over a linked list, O(n log n), so a 10 MB run of one
// letter finishes in about 2 s; its scratch is about 28 bytes per byte of
// the piece (next/prev/rank arrays and the lazy heap), released afterwards.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "compiler/tokenizer/rank_table.hpp"

namespace aep::tokenizer {

// Pieces longer than this go to the heap version.
inline constexpr std::size_t kLongPiece = 192;

// Appends the ranks of `piece` to `out`.
void byte_pair_encode(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out);

// Both algorithms, exposed so tests can check they agree on any input.
void byte_pair_encode_scan(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out);
void byte_pair_encode_heap(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out);

}  // namespace aep::tokenizer
