// Redaction: keys always, personal data in --redact mode, and ordinary text
// (ids, dates, amounts) left alone.
#include <catch2/catch.hpp>

#include "runtime/trace/redact.hpp"

using namespace aep::trace;

TEST_CASE("API-key shapes are removed") {
  struct Case {
    const char* text;
    const char* secret;
  };
  const Case cases[] = {
      {"key sk-proj-Ab3dEf6hIj9kLmN0pQrStUvWxYz123456 here", "sk-proj-Ab3dEf6hIj9kLmN0pQrStUvWxYz123456"},
      {"old sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH.", "sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"},
      {"anthropic sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz_0123-xyz", "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz_0123-xyz"},
      {"gemini AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW end", "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"},
      {"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc", "eyJhbGciOiJIUzI1NiJ9"},
      {"aws AKIAIOSFODNN7EXAMPLE id", "AKIAIOSFODNN7EXAMPLE"},
      {"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
      {"gh ghp_1234567890abcdefghijABCDEFGHIJ123456 ok", "ghp_1234567890abcdefghijABCDEFGHIJ123456"},
      {"pat github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "github_pat_11ABCDEFG0123456789"},
  };
  for (const Case& c : cases) {
    std::string out = redact_secrets(c.text);
    INFO(c.text << " -> " << out);
    REQUIRE(out.find(c.secret) == std::string::npos);
    REQUIRE(out.find("[REDACTED:key]") != std::string::npos);
  }
  // Ordinary words are not keys.
  REQUIRE(redact_secrets("ask-me about the task-list, risk-free") == "ask-me about the task-list, risk-free");
}

TEST_CASE("keys after invalid UTF-8 are still found") {
  std::string text = "bad \xff\xfe bytes then sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX";
  REQUIRE(redact_secrets(text).find("sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX") == std::string::npos);
}

TEST_CASE("e-mails, phones and cards go in --redact mode only") {
  std::string text =
      "Mail jane.doe+tag@example.co.uk or call +1 (415) 555-0132 / 020 7946 0958; card 4111 1111 1111 1111.";
  std::string plain = redact_secrets(text);
  REQUIRE(plain == text);
  std::string out = redact_personal(text);
  INFO(out);
  REQUIRE(out.find("jane.doe") == std::string::npos);
  REQUIRE(out.find("[REDACTED:email]") != std::string::npos);
  REQUIRE(out.find("555-0132") == std::string::npos);
  REQUIRE(out.find("7946") == std::string::npos);
  REQUIRE(out.find("4111") == std::string::npos);
  REQUIRE(out.find("[REDACTED:card]") != std::string::npos);
  REQUIRE(out.find("[REDACTED:phone]") != std::string::npos);
  REQUIRE(out.find("Mail ") == 0);
}

TEST_CASE("card numbers must pass the Luhn check") {
  REQUIRE(luhn_valid("4111111111111111"));
  REQUIRE(luhn_valid("5500005555555559"));
  REQUIRE(luhn_valid("378282246310005"));
  REQUIRE_FALSE(luhn_valid("4111111111111112"));
  REQUIRE_FALSE(luhn_valid("41x1"));
  REQUIRE(redact_personal("card 5500-0055-5555-5559 ok").find("5559") == std::string::npos);
  // Sixteen digits failing Luhn: an order number, kept.
  REQUIRE(redact_personal("order 4111111111111112 shipped") == "order 4111111111111112 shipped");
}

TEST_CASE("dates, amounts, versions and short numbers survive --redact") {
  for (const char* text : {"released 2025-01-31 at 10:30", "total 1,234.56 EUR", "version 3.12.1", "item 42 of 100",
                           "id 12345", "ratio 0.95"}) {
    INFO(text);
    REQUIRE(redact_personal(text) == text);
  }
}
