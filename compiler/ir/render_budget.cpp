// Token budgets at render time (docs/language.md, "Budgets"). The prompt's
// text (every message and example) plus the reserved output tokens must fit
// in `budget N tokens`. Sections and history splices with a `priority` are
// optional; the others are required. When over, optional units are taken in
// order of priority (lowest first; equal priorities: the later declared
// first) and each is dropped whole (`shrink drop`, the default) or cut
// (`shrink truncate`) by just the tokens still over: a text section keeps its
// start (cut at a token boundary, then back to a character boundary), a
// history splice keeps its most recent turns. Counting is exact: after each
// pass the whole prompt is rendered again and counted with the model's
// tokenizer, and another pass runs while it is still over.
#include <algorithm>
#include <limits>

#include <fmt/format.h>

#include "compiler/ir/render_plan.hpp"
#include "compiler/tokenizer/encoding.hpp"

namespace aep::ir::plan {
namespace {

using tokenizer::Encoding;
using tokenizer::SpecialPolicy;

std::string thousands(std::size_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

struct Unit {
  bool history = false;
  std::uint32_t index = 0;  // section or history index
  std::int64_t priority = 0;
  ast::ShrinkMode shrink = ast::ShrinkMode::Drop;
  std::uint32_t order = 0;
  std::string name;
  Span span;
  // What happened to it.
  bool touched = false;
  bool dropped = false;
  std::size_t tokens_before = 0;
  std::size_t tokens_after = 0;
};

class Budgeter {
 public:
  Budgeter(const Plan& plan, const Encoding& enc, Frame& frame, Output& out)
      : plan_(plan), enc_(enc), frame_(frame), out_(out) {
    shrink_.section_dropped.assign(plan.sections.size(), 0);
    shrink_.section_cap.assign(plan.sections.size(), std::numeric_limits<std::size_t>::max());
    shrink_.history_dropped.assign(plan.histories.size(), 0);
    shrink_.history_skip.assign(plan.histories.size(), 0);
    for (const auto& ex : plan.base.examples) {
      for (const auto& m : ex.messages) example_tokens_ += count(m.joined_text());
    }
  }

  std::size_t count(std::string_view text) const {
    auto n = enc_.count(text, SpecialPolicy::ordinary());
    return n ? *n : text.size();  // ordinary() cannot fail; keep a bound anyway
  }

  std::size_t total() const {
    std::size_t n = example_tokens_;
    for (const auto& m : out_.messages) n += count(m.text);
    return n;
  }
  std::size_t example_tokens() const { return example_tokens_; }

  std::string section_text(std::uint32_t s) const {
    std::string text;
    for (const auto& span : out_.section_spans) {
      if (span.section == s && span.end > span.begin) {
        text.append(out_.messages[span.message].text, span.begin, span.end - span.begin);
      }
    }
    return text;
  }

  // The turns of a history splice in the current render (oldest first).
  std::vector<std::size_t> history_turns(std::uint32_t h) const {
    std::vector<std::size_t> turns;
    for (std::size_t i = 0; i < out_.messages.size(); ++i) {
      const auto& runs = out_.messages[i].runs;
      if (!runs.empty() && runs.front().history == h) turns.push_back(i);
    }
    return turns;
  }

  std::size_t unit_tokens(const Unit& u) const {
    if (u.history) {
      std::size_t n = 0;
      for (std::size_t i : history_turns(u.index)) n += count(out_.messages[i].text);
      return n;
    }
    return count(section_text(u.index));
  }

  // Takes up to `excess` tokens from `u`; returns how many it removed.
  std::size_t shrink(Unit& u, std::size_t excess) {
    std::size_t t = unit_tokens(u);
    if (t == 0) return 0;
    if (!u.touched) {
      u.touched = true;
      u.tokens_before = t;
      order_touched_.push_back(&u);
    }
    if (u.shrink == ast::ShrinkMode::Drop || t <= excess) {
      drop(u);
      return t;
    }
    if (u.history) {
      std::size_t removed = 0, skip = 0;
      const auto turns = history_turns(u.index);
      for (std::size_t i : turns) {
        if (removed >= excess) break;
        removed += count(out_.messages[i].text);
        ++skip;
      }
      shrink_.history_skip[u.index] += skip;
      u.tokens_after = t - std::min(t, removed);
      return removed;
    }
    std::string text = section_text(u.index);
    auto ids = enc_.encode(text, SpecialPolicy::ordinary());
    if (!ids) {
      drop(u);
      return t;
    }
    std::size_t keep = ids->size() - excess;
    auto bytes = enc_.decode_bytes(std::span<const tokenizer::Rank>(ids->data(), keep));
    std::size_t cap = bytes ? bytes->size() : 0;
    // The cap counts bytes from the section's first instance on; a section
    // already cut keeps the smaller cap.
    shrink_.section_cap[u.index] = std::min(shrink_.section_cap[u.index], cap);
    u.tokens_after = keep;
    return excess;
  }

  void drop(Unit& u) {
    u.dropped = true;
    u.tokens_after = 0;
    if (u.history) shrink_.history_dropped[u.index] = 1;
    else shrink_.section_dropped[u.index] = 1;
  }

  void rerender() { execute(plan_, frame_, &shrink_, true, out_); }

  Shrink& decisions() { return shrink_; }
  const std::vector<Unit*>& touched() const { return order_touched_; }

 private:
  const Plan& plan_;
  const Encoding& enc_;
  Frame& frame_;
  Output& out_;
  Shrink shrink_;
  std::size_t example_tokens_ = 0;
  std::vector<Unit*> order_touched_;
};

std::vector<Unit> optional_units(const Plan& plan) {
  std::vector<Unit> units;
  for (std::uint32_t i = 0; i < plan.sections.size(); ++i) {
    const SectionInfo& s = plan.sections[i];
    if (!s.priority || s.in_example) continue;
    Unit u;
    u.index = i;
    u.priority = *s.priority;
    u.shrink = s.shrink;
    u.order = s.order;
    u.name = "section `" + s.name + "`";
    u.span = s.span;
    units.push_back(std::move(u));
  }
  for (std::uint32_t i = 0; i < plan.histories.size(); ++i) {
    const HistoryInfo& h = plan.histories[i];
    if (!h.priority) continue;
    Unit u;
    u.history = true;
    u.index = i;
    u.priority = *h.priority;
    u.shrink = h.shrink;
    u.order = h.order;
    u.name = "messages `" + h.input + "`";
    u.span = h.span;
    units.push_back(std::move(u));
  }
  // Lowest priority first; among equals the later declared goes first, so
  // what is written first (usually the more general text) is kept longest.
  std::stable_sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) {
    if (a.priority != b.priority) return a.priority < b.priority;
    return a.order > b.order;
  });
  return units;
}

}  // namespace

void apply_budget(const Plan& plan, Frame& frame, Output& out, RenderResult& result, const std::string& model_override) {
  const Prompt& p = *plan.prompt;
  const Budget& b = *p.budget;
  BudgetReport report;
  report.limit = b.tokens;
  report.reserved_output = b.reserve_output.value_or(0);

  std::string model = !model_override.empty() ? model_override : plan.base.config.model ? plan.base.config.model->value : "";
  auto enc = model.empty() ? Encoding::get("o200k_base") : Encoding::for_model(model);
  if (!enc) enc = Encoding::get("o200k_base");
  if (!enc) {
    result.diagnostics.push_back(
        make_diag(DiagKind::BudgetNoTokenizer, b.origin.span,
                  fmt::format("cannot count tokens for the budget: {}", enc.error().message))
            .help("run the set-up (scripts/setup) so the tokenizer's rank files are in place, or set AEP_ENCODINGS_DIR"));
    return;
  }
  const Encoding& encoding = **enc;
  report.encoding = std::string(encoding.name());

  Budgeter budget(plan, encoding, frame, out);
  std::int64_t prompt_limit = b.tokens - report.reserved_output;
  std::size_t before = budget.total();
  report.tokens_before = before;
  auto fits = [&](std::size_t n) { return prompt_limit >= 0 && static_cast<std::int64_t>(n) <= prompt_limit; };
  if (fits(before)) {
    report.tokens_after = before;
    result.budget = std::move(report);
    return;
  }

  std::vector<Unit> units = optional_units(plan);
  // Feasibility first: with every optional unit gone, does the rest fit?
  Shrink none_left;
  none_left.section_dropped.assign(plan.sections.size(), 0);
  none_left.section_cap.assign(plan.sections.size(), std::numeric_limits<std::size_t>::max());
  none_left.history_dropped.assign(plan.histories.size(), 0);
  none_left.history_skip.assign(plan.histories.size(), 0);
  for (const Unit& u : units) {
    if (u.history) none_left.history_dropped[u.index] = 1;
    else none_left.section_dropped[u.index] = 1;
  }
  // Token counts of the full render's units are needed below: keep a copy.
  Output full = out;
  execute(plan, frame, &none_left, true, out);
  std::size_t minimum = budget.total();
  if (!fits(minimum)) {
    std::string limit_text = report.reserved_output
        ? fmt::format("{} ({} for the prompt after {} reserved for output)", thousands(static_cast<std::size_t>(b.tokens)),
                      prompt_limit < 0 ? std::string("nothing") : thousands(static_cast<std::size_t>(prompt_limit)),
                      thousands(static_cast<std::size_t>(report.reserved_output)))
        : thousands(static_cast<std::size_t>(b.tokens));
    Diagnostic d = make_diag(DiagKind::BudgetUnmet, b.origin.span,
                             fmt::format("prompt `{}` needs {} tokens even with every optional section removed, over its "
                                         "budget of {}", p.qualified, thousands(minimum), limit_text))
                       .primary_label("budget declared here");
    std::size_t in_sections = 0;
    for (std::uint32_t s = 0; s < plan.sections.size(); ++s) {
      const SectionInfo& info = plan.sections[s];
      if (info.in_example || info.parent != kNone) continue;
      std::string text = budget.section_text(s);
      if (text.empty()) continue;
      std::size_t n = budget.count(text);
      in_sections += n;
      d.notes.push_back(fmt::format("section `{}` remains: {} tokens (required: no priority)", info.name, thousands(n)));
      d.secondary.push_back({info.span, fmt::format("{} tokens", thousands(n))});
    }
    std::size_t message_tokens = minimum - budget.example_tokens();
    if (message_tokens > in_sections) {
      d.notes.push_back(fmt::format("text outside sections and history: about {} tokens", thousands(message_tokens - in_sections)));
    }
    if (budget.example_tokens()) d.notes.push_back(fmt::format("examples: {} tokens", thousands(budget.example_tokens())));
    d.help = units.empty() ? "raise the budget, or give the sections that may go a `priority` (and `shrink drop|truncate`)"
                           : "raise the budget, shorten the required text, or give more sections a `priority`";
    result.diagnostics.push_back(std::move(d));
    report.tokens_after = minimum;
    report.met = false;
    result.budget = std::move(report);
    return;
  }

  out = std::move(full);
  // Passes: each takes units in order until the tokens over are covered,
  // then renders again and counts exactly (token counts of pieces do not
  // add up exactly, and separators between blocks go with their blocks).
  std::size_t total = before;
  for (std::size_t pass = 0; pass <= units.size() + 2 && !fits(total); ++pass) {
    auto excess = static_cast<std::size_t>(static_cast<std::int64_t>(total) - prompt_limit);
    for (Unit& u : units) {
      if (u.dropped) continue;
      std::size_t removed = budget.shrink(u, excess);
      excess -= std::min(excess, removed);
      if (excess == 0) break;
    }
    budget.rerender();
    total = budget.total();
  }
  if (!fits(total)) {
    // Cannot happen while the minimum fits (the last pass drops everything
    // optional), but a budget must never be reported as met when it is not.
    for (Unit& u : units) budget.drop(u);
    budget.rerender();
    total = budget.total();
  }
  report.tokens_after = total;
  for (const Unit* u : budget.touched()) {
    BudgetAction a;
    a.kind = u->dropped ? BudgetAction::Kind::Dropped : BudgetAction::Kind::Truncated;
    a.unit = u->name;
    a.priority = u->priority;
    a.tokens_before = u->tokens_before;
    a.tokens_after = u->dropped ? 0 : u->tokens_after;
    a.span = u->span;
    a.reason = u->dropped
        ? fmt::format("priority {}: among the lowest left while the prompt was over its budget{}", u->priority,
                      u->shrink == ast::ShrinkMode::Truncate ? " (cutting it would not have been enough)" : "")
        : fmt::format("priority {}: cut to the tokens still over the budget ({})", u->priority,
                      u->history ? "the most recent turns are kept" : "the start is kept");
    report.actions.push_back(std::move(a));
  }
  result.budget = std::move(report);
}

}  // namespace aep::ir::plan
