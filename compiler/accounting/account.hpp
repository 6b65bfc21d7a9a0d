// One entry function for `aep tokens` and anything else that wants the whole
// picture for a target: pick the model, lower the Request with
// compiler/targets (so counts are of the exact payload), count it
// (chat_count.hpp), attribute tokens to sections (part_tokens.hpp), find the
// cacheable prefix (cache_prefix.hpp) and price one call (cost.hpp).
//
//   auto acc = accounting::account_target(request, "anthropic", table, {.sources = &sources});
//   if (!acc) { report(acc.error().message); }   // unknown target, unusable model, missing rank file
//
// Lowering errors (a setting the target refuses) do not stop the count: the
// payload is built anyway, counted, and the errors are listed in
// `lowering_problems` so the caller can say the payload would be refused.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/accounting/cache_prefix.hpp"
#include "compiler/accounting/chat_count.hpp"
#include "compiler/accounting/cost.hpp"
#include "compiler/accounting/part_tokens.hpp"
#include "compiler/render/request.hpp"
#include "compiler/source/expected.hpp"
#include "compiler/targets/capabilities.hpp"

namespace aep::accounting {

struct AccountOptions {
  std::optional<std::string> model;        // overrides the prompt's model (e.g. `aep tokens --model`)
  // The model aep.toml configures for this target (`[targets.X] model`, see
  // build::configured_model); wins over the prompt's base config, not over --model.
  std::optional<std::string> configured_model;
  const SourceManager* sources = nullptr;  // see CacheOptions
  std::vector<DynamicRange> dynamic_ranges;  // see CacheOptions
};

struct TargetAccount {
  std::string target;
  std::string model;
  std::string model_source;  // why this model: "--model", "the prompt's config", "default for `anthropic` (...)"
  ChatCount count;
  std::vector<SectionTokens> sections;
  CachePrefixReport cache;
  CostEstimate cost;
  std::vector<std::string> lowering_problems;  // error messages from lowering; the payload was still counted
};

Expected<TargetAccount> account_target(const render::Request& request, std::string_view target,
                                       const targets::CapabilityTable& table, const AccountOptions& options = {});

// The model used for `target` when the prompt names none of its provider.
std::string default_model_for(std::string_view target);

// The five native targets, the set `aep tokens` uses when neither the
// command line nor aep.toml (`[project] targets`) names any.
std::vector<std::string> default_targets();

}  // namespace aep::accounting
