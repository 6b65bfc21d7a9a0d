// A unified diff between two texts (`aep fmt --diff`), in the format of
// `diff -u` with 3 lines of context, so `patch -p0` and review tools read it.
#pragma once

#include <string>
#include <string_view>

namespace aep::format {

// Empty when the texts are equal. `old_label`/`new_label` go after ---/+++.
std::string unified_diff(std::string_view old_text, std::string_view new_text,
                         std::string_view old_label, std::string_view new_label);

}  // namespace aep::format
