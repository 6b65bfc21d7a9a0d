// Printable forms of requests and error kinds, with secrets hidden.
#include "runtime/http/request.hpp"

#include <array>

#include "runtime/http/response.hpp"

namespace aep::http {

std::string redact_url(std::string_view url) {
  std::string out(url);
  // user:password@host
  size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    size_t host_start = scheme + 3;
    size_t path = out.find_first_of("/?#", host_start);
    size_t at = out.find('@', host_start);
    if (at != std::string::npos && (path == std::string::npos || at < path)) {
      out.replace(host_start, at - host_start, "[secret]");
    }
  }
  size_t query = out.find('?');
  if (query == std::string::npos) return out;
  static constexpr std::array<std::string_view, 5> kSecretParams = {"key", "api_key", "api-key",
                                                                    "access_token", "token"};
  std::string result = out.substr(0, query + 1);
  std::string_view rest = std::string_view(out).substr(query + 1);
  bool first = true;
  while (!rest.empty()) {
    size_t amp = rest.find('&');
    std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    size_t eq = pair.find('=');
    std::string_view name = pair.substr(0, eq);
    if (!first) result += '&';
    first = false;
    bool secret = false;
    for (std::string_view s : kSecretParams) secret = secret || iequals(s, name);
    if (secret && eq != std::string_view::npos) {
      result += std::string(name) + "=[secret]";
    } else {
      result += std::string(pair);
    }
  }
  return result;
}

std::string Request::describe() const {
  return method + " " + redact_url(url) + "\n" + headers.describe();
}

std::string_view error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::None: return "ok";
    case ErrorKind::Timeout: return "timeout";
    case ErrorKind::Deadline: return "deadline exceeded";
    case ErrorKind::Connect: return "connection failed";
    case ErrorKind::Partial: return "truncated response";
    case ErrorKind::Cancelled: return "cancelled";
    case ErrorKind::Transport: return "transfer failed";
    case ErrorKind::Invalid: return "invalid request";
  }
  return "unknown";
}

}  // namespace aep::http
