// Cache keys: SHA-256 of everything that decides a provider's answer and
// nothing else.
//
// The key covers the canonical payload JSON (object keys sorted, no
// whitespace), the provider, the base URL (scheme and host lower-cased, no
// credentials, no query, no trailing slash) and the sample index, so `n`
// samples of one prompt at temperature > 0 are distinct entries. API keys are
// never part of it: two keys of one account share the cache, and nothing
// derived from a key reaches the database.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace aep::cache {

std::string canonical_json(const nlohmann::json& payload);
std::string normalize_base_url(std::string_view base_url);
// 64 lower-case hex digits.
std::string cache_key(const nlohmann::json& payload, std::string_view provider, std::string_view base_url,
                      int sample_index);
std::string sha256_hex(std::string_view data);

}  // namespace aep::cache
