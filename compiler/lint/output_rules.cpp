// Rule documentation from the registry: the --list-rules table, --explain,
// and the body of docs/lint-rules.md (generated, never edited by hand: a test
// compares the file with this output).
#include <algorithm>

#include <fmt/format.h>

#include "compiler/lint/output.hpp"

namespace aep::lint {
namespace {

std::string with_newline(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

}  // namespace

std::string rules_table_text() {
  std::size_t width = 4;
  for (const Rule* r : all_rules()) width = std::max(width, r->info().id.size());
  std::string out = fmt::format("{:<{}}  {:<11}  {:<7}  {:<3}  {}\n", "rule", width, "category", "default", "fix", "summary");
  for (const Rule* r : all_rules()) {
    const RuleInfo& i = r->info();
    out += fmt::format("{:<{}}  {:<11}  {:<7}  {:<3}  {}{}\n", i.id, width, category_name(i.category),
                       level_name(i.default_level), i.fixable ? "yes" : "", i.summary,
                       i.scope == RuleInfo::Scope::Project ? " (project)" : "");
  }
  out += fmt::format("{} rules\n", all_rules().size());
  return out;
}

std::string explain_rule(std::string_view id) {
  const Rule* rule = find_rule(id);
  if (rule == nullptr) return {};
  const RuleInfo& i = rule->info();
  return fmt::format(
      "{} ({}, default {}{}{})\n\n{}\n\n{}\n\nFires on:\n\n{}\nDoes not fire on:\n\n{}\n"
      "Configure in aep.toml: [lint.severity] {} = \"error\" | \"warning\" | \"note\" | \"off\"\n"
      "Suppress one line: // aep: ignore[{}]\n",
      i.id, category_name(i.category), level_name(i.default_level), i.fixable ? ", fixable" : "",
      i.scope == RuleInfo::Scope::Project ? ", project scope" : "", i.summary, i.rationale, with_newline(i.bad_example),
      with_newline(i.good_example), i.id, i.id);
}

std::string rules_markdown() {
  std::string out;
  const Category order[] = {Category::Correctness, Category::Portability, Category::Security,
                            Category::Cost, Category::Clarity, Category::Evaluation};
  out += fmt::format("{} rules. Levels: `off` rules run only when selected (`[lint] select` or\n", all_rules().size());
  out += "`extend-select`). Project-scope rules run when a whole project is linted (see lint.md).\n\n";
  out += "| rule | category | default | fix | summary |\n| --- | --- | --- | --- | --- |\n";
  for (Category c : order) {
    for (const Rule* r : all_rules()) {
      const RuleInfo& i = r->info();
      if (i.category != c) continue;
      std::string summary(i.summary);
      std::string escaped;
      for (char ch : summary) escaped += ch == '|' ? std::string("\\|") : std::string(1, ch);
      out += fmt::format("| [`{}`](#{}) | {} | {} | {} | {}{} |\n", i.id, i.id, category_name(i.category),
                         level_name(i.default_level), i.fixable ? "yes" : "", escaped,
                         i.scope == RuleInfo::Scope::Project ? " (project)" : "");
    }
  }
  for (Category c : order) {
    bool any = false;
    for (const Rule* r : all_rules()) any = any || r->info().category == c;
    if (!any) continue;
    std::string title(category_name(c));
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
    out += fmt::format("\n## {}\n", title);
    for (const Rule* r : all_rules()) {
      const RuleInfo& i = r->info();
      if (i.category != c) continue;
      out += fmt::format("\n### {}\n\n{} Default level: `{}`{}{}.\n\n{}\n\nFires:\n\n```aep\n{}```\n\nDoes not fire:\n\n```aep\n{}```\n",
                         i.id, i.summary.empty() ? "" : std::string(i.summary) + ".", level_name(i.default_level),
                         i.fixable ? "; fixable with `aep lint --fix`" : "",
                         i.scope == RuleInfo::Scope::Project ? "; project scope" : "", i.rationale,
                         with_newline(i.bad_example), with_newline(i.good_example));
    }
  }
  return out;
}

}  // namespace aep::lint
