// Encoding: one loaded tiktoken-compatible BPE encoding (o200k_base,
// cl100k_base, p50k_base, p50k_edit, r50k_base, gpt2). It is immutable and
// shared: every method is const and safe to call from many threads.
//
//   auto enc = aep::tokenizer::Encoding::get("o200k_base");   // or for_model("gpt-4o")
//   if (!enc) { report(enc.error().message); }
//   auto ids = (*enc)->encode(text, SpecialPolicy::tiktoken_default());
//   auto n = (*enc)->count(text, SpecialPolicy::ordinary());   // no id vector
//
// Inputs must be valid UTF-8 (tiktoken only ever sees Unicode strings); an
// invalid byte is an error naming its offset. Use replace_invalid_utf8()
// first to get what tiktoken's JS build sees for the same bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/expected.hpp"
#include "compiler/tokenizer/encoding_spec.hpp"
#include "compiler/tokenizer/pretokenizer.hpp"
#include "compiler/tokenizer/rank_table.hpp"
#include "compiler/tokenizer/special.hpp"

namespace aep::tokenizer {

class Encoding {
 public:
  // Loads (once per process) the named encoding from the data directory.
  static Expected<std::shared_ptr<const Encoding>> get(std::string_view name);
  // The encoding a model uses (see model_map.hpp), loaded as by get().
  static Expected<std::shared_ptr<const Encoding>> for_model(std::string_view model);
  // Loads from an explicit rank file, checking its pinned size and sha256,
  // or maps the binary cache of that file when it is valid (rank_cache.hpp;
  // then the sha256 was checked when the cache was built, and the file's
  // size, mtime, ctime and inode still match), writing the cache otherwise.
  static Expected<std::shared_ptr<const Encoding>> load_file(const EncodingSpec& spec,
                                                             const std::filesystem::path& rank_file);
  // Builds from rank-file text already in memory, without the hash check
  // (tests and custom data; `display` names the source in errors).
  static Expected<std::shared_ptr<const Encoding>> from_text(const EncodingSpec& spec, std::string_view text,
                                                             std::string_view display);

  const EncodingSpec& spec() const { return *spec_; }
  std::string_view name() const { return spec_->name; }

  // tiktoken encode(): appends ids to `out`; returns how many were added.
  Expected<std::size_t> encode_into(std::string_view text, const SpecialPolicy& policy,
                                    std::vector<Rank>& out) const;
  Expected<std::vector<Rank>> encode(std::string_view text, const SpecialPolicy& policy) const;
  // tiktoken encode_ordinary(): special-token text is ordinary text.
  Expected<std::vector<Rank>> encode_ordinary(std::string_view text) const;
  // len(encode(...)) without building the id vector.
  Expected<std::size_t> count(std::string_view text, const SpecialPolicy& policy) const;

  // tiktoken decode_bytes(): the bytes of the ids (not necessarily UTF-8 when
  // the ids split a character). An unknown id is an error naming it.
  Expected<std::string> decode_bytes(std::span<const Rank> ids) const;
  // Bytes of one id (ordinary or special); nullopt for an unknown id.
  std::optional<std::string_view> token_bytes(Rank id) const;
  // The id of a special token's text, if it is one.
  std::optional<Rank> special_token(std::string_view text) const;
  // Number of ordinary (mergeable) tokens.
  std::size_t ordinary_token_count() const { return ranks_.token_count(); }
  // Bytes of the loaded tables (excluding PCRE2's compiled code): heap, or a
  // shared read-only mapping when loaded from the binary cache.
  std::size_t memory_bytes() const { return ranks_.memory_bytes(); }
  // How the tables were loaded, for diagnostics and tests: "cache hit <file>",
  // or "parsed <rank file>" followed by why the cache was not used and
  // whether it was written ("; cache written <file>" or "; cache not
  // written: <why>"), or "parsed from text" (from_text).
  const std::string& load_note() const { return load_note_; }
  // True when the tables point into a mapped cache file.
  bool from_cache() const { return ranks_.mapped(); }

  struct PassKey {
   private:
    PassKey() = default;
    friend class Encoding;
  };
  // `pattern` is only needed (and compiled) for PatternKind::Other.
  Encoding(PassKey, const EncodingSpec& spec, RankTable ranks, std::shared_ptr<const Pattern> pattern,
           std::uint64_t id)
      : spec_(&spec), ranks_(std::move(ranks)), splitter_(spec.kind), pattern_(std::move(pattern)), id_(id) {}

 private:
  static Expected<std::shared_ptr<const Encoding>> make(const EncodingSpec& spec, RankTable ranks,
                                                        std::string load_note);
  // Encodes text with no special handling; `sink(rank)` receives each id.
  template <class Sink>
  bool encode_plain(std::string_view text, Sink& sink) const;
  template <class Sink>
  Expected<bool> encode_with(std::string_view text, const SpecialPolicy& policy, Sink& sink) const;

  const EncodingSpec* spec_;
  RankTable ranks_;
  Splitter splitter_;
  std::shared_ptr<const Pattern> pattern_;
  std::uint64_t id_;  // keys this instance's per-thread piece cache
  std::string load_note_ = "parsed from text";
};

}  // namespace aep::tokenizer
