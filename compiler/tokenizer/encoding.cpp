// Encoding: pre-tokenize (hand-written splitter, or PCRE2 for other
// patterns), look each piece up whole (most pieces
// are one token), merge the rest with BPE; special tokens are split out
// first as tiktoken does. Loading reads the rank file once, checks its size
// and sha256 against the pins (a few ms for o200k_base) and parses it.
#include "compiler/tokenizer/encoding.hpp"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>

#include "compiler/tokenizer/bpe.hpp"
#include "compiler/tokenizer/data_dir.hpp"
#include "compiler/tokenizer/model_map.hpp"
#include "compiler/tokenizer/utf8.hpp"

namespace aep::tokenizer {
namespace {

Expected<std::string> read_file(const std::filesystem::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Error{"cannot open rank file `" + path.string() + "`"};
  std::string data;
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) data.append(buffer, n);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Error{"cannot read rank file `" + path.string() + "`"};
  return data;
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
  std::vector<Slot> slots = std::vector<Slot>(kSlots);
};

PieceCache& piece_cache(std::uint64_t encoding_id) {
  // Keyed by a per-instance id, not the address, so a new encoding at a
  // freed address never sees the old one's entries.
  thread_local std::map<std::uint64_t, std::unique_ptr<PieceCache>> caches;
  auto& cache = caches[encoding_id];
  if (!cache) cache = std::make_unique<PieceCache>();
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

Expected<std::shared_ptr<const Encoding>> Encoding::from_text(const EncodingSpec& spec, std::string_view text,
                                                              std::string_view display) {
  auto ranks = RankTable::parse(text, display);
  if (!ranks) return ranks.error();
  std::shared_ptr<const Pattern> pattern;
  if (spec.kind == PatternKind::Other) {
    auto compiled = Pattern::compile(spec.pattern);
    if (!compiled) return compiled.error();
    pattern = std::move(*compiled);
  }
  return std::shared_ptr<const Encoding>(
      std::make_shared<Encoding>(PassKey{}, spec, std::move(*ranks), std::move(pattern), next_encoding_id()));
}

Expected<std::shared_ptr<const Encoding>> Encoding::load_file(const EncodingSpec& spec,
                                                              const std::filesystem::path& rank_file) {
  auto data = read_file(rank_file);
  if (!data) return data.error();
  // Size first (cheap, catches truncation), then the full hash: a corrupt
  // file must be an error, never wrong token ids.
  std::string actual = data->size() == spec.rank_file_size ? sha256_hex(*data) : std::string();
  if (data->size() != spec.rank_file_size || actual != spec.rank_file_sha256) {
    std::string detail = data->size() != spec.rank_file_size
                             ? "size " + std::to_string(data->size()) + " bytes, expected " +
                                   std::to_string(spec.rank_file_size)
                             : "sha256 " + actual;
    return Error{"rank file `" + rank_file.string() + "` is corrupt (" + detail + "; expected sha256 " +
                 std::string(spec.rank_file_sha256) +
                 "); run scripts/fetch_tokenizer_data.sh (or scripts/setup) to restore it"};
  }
  return from_text(spec, *data, rank_file.string());
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
