// Which encoding a model name uses, following tiktoken's model.py: an exact
// table first, then prefix rules in order (so dated snapshots such as
// gpt-4o-2024-08-06 and fine-tunes such as ft:gpt-4o:org:x resolve).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace aep::tokenizer {

// The encoding name, or nullopt when no rule matches.
std::optional<std::string_view> encoding_for_model(std::string_view model);
// A short list of model names and prefixes for error messages.
std::string known_model_summary();

}  // namespace aep::tokenizer
