// Helpers the wire formats share: reading text out of content parts,
// splitting an answer into stream deltas, SSE framing, and reading common
// request fields with a provider-style message when they are malformed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"

namespace aep::emulator {

// Text of a content value: a string, or an array of parts whose "text"
// fields (or nested "content") are joined by newlines.
std::string content_text(const nlohmann::ordered_json& content);

// The answer split into the pieces a model would stream (words with their
// trailing space); joining them gives back `text` exactly.
std::vector<std::string> split_deltas(const std::string& text);

// "event: NAME\ndata: JSON\n\n" (no event line when `event` is empty).
std::string sse(std::string_view event, const nlohmann::ordered_json& data);

// A number field in [lo, hi], or an error naming it.
Expected<std::optional<double>> number_field(const nlohmann::ordered_json& obj, const char* key, double lo, double hi);

// Lowercases OpenAPI-style upper-case "type" values (Gemini responseSchema).
nlohmann::ordered_json lower_schema_types(nlohmann::ordered_json schema);

std::string finish_reason_or(const std::string& reason, const char* stop, const char* length);

}  // namespace aep::emulator
