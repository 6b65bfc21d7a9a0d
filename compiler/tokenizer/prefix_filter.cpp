// Building the PrefixFilter from a rank table: every prefix of every token
// is flagged as a prefix, every token as a token (about 1.4M prefixes for
// o200k_base, a few ms). Built on first use by RankTable::prefix_filter().
#include "compiler/tokenizer/prefix_filter.hpp"

#include "compiler/tokenizer/rank_table.hpp"

namespace aep::tokenizer {

PrefixFilter::PrefixFilter(const RankTable& ranks) : words_((std::size_t(1) << kBits) / 32, 0) {
  for (Rank r = 0; r < ranks.rank_end(); ++r) {
    std::string_view bytes = ranks.bytes(r);
    if (bytes.empty()) continue;
    std::uint64_t h = kSeed;
    for (char c : bytes) {
      h = extend(h, static_cast<unsigned char>(c));
      set(h, 1);
    }
    set(h, 2);
  }
}

}  // namespace aep::tokenizer
