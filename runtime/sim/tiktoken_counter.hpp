// The exact token counter for the sim: a tiktoken-compatible encoding from
// compiler/tokenizer (o200k_base unless told otherwise), so usage figures and
// the length penalty match what OpenAI would count.
#pragma once

#include <memory>
#include <string_view>

#include "compiler/source/expected.hpp"
#include "runtime/sim/token_count.hpp"

namespace aep::sim {

// Loads the named encoding; fails when its rank file is not installed
// (scripts/fetch_tokenizer_data.sh installs them).
Expected<std::unique_ptr<TokenCounter>> make_tiktoken_counter(std::string_view encoding = "o200k_base");

// The counter a Sim uses by default: o200k_base when it loads, otherwise the
// built-in estimate. Loaded once per process; `why_not` (may be null)
// receives the reason when the estimate is used.
const TokenCounter& best_token_counter(std::string* why_not = nullptr);

}  // namespace aep::sim
