// Rate-limit header parsing; see rate_limit_headers.hpp.
#include "runtime/http/rate_limit_headers.hpp"

#include <charconv>
#include <cmath>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <string>

namespace aep::http {

namespace {

std::optional<long> parse_long(std::optional<std::string_view> s) {
  if (!s) return std::nullopt;
  std::string_view t = *s;
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r')) t.remove_suffix(1);
  long v = 0;
  auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (ec != std::errc() || ptr != t.data() + t.size() || v < 0) return std::nullopt;
  return v;
}

std::optional<Duration> parse_reset(std::optional<std::string_view> s, WallTime wall_now) {
  if (!s) return std::nullopt;
  if (auto d = parse_go_duration(*s)) return d;
  if (auto t = parse_rfc3339(*s)) {
    auto d = std::chrono::duration_cast<Duration>(*t - wall_now);
    return d < Duration(0) ? Duration(0) : d;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Duration> parse_go_duration(std::string_view text) {
  std::string t(text);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\r')) t.pop_back();
  while (!t.empty() && t.front() == ' ') t.erase(t.begin());
  if (t.empty()) return std::nullopt;
  double total = 0;
  size_t i = 0;
  bool any = false;
  while (i < t.size()) {
    double value = 0;
    auto [ptr, ec] = std::from_chars(t.data() + i, t.data() + t.size(), value);
    if (ec != std::errc() || !std::isfinite(value) || value < 0) return std::nullopt;
    i = static_cast<size_t>(ptr - t.data());
    std::string unit;
    while (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) unit += t[i++];
    double scale = 0;
    if (unit.empty() && i == t.size() && !any) scale = 1;  // bare seconds
    else if (unit == "h") scale = 3600;
    else if (unit == "m") scale = 60;
    else if (unit == "s") scale = 1;
    else if (unit == "ms") scale = 1e-3;
    else if (unit == "us" || unit == "µs") scale = 1e-6;
    else if (unit == "ns") scale = 1e-9;
    else return std::nullopt;
    total += value * scale;
    any = true;
  }
  return from_seconds(total);
}

std::optional<WallTime> parse_rfc3339(std::string_view text) {
  std::string t(text);
  int y, mo, d, h, mi;
  double sec;
  int consumed = 0;
  if (std::sscanf(t.c_str(), "%4d-%2d-%2dT%2d:%2d:%lf%n", &y, &mo, &d, &h, &mi, &sec, &consumed) != 6) {
    return std::nullopt;
  }
  std::string zone = t.substr(static_cast<size_t>(consumed));
  long offset = 0;
  if (zone == "Z" || zone == "z") {
    offset = 0;
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
    int oh = 0, om = 0;
    if (std::sscanf(zone.c_str() + 1, "%2d:%2d", &oh, &om) != 2) return std::nullopt;
    offset = (zone[0] == '-' ? -1 : 1) * (oh * 3600L + om * 60L);
  } else {
    return std::nullopt;
  }
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = 0;
  time_t base = timegm(&tm);
  if (base == static_cast<time_t>(-1)) return std::nullopt;
  auto whole = std::chrono::system_clock::from_time_t(base - offset);
  return whole + std::chrono::duration_cast<WallTime::duration>(std::chrono::duration<double>(sec));
}

RateLimitSnapshot read_rate_limit_headers(const Headers& h, WallTime wall_now) {
  RateLimitSnapshot s;
  s.requests_limit = parse_long(h.get("x-ratelimit-limit-requests"));
  s.requests_remaining = parse_long(h.get("x-ratelimit-remaining-requests"));
  s.requests_reset = parse_reset(h.get("x-ratelimit-reset-requests"), wall_now);
  s.tokens_limit = parse_long(h.get("x-ratelimit-limit-tokens"));
  s.tokens_remaining = parse_long(h.get("x-ratelimit-remaining-tokens"));
  s.tokens_reset = parse_reset(h.get("x-ratelimit-reset-tokens"), wall_now);

  if (!s.requests_remaining) {
    s.requests_limit = parse_long(h.get("anthropic-ratelimit-requests-limit"));
    s.requests_remaining = parse_long(h.get("anthropic-ratelimit-requests-remaining"));
    s.requests_reset = parse_reset(h.get("anthropic-ratelimit-requests-reset"), wall_now);
  }
  // Anthropic reports combined, input and output token budgets: the
  // tightest one decides when we must wait.
  for (const char* kind : {"tokens", "input-tokens", "output-tokens"}) {
    std::string prefix = std::string("anthropic-ratelimit-") + kind;
    auto remaining = parse_long(h.get(prefix + "-remaining"));
    if (!remaining) continue;
    if (!s.tokens_remaining || *remaining < *s.tokens_remaining) {
      s.tokens_remaining = remaining;
      s.tokens_limit = parse_long(h.get(prefix + "-limit"));
      s.tokens_reset = parse_reset(h.get(prefix + "-reset"), wall_now);
    }
  }
  return s;
}

}  // namespace aep::http
