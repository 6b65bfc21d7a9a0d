// Pattern-based redaction with PCRE2 (JIT); see redact.hpp.
#define PCRE2_CODE_UNIT_WIDTH 8
#include "runtime/trace/redact.hpp"

#include <pcre2.h>

#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace aep::trace {

namespace {

struct CodeDeleter {
  void operator()(pcre2_code* c) const { pcre2_code_free(c); }
};

// One compiled pattern and what replaces its matches. `accept` may veto a
// match (the Luhn check, a digit count) and leave the text as it was.
struct Rule {
  std::unique_ptr<pcre2_code, CodeDeleter> code;
  std::string replacement;
  std::function<bool(std::string_view)> accept;
};

Rule make_rule(const char* pattern, std::string replacement, std::function<bool(std::string_view)> accept = {}) {
  int error = 0;
  PCRE2_SIZE offset = 0;
  // Byte mode, not UTF mode: the patterns are ASCII, and in UTF mode an
  // invalid byte would stop matching and let a key after it through.
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern), PCRE2_ZERO_TERMINATED,
                                   0, &error, &offset, nullptr);
  if (code == nullptr) {
    // The patterns are constants of this file: failing to compile is a
    // programming error caught by the first test run.
    std::abort();
  }
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  return {std::unique_ptr<pcre2_code, CodeDeleter>(code), std::move(replacement), std::move(accept)};
}

std::string apply_rule(const Rule& rule, std::string_view text) {
  std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> match(
      pcre2_match_data_create_from_pattern(rule.code.get(), nullptr), pcre2_match_data_free);
  std::string out;
  size_t pos = 0;
  size_t copied = 0;
  while (pos <= text.size()) {
    int rc = pcre2_match(rule.code.get(), reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), pos, 0,
                         match.get(), nullptr);
    if (rc < 0) break;  // no further match
    PCRE2_SIZE* ov = pcre2_get_ovector_pointer(match.get());
    size_t start = ov[0], end = ov[1];
    if (end == start) {
      pos = end + 1;
      continue;
    }
    std::string_view found = text.substr(start, end - start);
    if (!rule.accept || rule.accept(found)) {
      out.append(text.substr(copied, start - copied));
      out += rule.replacement;
      copied = end;
    }
    pos = end;
  }
  out.append(text.substr(copied));
  return out;
}

size_t count_digits(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (c >= '0' && c <= '9') ? 1 : 0;
  return n;
}

const std::vector<Rule>& secret_rules() {
  static const std::vector<Rule> rules = [] {
    std::vector<Rule> r;
    // Anthropic before OpenAI: both start with sk-.
    r.push_back(make_rule(R"(sk-ant-[A-Za-z0-9_\-]{8,})", "[REDACTED:key]"));
    r.push_back(make_rule(R"(\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{16,})", "[REDACTED:key]"));
    r.push_back(make_rule(R"(\bAIza[0-9A-Za-z_\-]{20,})", "[REDACTED:key]"));
    r.push_back(make_rule(R"((?i)\bbearer\s+[A-Za-z0-9._~+/\-]{8,}=*)", "Bearer [REDACTED:key]"));
    r.push_back(make_rule(R"(\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b)", "[REDACTED:key]"));
    r.push_back(make_rule(R"((?i)\b(aws_?secret_?(?:access_?)?key)(["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=]{40}\b)",
                          "[REDACTED:key]"));
    r.push_back(make_rule(R"(\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b)", "[REDACTED:key]"));
    r.push_back(make_rule(R"(\bgithub_pat_[A-Za-z0-9_]{20,}\b)", "[REDACTED:key]"));
    return r;
  }();
  return rules;
}

const std::vector<Rule>& personal_rules() {
  static const std::vector<Rule> rules = [] {
    std::vector<Rule> r;
    r.push_back(make_rule(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})",
                          "[REDACTED:email]"));
    // Cards first: a spaced 16-digit card would otherwise look like phones.
    r.push_back(make_rule(R"((?<![\d\-])\d(?:[ \-]?\d){12,18}(?![\d\-]))", "[REDACTED:card]", [](std::string_view s) {
      std::string digits;
      for (char c : s) {
        if (c >= '0' && c <= '9') digits += c;
      }
      return digits.size() >= 13 && digits.size() <= 19 && luhn_valid(digits);
    }));
    // Phones: an optional +country code, then groups separated by spaces,
    // dots, dashes or a parenthesised area code; 7 to 15 digits in all, and
    // at least one separator or a leading + (a bare run of digits is more
    // often an id than a phone number).
    r.push_back(make_rule(
        R"((?<![\w+.\-])(?:\+\d{1,3}[ .\-]?)?(?:\(\d{1,4}\)[ .\-]?)?\d{2,4}(?:[ .\-]\d{2,4}){1,4}(?![\w.\-]*\d))",
        "[REDACTED:phone]", [](std::string_view s) {
          size_t n = count_digits(s);
          bool separated = s.find_first_of(" .-(") != std::string_view::npos || s.front() == '+';
          // Dates (2025-01-31) and decimals are not phone numbers.
          bool date_like = s.size() == 10 && s[4] == '-' && s[7] == '-';
          return n >= 7 && n <= 15 && separated && !date_like;
        }));
    r.push_back(make_rule(R"((?<![\w+])\+\d{8,15}(?!\d))", "[REDACTED:phone]"));
    return r;
  }();
  return rules;
}

}  // namespace

bool luhn_valid(std::string_view digits) {
  if (digits.empty()) return false;
  int sum = 0;
  bool twice = false;
  for (size_t i = digits.size(); i-- > 0;) {
    if (digits[i] < '0' || digits[i] > '9') return false;
    int d = digits[i] - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

std::string redact_secrets(std::string_view text) {
  std::string out(text);
  for (const Rule& rule : secret_rules()) out = apply_rule(rule, out);
  return out;
}

std::string redact_personal(std::string_view text) {
  std::string out = redact_secrets(text);
  for (const Rule& rule : personal_rules()) out = apply_rule(rule, out);
  return out;
}

}  // namespace aep::trace
