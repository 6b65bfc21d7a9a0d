// The two forms of a budget report: JSON (the "budget" member of
// `aep render --format json`) and lines of text for stderr.
#include <fmt/format.h>

#include "compiler/ir/render_prompt.hpp"

namespace aep::ir {

nlohmann::ordered_json budget_report_json(const BudgetReport& report) {
  nlohmann::ordered_json actions = nlohmann::ordered_json::array();
  for (const BudgetAction& a : report.actions) {
    actions.push_back({{"action", a.kind == BudgetAction::Kind::Dropped ? "dropped" : "truncated"},
                       {"unit", a.unit},
                       {"priority", a.priority},
                       {"tokens_before", a.tokens_before},
                       {"tokens_after", a.tokens_after},
                       {"reason", a.reason},
                       {"line", a.span.line},
                       {"column", a.span.column}});
  }
  return {{"limit", report.limit},
          {"reserved_output", report.reserved_output},
          {"encoding", report.encoding},
          {"tokens_before", report.tokens_before},
          {"tokens_after", report.tokens_after},
          {"met", report.met},
          {"actions", std::move(actions)}};
}

std::string budget_report_text(const BudgetReport& report) {
  std::string out = fmt::format("budget: {} prompt tokens ({}) of {} allowed ({}{}): ", report.tokens_after, report.encoding,
                                report.limit - report.reserved_output, report.limit,
                                report.reserved_output ? fmt::format(" minus {} reserved for output", report.reserved_output) : "");
  if (!report.met) return out + "not met\n";
  if (report.actions.empty()) return out + "nothing removed\n";
  out += fmt::format("{} tokens before shrinking\n", report.tokens_before);
  for (const BudgetAction& a : report.actions) {
    if (a.kind == BudgetAction::Kind::Dropped) {
      out += fmt::format("  dropped {} at line {} ({} tokens): {}\n", a.unit, a.span.line, a.tokens_before, a.reason);
    } else {
      out += fmt::format("  truncated {} at line {} from {} to {} tokens: {}\n", a.unit, a.span.line, a.tokens_before,
                         a.tokens_after, a.reason);
    }
  }
  return out;
}

}  // namespace aep::ir
