// Field-wise copies of IR bodies (see ir_copy.hpp).
#include "compiler/sema/ir_copy.hpp"

namespace aep::sema {
namespace {

// A field added to ir::Segment or ir::Message must be copied below too; the
// sizes make the build say so instead of copies silently losing it. The
// sizes are those of libstdc++'s release containers on x86-64, so the guard
// holds only there (debug containers, libc++ and other targets differ);
// tests/unit/sema/ir_copy_test.cpp (field-wise copy equals the copy
// constructor) is the portable check.
#if defined(__GLIBCXX__) && !defined(_GLIBCXX_DEBUG) && defined(__x86_64__)
static_assert(sizeof(ir::Segment) == 288, "ir::Segment changed: copy the new field in copy_segment (ir_copy.cpp)");
static_assert(sizeof(ir::Message) == 200, "ir::Message changed: copy the new field in copy_messages (ir_copy.cpp)");
#endif

void copy_segment(const ir::Segment& from, ir::Segment& to) {
  to.kind = from.kind;
  to.span = from.span;
  if (!from.text.empty()) to.text = from.text;
  to.interp = from.interp;
  if (!from.branches.empty()) {
    to.branches.reserve(from.branches.size());
    for (const ir::Branch& b : from.branches) to.branches.push_back({b.condition, copy_segments(b.body), b.span});
  }
  if (!from.var.empty()) to.var = from.var;
  if (!from.second_var.empty()) to.second_var = from.second_var;
  to.iterable = from.iterable;
  if (from.var_type) to.var_type = from.var_type;
  if (from.second_var_type) to.second_var_type = from.second_var_type;
  if (!from.fragment.empty()) to.fragment = from.fragment;
  if (!from.bindings.empty()) to.bindings = from.bindings;
  if (from.section) to.section = from.section;
  if (!from.body.empty()) to.body = copy_segments(from.body);
}

}  // namespace

ir::Segments copy_segments(const ir::Segments& from) {
  ir::Segments out(from.size());
  for (std::size_t i = 0; i < from.size(); ++i) copy_segment(from[i], out[i]);
  return out;
}

std::vector<ir::Message> copy_messages(const std::vector<ir::Message>& from) {
  std::vector<ir::Message> out(from.size());
  for (std::size_t i = 0; i < from.size(); ++i) {
    const ir::Message& m = from[i];
    ir::Message& to = out[i];
    to.kind = m.kind;
    to.role = m.role;
    to.body = copy_segments(m.body);
    to.history_input = m.history_input;
    to.priority = m.priority;
    to.shrink = m.shrink;
    to.annotations = m.annotations;
    to.origin = m.origin;
  }
  return out;
}

}  // namespace aep::sema
