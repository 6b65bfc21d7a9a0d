// The compiled form of a prompt for rendering (internal to compiler/ir's
// render_*.cpp files). Compilation resolves every name to a slot (inputs
// first, then one slot per loop variable and fragment parameter), folds
// expressions over constants (a fragment argument written as a literal, an
// input default), merges adjacent literal text while keeping each piece's
// span for the source map, and precomputes everything that does not depend
// on input values (examples, tools, output, config, diagnostics about config).
// Evaluation then works on `const Value*` into the caller's input JSON, so a
// render copies no input value.
#pragma once

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/ir/render_prompt.hpp"
#include "compiler/ir/render_text.hpp"

namespace aep::ir::plan {

using Value = nlohmann::ordered_json;
inline constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

enum class ExprOp : std::uint8_t { Const, Slot, Member, Index, Not, Neg, Compare, And, Or, List, Object, Concat };
enum class FilterOp : std::uint8_t { Upper, Lower, Trim, Indent, Truncate, Join, Json, Unknown };

struct Filter {
  FilterOp op = FilterOp::Unknown;
  std::uint32_t arg = kNone;  // expression of its first argument
};

// `{{ expr | filters }}`.
struct Interp {
  std::uint32_t expr = kNone;
  std::vector<Filter> filters;
  // Set when the interpolation is a slot and members with no filters (most
  // are): the value is found by walking `path` from the slot.
  std::uint32_t path_slot = kNone;
  std::vector<std::string> path;
};

struct Expr {
  ExprOp op = ExprOp::Const;
  // Slot, or Member of a path: evaluates to a pointer into the inputs
  // without computing anything, so it needs no temporary value.
  bool path = false;
  std::uint32_t slot = kNone;          // Slot
  std::string member;                  // Member; Object keys come from `keys`
  ast::CompareOp compare{};            // Compare
  std::vector<std::uint32_t> kids;     // operands, items, values; Concat: interps (kNone = literal piece)
  std::vector<std::string> keys;       // Object keys; Concat literal pieces
  Value constant;                      // Const
};

enum class NodeKind : std::uint8_t { Text, Interp, If, For, Block };

// A literal piece of merged text: `length` bytes from `span`.
struct Piece {
  std::uint32_t length = 0;
  Span span;
};

struct Branch {
  std::uint32_t condition = kNone;  // kNone for `else`
  std::vector<std::uint32_t> body;
};

struct Binding {
  std::uint32_t slot = kNone;
  std::uint32_t expr = kNone;
};

struct Node {
  NodeKind kind = NodeKind::Text;
  Span span;
  std::string text;                   // Text: merged literal text
  std::vector<Piece> pieces;          // Text
  std::uint32_t interp = kNone;       // Interp
  std::uint32_t untrusted = kNone;    // Interp: index in Plan::untrusted_names
  std::vector<Branch> branches;       // If
  std::uint32_t iterable = kNone;     // For
  std::uint32_t var_slot = kNone;     // For: the item (or key for maps with one variable)
  std::uint32_t index_slot = kNone;   // For: `for i, x` (index or key)
  std::vector<Binding> bindings;      // Block of a fragment use
  std::uint32_t section = kNone;      // Block of a section: index in Plan::sections
  std::vector<std::uint32_t> body;    // For, Block
};

// A named section as the budget sees it.
struct SectionInfo {
  std::string name;
  std::uint32_t parent = kNone;        // enclosing section
  std::optional<std::int64_t> priority;
  ast::ShrinkMode shrink = ast::ShrinkMode::Drop;
  std::uint32_t order = 0;             // declaration order in the prompt (render order)
  bool in_example = false;             // examples are never shrunk
  Span span;
};

// A run of output text: [begin, end) of its message's buffer.
struct Run {
  std::uint32_t begin = 0, end = 0;
  Span span;
  std::uint32_t untrusted = kNone;
  std::uint32_t section = kNone;  // innermost
  std::uint32_t history = kNone;  // history splice the run came from
};

struct MessagePlan;

struct RenderedMessage {
  render::Role role = render::Role::User;
  Span span;
  MessageText text;  // render_text.hpp: the storage the Request's parts view
  std::vector<Run> runs;
  // Set instead of text and runs when the message is static and no budget
  // applies: its Request parts and source map were assembled at compile time.
  const MessagePlan* fixed = nullptr;
};

struct MessagePlan {
  render::Role role = render::Role::User;
  Span span;
  bool history = false;
  std::uint32_t history_slot = kNone;  // History: the input's slot
  std::uint32_t history_index = kNone; // History: index in Plan::histories
  std::vector<std::uint32_t> body;     // Block messages
  // A message with no interpolation, condition or loop renders the same
  // every time: its text and runs are computed once, and copied when no
  // budget decision applies.
  bool is_static = false;
  RenderedMessage fixed;
  std::vector<render::TextPart> fixed_parts;     // `fixed` as Request parts
  std::vector<SourceMapEntry> fixed_source_map;  // message index 0
};

struct HistoryInfo {
  std::string input;
  std::optional<std::int64_t> priority;
  ast::ShrinkMode shrink = ast::ShrinkMode::Drop;
  std::uint32_t order = 0;  // shares the numbering of SectionInfo::order
  Span span;
};

struct InputSlot {
  const Input* input = nullptr;
  bool has_default = false;
  Value default_value;  // evaluated once
};

struct Plan {
  const Prompt* prompt = nullptr;
  std::vector<Expr> exprs;
  std::vector<Interp> interps;
  std::vector<Node> nodes;
  std::vector<MessagePlan> messages;
  std::vector<SectionInfo> sections;
  std::vector<HistoryInfo> histories;
  std::vector<std::string> untrusted_names;
  std::vector<std::vector<MessagePlan>> example_messages;  // by Prompt::examples index
  std::vector<InputSlot> inputs;   // slot i = inputs[i]
  std::uint32_t slot_count = 0;

  // The input-independent part of every Request.
  render::Request base;
  std::vector<Diagnostic> static_diagnostics;  // config problems, abstract prompt
};

// Budget decisions for one evaluation: which sections and history splices
// are dropped or cut.
struct Shrink {
  std::vector<std::uint8_t> section_dropped;       // by section index
  std::vector<std::size_t> section_cap;            // bytes kept (SIZE_MAX: all)
  std::vector<std::uint8_t> history_dropped;       // by history index
  std::vector<std::size_t> history_skip;           // oldest turns left out
};

// Where the instances of a section landed: [begin, end) in `message`.
struct SectionSpan {
  std::uint32_t section = kNone;
  std::uint32_t message = 0;
  std::uint32_t begin = 0, end = 0;
};

struct Output {
  std::vector<RenderedMessage> messages;
  std::vector<SectionSpan> section_spans;  // filled when `track` is on
};

// Compilation (render_compile.cpp).
Plan compile(const Prompt& prompt);
// Compiles a constant expression (no names in scope) into `plan`.
std::uint32_t compile_constant(Plan& plan, const ast::Expr* expr);

// Expression evaluation (render_eval.cpp). `slots` holds one pointer per slot.
struct Frame {
  std::vector<const Value*> slots;
  std::vector<Value> owned;  // storage for computed slot values (loop index, keys, computed arguments)
};
const Value* eval(const Plan& plan, std::uint32_t expr, const Frame& frame, Value& tmp);
bool truthy(const Value& v);
// A string as it is, null as nothing, anything else as compact JSON.
void append_text_slow(std::string& out, const Value& v);
void append_text_slow(MessageText& out, const Value& v);
// `Out` is std::string or MessageText.
template <class Out>
inline void append_text(Out& out, const Value& v) {
  if (const std::string* s = v.get_ptr<const std::string*>()) out += std::string_view(*s);
  else if (!v.is_null()) append_text_slow(out, v);
}
// Whether two keys are equal. Keys (input names, record fields, members)
// are short and almost always equal when their sizes are, so they are
// compared with two overlapping word loads instead of a call to memcmp,
// which cost a tenth of a warm render's time in the profile.
inline bool same_key(std::string_view a, std::string_view b) {
  std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  auto word8 = [](const char* p) { std::uint64_t w; std::memcpy(&w, p, 8); return w; };
  auto word4 = [](const char* p) { std::uint32_t w; std::memcpy(&w, p, 4); return w; };
  if (n >= 8) {
    if (n > 16) return std::memcmp(x, y, n) == 0;
    return word8(x) == word8(y) && word8(x + n - 8) == word8(y + n - 8);
  }
  if (n >= 4) return word4(x) == word4(y) && word4(x + n - 4) == word4(y + n - 4);
  for (std::size_t i = 0; i < n; ++i) {
    if (x[i] != y[i]) return false;
  }
  return true;
}

// A member of an object (null when `object` is not an object or lacks it).
inline const Value* member_of(const Value& object, const std::string& name) {
  if (!object.is_object()) return nullptr;
  for (const auto& [key, value] : object.get_ref<const Value::object_t&>()) {
    if (same_key(key, name)) return &value;
  }
  return nullptr;
}
// Appends a path interpolation (Interp::path_slot set).
template <class Out>
inline void append_path(const Interp& in, const Frame& frame, Out& out) {
  if (in.path_slot >= frame.slots.size()) return;
  const Value* v = frame.slots[in.path_slot];
  for (const std::string& m : in.path) {
    if (!v) return;
    v = member_of(*v, m);
  }
  if (v) append_text(out, *v);
}

// Appends the interpolation's text to `out`.
void append_interp(const Plan& plan, const Interp& interp, const Frame& frame, std::string& out);
void append_interp(const Plan& plan, const Interp& interp, const Frame& frame, MessageText& out);
// Evaluates with no slots at all (compile-time constants); false when the
// expression needs a slot.
bool is_constant(const Plan& plan, std::uint32_t expr);

// Evaluation of the message nodes (render_exec.cpp).
// `coarse`: no source map is wanted and no budget applies, so adjacent runs
// of the same section and untrusted origin merge into one (the Request parts
// come out the same; only the source map would lose detail).
void execute(const Plan& plan, Frame& frame, const Shrink* shrink, bool track, Output& out, bool coarse = false);
void execute_messages(const Plan& plan, const std::vector<MessagePlan>& messages, Frame& frame, Output& out);

// Input checking (render_inputs.cpp): binds slots, reports problems.
bool bind_inputs(const Plan& plan, const Value& inputs, Frame& frame, std::vector<Diagnostic>& diags);

// Request assembly (render_prompt.cpp).
void assemble(const Plan& plan, Output& out, RenderResult& result, bool source_map);
void to_request_messages(const Plan& plan, const Output& out, std::vector<render::Message>& into,
                         std::vector<SourceMapEntry>* source_map);

// Budgets (render_budget.cpp): applies the prompt's budget, re-executing with
// shrink decisions; fills result.budget and budget diagnostics. Leaves `out`
// holding what is to be sent.
void apply_budget(const Plan& plan, Frame& frame, Output& out, RenderResult& result, const std::string& model);

}  // namespace aep::ir::plan
