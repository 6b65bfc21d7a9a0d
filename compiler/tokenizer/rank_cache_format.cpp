// The rank-table cache's layout and its check on every load (see
// rank_cache_format.hpp). The check is one pass over the mapped content
// (XXH3, memory-bound: ~0.9 ms for o200k_base's 10.8 MB) that also
// bounds-checks every slot, pair and offset, so that a file torn by a crash
// (it is renamed into place without fsync) or damaged later is rebuilt,
// never trusted, and even a forged one cannot make a lookup read outside
// the mapping.
#include "compiler/tokenizer/rank_cache_format.hpp"

#define XXH_STATIC_LINKING_ONLY
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace aep::tokenizer::rtab {
namespace {

std::uint64_t align_up(std::uint64_t n) { return (n + kAlign - 1) / kAlign * kAlign; }

// One pass over the content: each chunk is bounds-checked by `check` and
// then hashed while it is still in cache.
struct ContentPass {
  const unsigned char* base;
  std::uint64_t pos;
  XXH3_state_t state;
  explicit ContentPass(const unsigned char* b) : base(b), pos(sizeof(Header)) { XXH3_64bits_reset(&state); }

  template <class T, class Check>
  void section(std::uint64_t at, std::size_t count, Check&& check) {
    XXH3_64bits_update(&state, base + pos, at - pos);  // the alignment padding
    constexpr std::size_t kChunk = (64 * 1024) / sizeof(T);
    const T* items = reinterpret_cast<const T*>(base + at);
    for (std::size_t i = 0; i < count; i += kChunk) {
      std::size_t n = count - i < kChunk ? count - i : kChunk;
      check(items + i, n);
      XXH3_64bits_update(&state, items + i, n * sizeof(T));
    }
    pos = at + count * sizeof(T);
  }
};

}  // namespace

void place(Header& h) {
  h.slots_at = align_up(sizeof(Header));
  h.pairs_at = align_up(h.slots_at + h.slot_count * sizeof(Slot));
  h.offsets_at = align_up(h.pairs_at + RankTableCodec::kPairCount * sizeof(Rank));
  h.arena_at = align_up(h.offsets_at + h.offsets_size * sizeof(std::uint32_t));
  h.file_bytes = h.arena_at + h.arena_bytes;
}

std::uint64_t layout_fingerprint() {
  static const std::uint64_t value = [] {
    static constexpr char kProbe[] = "The quick brown fox jumps over the lazy dog \xE4\xB8\xAD\xF0\x9F\x98\x80 0123456789";
    const auto* p = reinterpret_cast<const unsigned char*>(kProbe);
    std::uint64_t acc[3 * (sizeof kProbe)] = {};
    for (std::size_t n = 0; n < sizeof kProbe - 1; ++n) {
      acc[3 * n] = load_prefix(p, n);
      acc[3 * n + 1] = hash_bytes(p, n);
      acc[3 * n + 2] = RankTableCodec::meta_of(acc[3 * n + 1], n);
    }
    acc[3 * (sizeof kProbe) - 1] = kNoRank ^ (std::uint64_t(sizeof(Slot)) << 32);
    return XXH3_64bits(acc, sizeof acc);
  }();
  return value;
}

std::uint64_t header_hash(Header h) {
  h.header_hash = 0;
  return XXH3_64bits(&h, sizeof h);
}

// Why the content cannot be trusted, or empty when it can. The bounds are
// gathered as maxima and counts (branch-free loops, cmov rather than jumps)
// and compared once at the end.
std::string check_content(const Header& h, const unsigned char* base) {
  ContentPass pass(base);
  const std::uint64_t rank_end = h.offsets_size - 1;
  std::uint64_t filled = 0;
  std::uint32_t max_rank_plus_one = 0;
  pass.section<Slot>(h.slots_at, h.slot_count, [&](const Slot* s, std::size_t n) {
    std::uint32_t used = 0, top = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t r = s[i].rank_plus_one;
      used += r != 0;
      top = r > top ? r : top;
    }
    filled += used;
    max_rank_plus_one = top > max_rank_plus_one ? top : max_rank_plus_one;
  });
  std::uint32_t max_pair_plus_one = 0;  // kNoRank + 1 wraps to 0
  pass.section<Rank>(h.pairs_at, RankTableCodec::kPairCount, [&](const Rank* p, std::size_t n) {
    std::uint32_t top = 0;
    for (std::size_t i = 0; i < n; ++i) top = p[i] + 1 > top ? p[i] + 1 : top;
    max_pair_plus_one = top > max_pair_plus_one ? top : max_pair_plus_one;
  });
  bool first = true, descending = false;
  std::uint32_t previous = 0, longest = 0;
  std::uint64_t tokens = 0;
  pass.section<std::uint32_t>(h.offsets_at, h.offsets_size, [&](const std::uint32_t* o, std::size_t n) {
    if (first) {
      descending |= o[0] != 0;
      first = false;
    }
    std::uint32_t used = 0, top = 0, down = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t before = i == 0 ? previous : o[i - 1];
      std::uint32_t len = o[i] - before;
      down |= o[i] < before;
      used += len != 0;
      top = len > top ? len : top;
    }
    descending |= down != 0;
    tokens += used;
    longest = top > longest ? top : longest;
    previous = o[n - 1];
  });
  pass.section<unsigned char>(h.arena_at, h.arena_bytes, [](const unsigned char*, std::size_t) {});
  if (XXH3_64bits_digest(&pass.state) != h.content_hash) return "corrupt: content checksum mismatch";
  if (h.count == 0 || max_rank_plus_one > rank_end || filled != h.count || h.count >= h.slot_count)
    return "corrupt: slot table out of bounds";
  if (max_pair_plus_one > rank_end) return "corrupt: two-byte table out of bounds";
  if (descending || previous != h.arena_bytes || tokens != h.count || longest != h.max_token_length)
    return "corrupt: offsets out of bounds";
  return {};
}

bool lookups_agree(const RankTable& table) {
  Rank end = table.rank_end();
  Rank step = end / 257 + 1;
  for (Rank r = 0; r < end; r += step) {
    std::string_view bytes = table.bytes(r);
    if (!bytes.empty() && table.find(bytes) != r) return false;
  }
  return true;
}

}  // namespace aep::tokenizer::rtab
