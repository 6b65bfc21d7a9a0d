// Detection of secrets (API keys, tokens, private keys) and personal data
// (e-mail addresses, phone numbers, payment card numbers) in text, with the
// position of each match. runtime/trace/redact.cpp replaces the same shapes
// before anything is written; the compiler may not include the runtime, so
// this is the compiler-side detector. It is hand-written (no regex engine):
// every pattern is a fixed prefix or a short character-class scan, which
// keeps it linear and lets each match carry a precise span.
//
// Matches aim at few false positives in prompt text: placeholders such as
// `sk-...` or `sk-XXXXXXXX` are not keys, reserved example domains
// (example.com, *.example, *.test, *.invalid, *.localhost) are not personal
// addresses, card numbers must pass the Luhn check and not be one of the
// networks' published test numbers, and a bare run of digits is never a
// phone number (ids and timestamps look like that).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace aep::lint::rules {

enum class SensitiveKind : unsigned char {
  OpenAIKey, AnthropicKey, GoogleKey, AwsAccessKey, GitHubToken, SlackToken, PrivateKey, BearerToken,
  Email, Phone, Card,
};

struct SensitiveMatch {
  SensitiveKind kind;
  std::size_t begin = 0;  // byte offsets into the scanned text
  std::size_t end = 0;
};

bool is_secret(SensitiveKind kind);
// "OpenAI API key", "e-mail address", ...
std::string_view describe(SensitiveKind kind);

// Secrets only / personal data only, in text order, never overlapping.
std::vector<SensitiveMatch> find_secrets(std::string_view text);
std::vector<SensitiveMatch> find_personal_data(std::string_view text);

// The Luhn checksum of a string of digits (no separators).
bool luhn_valid(std::string_view digits);

// How a match may be shown: secrets and card numbers masked, the rest as is.
std::string shown(const SensitiveMatch& match, std::string_view text);

}  // namespace aep::lint::rules
