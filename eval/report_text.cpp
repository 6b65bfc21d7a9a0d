// The text summary of a run (see report.hpp): per suite its pass counts,
// metrics with intervals, slices, gates, the first failing items with the
// assertion that failed, and the comparison with the baseline with its
// evidence (pass -> fail items, p-values, slices below the margin).
#include <fmt/format.h>

#include "eval/report.hpp"

namespace aep::eval {
namespace {

struct Paint {
  bool on;
  std::string operator()(const char* code, const std::string& s) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : s;
  }
};

std::string pct(double v) { return fmt::format("{:.1f}%", 100.0 * v); }

std::string metric_line(const MetricSummary& m) {
  if (m.n == 0) return fmt::format("{}: no graded item", m.name);
  if (!m.has_ci) return fmt::format("{} = {:.3f} (n={})", m.name, m.mean, m.n);
  return fmt::format("{} = {:.3f}  95% CI [{:.3f}, {:.3f}]  (n={})", m.name, m.mean, m.ci.lower, m.ci.upper, m.n);
}

// The first line of a message: rendered diagnostics inside errors carry a
// source excerpt after it, which belongs in the JSON report, not a summary.
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

std::string one_line(std::string s, std::size_t max) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  if (s.size() > max) {
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "...";
  }
  return s;
}

}  // namespace

std::string report_text(const RunResult& run, const TextReportOptions& o) {
  Paint paint{o.color};
  std::string out;
  if (run.sim) out += paint("33", kSimNotice) + "\n\n";
  out += fmt::format("aep test: {} suite(s), provider {}, model {}{}\n", run.suites.size(),
                     run.provider.empty() ? "-" : run.provider, run.model.empty() ? "-" : run.model,
                     run.sim && !run.world.empty() ? fmt::format(", world {}", run.world) : "");
  for (const SuiteResult& s : run.suites) {
    // A test passes when its assertions hold; an eval when its gates do (some
    // failing items are expected in an eval, that is what the gates weigh).
    bool ok = s.kind == "test" ? s.failed == 0 && s.errored == 0 : s.gates_passed();
    out += fmt::format("\n{} {} {} ({}): {} passed, {} failed, {} errored{}\n", ok ? paint("32", "PASS") : paint("31", "FAIL"),
                       s.kind, s.id, s.prompt, s.passed, s.failed, s.errored,
                       s.samples > 1 ? fmt::format(", {} samples each", s.samples) : "");
    if (!s.data_file.empty())
      out += fmt::format("  data {} ({} rows, sha256 {})\n", s.data_file, s.data_rows, s.data_sha256.substr(0, 12));
    if (s.split)
      out += fmt::format("  split: {} part, seed {}, fraction {}, membership sha256 {}\n", (*s.split)["part"].get<std::string>(),
                         (*s.split)["seed"].get<std::uint64_t>(), (*s.split)["fraction"].get<double>(),
                         (*s.split)["membership_sha256"].get<std::string>().substr(0, 12));
    for (const std::string& p : s.problems) out += fmt::format("  {} {}\n", paint("33", "data:"), p);
    if (s.problems_dropped > 0) out += fmt::format("  ... and {} more data problems\n", s.problems_dropped);
    if (s.kind == "eval") {
      for (const MetricSummary& m : s.metrics) out += "  " + metric_line(m) + "\n";
      for (const SliceSummary& sl : s.slices) {
        out += fmt::format("    slice {:<14} {:>3}/{:<3} {}", sl.name, sl.passed, sl.passed + sl.failed,
                           sl.accuracy.n ? pct(sl.accuracy.mean) : "-");
        if (sl.accuracy.has_ci) out += fmt::format("  [{}, {}]", pct(sl.accuracy.ci.lower), pct(sl.accuracy.ci.upper));
        if (sl.errored) out += fmt::format("  ({} errored)", sl.errored);
        out += "\n";
      }
    }
    for (const GateOutcome& g : s.gates) {
      out += fmt::format("  gate {}: {} {}{}\n", g.gate.text, g.passed ? paint("32", "pass") : paint("31", "FAIL"),
                         g.value ? fmt::format("(measured {:.3f})", *g.value) : "(not measured)",
                         g.note.empty() ? "" : " — " + g.note);
    }
    if (s.flaky && !s.flaky->flaky.empty())
      out += fmt::format("  flaky: {} of {} items disagree across samples (mean disagreement {:.3f})\n",
                         s.flaky->flaky.size(), s.flaky->items, s.flaky->disagreement);
    std::size_t listed = 0;
    for (const ItemResult& item : s.items) {
      if (item.pass.value_or(false)) continue;
      if (listed++ == o.max_failures) {
        out += "  ...\n";
        break;
      }
      std::string where = item.line > 0 ? fmt::format("{}:{}", s.data_file, item.line) : s.id;
      if (!item.pass) {
        std::string why;
        for (const TrialOutcome& t : item.trials)
          if (!t.error.empty()) { why = t.error; break; }
        out += fmt::format("  {} item {} ({}): {}\n", paint("35", "errored"), item.id, where, one_line(first_line(why), 200));
        continue;
      }
      std::string why;
      for (const TrialOutcome& t : item.trials) {
        if (t.pass.value_or(true)) continue;
        if (const CheckOutcome* c = first_failed_check(t)) why = describe_failure(*c);
        if (s.threshold && t.error.empty())
          why = fmt::format("score {:.2f} < threshold {}{}", t.score, *s.threshold, why.empty() ? "" : "; first failure: " + why);
        if (why.empty() && !t.error.empty()) why = t.error;
        if (!why.empty()) {
          why += fmt::format("; answer: {}", one_line(t.output.is_null() ? t.output_text : t.output.dump(), 120));
          break;
        }
      }
      out += fmt::format("  {} item {} ({}): {}\n", paint("31", "failed"), item.id, where, why);
    }
  }
  if (run.baseline_source) {
    out += fmt::format("\nbaseline: {}\n", *run.baseline_source);
    for (const SuiteComparison& c : run.comparisons) {
      const auto& o2 = c.comparison.overall;
      out += fmt::format("  {} {}: pass rate {} -> {} ({} pass->fail, {} fail->pass, exact McNemar p = {:.4g})\n",
                         c.comparison.regressed ? paint("31", "REGRESSED") : paint("32", "ok"), c.suite,
                         pct(o2.pass_fail.baseline_rate), pct(o2.pass_fail.candidate_rate), o2.pass_fail.pass_to_fail,
                         o2.pass_fail.fail_to_pass, o2.pass_fail.p_value);
      if (o2.scores)
        out += fmt::format("    score change {:+.3f} [{:+.3f}, {:+.3f}] (paired bootstrap, permutation p = {:.4g})\n",
                           o2.scores->mean_difference, o2.scores->ci.lower, o2.scores->ci.upper, o2.scores->p_value);
      for (const std::string& r : c.comparison.reasons) out += "    - " + r + "\n";
      for (const auto& sl : c.comparison.slices) {
        if (!sl.non_inferiority || sl.non_inferiority->mean_difference >= -sl.non_inferiority->margin) continue;
        out += fmt::format("    slice `{}` below the margin: change {:+.3f} (margin {}), lower bound {:+.3f}, McNemar p = {:.4g}, Holm p = {:.4g}{}\n",
                           sl.name, sl.non_inferiority->mean_difference, sl.non_inferiority->margin,
                           sl.non_inferiority->lower_bound, sl.pass_fail.p_value, sl.adjusted_p,
                           sl.significant_drop ? "" : " (not significant)");
      }
      if (!c.comparison.regressions.empty()) {
        std::string ids;
        for (std::size_t i = 0; i < c.comparison.regressions.size() && i < 20; ++i)
          ids += (i ? ", " : "") + c.comparison.regressions[i];
        if (c.comparison.regressions.size() > 20) ids += ", ...";
        out += fmt::format("    pass -> fail: {}\n", ids);
      }
      if (c.comparison.errored) out += fmt::format("    {} item(s) errored in one run: not compared\n", c.comparison.errored);
    }
  }
  for (const std::string& n : run.notes) out += "note: " + n + "\n";
  std::size_t suites_ok = 0;
  for (const SuiteResult& s : run.suites)
    suites_ok += s.kind == "test" ? s.failed == 0 && s.errored == 0 : s.gates_passed();
  out += fmt::format("\n{} of {} suites pass; gates {}; {}{:.1f} s\n", suites_ok, run.suites.size(),
                     run.gates_passed() ? "pass" : "FAIL",
                     run.baseline_source ? (run.regressed() ? "REGRESSION against the baseline; " : "no regression; ") : "",
                     run.seconds);
  return out;
}

}  // namespace aep::eval
