// Exact token counts through compiler/tokenizer (see tiktoken_counter.hpp).
#include "runtime/sim/tiktoken_counter.hpp"

#include <mutex>

#include "compiler/tokenizer/encoding.hpp"
#include "compiler/tokenizer/utf8.hpp"

namespace aep::sim {

namespace {

class TiktokenCounter final : public TokenCounter {
 public:
  explicit TiktokenCounter(std::shared_ptr<const tokenizer::Encoding> enc) : enc_(std::move(enc)) {}
  std::int64_t count(std::string_view text) const override {
    auto n = enc_->count(text, tokenizer::SpecialPolicy::ordinary());
    if (n) return static_cast<std::int64_t>(*n);
    // Invalid UTF-8: count what tiktoken's JS build would see.
    auto fixed = enc_->count(tokenizer::replace_invalid_utf8(text), tokenizer::SpecialPolicy::ordinary());
    return fixed ? static_cast<std::int64_t>(*fixed) : EstimateTokenCounter().count(text);
  }
  std::string name() const override { return std::string(enc_->name()); }

 private:
  std::shared_ptr<const tokenizer::Encoding> enc_;
};

}  // namespace

Expected<std::unique_ptr<TokenCounter>> make_tiktoken_counter(std::string_view encoding) {
  auto enc = tokenizer::Encoding::get(encoding);
  if (!enc) return enc.error();
  return std::unique_ptr<TokenCounter>(std::make_unique<TiktokenCounter>(*enc));
}

const TokenCounter& best_token_counter(std::string* why_not) {
  static std::once_flag once;
  static std::unique_ptr<TokenCounter> counter;
  static std::string reason;
  std::call_once(once, [] {
    auto made = make_tiktoken_counter("o200k_base");
    if (made) counter = std::move(*made);
    else reason = made.error().message;
  });
  if (counter) return *counter;
  if (why_not != nullptr) *why_not = reason;
  return default_token_counter();
}

}  // namespace aep::sim
