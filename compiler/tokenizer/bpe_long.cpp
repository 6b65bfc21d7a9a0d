// The long-piece BPE encoder: linear time, about 1/8 byte of scratch per
// byte of the piece plus the ids it returns (see bpe.hpp for why it gives
// exactly tiktoken's ids). It searches left to right for a sequence of
// tokens covering the piece in which every adjacent pair is "compatible"
// (BPE of the pair's bytes gives back the two tokens); the only such
// sequence is the BPE of the piece. At each position it tries the tokens
// that start there, longest first; a position from which nothing fits is
// marked dead in a bitfield and never entered again, so each (position,
// candidate) is tried at most once.
#include <algorithm>
#include <cstdint>
#include <cstring>

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
  // The longest token that is a prefix of piece[pos, n) and at most
  // max_len bytes long; kNoRank if none. Sets *len to its length.
  Rank prefix_token(std::size_t pos, std::size_t max_len, std::size_t* len) const;
  // Whether BPE of bytes(a) + bytes(b) is exactly [a, b]; a == kNoRank asks
  // whether BPE of bytes(b) alone is [b] (the first token of the piece).
  bool compatible(Rank a, Rank b);
  bool merges_stay_apart(Rank a, Rank b) const;

  const RankTable& ranks_;
  const PrefixFilter& filter_;
  const unsigned char* p_;
  std::size_t n_;
  LongPieceStats& stats_;
};

Rank LongPieceEncoder::prefix_token(std::size_t pos, std::size_t max_len, std::size_t* len) const {
  // Walk the prefix filter to collect the lengths that may be tokens, then
  // confirm them in the rank table, longest first.
  std::size_t hi = std::min({max_len, n_ - pos, ranks_.max_token_length()});
  std::uint8_t lens[256];
  std::size_t m = 0;
  std::uint64_t h = PrefixFilter::kSeed;
  for (std::size_t k = 1; k <= hi; ++k) {
    h = PrefixFilter::extend(h, p_[pos + k - 1]);
    unsigned f = filter_.flags(h);
    if ((f & 1) == 0) break;
    if (f & 2) lens[m++] = static_cast<std::uint8_t>(k);
  }
  while (m > 0) {
    std::size_t k = lens[--m];
    Rank r = ranks_.find(p_ + pos, k);
    if (r != kNoRank) {
      *len = k;
      return r;
    }
  }
  *len = 0;
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
      return k + 2 < count ? ranks_.find(buf + start[k], start[k + 2] - start[k]) : kNoRank;
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
  std::size_t pos = 0, len = 0;
  Rank cand = prefix_token(0, n_, &len);
  bool found = false;
  while (true) {
    if (cand != kNoRank) {
      ++stats_.steps;
      std::size_t end = pos + len;
      Rank prev = out.size() == base ? kNoRank : out.back();
      if (!is_dead(end) && compatible(prev, cand)) {
        out.push_back(cand);
        pos = end;
        if (pos == n_) {
          found = true;
          break;
        }
        cand = prefix_token(pos, n_, &len);
      } else {
        cand = len > 1 ? prefix_token(pos, len - 1, &len) : kNoRank;
      }
      continue;
    }
    // Every token starting at pos failed: pos is dead; undo the token that
    // led here and try the next shorter one in its place.
    dead[pos >> 6] |= std::uint64_t(1) << (pos & 63);
    if (out.size() == base) break;
    Rank last = out.back();
    out.pop_back();
    ++stats_.backtracks;
    std::size_t last_len = ranks_.bytes(last).size();
    pos -= last_len;
    cand = last_len > 1 ? prefix_token(pos, last_len - 1, &len) : kNoRank;
  }
  if (dead.size() > (std::size_t(1) << 17)) std::vector<std::uint64_t>().swap(dead);
  if (!found) out.resize(base);
  return found;
}

}  // namespace

bool byte_pair_encode_long(const RankTable& ranks, std::string_view piece, std::vector<Rank>& out,
                           LongPieceStats* stats) {
  // Candidate lengths are kept in bytes (prefix_token).
  if (piece.empty() || ranks.max_token_length() > 255) return false;
  LongPieceStats local;
  return LongPieceEncoder(ranks, piece, stats != nullptr ? *stats : local).encode(out);
}

}  // namespace aep::tokenizer
