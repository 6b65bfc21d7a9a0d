// Cost per call from the price table (see cost.hpp for the formula).
#include "compiler/accounting/cost.hpp"

#include <fmt/format.h>

namespace aep::accounting {

namespace {
constexpr double kAnthropicCacheWrite = 1.25;  // 5-minute cache writes cost 1.25x the input price
}

CostEstimate estimate_cost(const targets::ModelInfo* model, const render::Config& config, std::size_t input_tokens,
                           std::size_t cacheable_tokens, bool anthropic_cache_write) {
  CostEstimate c;
  c.input_tokens = input_tokens;
  c.cached_tokens = std::min(cacheable_tokens, input_tokens);
  if (config.max_output_tokens && config.max_output_tokens->value > 0) {
    c.output_tokens = static_cast<std::size_t>(config.max_output_tokens->value);
    c.output_source = "the prompt's max_output_tokens";
  } else if (model && model->default_max_output) {
    c.output_tokens = static_cast<std::size_t>(*model->default_max_output);
    c.output_source = "the model's default_max_output";
  } else if (model && model->max_output > 0) {
    c.output_tokens = static_cast<std::size_t>(model->max_output);
    c.output_source = "the model's max_output (the prompt sets no max_output_tokens)";
  } else {
    c.output_source = "unknown (no max_output_tokens and no model limit)";
  }
  if (!model || !model->price_input || !model->price_output) {
    c.assumptions.push_back(model ? fmt::format("`{}` has no price in the table (local or unlisted model)", model->name)
                                  : "the model is not in the table");
    return c;
  }
  c.priced = true;
  c.input_price = *model->price_input;
  c.output_price = *model->price_output;
  c.cached_price = model->price_cached_input.value_or(c.input_price);
  if (!model->price_cached_input && c.cached_tokens) c.assumptions.push_back("no cached-input price listed: cached tokens at the input price");
  const double per = 1e-6;
  const double uncached = static_cast<double>(c.input_tokens - c.cached_tokens);
  const double cached = static_cast<double>(c.cached_tokens);
  const double output = static_cast<double>(c.output_tokens) * c.output_price * per;
  c.warm_usd = uncached * c.input_price * per + cached * c.cached_price * per + output;
  double write = anthropic_cache_write ? kAnthropicCacheWrite : 1.0;
  c.cold_usd = uncached * c.input_price * per + cached * c.input_price * write * per + output;
  c.assumptions.push_back(fmt::format("output: all {} reserved tokens generated ({}), an upper bound", c.output_tokens,
                                      c.output_source));
  if (c.cached_tokens) {
    c.assumptions.push_back(anthropic_cache_write
                                ? "warm: the cacheable prefix is read from cache; cold: it is written at 1.25x the input price"
                                : "warm: the cacheable prefix is read from cache; cold: no cache hit");
  }
  c.assumptions.push_back("standard tier prices (no batch discount); a prompt above 200k tokens may cost more on some models");
  return c;
}

}  // namespace aep::accounting
