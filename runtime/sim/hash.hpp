// Stable hashing for the sim: every outcome (right or wrong, latency, fault)
// is drawn from a hash of its inputs, so results are identical across runs,
// processes and machines. XXH3 is fixed by its specification; integers are
// fed as little-endian bytes so the host's byte order does not matter.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace aep::sim {

// XXH3-64 of the bytes of `text`.
std::uint64_t hash_text(std::string_view text);

// Hash of a sequence of 64-bit values (a draw key).
std::uint64_t hash_mix(std::initializer_list<std::uint64_t> parts);

// A uniform number in [0, 1) from a hash: the top 53 bits, exactly.
double unit_from_hash(std::uint64_t h);

// Lowercase ASCII letters, collapse whitespace runs to one space, trim.
// Matching of items and cues uses this form so that line wrapping and
// capitalisation in a template do not change what the sim recognises.
std::string normalize_text(std::string_view text);

// Lowercase hex of a hash, 16 digits.
std::string hash_hex(std::uint64_t h);

}  // namespace aep::sim
