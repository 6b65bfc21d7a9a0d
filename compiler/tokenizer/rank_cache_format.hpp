// The on-disk layout of the binary rank-table cache and its content check,
// shared by the reader and the writer (rank_cache.cpp). Internal to the
// tokenizer: nothing outside compiler/tokenizer should include it.
// File: a 320-byte Header, then the slots, the two-byte table, the offsets
// and the arena, each at a 64-byte boundary, in the machine's own byte order
// (the header guards it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "compiler/tokenizer/rank_table_codec.hpp"

namespace aep::tokenizer::rtab {

using Slot = RankTableCodec::Slot;

inline constexpr char kMagic[8] = {'A', 'E', 'P', 'R', 'T', 'A', 'B', '\0'};
inline constexpr std::uint32_t kEndianTag = 0x01020304u;
inline constexpr std::size_t kAlign = 64;

struct Header {
  char magic[8];
  std::uint32_t format;
  std::uint32_t endian;        // kEndianTag as this machine writes it
  std::uint32_t header_bytes;  // sizeof(Header)
  std::uint32_t slot_bytes;    // sizeof(Slot)
  std::uint64_t layout;        // layout_fingerprint(): the lookup hash and slot tags
  char rank_file[48];          // NUL-padded
  char source_sha256[64];      // the pinned hash the source matched when this was built
  std::uint64_t source_size, source_inode, source_device;
  std::int64_t source_mtime_ns, source_ctime_ns;
  std::uint64_t count, max_token_length, offsets_size, slot_count, arena_bytes;
  std::uint64_t slots_at, pairs_at, offsets_at, arena_at, file_bytes;
  std::uint64_t content_hash;  // XXH3-64 of bytes [header_bytes, file_bytes)
  std::uint64_t header_hash;   // XXH3-64 of this header with header_hash = 0
  std::uint8_t reserved[40];
};
static_assert(sizeof(Header) == 320, "the header is part of the file format");
static_assert(sizeof(Slot) == 16, "the slot is part of the file format");

// Where each array goes, from the counts alone: the reader recomputes this
// and requires the header to agree, so no offset in a file is trusted.
void place(Header& h);
// A digest of what the slots' contents depend on besides the token bytes:
// the lookup hash, the prefix load and the slot tag. A build whose hashing
// changed without a format bump sees a different value and rebuilds.
std::uint64_t layout_fingerprint();
std::uint64_t header_hash(Header h);
// Why the content of a mapped file whose header passed cannot be trusted,
// or empty when it can: one pass that bounds-checks and hashes it.
std::string check_content(const Header& h, const unsigned char* base);
// Looks a spread of tokens up through a mapped table (rank 0 always among
// them): proves the slots were built by this build's hash and sit where it
// looks, whatever the fingerprint says.
bool lookups_agree(const RankTable& table);

}  // namespace aep::tokenizer::rtab
