// Did-you-mean: the closest candidate to a misspelt name, by edit distance,
// when it is close enough to be a plausible typo.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aep::sema {

std::optional<std::string> closest_name(std::string_view wrong, const std::vector<std::string>& candidates);
// "did you mean `x`?" or an empty string.
std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& candidates);
// "`a`, `b` and `c`" (or "none").
std::string list_names(const std::vector<std::string>& names);

}  // namespace aep::sema
