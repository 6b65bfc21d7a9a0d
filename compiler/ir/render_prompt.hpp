// Rendering a resolved prompt: validates input values against the prompt's
// typed inputs (problems are located diagnostics, E05xx), fills every template
// (interpolations, filters, conditions, loops, fragment scopes, sections),
// applies the prompt's token budget (drops or truncates optional sections and
// history, E07xx when it cannot be met) and produces the provider-neutral
// render::Request, plus a source map from each message's text ranges back to
// .aep spans.
//
// Repeated renders of one prompt compile it once into a RenderPlan (a tree of
// compact nodes with names resolved to slots, constants folded and literal
// text merged) and evaluate that against each input object without copying
// input values; render_prompt() does the same through a plan it builds.
// Rendering lives beside the IR because render::Request (compiler/render) is
// what the IR renders into and the dependency must stay one-way.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/diag/diagnostic.hpp"
#include "compiler/ir/ir.hpp"
#include "compiler/render/request.hpp"

namespace aep::ir {

// One run of rendered text: bytes [begin, end) of the message's joined text
// come from `span`.
struct SourceMapEntry {
  std::size_t message = 0;  // index in Request::messages
  std::size_t begin = 0;
  std::size_t end = 0;
  Span span;
};

// What the budget did to one section or history splice.
struct BudgetAction {
  enum class Kind : std::uint8_t { Dropped, Truncated };
  Kind kind = Kind::Dropped;
  std::string unit;              // section name, or "messages <input>" for a history splice
  std::int64_t priority = 0;
  std::size_t tokens_before = 0;  // the unit's own tokens before the action
  std::size_t tokens_after = 0;   // 0 when dropped
  std::string reason;            // "lowest priority (1) ..."
  Span span;                     // the section's declaration
};

// Present when the prompt declares `budget N tokens`.
struct BudgetReport {
  std::int64_t limit = 0;             // N
  std::int64_t reserved_output = 0;   // `reserve M for output`, 0 if none
  std::string encoding;               // the tokenizer counts were made with
  std::size_t tokens_before = 0;      // prompt tokens of the full render
  std::size_t tokens_after = 0;       // prompt tokens of what is sent
  std::vector<BudgetAction> actions;  // in the order they were applied
  bool met = true;
};

struct RenderResult {
  render::Request request;
  std::vector<SourceMapEntry> source_map;
  // Input, config and budget problems as located diagnostics (E05xx, E07xx):
  // a missing input points at its declaration, a mistyped value names the
  // JSON path inside the value and the expected type.
  std::vector<Diagnostic> diagnostics;
  // The messages of the error diagnostics, for callers that only log text.
  std::vector<std::string> errors;
  std::optional<BudgetReport> budget;
  bool ok() const { return errors.empty(); }
};

// Per-call settings of a render.
struct RenderOptions {
  // Replaces the prompt's `model` in the Request, and chooses the tokenizer
  // the budget counts with (`aep render --model`).
  std::string model;
  // When false, RenderResult::source_map is left empty: callers that send or
  // count the Request (the runner, eval, benchmarks) never read it, and
  // building it is a fifth of a warm render. The text is the same either way.
  bool source_map = true;
};

namespace plan {
struct Plan;
}

// A prompt compiled for repeated rendering. The prompt (and the
// sema::Program it belongs to) must outlive the plan. Rendering is
// thread-safe: a plan is immutable after compile_render_plan().
class RenderPlan {
 public:
  RenderPlan();
  explicit RenderPlan(std::unique_ptr<plan::Plan> data);
  RenderPlan(RenderPlan&&) noexcept;
  RenderPlan& operator=(RenderPlan&&) noexcept;
  ~RenderPlan();

  // `inputs` is a JSON object of input values; missing inputs take their
  // defaults, optional ones null.
  RenderResult render(const nlohmann::ordered_json& inputs, const RenderOptions& options = {}) const;
  // The same, reusing `out`'s storage (strings, vectors) from an earlier call.
  void render_into(const nlohmann::ordered_json& inputs, RenderResult& out, const RenderOptions& options = {}) const;

  const Prompt& prompt() const;

 private:
  std::unique_ptr<plan::Plan> data_;
};

RenderPlan compile_render_plan(const Prompt& prompt);

// One-shot: compiles a plan and renders once. Nothing is cached (a cache keyed
// by the prompt's address would outlive the program it borrows from), so
// loops should hold a RenderPlan.
RenderResult render_prompt(const Prompt& prompt, const nlohmann::ordered_json& inputs, const RenderOptions& options = {});

// Parses `--input name=value`: raw text for string and enum inputs, JSON for
// the others (so `--input n=3`, `--input tags='["a"]'`).
nlohmann::ordered_json parse_input_value(const Prompt& prompt, const std::string& name, const std::string& text,
                                 std::string& error);

// The JSON form of a budget report (the "budget" member of `aep render --format json`).
nlohmann::ordered_json budget_report_json(const BudgetReport& report);
// The human form: one line per action, for stderr.
std::string budget_report_text(const BudgetReport& report);

}  // namespace aep::ir
