// Error bodies of every provider into a ProviderError (see provider_error.hpp).
// Shapes (PROVIDERS.md): OpenAI {error: {message, type, code}}; Anthropic
// {type: "error", error: {type, message}}; Gemini {error: {code, message,
// status}} (sometimes inside a one-element array); Ollama {error}.
#include "runtime/providers/provider_error.hpp"

#include <charconv>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace aep::providers {

namespace {

std::string text_of(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  return v.dump();
}

std::optional<double> seconds(const std::string& text) {
  double v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || v < 0) return std::nullopt;
  return v;
}

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

}  // namespace

std::string ProviderError::to_string() const {
  std::string what = type.empty() ? code : (code.empty() || code == type ? type : type + "/" + code);
  std::string out = fmt::format("{} {}{}{}: {}", provider_name(provider), status, what.empty() ? "" : " ", what,
                                message.empty() ? "(no message)" : message);
  if (!request_id.empty()) out += fmt::format(" (request {})", request_id);
  return out;
}

void apply_retry_hints(ProviderError& e, const Headers& headers) {
  if (auto ms = find_header(headers, "retry-after-ms")) {
    if (auto v = seconds(*ms)) e.retry_after_s = *v / 1000.0;
  }
  if (!e.retry_after_s) {
    if (auto s = find_header(headers, "retry-after")) e.retry_after_s = seconds(*s);
  }
  e.quota = e.quota || contains(e.code, "insufficient_quota") || contains(e.type, "insufficient_quota") ||
            contains(e.message, "insufficient_quota") || contains(e.message, "enforced_spend_limit_reached") ||
            contains(e.type, "billing_error");
  e.retryable = e.status == 408 || e.status == 409 || e.status == 429 || e.status >= 500 || e.status == 0;
  if (auto should = find_header(headers, "x-should-retry")) {
    if (*should == "true") e.retryable = true;
    if (*should == "false") e.retryable = false;
  }
  if (e.quota) e.retryable = false;
}

ProviderError parse_error(Provider provider, int status, const Headers& headers, std::string_view body) {
  ProviderError e;
  e.provider = provider;
  e.status = status;
  e.request_id = request_id_from(headers);
  auto doc = nlohmann::json::parse(body, nullptr, false);
  if (doc.is_array() && doc.size() == 1) doc = doc[0];  // Gemini sometimes wraps the error
  bool read = false;
  if (doc.is_object()) {
    auto err = doc.find("error");
    if (err != doc.end() && err->is_object()) {
      e.message = text_of(err->value("message", nlohmann::json()));
      if (provider == Provider::Gemini) {
        e.type = text_of(err->value("status", nlohmann::json()));
        e.code = text_of(err->value("code", nlohmann::json()));
      } else {
        e.type = text_of(err->value("type", nlohmann::json()));
        e.code = text_of(err->value("code", nlohmann::json()));
      }
      read = true;
    } else if (err != doc.end() && err->is_string()) {  // Ollama
      e.message = err->get<std::string>();
      read = true;
    }
  }
  if (!read) {
    std::string_view head = body.substr(0, 200);
    e.message = head.empty() ? "(empty error body)" : fmt::format("unexpected error body: {}", head);
  }
  apply_retry_hints(e, headers);
  return e;
}

}  // namespace aep::providers
