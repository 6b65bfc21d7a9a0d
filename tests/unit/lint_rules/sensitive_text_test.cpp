// The secret and personal-data detectors behind secret-in-prompt and
// personal-data: each key format is found with its exact extent, placeholders
// and look-alikes are not, and what a finding shows is masked.
#include <catch2/catch.hpp>

#include "compiler/lint/rules/sensitive_text.hpp"

using namespace aep::lint::rules;

namespace {

std::vector<std::string> found_secrets(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : find_secrets(text)) out.emplace_back(text.substr(m.begin, m.end - m.begin));
  return out;
}

std::vector<std::pair<SensitiveKind, std::string>> found_personal(std::string_view text) {
  std::vector<std::pair<SensitiveKind, std::string>> out;
  for (const auto& m : find_personal_data(text)) out.emplace_back(m.kind, std::string(text.substr(m.begin, m.end - m.begin)));
  return out;
}

}  // namespace

TEST_CASE("each common API key format is found with its exact extent") {
  struct Case {
    std::string key;
    SensitiveKind kind;
  };
  std::vector<Case> cases = {
      {"sk-proj-4fT9aQ2LmZ8xR7vB1nK3sW6yD0hJ5cE2", SensitiveKind::OpenAIKey},
      {"sk-4fT9aQ2LmZ8xR7vB1nK3sW6yD0hJ5cE2aB", SensitiveKind::OpenAIKey},
      {"sk-ant-api03-Zx8Kq2Lm9Vb4Nc7Rt1Yw5Pa3Sd6Fg0Hj", SensitiveKind::AnthropicKey},
      {"AIzaSyD4fT9aQ2LmZ8xR7vB1nK3sW6yD0hJ5cE2", SensitiveKind::GoogleKey},
      {"AKIAQ7ZK3M5N2P4R6T8V", SensitiveKind::AwsAccessKey},
      {"ghp_4fT9aQ2LmZ8xR7vB1nK3sW6yD0hJ5cE2aBcD", SensitiveKind::GitHubToken},
      {"github_pat_11ABCDEFG0aQ2LmZ8xR7vB1_nK3sW6yD0hJ5cE2", SensitiveKind::GitHubToken},
      {"xoxb-2718281828-3141592653-Zx8Kq2Lm9Vb4", SensitiveKind::SlackToken},
  };
  for (const Case& c : cases) {
    INFO(c.key);
    std::string text = "Use the key " + c.key + " for the API.";
    auto matches = find_secrets(text);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].kind == c.kind);
    CHECK(text.substr(matches[0].begin, matches[0].end - matches[0].begin) == c.key);
  }
}

TEST_CASE("private key blocks and bearer tokens are secrets") {
  std::string pem = "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\nend";
  auto m = find_secrets(pem);
  REQUIRE(m.size() == 1);
  CHECK(m[0].kind == SensitiveKind::PrivateKey);
  CHECK(pem.substr(m[0].begin, m[0].end - m[0].begin).ends_with("-----END RSA PRIVATE KEY-----"));
  CHECK(found_secrets("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----").empty());
  CHECK(found_secrets("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.x9Kq") ==
        std::vector<std::string>{"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.x9Kq"});
}

TEST_CASE("placeholders and look-alikes are not secrets") {
  CHECK(found_secrets("set OPENAI_API_KEY=sk-... or sk-XXXXXXXXXXXXXXXXXXXXXXXX").empty());
  CHECK(found_secrets("sk-your-key-here-please-replace-it").empty());
  CHECK(found_secrets("the task-4fT9aQ2LmZ8xR7vB1nK3sW6yD0hJ5cE2 id").empty());  // `sk-` inside a word
  CHECK(found_secrets("sk-short").empty());
  CHECK(found_secrets("AKIA1234").empty());                                  // too short for an AWS key id
  CHECK(found_secrets("AKIAQ7ZK3M5N2P4R6T8VX9").empty());                    // too long: not a key id
  CHECK(found_secrets("ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").empty());  // one repeated character
}

TEST_CASE("e-mail addresses are personal data unless the domain is reserved for examples") {
  CHECK(found_personal("Write to jane.doe@gmail.com today") ==
        std::vector<std::pair<SensitiveKind, std::string>>{{SensitiveKind::Email, "jane.doe@gmail.com"}});
  CHECK(found_personal("Write to jane@example.com or ops@acme.example or a@b.test").empty());
  CHECK(found_personal("the @mention and user@localhost").empty());
  CHECK(found_personal("version 1.2@3").empty());
}

TEST_CASE("card numbers need the Luhn check and are not the networks' test numbers") {
  CHECK(luhn_valid("4539148803436467"));
  CHECK_FALSE(luhn_valid("4539148803436468"));
  CHECK(found_personal("card 4539 1488 0343 6467 please") ==
        std::vector<std::pair<SensitiveKind, std::string>>{{SensitiveKind::Card, "4539 1488 0343 6467"}});
  CHECK(found_personal("card 4539-1488-0343-6467.") ==
        std::vector<std::pair<SensitiveKind, std::string>>{{SensitiveKind::Card, "4539-1488-0343-6467"}});
  CHECK(found_personal("test card 4242 4242 4242 4242").empty());
  CHECK(found_personal("order 4539148803436468 shipped").empty());  // fails Luhn: an id
}

TEST_CASE("phone numbers need a phone shape; ids, dates, times and versions are not phones") {
  using V = std::vector<std::pair<SensitiveKind, std::string>>;
  CHECK(found_personal("call +44 20 7946 0958 now") == V{{SensitiveKind::Phone, "+44 20 7946 0958"}});
  CHECK(found_personal("call (415) 555-2671 now") == V{{SensitiveKind::Phone, "(415) 555-2671"}});
  CHECK(found_personal("call 415-555-2671.") == V{{SensitiveKind::Phone, "415-555-2671"}});
  CHECK(found_personal("call 555-2671") == V{{SensitiveKind::Phone, "555-2671"}});
  CHECK(found_personal("order 88213 and invoice 1234567 and AC-104233").empty());
  CHECK(found_personal("since 2025-01-31 at 09:40 UTC").empty());
  CHECK(found_personal("version 10.4.12 and 3.14159").empty());
  CHECK(found_personal("between 1 and 5, 4 when blocked").empty());
}

TEST_CASE("what a finding shows is masked") {
  std::string text = "sk-proj-4fT9aQ2LmZ8xR7vB1nK3sW6yD0hJ5cE2";
  auto m = find_secrets(text);
  REQUIRE(m.size() == 1);
  std::string s = shown(m[0], text);
  CHECK(s == "sk-…5cE2");
  std::string card = "4539 1488 0343 6467";
  auto c = find_personal_data(card);
  REQUIRE(c.size() == 1);
  CHECK(shown(c[0], card) == "…6467");
}
