// Case-insensitive header lists; see headers.hpp.
#include "runtime/http/headers.hpp"

#include <algorithm>
#include <array>

namespace aep::http {

namespace {
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

bool is_secret_header_name(std::string_view name) {
  // Credentials of OpenAI, Azure OpenAI, Anthropic, Gemini, generic bearer
  // schemes and proxies; cookies can carry session tokens too.
  static constexpr std::array<std::string_view, 8> kSecret = {
      "authorization", "proxy-authorization", "x-api-key", "x-goog-api-key",
      "api-key",       "cookie",              "set-cookie", "openai-organization-key"};
  return std::any_of(kSecret.begin(), kSecret.end(),
                     [&](std::string_view s) { return iequals(s, name); });
}

Headers::Headers(std::initializer_list<std::pair<std::string, std::string>> init) {
  for (const auto& [name, value] : init) add(name, value);
}

void Headers::add(std::string name, std::string value, bool secret) {
  bool is_secret = secret || is_secret_header_name(name);
  items_.push_back({std::move(name), std::move(value), is_secret});
}

void Headers::set(std::string name, std::string value, bool secret) {
  remove(name);
  add(std::move(name), std::move(value), secret);
}

void Headers::remove(std::string_view name) {
  std::erase_if(items_, [&](const Header& h) { return iequals(h.name, name); });
}

std::optional<std::string_view> Headers::get(std::string_view name) const {
  for (const Header& h : items_) {
    if (iequals(h.name, name)) return std::string_view(h.value);
  }
  return std::nullopt;
}

std::string Headers::describe() const {
  std::string out;
  for (const Header& h : items_) {
    out += h.name;
    out += ": ";
    out += h.secret ? std::string("[secret]") : h.value;
    out += '\n';
  }
  return out;
}

}  // namespace aep::http
