// JSONL input for the tokenizer: one JSON string literal filling a line.
// Written by hand because JS's JSON.stringify emits lone surrogates as
// "\udXXX" escapes, which nlohmann::json rejects but tiktoken's JS build
// accepts (it sees U+FFFD for each); this reader reports them, or replaces
// them with U+FFFD when asked, like the rest of aep's invalid-UTF-8 policy.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace aep::tokenizer {

// The decoded string, or nullopt with `error` and the 1-based `column` set.
// A lone surrogate escape is an error starting "lone surrogate" unless
// `replace_invalid`, where it becomes U+FFFD.
std::optional<std::string> parse_json_string_line(std::string_view line, bool replace_invalid, std::string& error,
                                                  std::size_t& column);

}  // namespace aep::tokenizer
