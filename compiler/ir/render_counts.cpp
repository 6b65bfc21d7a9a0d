// Counting a template's segments before compiling it (see
// render_compile_internal.hpp): the plan's vectors are then sized once, so
// compiling a prompt of hundreds of segments does not regrow them.
#include "compiler/ir/render_compile_internal.hpp"

namespace aep::ir::plan::detail {

void Counts::add(const Segments& segs) {
  bool in_text = false;
  for (const Segment& s : segs) {
    if (s.kind == SegmentKind::Text) {
      if (!in_text && !s.text.empty()) ++nodes;
      in_text = in_text || !s.text.empty();
      continue;
    }
    in_text = false;
    if (s.kind == SegmentKind::Super) continue;
    ++nodes;
    switch (s.kind) {
      case SegmentKind::Interpolation:
        // An expression and, typically, a filter argument (not looked up:
        // reading the AST here would touch it twice).
        ++interps;
        exprs += 2;
        break;
      case SegmentKind::If:
        exprs += s.branches.size();
        for (const auto& b : s.branches) add(b.body);
        break;
      case SegmentKind::For: ++exprs; break;
      case SegmentKind::Fragment: exprs += s.bindings.size(); break;
      case SegmentKind::Section: ++sections; break;
      default: break;
    }
    add(s.body);
  }
}

}  // namespace aep::ir::plan::detail
