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

}  // namespace

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
  Rank end_rank = entries.back().rank + 1;
  table.offsets_.assign(static_cast<std::size_t>(end_rank) + 1, 0);
  if (sorted) {
    table.arena_ = std::move(scratch);
  } else {
    table.arena_.reserve(scratch.size());
  }
  std::size_t next = 0;
  std::uint32_t cursor = 0;
  for (Rank r = 0; r < end_rank; ++r) {
    table.offsets_[r] = cursor;
    if (next < entries.size() && entries[next].rank == r) {
      const Entry& e = entries[next++];
      if (next < entries.size() && entries[next].rank == r) {
        return Error{"rank file `" + std::string(display) + "` gives rank " + std::to_string(r) + " twice"};
      }
      if (e.length == 0) return Error{"rank file `" + std::string(display) + "` has an empty token"};
      if (!sorted) table.arena_.append(scratch, e.offset, e.length);
      cursor += e.length;
    }
  }
  table.offsets_[end_rank] = cursor;
  table.count_ = entries.size();

  std::size_t capacity = 16;
  while (capacity < entries.size() * 2) capacity <<= 1;
  table.slots_.assign(capacity, Slot{});
  table.mask_ = capacity - 1;
  const auto* arena = reinterpret_cast<const unsigned char*>(table.arena_.data());
  // Hash everything first, then insert while prefetching the slot a few
  // entries ahead: each insert is otherwise a cache miss in an 8 MB table,
  // and those misses were most of a cold load.
  std::vector<std::uint64_t> hashes(entries.size());
  for (std::size_t k = 0; k < entries.size(); ++k) {
    std::uint32_t b = table.offsets_[entries[k].rank], len = table.offsets_[entries[k].rank + 1] - b;
    hashes[k] = hash_bytes(arena + b, len);
  }
  constexpr std::size_t kAhead = 16;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    if (k + kAhead < entries.size()) __builtin_prefetch(&table.slots_[hashes[k + kAhead] & table.mask_], 1);
    const Entry& e = entries[k];
    std::uint32_t b = table.offsets_[e.rank], len = table.offsets_[e.rank + 1] - b;
    std::uint64_t prefix = load_prefix(arena + b, len);
    std::uint64_t h = hashes[k];
    std::uint32_t meta = meta_of(h, len);
    std::size_t i = h & table.mask_;
    for (;; i = (i + 1) & table.mask_) {
      const Slot& slot = table.slots_[i];
      if (slot.rank_plus_one == 0) break;
      if (slot.meta != meta || slot.prefix != prefix) continue;
      Rank other = slot.rank_plus_one - 1;
      if (table.bytes(other) == std::string_view(table.arena_).substr(b, len)) {
        return Error{"rank file `" + std::string(display) + "` gives the same bytes ranks " +
                     std::to_string(other) + " and " + std::to_string(e.rank)};
      }
    }
    table.slots_[i] = Slot{prefix, e.rank + 1, meta};
  }
  table.pairs_.assign(65536, kNoRank);
  for (const Entry& e : entries) {
    if (table.offsets_[e.rank + 1] - table.offsets_[e.rank] != 2) continue;
    const unsigned char* b = arena + table.offsets_[e.rank];
    table.pairs_[(std::size_t(b[0]) << 8) | b[1]] = e.rank;
  }
  for (const Entry& e : entries) {
    table.max_token_length_ =
        std::max<std::size_t>(table.max_token_length_, table.offsets_[e.rank + 1] - table.offsets_[e.rank]);
  }
  static std::atomic<std::uint64_t> next_id{1};
  table.id_ = next_id.fetch_add(1);
  return table;
}

}  // namespace aep::tokenizer
