// The built-in token estimate (see token_count.hpp).
#include "runtime/sim/token_count.hpp"

namespace aep::sim {

namespace {
bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}
}  // namespace

std::int64_t EstimateTokenCounter::count(std::string_view text) const {
  std::int64_t tokens = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (is_word_byte(c)) {
      std::size_t start = i;
      while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
      tokens += static_cast<std::int64_t>((i - start + 3) / 4);
      continue;
    }
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') ++tokens;
    ++i;
  }
  return tokens;
}

const TokenCounter& default_token_counter() {
  static const EstimateTokenCounter counter;
  return counter;
}

}  // namespace aep::sim
