// Header lists: case-insensitive lookup, secret marking and printable forms
// that never show a credential.
#include <catch2/catch.hpp>

#include "runtime/http/headers.hpp"
#include "runtime/http/request.hpp"
#include "runtime/http/response.hpp"

using namespace aep::http;

TEST_CASE("header lookup ignores the case of names") {
  Headers h;
  h.add("Retry-After", "3");
  h.add("content-type", "application/json");
  REQUIRE(h.get("retry-after") == std::optional<std::string_view>("3"));
  REQUIRE(h.get("RETRY-AFTER") == std::optional<std::string_view>("3"));
  REQUIRE(h.get("Content-Type") == std::optional<std::string_view>("application/json"));
  REQUIRE_FALSE(h.get("x-missing"));
  h.set("CONTENT-TYPE", "text/plain");
  REQUIRE(h.all().size() == 2);
  REQUIRE(*h.get("content-type") == "text/plain");
  h.remove("retry-AFTER");
  REQUIRE_FALSE(h.contains("Retry-After"));
}

TEST_CASE("credential headers are secret whatever the caller says") {
  Headers h;
  h.add("Authorization", "Bearer sk-proj-abcdefghijklmnop1234");
  h.add("x-api-key", "sk-ant-api03-secretvalue");
  h.add("X-Goog-Api-Key", "AIzaSyD-secretvalue123456");
  h.add("x-custom-token", "my-own-secret", /*secret=*/true);
  h.add("anthropic-version", "2023-06-01");
  for (const Header& header : h.all()) {
    INFO(header.name);
    REQUIRE(header.secret == (header.name != "anthropic-version"));
  }
  std::string text = h.describe();
  REQUIRE(text.find("sk-proj-abcdefghijklmnop1234") == std::string::npos);
  REQUIRE(text.find("sk-ant-api03-secretvalue") == std::string::npos);
  REQUIRE(text.find("AIzaSyD-secretvalue123456") == std::string::npos);
  REQUIRE(text.find("my-own-secret") == std::string::npos);
  REQUIRE(text.find("anthropic-version: 2023-06-01") != std::string::npos);
  REQUIRE(text.find("Authorization: [secret]") != std::string::npos);
}

TEST_CASE("request descriptions hide keys in headers, query strings and user info") {
  Request r;
  r.url = "https://generativelanguage.googleapis.com/v1beta/models/g:generateContent?alt=sse&key=AIzaSECRET123";
  r.headers.add("x-goog-api-key", "AIzaSECRET123");
  std::string d = r.describe();
  REQUIRE(d.find("AIzaSECRET123") == std::string::npos);
  REQUIRE(d.find("alt=sse&key=[secret]") != std::string::npos);
  REQUIRE(redact_url("https://user:pa55@example.com/v1?x=1") == "https://[secret]@example.com/v1?x=1");
  REQUIRE(redact_url("http://127.0.0.1:8080/v1/chat/completions") == "http://127.0.0.1:8080/v1/chat/completions");
}

TEST_CASE("error kinds have readable names") {
  REQUIRE(error_kind_name(ErrorKind::Timeout) == "timeout");
  REQUIRE(error_kind_name(ErrorKind::Cancelled) == "cancelled");
  REQUIRE(error_kind_name(ErrorKind::Partial) == "truncated response");
}
