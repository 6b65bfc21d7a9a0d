// Byte-pair merging of one pre-token ("piece") into ranks, with tiktoken's
// exact rule: repeatedly merge the adjacent pair whose concatenated bytes
// have the lowest rank, the leftmost one on ties, until no pair is a token.
// Short pieces use tiktoken's own array scan (fastest when n is small). Long
// pieces (a 100 MB run of one letter is a single piece) use a linear-time
// encoder with about 1/8 byte of scratch per byte (bpe_long.cpp); the heap
// version, O(n log n) with ~28 bytes a byte, stays as a fallback and as a
// second reference for the tests.
//
// Why the long-piece encoder gives tiktoken's ids. Write T(x) for the result
// of the merge rule on bytes x; a token sequence e is "valid" when
// T(bytes(e)) = e, and a pair (a, b) "compatible" when [a, b] is valid.
//  (1) A contiguous part of a valid sequence is valid. Merges never cross
//      the final token boundaries, and a merge inside the part is the
//      global minimum (rank, position), so also the minimum among the
//      part's own pairs, which merges outside never change: run alone, the
//      part makes the same merges in the same order and stops in the same
//      state.
//  (2) If [e0..ei] and [ei..en] are valid (sharing token ei), so is
//      [e0..en]. Run the rule on the whole text a·t·b (t = bytes(ei)). Until
//      a merge crosses the a|t or t|b boundary, the merges inside a·t are
//      each the minimum among a·t's pairs, so they are a prefix of T(a·t)'s
//      own merges (likewise for t·b). The first crossing merge would then
//      be the minimum among a·t's (or t·b's) pairs in a state T(a·t) (or
//      T(t·b)) also reaches, so that run would cross the boundary too,
//      contradicting its validity. So no merge crosses; the run ends only
//      when both halves have made all their merges: the result is [e0..en].
// By (1), the BPE of a piece is a cover of it by tokens whose first token is
// valid alone and whose adjacent pairs are compatible; by (2), any such
// cover is valid, and T is a function, so there is exactly one: the search
// in bpe_long.cpp finds it. Compatibility is checked by running the scan on
// the pair's bytes (memoised), i.e. by the definition, with no assumption
// about the vocabulary's merge order. Every valid prefix cover of
// piece[0, p) is T(piece[0, p)) by the same uniqueness, so "no cover of the
// rest fits after position p" depends on p alone: marking p dead once is
// sound, which bounds the work by the number of (position, candidate) pairs.
// tiktoken looks a whole piece up before merging; callers do that first
// (encoding.cpp), and no token is as long as a piece sent here.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "compiler/tokenizer/rank_table.hpp"

namespace aep::tokenizer {

// Pieces longer than this go to the long-piece encoder.
inline constexpr std::size_t kLongPiece = 192;

// Appends the ranks of `piece` to `out`.
void byte_pair_encode(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out);

// The algorithms, exposed so tests can check they agree on any input.
void byte_pair_encode_scan(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out);
void byte_pair_encode_heap(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out);
// Linear-time encoder for long pieces. Returns false, leaving `out` as it
// was, when it cannot run: an empty piece, a table with a token over 255
// bytes, or a byte that is not a token (possible only in custom tables).
// `stats`, if given, receives what the search did (tests and the benchmark
// use it to show that backtracking happened and stayed bounded).
struct LongPieceStats {
  std::size_t steps = 0;       // candidates tried
  std::size_t backtracks = 0;  // tokens undone
  std::size_t checks = 0;      // compatibility checks that ran BPE (memo misses)
};
bool byte_pair_encode_long(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out,
                           LongPieceStats* stats = nullptr);

}  // namespace aep::tokenizer
