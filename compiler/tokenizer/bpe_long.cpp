// The long-piece BPE encoder: linear time, about 1/8 byte of scratch per
// byte of the piece plus the ids it returns (see bpe.hpp for why it gives
// exactly tiktoken's ids). It searches left to right for a sequence of
// tokens covering the piece in which every adjacent pair is "compatible"
// (BPE of the pair's bytes gives back the two tokens); the only such
// sequence is the BPE of the piece. At each position it tries the tokens
// that start there in a fixed order: first the token just placed, if it
// repeats here (runs such as "-----" or "aaaa" are periodic, and trying the
// longest token first there fails over and over), then the others longest
// first. A position from which nothing fits is marked dead in a bitfield
// and never entered again, so each (position, candidate) is tried at most
// once. Any fixed order is correct; the order only changes the speed.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "compiler/tokenizer/bpe.hpp"

namespace aep::tokenizer {
namespace {

// Memo of pair compatibility. Inputs that reach this encoder are long runs
// of few distinct tokens, so a direct-mapped table hits almost always; a
// miss costs one BPE of at most 2 x 128 bytes. Fixed size (128 KB a
// thread); it belongs to one table at a time and is cleared when a piece
// of another table comes, so an entry can never answer for the wrong table.
// An entry packs a (24 bits), b (24 bits), a used bit and the answer, so
// tables with ranks of 2^24 or more skip the memo.
struct PairMemo {
  static constexpr std::size_t kSlots = 1 << 14;
  std::uint64_t table = 0;
  std::vector<std::uint64_t> slots = std::vector<std::uint64_t>(kSlots, 0);
  void claim(std::uint64_t table_id) {
    if (table == table_id) return;
    std::fill(slots.begin(), slots.end(), 0);
    table = table_id;
  }
};

class LongPieceEncoder {
 public:
  LongPieceEncoder(const RankTable& ranks, std::string_view piece, LongPieceStats& stats)
      : ranks_(ranks),
        filter_(ranks.prefix_filter()),
        p_(reinterpret_cast<const unsigned char*>(piece.data())),
        n_(piece.size()),
        stats_(stats) {}

  // Appends the ids; false (and `out` as it was) if no cover exists, which
  // only happens when some single byte is not a token (custom tables).
  bool encode(std::vector<Rank>& out);

 private:
  // Collects the lengths at which a token may start at pos (prefix filter
  // walk) and resets the candidate cursor to the longest.
  void collect(std::size_t pos);
  // The next token at the collected position, longest first, shorter than
  // `below` bytes and other than `skip`, confirmed in the rank table;
  // kNoRank when none is left. Sets *len.
  Rank next_candidate(std::size_t below, Rank skip, std::size_t* len);
  // Whether BPE of bytes(a) + bytes(b) is exactly [a, b]; a == kNoRank asks
  // whether BPE of bytes(b) alone is [b] (the first token of the piece).
  bool compatible(Rank a, Rank b);
  bool merges_stay_apart(Rank a, Rank b) const;

  const RankTable& ranks_;
  const PrefixFilter& filter_;
  const unsigned char* p_;
  std::size_t n_;
  LongPieceStats& stats_;
  std::size_t at_ = 0;       // the collected position
  std::uint8_t lens_[256];   // maybe-token lengths there, ascending
  std::size_t cursor_ = 0;   // lens_[0, cursor_) are still to try
};

void LongPieceEncoder::collect(std::size_t pos) {
  std::size_t hi = std::min(n_ - pos, ranks_.max_token_length());
  std::size_t m = 0;
  std::uint64_t h = PrefixFilter::kSeed;
  for (std::size_t k = 1; k <= hi; ++k) {
    h = PrefixFilter::extend(h, p_[pos + k - 1]);
    unsigned f = filter_.flags(h);
    if ((f & 1) == 0) break;
    if (f & 2) lens_[m++] = static_cast<std::uint8_t>(k);
  }
  at_ = pos;
  cursor_ = m;
}

Rank LongPieceEncoder::next_candidate(std::size_t below, Rank skip, std::size_t* len) {
  while (cursor_ > 0) {
    std::size_t k = lens_[--cursor_];
    if (k >= below) continue;
    Rank r = ranks_.find(p_ + at_, k);
    if (r == kNoRank || r == skip) continue;
    *len = k;
    return r;
  }
  return kNoRank;
}

bool LongPieceEncoder::compatible(Rank a, Rank b) {
  thread_local PairMemo memo;
  bool memo_ok = ranks_.rank_end() < (Rank(1) << 24);
  std::uint64_t key = (std::uint64_t(a & 0xFFFFFF) << 40) | (std::uint64_t(b) << 16) | 2;
  std::uint64_t* slot = nullptr;
  if (memo_ok) {
    memo.claim(ranks_.id());
    std::uint64_t h = ((std::uint64_t(a) << 32) | b) * 0x9E3779B97F4A7C15ull;
    slot = &memo.slots[h >> (64 - 14)];
    if ((*slot | 1) == (key | 1)) return *slot & 1;
  }
  ++stats_.checks;
  bool ok = merges_stay_apart(a, b);
  if (slot != nullptr) *slot = key | (ok ? 1 : 0);
  return ok;
}

bool LongPieceEncoder::merges_stay_apart(Rank a, Rank b) const {
  // tiktoken's merge loop (as byte_pair_encode_scan) on bytes(a) + bytes(b),
  // stopped as soon as a merge crosses the boundary between them. With no
  // crossing, the result is [a, b] exactly when each side ended as one
  // part (the parts' bytes are then bytes(a) and bytes(b)).
  std::string_view left = a != kNoRank ? ranks_.bytes(a) : std::string_view();
  std::string_view right = ranks_.bytes(b);
  unsigned char buf[512];
  const std::size_t n = left.size() + right.size(), cut = left.size();
  std::memcpy(buf, left.data(), left.size());
  std::memcpy(buf + cut, right.data(), right.size());
  std::uint32_t start[513];
  Rank rank[513];
  for (std::size_t i = 0; i <= n; ++i) {
    start[i] = static_cast<std::uint32_t>(i);
    rank[i] = i + 1 < n ? ranks_.find(buf + i, 2) : kNoRank;
  }
  std::size_t count = n + 1;  // parts plus the end sentinel
  while (true) {
    Rank min_rank = kNoRank;
    std::size_t i = 0;
    for (std::size_t j = 0; j + 1 < count; ++j) {
      if (rank[j] < min_rank) {
        min_rank = rank[j];
        i = j;
      }
    }
    if (min_rank == kNoRank) break;
    if (start[i] < cut && start[i + 2] > cut) return false;
    for (std::size_t j = i + 1; j + 1 < count; ++j) {
      start[j] = start[j + 1];
      rank[j] = rank[j + 1];
    }
    --count;
    auto pair_rank = [&](std::size_t k) {
      if (k + 2 >= count) return kNoRank;
      const unsigned char* s = buf + start[k];
      std::size_t len = start[k + 2] - start[k];
      // Most joined parts are no token: the 2 MB filter says so without a
      // probe of the 8 MB rank table, which is where this loop's time went.
      std::uint64_t h = PrefixFilter::kSeed;
      for (std::size_t q = 0; q < len; ++q) h = PrefixFilter::extend(h, s[q]);
      if ((filter_.flags(h) & 2) == 0) return kNoRank;
      return ranks_.find(s, len);
    };
    if (i > 0) rank[i - 1] = pair_rank(i - 1);
    rank[i] = pair_rank(i);
  }
  // Parts left: one per side (count includes the sentinel).
  return count == (cut > 0 ? 3u : 2u);
}

bool LongPieceEncoder::encode(std::vector<Rank>& out) {
  const std::size_t base = out.size();
  // dead[pos]: no compatible cover of piece[pos, n) follows the (unique)
  // BPE of piece[0, pos). One bit a byte.
  thread_local std::vector<std::uint64_t> dead;
  dead.assign(n_ / 64 + 1, 0);
  auto is_dead = [&](std::size_t i) { return (dead[i >> 6] >> (i & 63)) & 1; };
  std::size_t pos = 0;
  // The order at a position with previous token `prev`: prev itself if its
  // bytes repeat here (`repeat_first`), then every other token longest
  // first. `below` resumes that order after an undone token.
  Rank prev = kNoRank;
  bool repeat_first = false;
  std::size_t below = SIZE_MAX;
  collect(0);
  bool found = false;
  while (true) {
    Rank cand = kNoRank;
    std::size_t len = 0;
    if (repeat_first) {
      repeat_first = false;
      std::string_view bytes = ranks_.bytes(prev);
      if (bytes.size() <= n_ - pos && std::memcmp(bytes.data(), p_ + pos, bytes.size()) == 0) {
        cand = prev;
        len = bytes.size();
      }
    }
    if (cand == kNoRank) cand = next_candidate(below, prev, &len);
    if (cand != kNoRank) {
      ++stats_.steps;
      std::size_t end = pos + len;
      if (is_dead(end) || !compatible(prev, cand)) continue;
      out.push_back(cand);
      pos = end;
      if (pos == n_) {
        found = true;
        break;
      }
      prev = cand;
      repeat_first = true;
      below = SIZE_MAX;
      collect(pos);
      continue;
    }
    // Every token starting at pos failed: pos is dead; undo the token that
    // led here and go on with the candidates after it at its position.
    dead[pos >> 6] |= std::uint64_t(1) << (pos & 63);
    if (out.size() == base) break;
    Rank last = out.back();
    out.pop_back();
    ++stats_.backtracks;
    std::size_t last_len = ranks_.bytes(last).size();
    pos -= last_len;
    prev = out.size() == base ? kNoRank : out.back();
    repeat_first = false;
    // `last` was the repeat if it equals prev (the longest-first pass skips
    // prev), so that pass starts from the top; otherwise it resumes below it.
    below = (last == prev) ? SIZE_MAX : last_len;
    collect(pos);
  }
  if (dead.size() > (std::size_t(1) << 17)) std::vector<std::uint64_t>().swap(dead);
  if (!found) out.resize(base);
  return found;
}

}  // namespace

bool byte_pair_encode_long(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out,
                           LongPieceStats* stats) {
  // Candidate lengths are kept in bytes (lens_).
  if (piece.empty() || ranks.max_token_length() > 255) return false;
  LongPieceStats local;
  return LongPieceEncoder(ranks, piece, stats != nullptr ? *stats : local).encode(out);
}

}  // namespace aep::tokenizer
