// Encoding: pre-tokenize (hand-written splitter, or PCRE2 for other
// patterns), look each piece up whole (most pieces
// are one token), merge the rest with BPE; special tokens are split out
// first as tiktoken does. Loading maps the binary cache of the rank file
// when it is valid (rank_cache.hpp, ~1 ms); otherwise it reads the rank file
// once, checks its size and sha256 against the pins, parses it and writes
// the cache for the next process.
#include "compiler/tokenizer/encoding.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <new>
#include <type_traits>

#include "compiler/tokenizer/bpe.hpp"
#include "compiler/tokenizer/data_dir.hpp"
#include "compiler/tokenizer/model_map.hpp"
#include "compiler/tokenizer/rank_cache.hpp"
#include "compiler/tokenizer/utf8.hpp"

namespace aep::tokenizer {
namespace {

// The file's bytes and its identity, taken from the open file before
// reading, so the identity a cache records is the one the bytes came from.
struct SourceFile {
  std::string data;
  SourceIdentity identity;
};
Expected<SourceFile> read_file(const std::filesystem::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Error{"cannot open rank file `" + path.string() + "`"};
  SourceFile out;
  auto identity = source_identity(::fileno(f));
  if (identity) out.identity = *identity;
  char buffer[1 << 16];
  std::size_t n;
  if (identity) out.data.reserve(identity->size);
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.data.append(buffer, n);
  bool failed = std::ferror(f) != 0 || !identity;
  std::fclose(f);
  if (failed) return Error{"cannot read rank file `" + path.string() + "`"};
  return out;
}

std::string invalid_utf8_message(std::size_t offset, unsigned char byte) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", byte);
  return "input is not valid UTF-8: byte " + std::string(hex) + " at offset " + std::to_string(offset) +
         " does not start a well-formed sequence";
}

// Sink that appends ids. A long piece is merged straight into the output,
// so a 100 MB piece never has its ids in a second buffer.
struct PushSink {
  std::vector<Rank>& out;
  void one(Rank r) { out.push_back(r); }
  void many(const Rank* ids, std::size_t n) { out.insert(out.end(), ids, ids + n); }
  void long_piece(const RankTable& ranks, std::string_view piece) { byte_pair_encode(ranks, piece, out); }
};

// Sink that only counts.
struct CountSink {
  std::size_t n = 0;
  void one(Rank) { ++n; }
  void many(const Rank*, std::size_t k) { n += k; }
  void long_piece(const RankTable& ranks, std::string_view piece) {
    // The merge needs its ids (it backtracks over them); they are dropped
    // afterwards rather than kept for the thread's lifetime.
    std::vector<Rank> ids;
    byte_pair_encode(ranks, piece, ids);
    n += ids.size();
  }
};

// Per-thread cache of the BPE result of short multi-token pieces (like
// gpt-tokenizer's merge cache): words outside the vocabulary recur in real
// text, and a hit skips the merge loop. Direct-mapped and fixed-size
// (about 0.5 MB per encoding and thread), so it never grows.
struct PieceCache {
  static constexpr std::size_t kSlots = 4096;
  static constexpr std::size_t kMaxKey = 40;
  static constexpr std::size_t kMaxIds = 14;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint8_t len = 0;  // 0: empty (pieces are never empty)
    std::uint8_t count = 0;
    unsigned char key[kMaxKey];
    Rank ids[kMaxIds];
  };
  static_assert(std::is_trivially_copyable_v<Slot> && std::is_trivially_destructible_v<Slot>,
                "all-zero bytes are an empty slot");
  // calloc, not a vector: the 450 KB come zeroed from a fresh mapping, so a
  // short text faults in the few pages it uses instead of all of them (a
  // memset of the whole block cost more than loading a cached encoding).
  struct Free {
    void operator()(Slot* p) const { std::free(p); }
  };
  std::unique_ptr<Slot[], Free> slots{static_cast<Slot*>(std::calloc(kSlots, sizeof(Slot)))};
};

PieceCache& piece_cache(std::uint64_t encoding_id) {
  // Keyed by a per-instance id, not the address, so a new encoding at a
  // freed address never sees the old one's entries.
  thread_local std::map<std::uint64_t, std::unique_ptr<PieceCache>> caches;
  auto& cache = caches[encoding_id];
  if (!cache) {
    cache = std::make_unique<PieceCache>();
    if (!cache->slots) throw std::bad_alloc();  // as the vector it replaces would
  }
  return *cache;
}

std::uint64_t next_encoding_id() {
  static std::atomic<std::uint64_t> counter{1};
  return counter.fetch_add(1);
}

}  // namespace

template <class Sink>
bool Encoding::encode_plain(std::string_view text, Sink& sink) const {
  PieceCache& cache = piece_cache(id_);
  thread_local std::vector<Rank> scratch;
  auto on_piece = [&](std::size_t b, std::size_t e) {
    std::string_view piece = text.substr(b, e - b);
    const auto* bytes = reinterpret_cast<const unsigned char*>(piece.data());
    Rank r = piece.size() <= ranks_.max_token_length() ? ranks_.find(bytes, piece.size()) : kNoRank;
    if (r != kNoRank) {
      sink.one(r);
      return;
    }
    if (piece.size() > kLongPiece) {
      sink.long_piece(ranks_, piece);
      return;
    }
    PieceCache::Slot* slot = nullptr;
    std::uint64_t h = 0;
    if (piece.size() <= PieceCache::kMaxKey) {
      h = hash_bytes(bytes, piece.size());
      slot = &cache.slots[h & (PieceCache::kSlots - 1)];
      if (slot->len == piece.size() && slot->hash == h && equal_bytes(slot->key, bytes, piece.size())) {
        sink.many(slot->ids, slot->count);
        return;
      }
    }
    scratch.clear();
    byte_pair_encode(ranks_, piece, scratch);
    sink.many(scratch.data(), scratch.size());
    if (slot != nullptr && scratch.size() <= PieceCache::kMaxIds) {
      slot->hash = h;
      slot->len = static_cast<std::uint8_t>(piece.size());
      slot->count = static_cast<std::uint8_t>(scratch.size());
      std::memcpy(slot->key, bytes, piece.size());
      std::copy(scratch.begin(), scratch.end(), slot->ids);
    }
  };
  if (spec_->kind != PatternKind::Other) {
    splitter_.for_each_piece(text, on_piece);
    return true;
  }
  return pattern_->for_each_piece(text, on_piece);
}

template <class Sink>
Expected<bool> Encoding::encode_with(std::string_view text, const SpecialPolicy& policy, Sink& sink) const {
  std::size_t bad = find_invalid_utf8(text);
  if (bad != kValidUtf8) return Error{invalid_utf8_message(bad, static_cast<unsigned char>(text[bad]))};
  auto masks = resolve_special(*spec_, policy);
  if (!masks) return masks.error();
  std::size_t which = 0;
  if (masks->disallowed != 0) {
    std::size_t at = find_special(*spec_, masks->disallowed, text, 0, &which);
    if (at < text.size()) {
      std::string token(spec_->special_tokens[which].text);
      return Error{"the input contains the special token `" + token + "` at byte " + std::to_string(at) +
                   ", which is disallowed (as in tiktoken's encode); allow it to encode it as the "
                   "special token, or disallow nothing to encode it as ordinary text"};
    }
  }
  std::size_t pos = 0;
  while (true) {
    std::size_t at = find_special(*spec_, masks->allowed, text, pos, &which);
    // tiktoken encodes the text between special tokens as separate strings:
    // a pattern lookahead never sees past a special token.
    if (!encode_plain(text.substr(pos, at - pos), sink)) {
      return Error{"the tokenizer pattern failed on the input (PCRE2 matching error)"};
    }
    if (at >= text.size()) break;
    sink.one(spec_->special_tokens[which].rank);
    pos = at + spec_->special_tokens[which].text.size();
  }
  return true;
}

Expected<std::size_t> Encoding::encode_into(std::string_view text, const SpecialPolicy& policy,
                                            std::vector<Rank>& out) const {
  std::size_t before = out.size();
  PushSink sink{out};
  auto result = encode_with(text, policy, sink);
  if (!result) {
    out.resize(before);
    return result.error();
  }
  return out.size() - before;
}

Expected<std::vector<Rank>> Encoding::encode(std::string_view text, const SpecialPolicy& policy) const {
  std::vector<Rank> out;
  auto result = encode_into(text, policy, out);
  if (!result) return result.error();
  return out;
}

Expected<std::vector<Rank>> Encoding::encode_ordinary(std::string_view text) const {
  return encode(text, SpecialPolicy::ordinary());
}

Expected<std::size_t> Encoding::count(std::string_view text, const SpecialPolicy& policy) const {
  CountSink sink;
  auto result = encode_with(text, policy, sink);
  if (!result) return result.error();
  return sink.n;
}

std::optional<std::string_view> Encoding::token_bytes(Rank id) const {
  std::string_view bytes = ranks_.bytes(id);
  if (!bytes.empty()) return bytes;
  for (const SpecialToken& t : spec_->special_tokens) {
    if (t.rank == id) return t.text;
  }
  return std::nullopt;
}

std::optional<Rank> Encoding::special_token(std::string_view text) const {
  for (const SpecialToken& t : spec_->special_tokens) {
    if (t.text == text) return t.rank;
  }
  return std::nullopt;
}

Expected<std::string> Encoding::decode_bytes(std::span<const Rank> ids) const {
  std::string out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto bytes = token_bytes(ids[i]);
    if (!bytes) {
      return Error{"token id " + std::to_string(ids[i]) + " (position " + std::to_string(i) +
                   ") is not in " + std::string(spec_->name) + " (ids go up to " +
                   std::to_string(spec_->n_vocab - 1) + ")"};
    }
    out.append(*bytes);
  }
  return out;
}

namespace {

Expected<std::shared_ptr<const Pattern>> pattern_for(const EncodingSpec& spec) {
  if (spec.kind != PatternKind::Other) return std::shared_ptr<const Pattern>();
  auto compiled = Pattern::compile(spec.pattern);
  if (!compiled) return compiled.error();
  return std::shared_ptr<const Pattern>(std::move(*compiled));
}

}  // namespace

Expected<std::shared_ptr<const Encoding>> Encoding::make(const EncodingSpec& spec, RankTable ranks,
                                                         std::string load_note) {
  auto pattern = pattern_for(spec);
  if (!pattern) return pattern.error();
  auto enc = std::make_shared<Encoding>(PassKey{}, spec, std::move(ranks), std::move(*pattern), next_encoding_id());
  enc->load_note_ = std::move(load_note);
  return std::shared_ptr<const Encoding>(std::move(enc));
}

Expected<std::shared_ptr<const Encoding>> Encoding::from_text(const EncodingSpec& spec, std::string_view text,
                                                              std::string_view display) {
  auto ranks = RankTable::parse(text, display);
  if (!ranks) return ranks.error();
  return make(spec, std::move(*ranks), "parsed from text");
}

Expected<std::shared_ptr<const Encoding>> Encoding::load_file(const EncodingSpec& spec,
                                                              const std::filesystem::path& rank_file) {
  // The cache first: a hit costs a stat, a map and one pass over 11 MB.
  std::optional<std::filesystem::path> cache_file;
  std::string note = "parsed " + rank_file.string();
  if (auto dir = rank_cache_dir()) {
    cache_file = rank_cache_file(*dir, spec);
    if (auto identity = source_identity(rank_file)) {
      RankCacheRead cached = read_rank_cache(*cache_file, spec, *identity);
      if (cached.table) return make(spec, std::move(*cached.table), "cache hit " + cache_file->string());
      note += " (cache: " + cached.miss + ")";
    }
  } else {
    note += " (cache off)";
  }
  auto file = read_file(rank_file);
  if (!file) return file.error();
  const std::string& data = file->data;
  // Size first (cheap, catches truncation), then the full hash: a corrupt
  // file must be an error, never wrong token ids.
  std::string actual = data.size() == spec.rank_file_size ? sha256_hex(data) : std::string();
  if (data.size() != spec.rank_file_size || actual != spec.rank_file_sha256) {
    std::string detail = data.size() != spec.rank_file_size
                             ? "size " + std::to_string(data.size()) + " bytes, expected " +
                                   std::to_string(spec.rank_file_size)
                             : "sha256 " + actual;
    return Error{"rank file `" + rank_file.string() + "` is corrupt (" + detail + "; expected sha256 " +
                 std::string(spec.rank_file_sha256) +
                 "); run scripts/fetch_tokenizer_data.sh (or scripts/setup) to restore it"};
  }
  auto ranks = RankTable::parse(data, rank_file.string());
  if (!ranks) return ranks.error();
  if (cache_file) {
    // Never fatal: a read-only or full cache directory only costs the next
    // process this parse again.
    auto written = write_rank_cache(*cache_file, spec, file->identity, *ranks);
    note += written ? "; cache written " + cache_file->string() : "; cache not written: " + written.error().message;
  }
  return make(spec, std::move(*ranks), std::move(note));
}

Expected<std::shared_ptr<const Encoding>> Encoding::get(std::string_view name) {
  const EncodingSpec* spec = find_encoding_spec(name);
  if (spec == nullptr) {
    return Error{"unknown encoding `" + std::string(name) + "` (known: " + known_encoding_names() + ")"};
  }
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Encoding>, std::less<>> loaded;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = loaded.find(spec->name); it != loaded.end()) return it->second;
  auto path = locate_rank_file(spec->rank_file);
  if (!path) return path.error();
  auto enc = load_file(*spec, *path);
  if (!enc) return enc.error();
  loaded.emplace(std::string(spec->name), *enc);
  return *enc;
}

Expected<std::shared_ptr<const Encoding>> Encoding::for_model(std::string_view model) {
  auto name = encoding_for_model(model);
  if (!name) {
    return Error{"no known encoding for model `" + std::string(model) + "` (known models: " +
                 known_model_summary() + "); name an encoding instead (" + known_encoding_names() + ")"};
  }
  return get(*name);
}

}  // namespace aep::tokenizer
