// Parsing and picking seeded faults (see faults.hpp for the grammar).
#include "runtime/emulator/faults.hpp"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "runtime/sim/latency.hpp"

namespace aep::emulator {

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    std::size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

Expected<double> number(std::string_view text, std::string_view where) {
  double v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v) || v < 0)
    return Error{fmt::format("fault `{}`: `{}` is not a non-negative number", where, text)};
  return v;
}

}  // namespace

std::string_view fault_name(FaultKind kind) {
  switch (kind) {
    case FaultKind::None: return "none";
    case FaultKind::RateLimit: return "429";
    case FaultKind::Quota: return "quota";
    case FaultKind::ServerError: return "500";
    case FaultKind::Unavailable: return "503";
    case FaultKind::Overloaded: return "529";
    case FaultKind::Hang: return "hang";
    case FaultKind::Truncate: return "truncate";
    case FaultKind::Malformed: return "malformed";
    case FaultKind::CutStream: return "cut-stream";
  }
  return "none";
}

Expected<FaultPlan> parse_faults(std::string_view spec) {
  FaultPlan plan;
  spec = trim(spec);
  if (spec.empty() || spec == "none") return plan;
  double total = 0;
  for (std::string_view entry : split(spec, ',')) {
    entry = trim(entry);
    if (entry.empty()) return Error{fmt::format("faults `{}`: an entry is empty (two commas in a row?)", spec)};
    auto fields = split(entry, ':');
    if (fields.size() < 2)
      return Error{fmt::format("fault `{}`: expected KIND:PROBABILITY, such as `429:0.05`", entry)};
    FaultRule rule;
    std::string_view kind = trim(fields[0]);
    static const std::pair<std::string_view, FaultKind> kKinds[] = {
        {"429", FaultKind::RateLimit}, {"quota", FaultKind::Quota}, {"500", FaultKind::ServerError},
        {"503", FaultKind::Unavailable}, {"529", FaultKind::Overloaded}, {"hang", FaultKind::Hang},
        {"truncate", FaultKind::Truncate}, {"malformed", FaultKind::Malformed}, {"cut-stream", FaultKind::CutStream}};
    for (auto [name, k] : kKinds)
      if (name == kind) rule.kind = k;
    if (rule.kind == FaultKind::None)
      return Error{fmt::format("fault `{}`: unknown kind `{}` (429, quota, 500, 503, 529, hang, truncate, "
                               "malformed, cut-stream)", entry, kind)};
    auto p = number(trim(fields[1]), entry);
    if (!p) return p.error();
    if (*p > 1) return Error{fmt::format("fault `{}`: the probability {} is above 1", entry, *p)};
    rule.probability = *p;
    for (std::size_t i = 2; i < fields.size(); ++i) {
      auto kv = trim(fields[i]);
      auto eq = kv.find('=');
      if (eq == std::string_view::npos) return Error{fmt::format("fault `{}`: option `{}` needs `=`", entry, kv)};
      auto key = kv.substr(0, eq);
      auto value = kv.substr(eq + 1);
      if (key == "retry-after" && rule.kind == FaultKind::RateLimit) {
        auto v = number(value, entry);
        if (!v) return v.error();
        rule.retry_after_s = *v;
      } else if (key == "retry-after-ms" && rule.kind == FaultKind::RateLimit) {
        auto v = number(value, entry);
        if (!v) return v.error();
        rule.retry_after_ms = *v;
      } else if (key == "for" && rule.kind == FaultKind::Hang) {
        auto v = sim::parse_duration_ms(value);
        if (!v) return Error{fmt::format("fault `{}`: {}", entry, v.error().message)};
        rule.hang_ms = *v;
      } else {
        return Error{fmt::format("fault `{}`: `{}` takes no option `{}` (429 takes retry-after and "
                                 "retry-after-ms, hang takes for)", entry, kind, key)};
      }
    }
    total += rule.probability;
    plan.rules.push_back(rule);
  }
  if (total > 1.0 + 1e-9) return Error{fmt::format("faults `{}`: the probabilities add up to {} (at most 1)", spec, total)};
  return plan;
}

const FaultRule& pick_fault(const FaultPlan& plan, double unit) {
  static const FaultRule kNone;
  double acc = 0;
  for (const auto& rule : plan.rules) {
    acc += rule.probability;
    if (unit < acc) return rule;
  }
  return kNone;
}

}  // namespace aep::emulator
