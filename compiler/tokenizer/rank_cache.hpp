// The binary rank-table cache: a parsed RankTable written once to a file
// (`<rank file stem>.v<format>.rtab`) and then mapped read-only, so a later
// process loads o200k_base in about a millisecond instead of re-reading,
// re-hashing and re-parsing the 3.6 MB `.tiktoken` file (~25 ms). The
// table's arrays point straight into the mapping: nothing is built per
// entry at load.
//
// Trust: a cache file is used only when its header names this format, this
// machine's layout, the spec's rank file and pinned sha256, and the
// identity (size, mtime, ctime, inode, device) of the source file that was
// hash-verified when the cache was built; and when a full pass over the
// content matches its checksum and the arrays' bounds (so even a forged
// file cannot make a lookup read outside the mapping). Anything else is a
// miss with a reason, and the caller rebuilds. docs/tokenizer.md explains
// why the source's sha256 is not recomputed on a hit.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "compiler/source/expected.hpp"
#include "compiler/tokenizer/encoding_spec.hpp"
#include "compiler/tokenizer/rank_table.hpp"

namespace aep::tokenizer {

// Bump on any change to the file layout, the Slot layout or the lookup hash
// (the layout fingerprint in the header also catches the latter two).
inline constexpr std::uint32_t kRankCacheFormat = 1;

// What a source file looked like when it was verified (from fstat).
struct SourceIdentity {
  std::uint64_t size = 0;
  std::uint64_t inode = 0;
  std::uint64_t device = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  bool operator==(const SourceIdentity&) const = default;
};
std::optional<SourceIdentity> source_identity(const std::filesystem::path& file);
std::optional<SourceIdentity> source_identity(int fd);

// The cache directory: $AEP_TOKENIZER_CACHE when set (`off` or `0` turns the
// cache off), else ${XDG_CACHE_HOME:-$HOME/.cache}/aether/encodings (where
// scripts/fetch_tokenizer_data.sh puts the rank files). nullopt when off or
// when no directory can be named.
std::optional<std::filesystem::path> rank_cache_dir();
// <dir>/<rank file without .tiktoken>.v<kRankCacheFormat>.rtab
std::filesystem::path rank_cache_file(const std::filesystem::path& dir, const EncodingSpec& spec);

struct RankCacheRead {
  std::optional<RankTable> table;  // set on a hit
  std::string miss;                // on a miss: why ("no cache file", "stale: ...", "corrupt: ...")
};
// Maps and validates `file` as the cache of `spec`'s rank file whose current
// identity is `source`.
RankCacheRead read_rank_cache(const std::filesystem::path& file, const EncodingSpec& spec,
                              const SourceIdentity& source);

// Writes `table` as the cache of `spec`'s rank file, verified with identity
// `source`: to a temporary file in the same directory, then renamed over
// `file`, so a concurrent reader sees the old file or the new one, never a
// part. Creates the directory. An Error says why it could not (callers go
// on with the table they have).
Expected<bool> write_rank_cache(const std::filesystem::path& file, const EncodingSpec& spec,
                                const SourceIdentity& source, const RankTable& table);

}  // namespace aep::tokenizer
