// Seeded, stable held-out splits and repeats (see dataset_split.hpp).
#include "eval/dataset_split.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "eval/dataset_internal.hpp"

#include <openssl/evp.h>

namespace aep::eval {

std::uint64_t split_hash(std::uint64_t seed, const std::string& id) {
  std::string message = "aep-split-v1";
  message.push_back('\0');
  message += std::to_string(seed);
  message.push_back('\0');
  message += id;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(message.data(), message.size(), digest, &len, EVP_sha256(), nullptr);
  std::uint64_t h = 0;
  for (int i = 0; i < 8; ++i) h = (h << 8) | digest[i];
  return h;
}

bool in_holdout(const SplitSpec& spec, const std::string& id) {
  if (spec.holdout_fraction <= 0.0) return false;
  if (spec.holdout_fraction >= 1.0) return true;
  // fraction * 2^64 as a long double keeps 64 bits of precision on x86-64.
  long double limit = std::ldexp(static_cast<long double>(spec.holdout_fraction), 64);
  return static_cast<long double>(split_hash(spec.seed, id)) < limit;
}

Expected<Split> split_items(const std::vector<std::string>& ids, const SplitSpec& spec) {
  if (!(spec.holdout_fraction >= 0.0 && spec.holdout_fraction <= 1.0)) {
    return Error{fmt::format("held-out fraction {} is outside [0, 1]", spec.holdout_fraction)};
  }
  Split split;
  split.spec = spec;
  std::vector<std::string> held;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (in_holdout(spec, ids[i])) {
      split.holdout.push_back(i);
      held.push_back(ids[i]);
    } else {
      split.train.push_back(i);
    }
  }
  std::sort(held.begin(), held.end());
  std::string joined;
  for (std::size_t i = 0; i < held.size(); ++i) {
    if (i > 0) joined += '\n';
    joined += held[i];
  }
  split.membership_sha256 = detail::sha256_hex(joined);
  return split;
}

Expected<std::vector<Trial>> expand_repeats(std::size_t item_count, std::uint32_t samples) {
  if (samples == 0) return Error{"`samples` must be at least 1"};
  if (samples > 10000) return Error{fmt::format("`samples: {}` is more than the limit of 10000", samples)};
  std::vector<Trial> trials;
  trials.reserve(item_count * samples);
  for (std::size_t i = 0; i < item_count; ++i) {
    for (std::uint32_t s = 0; s < samples; ++s) trials.push_back(Trial{i, s});
  }
  return trials;
}

}  // namespace aep::eval
