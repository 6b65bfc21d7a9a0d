// JUnit XML (the dialect Jenkins, GitLab and GitHub reporters read): one
// <testsuite> per suite, one <testcase> per item (failure or error with the
// reason), one per gate, and one for the baseline comparison, so a CI page
// shows exactly what made the run fail.
#include <fmt/format.h>

#include "eval/report.hpp"

namespace aep::eval {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') out += "\xEF\xBF\xBD";
          else out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    bool valid = len > 0 && i + len <= text.size();
    for (std::size_t k = 1; valid && k < len; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (!valid) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

std::string report_junit(const RunResult& run) {
  std::string body;
  std::size_t total_tests = 0, total_failures = 0, total_errors = 0;
  for (const SuiteResult& s : run.suites) {
    std::string cases;
    std::size_t tests = 0, failures = 0, errors = 0;
    for (const ItemResult& item : s.items) {
      ++tests;
      cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_escape(s.id), xml_escape(item.id));
      double seconds = 0;
      for (const TrialOutcome& t : item.trials) seconds += t.latency_ms.value_or(0) / 1000.0;
      cases += fmt::format(" time=\"{:.3f}\"", seconds);
      if (item.pass.value_or(false)) {
        cases += "/>\n";
        continue;
      }
      std::string why;
      for (const TrialOutcome& t : item.trials) {
        if (!t.error.empty()) { why = t.error; break; }
        if (const CheckOutcome* c = first_failed_check(t)) why = describe_failure(*c);
        if (!why.empty()) break;
      }
      std::string detail;
      if (!item.trials.empty()) {
        const TrialOutcome& t = item.trials.front();
        detail = t.output.is_null() ? t.output_text : t.output.dump();
      }
      const char* tag = item.pass ? "failure" : "error";
      (item.pass ? failures : errors)++;
      cases += fmt::format(">\n      <{} message=\"{}\">{}</{}>\n    </testcase>\n", tag, xml_escape(why),
                           xml_escape(detail), tag);
    }
    for (const GateOutcome& g : s.gates) {
      ++tests;
      cases += fmt::format("    <testcase classname=\"{}\" name=\"gate {}\"", xml_escape(s.id), xml_escape(g.gate.text));
      if (g.passed) {
        cases += "/>\n";
      } else {
        ++failures;
        std::string msg = g.value ? fmt::format("measured {:.4f}", *g.value) : "not measured";
        cases += fmt::format(">\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n", xml_escape(msg), xml_escape(g.note));
      }
    }
    for (const SuiteComparison& c : run.comparisons) {
      if (c.suite != s.id) continue;
      ++tests;
      cases += fmt::format("    <testcase classname=\"{}\" name=\"no regression against the baseline\"", xml_escape(s.id));
      if (!c.comparison.regressed) {
        cases += "/>\n";
      } else {
        ++failures;
        std::string reasons;
        for (const auto& r : c.comparison.reasons) reasons += r + "\n";
        cases += fmt::format(">\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n",
                             xml_escape(c.comparison.reasons.empty() ? "regressed" : c.comparison.reasons.front()),
                             xml_escape(reasons));
      }
    }
    std::string props;
    if (run.sim) props = fmt::format("    <properties><property name=\"notice\" value=\"{}\"/></properties>\n", xml_escape(kSimNotice));
    body += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}{}  </testsuite>\n",
                        xml_escape(s.id), tests, failures, errors, props, cases);
    total_tests += tests;
    total_failures += failures;
    total_errors += errors;
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"aep test\" tests=\"{}\" failures=\"{}\" errors=\"{}\" time=\"{:.3f}\">\n{}</testsuites>\n",
                     total_tests, total_failures, total_errors, run.seconds, body);
}

}  // namespace aep::eval
