// Retry classification and delays; see retry.hpp for the rules.
#include "runtime/http/retry.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>

#include <nlohmann/json.hpp>

namespace aep::http {

namespace {

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::optional<double> parse_number(std::string_view s) {
  std::string t = trim(s);
  if (t.empty()) return std::nullopt;
  double v = 0;
  auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (ec != std::errc() || ptr != t.data() + t.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// The error code or type of an OpenAI- or Anthropic-shaped error body.
bool body_names_error(const std::string& body, std::string_view name) {
  if (body.find(name) == std::string::npos) return false;  // cheap test first
  auto json = nlohmann::json::parse(body, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return false;
  auto field_is = [&](const nlohmann::json& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() && it->get<std::string>() == name;
  };
  auto err = json.find("error");
  if (err != json.end() && err->is_object()) {
    return field_is(*err, "code") || field_is(*err, "type") || field_is(*err, "status");
  }
  return field_is(json, "code") || field_is(json, "type");
}

}  // namespace

std::vector<BodyClassifier> default_body_classifiers() {
  std::vector<BodyClassifier> out;
  out.emplace_back([](const Response& r) -> BodyClassification {
    if (r.status == 429 && body_names_error(r.body, "insufficient_quota")) {
      return {BodyVerdict::NeverRetry, "insufficient_quota"};
    }
    return {};
  });
  out.emplace_back([](const Response& r) -> BodyClassification {
    if (r.status >= 400 && body_names_error(r.body, "enforced_spend_limit_reached")) {
      return {BodyVerdict::NeverRetry, "enforced_spend_limit_reached"};
    }
    return {};
  });
  return out;
}

RetryDecision classify(const Response& r, const RetryOptions& options) {
  switch (r.error) {
    case ErrorKind::None: break;
    case ErrorKind::Timeout: return {true, Outcome::TimedOut, "timeout"};
    case ErrorKind::Connect: return {true, Outcome::Failed, "connect"};
    case ErrorKind::Partial: return {true, Outcome::Failed, "truncated body"};
    case ErrorKind::Transport: return {true, Outcome::Failed, "transport"};
    case ErrorKind::Cancelled: return {false, Outcome::Final, "cancelled"};
    case ErrorKind::Deadline: return {false, Outcome::Final, "deadline"};
    case ErrorKind::Invalid: return {false, Outcome::Final, "invalid request"};
  }
  if (r.status >= 200 && r.status < 300) return {false, Outcome::Success, ""};

  Outcome outcome = Outcome::ClientError;
  if (r.status == 429) outcome = Outcome::RateLimited;
  else if (r.status >= 500) outcome = Outcome::Overloaded;

  for (const auto& classifier : options.classifiers) {
    BodyClassification c = classifier(r);
    if (c.verdict == BodyVerdict::NeverRetry) return {false, outcome, c.reason};
    if (c.verdict == BodyVerdict::Retry) return {true, outcome, c.reason};
  }
  if (auto hint = r.headers.get("x-should-retry")) {
    std::string v = trim(*hint);
    if (v == "true") return {true, outcome, std::to_string(r.status) + " (x-should-retry: true)"};
    if (v == "false") return {false, outcome, "x-should-retry: false"};
  }
  bool retryable = r.status == 408 || r.status == 409 || r.status == 429 || r.status >= 500;
  return {retryable, outcome, std::to_string(r.status)};
}

std::optional<WallTime> parse_http_date(std::string_view text) {
  std::string t = trim(text);
  static constexpr const char* kFormats[] = {
      "%a, %d %b %Y %H:%M:%S GMT",  // IMF-fixdate
      "%A, %d-%b-%y %H:%M:%S GMT",  // RFC 850
      "%a %b %d %H:%M:%S %Y",       // asctime
  };
  for (const char* format : kFormats) {
    std::tm tm{};
    const char* end = strptime(t.c_str(), format, &tm);
    if (end != nullptr && *end == '\0') {
      time_t secs = timegm(&tm);
      if (secs == static_cast<time_t>(-1)) return std::nullopt;
      return std::chrono::system_clock::from_time_t(secs);
    }
  }
  return std::nullopt;
}

std::optional<Duration> server_retry_delay(const Headers& headers, WallTime wall_now) {
  if (auto ms = headers.get("retry-after-ms")) {
    if (auto v = parse_number(*ms); v && *v >= 0) {
      return std::chrono::duration_cast<Duration>(std::chrono::duration<double, std::milli>(*v));
    }
  }
  if (auto ra = headers.get("retry-after")) {
    if (auto v = parse_number(*ra); v && *v >= 0) return from_seconds(*v);
    if (auto date = parse_http_date(*ra)) {
      auto d = std::chrono::duration_cast<Duration>(*date - wall_now);
      return std::max(d, Duration(0));
    }
  }
  return std::nullopt;
}

Duration backoff_delay(int retry_index, const RetryOptions& options, double unit_random) {
  double base = to_seconds(options.initial_backoff);
  double cap = to_seconds(options.max_backoff);
  double ceiling = std::min(cap, base * std::pow(2.0, std::clamp(retry_index, 0, 60)));
  double r = std::clamp(unit_random, 0.0, 1.0);
  return from_seconds(ceiling * r);
}

}  // namespace aep::http
