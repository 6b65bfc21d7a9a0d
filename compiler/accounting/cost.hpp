// Estimated cost of one call from the model price table
// (compiler/targets/data/models.json, USD per million tokens, standard tier):
//
//   warm call  = input price × uncached input tokens
//              + cached-input price × cacheable prefix tokens
//              + output price × reserved output tokens
//   cold call  = the same with no cache hit; for Anthropic the cacheable
//                prefix is written to the cache at 1.25 × the input price
//                (the documented 5-minute cache write).
//
// Reserved output tokens are an upper bound: the prompt's
// max_output_tokens, else the model's default_max_output, else its
// max_output; reasoning and thinking tokens are billed as output and fall
// inside that bound. Every assumption is listed in `assumptions`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "compiler/render/request.hpp"
#include "compiler/targets/capabilities.hpp"

namespace aep::accounting {

struct CostEstimate {
  bool priced = false;  // the model has input and output prices
  double input_price = 0, cached_price = 0, output_price = 0;  // USD per 1M tokens
  std::size_t input_tokens = 0;
  std::size_t cached_tokens = 0;
  std::size_t output_tokens = 0;
  std::string output_source;  // where output_tokens came from
  double cold_usd = 0;
  double warm_usd = 0;
  std::vector<std::string> assumptions;
};

CostEstimate estimate_cost(const targets::ModelInfo* model, const render::Config& config, std::size_t input_tokens,
                           std::size_t cacheable_tokens, bool anthropic_cache_write);

}  // namespace aep::accounting
