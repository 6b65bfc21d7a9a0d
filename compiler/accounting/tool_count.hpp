// Tokens of function definitions. For OpenAI, the rule published in the
// cookbook "How to count tokens with tiktoken" (section 7): per function 7
// tokens (10 for cl100k_base models) + the tokens of "name:description"
// (a trailing period dropped); when it has properties, 3 + per property 3 +
// "name:type:description"; an enum adds -3 + per value 3 + its tokens; 12 at
// the end of the list. The cookbook fitted it on flat, non-strict
// parameters and matched the API for gpt-4o, gpt-4o-mini, gpt-4 and
// gpt-3.5-turbo; outside that (nested objects, arrays, type unions,
// `pattern`/`minimum` keywords, strict mode) the result is an estimate.
// Other providers publish no rule: their definitions are counted as the
// compact JSON they are sent as, an estimate.
#pragma once

#include <string>
#include <vector>

#include "compiler/accounting/wire_view.hpp"
#include "compiler/source/expected.hpp"
#include "compiler/tokenizer/encoding.hpp"

namespace aep::accounting {

struct ToolTokens {
  std::size_t tokens = 0;
  bool exact = true;
  std::vector<std::string> notes;  // why the figure is an estimate
};

Expected<ToolTokens> count_tools_openai(const std::vector<WireTool>& tools, const tokenizer::Encoding& encoding);
Expected<ToolTokens> count_tools_json(const std::vector<WireTool>& tools, const tokenizer::Encoding& encoding);

}  // namespace aep::accounting
