// The HTML report: one self-contained file (inline CSS and SVG, no script,
// no external asset) with, per suite, its gates, a chart of per-slice pass
// rates with 95% interval bars (and the baseline's rate as a tick when there
// is one), metrics of baseline against candidate, and the failing items;
// then a chart of cost and latency per suite. Text is escaped everywhere:
// model outputs are untrusted.
#include <algorithm>

#include <fmt/format.h>

#include "eval/report.hpp"

namespace aep::eval {
namespace {

std::string esc(std::string_view s) { return xml_escape(s); }

const SuiteComparison* comparison_for(const RunResult& run, const std::string& id) {
  for (const auto& c : run.comparisons)
    if (c.suite == id) return &c;
  return nullptr;
}

// Horizontal bars in [0, 1]: label, value, optional interval, optional baseline tick.
struct Bar {
  std::string label;
  double value = 0;
  std::optional<stats::Interval> ci;
  std::optional<double> baseline;
  std::string note;
};

std::string bar_chart(const std::vector<Bar>& bars, const std::string& title) {
  const int left = 150, width = 420, row = 26, top = 28;
  int height = top + row * static_cast<int>(bars.size()) + 24;
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">"
      "<text x=\"0\" y=\"16\" class=\"t\">{}</text>",
      left + width + 140, height, esc(title), esc(title));
  for (int tick = 0; tick <= 4; ++tick) {
    double x = left + width * tick / 4.0;
    svg += fmt::format("<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" class=\"grid\"/>"
                       "<text x=\"{:.1f}\" y=\"{}\" class=\"ax\" text-anchor=\"middle\">{}%</text>",
                       x, top - 4, x, height - 20, x, height - 6, tick * 25);
  }
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    int y = top + row * static_cast<int>(i);
    double w = std::clamp(b.value, 0.0, 1.0) * width;
    svg += fmt::format("<text x=\"{}\" y=\"{}\" class=\"lb\" text-anchor=\"end\">{}</text>", left - 6, y + 16, esc(b.label));
    svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"16\" class=\"bar\"><title>{}: {:.1f}%</title></rect>",
                       left, y + 4, w, esc(b.label), 100 * b.value);
    if (b.ci) {
      double x1 = left + std::clamp(b.ci->lower, 0.0, 1.0) * width, x2 = left + std::clamp(b.ci->upper, 0.0, 1.0) * width;
      svg += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{2:.1f}\" y2=\"{1}\" class=\"ci\"/>"
                         "<line x1=\"{0:.1f}\" y1=\"{3}\" x2=\"{0:.1f}\" y2=\"{4}\" class=\"ci\"/>"
                         "<line x1=\"{2:.1f}\" y1=\"{3}\" x2=\"{2:.1f}\" y2=\"{4}\" class=\"ci\"/>",
                         x1, y + 12, x2, y + 7, y + 17);
    }
    if (b.baseline) {
      double x = left + std::clamp(*b.baseline, 0.0, 1.0) * width;
      svg += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" class=\"base\"><title>baseline {3:.1f}%</title></line>",
                         x, y + 1, y + 23, 100 * *b.baseline);
    }
    svg += fmt::format("<text x=\"{}\" y=\"{}\" class=\"lb\">{:.1f}%{}</text>", left + width + 8, y + 16, 100 * b.value,
                       b.note.empty() ? "" : " " + esc(b.note));
  }
  return svg + "</svg>";
}

std::string cost_latency_chart(const RunResult& run) {
  double max_latency = 1, max_cost = 0;
  for (const SuiteResult& s : run.suites) {
    max_latency = std::max(max_latency, s.latency_p95);
    max_cost = std::max(max_cost, s.cost_usd);
  }
  const int left = 260, width = 300, row = 34, top = 28;
  int height = top + row * static_cast<int>(run.suites.size()) + 10;
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"latency and cost\">"
      "<text x=\"0\" y=\"16\" class=\"t\">Latency p50 / p95 (ms, light: p95) and cost per suite</text>",
      left + width + 220, height);
  for (std::size_t i = 0; i < run.suites.size(); ++i) {
    const SuiteResult& s = run.suites[i];
    int y = top + row * static_cast<int>(i);
    svg += fmt::format("<text x=\"{}\" y=\"{}\" class=\"lb\" text-anchor=\"end\">{}</text>", left - 6, y + 14, esc(s.id));
    svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"12\" class=\"p95\"/>", left, y + 4,
                       width * s.latency_p95 / max_latency);
    svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"12\" class=\"bar\"/>", left, y + 4,
                       width * s.latency_p50 / max_latency);
    if (max_cost > 0)
      svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"6\" class=\"cost\"/>", left, y + 18,
                         width * s.cost_usd / max_cost);
    svg += fmt::format("<text x=\"{}\" y=\"{}\" class=\"lb\">{:.0f} / {:.0f} ms · {}</text>", left + width + 8, y + 14,
                       s.latency_p50, s.latency_p95, s.cost_known ? fmt::format("${:.4f}", s.cost_usd) : "cost unknown");
  }
  return svg + "</svg>";
}

}  // namespace

std::string report_html(const RunResult& run) {
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>aep test report</title><style>\n"
       "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}"
       "h1{font-size:20px}h2{font-size:17px;margin-top:32px;border-bottom:1px solid #ddd}"
       ".sim{background:#fff4ce;border:1px solid #e0c060;padding:8px 12px;font-weight:600}"
       ".pass{color:#17702a;font-weight:600}.fail{color:#b3261e;font-weight:600}.err{color:#7a3fa0;font-weight:600}"
       "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}"
       "code{background:#f4f4f4;padding:0 3px}"
       "svg .t{font-weight:600;font-size:13px}svg .lb{font-size:12px}svg .ax{font-size:10px;fill:#666}"
       "svg .grid{stroke:#eee}svg .bar{fill:#4a7bd0}svg .p95{fill:#b9cdf0}svg .cost{fill:#d08a2a}"
       "svg .ci{stroke:#111;stroke-width:1.5}svg .base{stroke:#b3261e;stroke-width:3}\n"
       "</style></head><body>\n";
  h += "<h1>aep test report</h1>\n";
  if (run.sim) h += fmt::format("<p class=\"sim\">{}</p>\n", esc(kSimNotice));
  h += fmt::format("<p>project <code>{}</code> · provider <code>{}</code> · model <code>{}</code> · started {} · {:.1f} s · "
                   "bootstrap seed {}</p>\n",
                   esc(run.project), esc(run.provider), esc(run.model), esc(run.started), run.seconds, run.seed);
  h += fmt::format("<p>Gates: <span class=\"{}\">{}</span>", run.gates_passed() ? "pass" : "fail",
                   run.gates_passed() ? "all pass" : "failed");
  if (run.baseline_source)
    h += fmt::format(" · baseline {}: <span class=\"{}\">{}</span>", esc(*run.baseline_source), run.regressed() ? "fail" : "pass",
                     run.regressed() ? "regression" : "no regression");
  h += "</p>\n";
  for (const std::string& n : run.notes) h += fmt::format("<p>note: {}</p>\n", esc(n));

  for (const SuiteResult& s : run.suites) {
    const SuiteComparison* cmp = comparison_for(run, s.id);
    h += fmt::format("<h2>{} <code>{}</code> for <code>{}</code></h2>\n", esc(s.kind), esc(s.id), esc(s.prompt));
    if (!s.description.empty()) h += fmt::format("<p>{}</p>\n", esc(s.description));
    h += fmt::format("<p><span class=\"pass\">{} passed</span> · <span class=\"fail\">{} failed</span> · "
                     "<span class=\"err\">{} errored</span>{}</p>\n",
                     s.passed, s.failed, s.errored,
                     s.data_file.empty() ? "" : fmt::format(" · data <code>{}</code> sha256 <code>{}</code>", esc(s.data_file), esc(s.data_sha256.substr(0, 16))));
    if (!s.gates.empty()) {
      h += "<table><tr><th>gate</th><th>measured</th><th>95% interval</th><th>verdict</th></tr>\n";
      for (const GateOutcome& g : s.gates) {
        h += fmt::format("<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td class=\"{}\">{}{}</td></tr>\n", esc(g.gate.text),
                         g.value ? fmt::format("{:.3f}", *g.value) : "—",
                         g.ci ? fmt::format("[{:.3f}, {:.3f}]", g.ci->lower, g.ci->upper) : "—", g.passed ? "pass" : "fail",
                         g.passed ? "pass" : "FAIL", g.note.empty() ? "" : " — " + esc(g.note));
      }
      h += "</table>\n";
    }
    if (!s.slices.empty()) {
      std::vector<Bar> bars;
      for (const SliceSummary& sl : s.slices) {
        Bar b{sl.name, sl.accuracy.mean, std::nullopt, std::nullopt, fmt::format("n={}", sl.accuracy.n)};
        if (sl.accuracy.has_ci) b.ci = sl.accuracy.ci;
        if (cmp) {
          for (const auto& g : cmp->comparison.slices)
            if (g.name == sl.name) b.baseline = g.pass_fail.baseline_rate;
        }
        bars.push_back(std::move(b));
      }
      h += bar_chart(bars, cmp ? "Pass rate per slice (bars: 95% CI; red tick: baseline)" : "Pass rate per slice (bars: 95% CI)") + "\n";
    }
    if (s.kind == "eval") {
      std::vector<Bar> bars;
      for (const MetricSummary& m : s.metrics) {
        Bar b{m.name, m.mean, std::nullopt, std::nullopt, ""};
        if (m.has_ci) b.ci = m.ci;
        if (cmp) {
          auto it = cmp->baseline_metrics.find(m.name);
          if (it != cmp->baseline_metrics.end()) {
            b.baseline = it->second;
            b.note = fmt::format("(baseline {:.1f}%)", 100 * it->second);
          }
        }
        bars.push_back(std::move(b));
      }
      h += bar_chart(bars, cmp ? "Metrics: candidate (bars) against baseline (red tick)" : "Metrics (bars: 95% CI)") + "\n";
    }
    if (cmp) {
      const auto& o = cmp->comparison.overall;
      h += fmt::format("<p>Against the baseline: pass rate {:.1f}% → {:.1f}%, {} pass→fail, {} fail→pass, exact McNemar "
                       "p = {:.4g}: <span class=\"{}\">{}</span></p>\n",
                       100 * o.pass_fail.baseline_rate, 100 * o.pass_fail.candidate_rate, o.pass_fail.pass_to_fail,
                       o.pass_fail.fail_to_pass, o.pass_fail.p_value, cmp->comparison.regressed ? "fail" : "pass",
                       cmp->comparison.regressed ? "regression" : "no regression");
      if (!cmp->comparison.reasons.empty()) {
        h += "<ul>";
        for (const auto& r : cmp->comparison.reasons) h += "<li>" + esc(r) + "</li>";
        h += "</ul>\n";
      }
      if (!cmp->comparison.regressions.empty()) {
        std::string ids;
        for (const auto& id : cmp->comparison.regressions) ids += (ids.empty() ? "" : ", ") + esc(id);
        h += "<p>pass → fail: " + ids + "</p>\n";
      }
    }
    std::string rows;
    std::size_t listed = 0;
    for (const ItemResult& item : s.items) {
      if (item.pass.value_or(false) || listed >= 50) continue;
      ++listed;
      std::string why, answer;
      for (const TrialOutcome& t : item.trials) {
        if (t.pass.value_or(true) && t.error.empty()) continue;
        why = t.error;
        if (const CheckOutcome* c = first_failed_check(t)) why = describe_failure(*c);
        answer = t.output.is_null() ? t.output_text : t.output.dump();
        break;
      }
      if (answer.size() > 400) answer = answer.substr(0, 400) + "…";
      rows += fmt::format("<tr><td><code>{}</code></td><td>{}</td><td class=\"{}\">{}</td><td>{}</td><td><code>{}</code></td></tr>\n",
                          esc(item.id), esc(item.slice), item.pass ? "fail" : "err", item.pass ? "fail" : "errored", esc(why),
                          esc(answer));
    }
    for (const std::string& p : s.problems) rows += fmt::format("<tr><td colspan=\"5\">data: {}</td></tr>\n", esc(p));
    if (!rows.empty())
      h += "<table><tr><th>item</th><th>slice</th><th>status</th><th>why</th><th>answer</th></tr>\n" + rows + "</table>\n";
  }
  h += "<h2>Cost and latency</h2>\n" + cost_latency_chart(run) + "\n";
  h += "<p>Intervals: bootstrap (BCa, 10,000 resamples unless set otherwise). Paired tests: exact McNemar on pass/fail, "
       "paired bootstrap with a sign-flip permutation p-value on scores; slice p-values Holm-adjusted.</p>\n";
  h += "</body></html>\n";
  return h;
}

}  // namespace aep::eval
