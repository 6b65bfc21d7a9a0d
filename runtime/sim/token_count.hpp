// Token counting for the sim's usage figures and length penalty. The sim
// takes a counter through this small interface so the exact tokenizer
// (compiler/tokenizer) plugs in where it is linked; the built-in estimate is
// used otherwise, and a report says which one produced the numbers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace aep::sim {

class TokenCounter {
 public:
  virtual ~TokenCounter() = default;
  virtual std::int64_t count(std::string_view text) const = 0;
  // "o200k_base", "cl100k_base", or "estimate" for the built-in one.
  virtual std::string name() const = 0;
};

// A tokenizer-free estimate close to BPE counts on English text: runs of
// letters and digits cost one token per four bytes (at least one), every
// other non-space byte costs one, and whitespace is free (BPE folds a
// leading space into the next word).
class EstimateTokenCounter final : public TokenCounter {
 public:
  std::int64_t count(std::string_view text) const override;
  std::string name() const override { return "estimate"; }
};

// The counter the sim uses when none is given.
const TokenCounter& default_token_counter();

}  // namespace aep::sim
