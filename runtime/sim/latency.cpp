// Latency distributions: parsing and deterministic draws (see latency.hpp).
#include "runtime/sim/latency.hpp"

#include <cmath>
#include <charconv>

#include <fmt/format.h>

#include "runtime/sim/hash.hpp"

namespace aep::sim {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

Expected<double> parse_number(std::string_view text, std::string_view what) {
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(value)) {
    return Error{fmt::format("`{}` is not a number ({})", text, what)};
  }
  return value;
}

// A standard normal from a key (Box-Muller on two independent units).
double standard_normal(std::uint64_t key) {
  double u1 = unit_from_hash(hash_mix({key, 1}));
  double u2 = unit_from_hash(hash_mix({key, 2}));
  if (u1 < 1e-300) u1 = 1e-300;
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

}  // namespace

Expected<double> parse_duration_ms(std::string_view text) {
  text = trim(text);
  double scale = 1.0;
  if (text.ends_with("ms")) {
    text.remove_suffix(2);
  } else if (text.ends_with("us")) {
    text.remove_suffix(2);
    scale = 0.001;
  } else if (text.ends_with("s")) {
    text.remove_suffix(1);
    scale = 1000.0;
  }
  auto value = parse_number(text, "expected a duration such as `50ms` or `1.5s`");
  if (!value) return value.error();
  if (*value < 0) return Error{fmt::format("duration `{}` is negative", text)};
  return *value * scale;
}

Expected<LatencyDist> parse_latency(std::string_view spec) {
  spec = trim(spec);
  auto colon = spec.find(':');
  if (colon == std::string_view::npos) {
    return Error{fmt::format("latency `{}` has no kind: expected `fixed:50ms`, `uniform:20ms,80ms`, "
                             "`normal:50ms,10ms` or `lognormal:50ms,0.3`", spec)};
  }
  std::string_view kind = trim(spec.substr(0, colon));
  std::string_view args = spec.substr(colon + 1);
  std::string_view first = args, second;
  bool has_second = false;
  if (auto comma = args.find(','); comma != std::string_view::npos) {
    first = args.substr(0, comma);
    second = args.substr(comma + 1);
    has_second = true;
  }
  if (kind != "fixed" && kind != "uniform" && kind != "normal" && kind != "lognormal") {
    return Error{fmt::format("latency `{}`: unknown kind `{}` (fixed, uniform, normal, lognormal)", spec, kind)};
  }
  LatencyDist dist;
  auto a = parse_duration_ms(first);
  if (!a) return Error{fmt::format("latency `{}`: {}", spec, a.error().message)};
  dist.a_ms = *a;
  auto need_second = [&](bool want) -> Expected<bool> {
    if (want != has_second) {
      return Error{fmt::format("latency `{}`: `{}` takes {} argument{}", spec, kind, want ? 2 : 1,
                               want ? "s" : "")};
    }
    return true;
  };
  if (kind == "fixed") {
    if (auto r = need_second(false); !r) return r.error();
    dist.kind = LatencyDist::Kind::Fixed;
    return dist;
  }
  if (auto r = need_second(true); !r) return r.error();
  if (kind == "uniform" || kind == "normal") {
    auto b = parse_duration_ms(second);
    if (!b) return Error{fmt::format("latency `{}`: {}", spec, b.error().message)};
    dist.b = *b;
    dist.kind = kind == "uniform" ? LatencyDist::Kind::Uniform : LatencyDist::Kind::Normal;
    if (dist.kind == LatencyDist::Kind::Uniform && dist.b < dist.a_ms) {
      return Error{fmt::format("latency `{}`: the upper bound is below the lower bound", spec)};
    }
    return dist;
  }
  if (kind == "lognormal") {
    auto s = parse_number(trim(second), "the log-sd of a lognormal, such as 0.3");
    if (!s) return Error{fmt::format("latency `{}`: {}", spec, s.error().message)};
    if (*s < 0) return Error{fmt::format("latency `{}`: the log-sd is negative", spec)};
    dist.kind = LatencyDist::Kind::LogNormal;
    dist.b = *s;
    return dist;
  }
  return Error{fmt::format("latency `{}`: unknown kind `{}` (fixed, uniform, normal, lognormal)",
                           spec, kind)};
}

double draw_latency_ms(const LatencyDist& dist, std::uint64_t key) {
  switch (dist.kind) {
    case LatencyDist::Kind::Fixed:
      return dist.a_ms;
    case LatencyDist::Kind::Uniform:
      return dist.a_ms + (dist.b - dist.a_ms) * unit_from_hash(hash_mix({key, 0}));
    case LatencyDist::Kind::Normal:
      return std::max(0.0, dist.a_ms + dist.b * standard_normal(key));
    case LatencyDist::Kind::LogNormal:
      return dist.a_ms * std::exp(dist.b * standard_normal(key));
  }
  return dist.a_ms;
}

std::string latency_to_string(const LatencyDist& dist) {
  switch (dist.kind) {
    case LatencyDist::Kind::Fixed: return fmt::format("fixed:{}ms", dist.a_ms);
    case LatencyDist::Kind::Uniform: return fmt::format("uniform:{}ms,{}ms", dist.a_ms, dist.b);
    case LatencyDist::Kind::Normal: return fmt::format("normal:{}ms,{}ms", dist.a_ms, dist.b);
    case LatencyDist::Kind::LogNormal: return fmt::format("lognormal:{}ms,{}", dist.a_ms, dist.b);
  }
  return "fixed:0ms";
}

}  // namespace aep::sim
