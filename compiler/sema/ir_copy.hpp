// Internal to compiler/sema: copying IR message bodies. A prompt that reuses
// its parent's merge starts from a copy of the parent's messages, so the
// resolved IR of a project is mostly copies (every ancestor's segments in
// every descendant). Most of a segment's 13 fields are empty for its kind,
// and the member-wise copy constructor still constructs each of them from
// its source; these copies construct a default segment and copy only what
// is set. The result equals the copy constructor's, field for field
// (tests/unit/sema/ir_copy_test.cpp). Not a public header.
#pragma once

#include <vector>

#include "compiler/ir/ir.hpp"

namespace aep::sema {

ir::Segments copy_segments(const ir::Segments& from);
std::vector<ir::Message> copy_messages(const std::vector<ir::Message>& from);

}  // namespace aep::sema
