// Parsing of `.tiktoken` rank files. The file is ~200k lines of base64; a
// table-driven decoder and a single pass keep a cold load of o200k_base to a
// few milliseconds. Anything malformed is an error naming the line: a file
// that passed its hash check cannot be malformed, so this guards callers that
// parse other files (tests, custom encodings).
#include "compiler/tokenizer/rank_table.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>

#include <openssl/evp.h>
#include <sys/mman.h>

#include "compiler/tokenizer/rank_table_codec.hpp"

namespace aep::tokenizer {
namespace {

constexpr std::array<std::int8_t, 256> make_base64_table() {
  std::array<std::int8_t, 256> t{};
  for (auto& v : t) v = -1;
  const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (int i = 0; i < 64; ++i) t[static_cast<unsigned char>(alphabet[i])] = static_cast<std::int8_t>(i);
  return t;
}
constexpr auto kBase64 = make_base64_table();

// Decodes standard padded base64, appending to `out`; false on any bad
// character or length.
bool decode_base64(std::string_view in, std::string& out) {
  if (in.empty() || in.size() % 4 != 0) return false;
  std::size_t at = out.size();
  out.resize(at + in.size() / 4 * 3);
  char* w = out.data() + at;
  std::size_t pad = 0;
  if (in.back() == '=') ++pad;
  if (in.size() >= 2 && in[in.size() - 2] == '=') ++pad;
  std::size_t groups = in.size() / 4;
  for (std::size_t g = 0; g < groups; ++g) {
    const char* q = in.data() + g * 4;
    bool last = g + 1 == groups;
    int a = kBase64[static_cast<unsigned char>(q[0])];
    int b = kBase64[static_cast<unsigned char>(q[1])];
    int c = (last && pad >= 2) ? 0 : kBase64[static_cast<unsigned char>(q[2])];
    int d = (last && pad >= 1) ? 0 : kBase64[static_cast<unsigned char>(q[3])];
    if ((a | b | c | d) < 0) return false;
    std::uint32_t v = (std::uint32_t(a) << 18) | (std::uint32_t(b) << 12) | (std::uint32_t(c) << 6) | std::uint32_t(d);
    *w++ = static_cast<char>(v >> 16);
    if (!(last && pad >= 2)) *w++ = static_cast<char>((v >> 8) & 0xFF);
    if (!(last && pad >= 1)) *w++ = static_cast<char>(v & 0xFF);
  }
  out.resize(static_cast<std::size_t>(w - out.data()));
  return true;
}

std::uint64_t next_table_id() {
  static std::atomic<std::uint64_t> next_id{1};
  return next_id.fetch_add(1);
}

}  // namespace

// The arrays of a parsed table (heap) or of a mapped cache file; it is held
// through a unique_ptr so the table's raw pointers survive moves.
struct RankTable::Storage {
  std::string arena;
  std::vector<std::uint32_t> offsets;
  std::vector<Slot> slots;
  std::vector<Rank> pairs;
  void* map = nullptr;  // a read-only mapping owned by this table
  std::size_t map_bytes = 0;
  ~Storage() {
    if (map != nullptr) ::munmap(map, map_bytes);
  }
};

RankTable::RankTable() = default;
RankTable::~RankTable() = default;
RankTable::RankTable(RankTable&&) noexcept = default;
RankTable& RankTable::operator=(RankTable&&) noexcept = default;
bool RankTable::mapped() const { return storage_ && storage_->map != nullptr; }

RankTableCodec::Arrays RankTableCodec::arrays(const RankTable& t) {
  return Arrays{t.slots_,   t.mask_ + 1, t.pairs_,  t.offsets_, t.offsets_size_,
                t.arena_,   t.arena_size_, t.count_, t.max_token_length_};
}

RankTable RankTableCodec::over_mapping(const Arrays& a, void* map, std::size_t map_bytes) {
  RankTable t;
  t.storage_ = std::make_unique<RankTable::Storage>();
  t.storage_->map = map;
  t.storage_->map_bytes = map_bytes;
  t.slots_ = a.slots;
  t.mask_ = a.slot_count - 1;
  t.pairs_ = a.pairs;
  t.offsets_ = a.offsets;
  t.offsets_size_ = a.offsets_size;
  t.arena_ = a.arena;
  t.arena_size_ = a.arena_size;
  t.count_ = a.count;
  t.max_token_length_ = a.max_token_length;
  t.id_ = next_table_id();
  return t;
}

std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), digest, &len, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xF];
  }
  return out;
}

Expected<RankTable> RankTable::parse(std::string_view text, std::string_view display) {
  struct Entry {
    Rank rank;
    std::uint32_t offset, length;
  };
  std::vector<Entry> entries;
  entries.reserve(text.size() / 16);
  std::string scratch;  // decoded bytes in file order
  scratch.reserve(text.size() / 2);
  std::size_t line_no = 0;
  std::size_t pos = 0;
  auto fail = [&](std::string_view what) {
    return Error{"rank file `" + std::string(display) + "` line " + std::to_string(line_no) + ": " +
                 std::string(what)};
  };
  while (pos < text.size()) {
    ++line_no;
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    std::size_t space = line.find(' ');
    if (space == std::string_view::npos) return fail("expected `<base64> <rank>`");
    std::uint32_t offset = static_cast<std::uint32_t>(scratch.size());
    if (!decode_base64(line.substr(0, space), scratch)) return fail("invalid base64");
    std::string_view num = line.substr(space + 1);
    Rank rank = 0;
    auto [end, ec] = std::from_chars(num.data(), num.data() + num.size(), rank);
    if (ec != std::errc{} || end != num.data() + num.size() || rank >= kNoRank - 1)
      return fail("invalid rank");
    entries.push_back({rank, offset, static_cast<std::uint32_t>(scratch.size() - offset)});
  }
  if (entries.empty()) return Error{"rank file `" + std::string(display) + "` holds no tokens"};

  // Files list ranks in increasing order; sort anyway so the arena is in
  // rank order whatever the file order is.
  bool sorted = std::is_sorted(entries.begin(), entries.end(),
                               [](const Entry& a, const Entry& b) { return a.rank < b.rank; });
  if (!sorted) {
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.rank < b.rank; });
  }
  RankTable table;
  table.storage_ = std::make_unique<Storage>();
  Storage& st = *table.storage_;
  Rank end_rank = entries.back().rank + 1;
  st.offsets.assign(static_cast<std::size_t>(end_rank) + 1, 0);
  if (sorted) {
    st.arena = std::move(scratch);
  } else {
    st.arena.reserve(scratch.size());
  }
  std::size_t next = 0;
  std::uint32_t cursor = 0;
  for (Rank r = 0; r < end_rank; ++r) {
    st.offsets[r] = cursor;
    if (next < entries.size() && entries[next].rank == r) {
      const Entry& e = entries[next++];
      if (next < entries.size() && entries[next].rank == r) {
        return Error{"rank file `" + std::string(display) + "` gives rank " + std::to_string(r) + " twice"};
      }
      if (e.length == 0) return Error{"rank file `" + std::string(display) + "` has an empty token"};
      if (!sorted) st.arena.append(scratch, e.offset, e.length);
      cursor += e.length;
    }
  }
  st.offsets[end_rank] = cursor;
  table.count_ = entries.size();
  table.offsets_ = st.offsets.data();
  table.offsets_size_ = st.offsets.size();
  st.arena.shrink_to_fit();  // the scratch reserve overestimates; the cache writes the exact bytes
  table.arena_ = reinterpret_cast<const unsigned char*>(st.arena.data());
  table.arena_size_ = st.arena.size();

  std::size_t capacity = 16;
  while (capacity < entries.size() * 2) capacity <<= 1;
  st.slots.assign(capacity, Slot{});
  table.slots_ = st.slots.data();
  table.mask_ = capacity - 1;
  const unsigned char* arena = table.arena_;
  // Hash everything first, then insert while prefetching the slot a few
  // entries ahead: each insert is otherwise a cache miss in an 8 MB table,
  // and those misses were most of a cold load.
  std::vector<std::uint64_t> hashes(entries.size());
  for (std::size_t k = 0; k < entries.size(); ++k) {
    std::uint32_t b = st.offsets[entries[k].rank], len = st.offsets[entries[k].rank + 1] - b;
    hashes[k] = hash_bytes(arena + b, len);
  }
  constexpr std::size_t kAhead = 16;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    if (k + kAhead < entries.size()) __builtin_prefetch(&st.slots[hashes[k + kAhead] & table.mask_], 1);
    const Entry& e = entries[k];
    std::uint32_t b = st.offsets[e.rank], len = st.offsets[e.rank + 1] - b;
    std::uint64_t prefix = load_prefix(arena + b, len);
    std::uint64_t h = hashes[k];
    std::uint32_t meta = meta_of(h, len);
    std::size_t i = h & table.mask_;
    for (;; i = (i + 1) & table.mask_) {
      const Slot& slot = st.slots[i];
      if (slot.rank_plus_one == 0) break;
      if (slot.meta != meta || slot.prefix != prefix) continue;
      Rank other = slot.rank_plus_one - 1;
      if (table.bytes(other) == std::string_view(st.arena).substr(b, len)) {
        return Error{"rank file `" + std::string(display) + "` gives the same bytes ranks " +
                     std::to_string(other) + " and " + std::to_string(e.rank)};
      }
    }
    st.slots[i] = Slot{prefix, e.rank + 1, meta};
  }
  st.pairs.assign(kPairCount, kNoRank);
  table.pairs_ = st.pairs.data();
  for (const Entry& e : entries) {
    if (st.offsets[e.rank + 1] - st.offsets[e.rank] != 2) continue;
    const unsigned char* b = arena + st.offsets[e.rank];
    st.pairs[(std::size_t(b[0]) << 8) | b[1]] = e.rank;
  }
  for (const Entry& e : entries) {
    table.max_token_length_ =
        std::max<std::size_t>(table.max_token_length_, st.offsets[e.rank + 1] - st.offsets[e.rank]);
  }
  table.id_ = next_table_id();
  return table;
}

}  // namespace aep::tokenizer
