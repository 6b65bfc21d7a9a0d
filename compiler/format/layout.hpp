// The line layout of docs/format.md: indentation by open brackets, line breaks
// and blank lines, over the units of units.hpp. Internal to compiler/format.
#pragma once

#include <string>
#include <vector>

#include "compiler/format/units.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::format {

std::string layout_units(const SourceFile& file, const std::vector<Unit>& units);

}  // namespace aep::format
