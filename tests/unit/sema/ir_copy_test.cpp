// sema's field-wise IR copies (compiler/sema/ir_copy.hpp) must equal the
// member-wise copy constructor's result for segments of every kind, with
// every field set, nested bodies included.
#include <catch2/catch.hpp>

#include "compiler/sema/ir_copy.hpp"

using namespace aep;
using aep::sema::copy_messages;
using aep::sema::copy_segments;

namespace {

bool same(const ir::Segments& a, const ir::Segments& b);

bool same(const ir::Segment& a, const ir::Segment& b) {
  if (a.kind != b.kind || !(a.span == b.span) || a.text != b.text || a.interp != b.interp || a.var != b.var ||
      a.second_var != b.second_var || a.iterable != b.iterable || a.var_type != b.var_type ||
      a.second_var_type != b.second_var_type || a.fragment != b.fragment || a.section != b.section ||
      a.branches.size() != b.branches.size() || a.bindings.size() != b.bindings.size() || !same(a.body, b.body)) {
    return false;
  }
  for (std::size_t i = 0; i < a.branches.size(); ++i) {
    const ir::Branch& x = a.branches[i];
    const ir::Branch& y = b.branches[i];
    if (x.condition != y.condition || !(x.span == y.span) || !same(x.body, y.body)) return false;
  }
  for (std::size_t i = 0; i < a.bindings.size(); ++i) {
    const ir::Binding& x = a.bindings[i];
    const ir::Binding& y = b.bindings[i];
    if (x.name != y.name || x.type != y.type || x.value != y.value || x.is_default != y.is_default) return false;
  }
  return true;
}

bool same(const ir::Segments& a, const ir::Segments& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!same(a[i], b[i])) return false;
  }
  return true;
}

// Stand-ins for AST nodes: the IR only holds their addresses.
const auto* fake_expr(std::uintptr_t n) { return reinterpret_cast<const ast::Expr*>(n * 16); }

ir::Segment text(const std::string& t, std::uint32_t at) {
  ir::Segment s;
  s.kind = ir::SegmentKind::Text;
  s.text = t;
  s.span = Span{3, at, at + static_cast<std::uint32_t>(t.size()), 1, at + 1};
  return s;
}

ir::Segments sample() {
  ir::Segments out;
  out.push_back(text("short", 0));
  out.push_back(text(std::string(100, 'x') + " a text longer than the small-string buffer", 10));
  ir::Segment interp;
  interp.kind = ir::SegmentKind::Interpolation;
  interp.interp = reinterpret_cast<const ast::Interpolation*>(std::uintptr_t{0x1230});
  interp.span = Span{3, 200, 210, 4, 2};
  out.push_back(interp);
  ir::Segment cond;
  cond.kind = ir::SegmentKind::If;
  cond.branches.push_back({fake_expr(1), {text("then", 20), interp}, Span{3, 20, 30, 2, 1}});
  cond.branches.push_back({nullptr, {}, Span{3, 31, 40, 2, 12}});
  cond.branches.push_back({nullptr, {text("else", 41)}, Span{3, 41, 50, 2, 22}});
  out.push_back(cond);
  ir::Segment loop;
  loop.kind = ir::SegmentKind::For;
  loop.var = "item";
  loop.second_var = "a_second_loop_variable_with_a_long_name";
  loop.iterable = fake_expr(2);
  loop.var_type = sema::primitive(sema::TypeTag::Int);
  loop.second_var_type = sema::primitive(sema::TypeTag::String);
  loop.body = {text("- ", 60), interp};
  out.push_back(loop);
  ir::Segment fragment;
  fragment.kind = ir::SegmentKind::Fragment;
  fragment.fragment = "support.common.tone_of_voice_for_replies";
  fragment.bindings.push_back({"tone", sema::primitive(sema::TypeTag::String), fake_expr(3), false});
  fragment.bindings.push_back({"limit", sema::primitive(sema::TypeTag::Int), fake_expr(4), true});
  fragment.body = {text("Write in a ", 70), cond};
  out.push_back(fragment);
  ir::Segment section;
  section.kind = ir::SegmentKind::Section;
  section.section = std::make_shared<ir::Section>();
  section.section->name = "persona";
  section.body = {text("You are", 80), fragment, loop};
  out.push_back(section);
  ir::Segment super;
  super.kind = ir::SegmentKind::Super;
  super.span = Span{3, 90, 95, 9, 1};
  out.push_back(super);
  // Fields set on a kind that does not use them are copied all the same.
  ir::Segment odd = text("odd", 99);
  odd.var = "v";
  odd.fragment = "f";
  odd.section = section.section;
  odd.body = {text("inside text", 100)};
  out.push_back(odd);
  return out;
}

}  // namespace

TEST_CASE("field-wise segment copies equal the copy constructor's") {
  const ir::Segments original = sample();
  const ir::Segments by_constructor = original;  // NOLINT: the reference result
  ir::Segments copied = copy_segments(original);
  CHECK(same(copied, by_constructor));
  // The comparison can tell copies apart.
  ir::Segments changed = copy_segments(original);
  changed[4].body[1].interp = nullptr;
  CHECK_FALSE(same(changed, by_constructor));
  changed = copy_segments(original);
  changed[5].bindings[1].is_default = false;
  CHECK_FALSE(same(changed, by_constructor));
  // A copy owns its texts and bodies.
  copied[1].text[0] = 'y';
  copied[6].body.clear();
  CHECK(same(original, by_constructor));
}

TEST_CASE("field-wise message copies equal the copy constructor's") {
  std::vector<ir::Message> messages(2);
  messages[0].role = ast::Role::System;
  messages[0].body = sample();
  messages[0].origin = {"support.common", "Assistant", Span{3, 1, 2, 1, 1}};
  messages[0].annotations.push_back({"cache", nullptr});
  messages[1].kind = ir::MessageKind::History;
  messages[1].role = ast::Role::User;
  messages[1].history_input = "history";
  messages[1].priority = 3;
  messages[1].shrink = ast::ShrinkMode::Drop;
  std::vector<ir::Message> copied = copy_messages(messages);
  REQUIRE(copied.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    const ir::Message& a = messages[i];
    const ir::Message& b = copied[i];
    CHECK(a.kind == b.kind);
    CHECK(a.role == b.role);
    CHECK(same(a.body, b.body));
    CHECK(a.history_input == b.history_input);
    CHECK(a.priority == b.priority);
    CHECK(a.shrink == b.shrink);
    CHECK(a.annotations.size() == b.annotations.size());
    CHECK(a.origin.module == b.origin.module);
    CHECK(a.origin.decl == b.origin.decl);
    CHECK(a.origin.span == b.origin.span);
  }
}
