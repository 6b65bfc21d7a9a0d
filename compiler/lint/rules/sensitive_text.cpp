// Hand-written scanners for secrets and personal data (sensitive_text.hpp).
#include "compiler/lint/rules/sensitive_text.hpp"

#include <algorithm>
#include <array>
#include <bitset>

#include "compiler/lint/rule.hpp"

namespace aep::lint::rules {
namespace {

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper_or_digit(char c) { return (c >= 'A' && c <= 'Z') || is_digit(c); }
bool is_key_char(char c) { return is_alnum(c) || c == '_' || c == '-'; }
bool is_word(char c) { return is_alnum(c) || c == '_'; }

// A key-shaped tail that is really a placeholder: `XXXXXXXX`, `********`,
// `your-key-here`, a run of one repeated character, or `...`.
bool placeholder(std::string_view tail) {
  if (tail.empty()) return true;
  std::string lower;
  for (char c : tail) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (std::string_view p : {"xxxx", "****", "....", "your", "here", "example", "placeholder", "redacted", "dummy",
                             "fake", "0000", "1234"}) {
    if (lower.find(p) != std::string::npos) return true;
  }
  std::size_t distinct = 0;
  std::array<bool, 256> seen{};
  for (char c : tail) {
    auto u = static_cast<unsigned char>(c);
    if (!seen[u]) {
      seen[u] = true;
      ++distinct;
    }
  }
  return distinct < 6;  // real keys are random: many distinct characters
}

std::size_t scan_while(std::string_view text, std::size_t pos, bool (*pred)(char)) {
  while (pos < text.size() && pred(text[pos])) ++pos;
  return pos;
}

struct Prefix {
  std::string_view prefix;
  SensitiveKind kind;
  bool (*tail_char)(char);
  std::size_t min_tail;
  std::size_t max_tail;  // 0: unbounded
};

bool starts_at(std::string_view text, std::size_t pos, std::string_view p) { return text.substr(pos, p.size()) == p; }

void add(std::vector<SensitiveMatch>& out, SensitiveKind kind, std::size_t b, std::size_t e) {
  if (!out.empty() && b < out.back().end) return;  // never overlap an earlier match
  out.push_back({kind, b, e});
}

bool is_test_card(std::string_view digits) {
  // Published test numbers of the card networks (Stripe, Braintree, Adyen
  // docs): they pass Luhn but belong to nobody.
  static constexpr std::array<std::string_view, 12> kTest = {
      "4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444", "5105105105105100",
      "2223003122003222", "378282246310005",  "371449635398431",  "6011111111111117", "3056930009020004",
      "3566002020360505", "4012888888881881"};
  return std::find(kTest.begin(), kTest.end(), digits) != kTest.end();
}

bool reserved_domain(std::string_view domain) {
  std::string d;
  for (char c : domain) d += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  auto ends = [&](std::string_view s) { return d.size() >= s.size() && d.compare(d.size() - s.size(), s.size(), s) == 0; };
  if (d == "example.com" || d == "example.org" || d == "example.net") return true;
  if (ends(".example.com") || ends(".example.org") || ends(".example.net")) return true;
  return ends(".example") || ends(".test") || ends(".invalid") || ends(".localhost") || d == "localhost";
}

bool email_local(char c) { return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool email_domain(char c) { return is_alnum(c) || c == '-' || c == '.'; }

}  // namespace

bool is_secret(SensitiveKind kind) {
  return kind != SensitiveKind::Email && kind != SensitiveKind::Phone && kind != SensitiveKind::Card;
}

std::string_view describe(SensitiveKind kind) {
  switch (kind) {
    case SensitiveKind::OpenAIKey: return "OpenAI API key";
    case SensitiveKind::AnthropicKey: return "Anthropic API key";
    case SensitiveKind::GoogleKey: return "Google API key";
    case SensitiveKind::AwsAccessKey: return "AWS access key id";
    case SensitiveKind::GitHubToken: return "GitHub token";
    case SensitiveKind::SlackToken: return "Slack token";
    case SensitiveKind::PrivateKey: return "private key block";
    case SensitiveKind::BearerToken: return "bearer token";
    case SensitiveKind::Email: return "e-mail address";
    case SensitiveKind::Phone: return "phone number";
    case SensitiveKind::Card: return "payment card number";
  }
  return "secret";
}

bool luhn_valid(std::string_view digits) {
  if (digits.empty()) return false;
  int sum = 0;
  bool twice = false;
  for (std::size_t i = digits.size(); i-- > 0;) {
    if (!is_digit(digits[i])) return false;
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

std::vector<SensitiveMatch> find_secrets(std::string_view text) {
  static const Prefix kPrefixes[] = {
      {"sk-ant-", SensitiveKind::AnthropicKey, is_key_char, 20, 0},
      {"sk-proj-", SensitiveKind::OpenAIKey, is_key_char, 20, 0},
      {"sk-svcacct-", SensitiveKind::OpenAIKey, is_key_char, 20, 0},
      {"sk-admin-", SensitiveKind::OpenAIKey, is_key_char, 20, 0},
      {"sk-", SensitiveKind::OpenAIKey, is_key_char, 20, 0},
      {"AIza", SensitiveKind::GoogleKey, is_key_char, 30, 0},
      {"AKIA", SensitiveKind::AwsAccessKey, is_upper_or_digit, 16, 16},
      {"ASIA", SensitiveKind::AwsAccessKey, is_upper_or_digit, 16, 16},
      {"github_pat_", SensitiveKind::GitHubToken, [](char c) { return is_alnum(c) || c == '_'; }, 22, 0},
      {"ghp_", SensitiveKind::GitHubToken, is_alnum, 30, 0},
      {"gho_", SensitiveKind::GitHubToken, is_alnum, 30, 0},
      {"ghu_", SensitiveKind::GitHubToken, is_alnum, 30, 0},
      {"ghs_", SensitiveKind::GitHubToken, is_alnum, 30, 0},
      {"ghr_", SensitiveKind::GitHubToken, is_alnum, 30, 0},
      {"xoxb-", SensitiveKind::SlackToken, is_key_char, 10, 0},
      {"xoxp-", SensitiveKind::SlackToken, is_key_char, 10, 0},
      {"xoxa-", SensitiveKind::SlackToken, is_key_char, 10, 0},
      {"xoxo-", SensitiveKind::SlackToken, is_key_char, 10, 0},
      {"xoxs-", SensitiveKind::SlackToken, is_key_char, 10, 0},
      {"xoxr-", SensitiveKind::SlackToken, is_key_char, 10, 0},
  };
  // Every pattern starts with one of a few bytes: the rest of the text is
  // skipped with one table lookup per byte.
  static const std::array<bool, 256> kFirst = [] {
    std::array<bool, 256> first{};
    for (const Prefix& p : kPrefixes) first[static_cast<unsigned char>(p.prefix.front())] = true;
    first[static_cast<unsigned char>('-')] = first[static_cast<unsigned char>('B')] = first[static_cast<unsigned char>('b')] = true;
    return first;
  }();
  // And with one of a few pairs of bytes: words that merely start with `s`
  // or `g` are dropped without trying every prefix.
  static const std::bitset<65536> kPairs = [] {
    std::bitset<65536> pairs;
    auto add_pair = [&](std::string_view p) {
      pairs.set(static_cast<unsigned char>(p[0]) << 8 | static_cast<unsigned char>(p[1]));
    };
    for (const Prefix& p : kPrefixes) add_pair(p.prefix);
    add_pair("-----BEGIN ");
    add_pair("Bearer ");
    add_pair("bearer ");
    return pairs;
  }();
  std::vector<SensitiveMatch> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!kFirst[static_cast<unsigned char>(text[i])]) continue;
    if (i > 0 && is_word(text[i - 1]) && text[i] != '-') {
      // Keys start at a word boundary: `task-...` is not `sk-...`.
      continue;
    }
    // Every pattern is at least two bytes long.
    if (i + 1 >= text.size() ||
        !kPairs.test(static_cast<unsigned char>(text[i]) << 8 | static_cast<unsigned char>(text[i + 1]))) {
      continue;
    }
    if (text[i] == '-' && starts_at(text, i, "-----BEGIN ")) {
      std::size_t line_end = text.find('\n', i);
      std::string_view header = text.substr(i, line_end == std::string_view::npos ? std::string_view::npos : line_end - i);
      if (header.find("PRIVATE KEY-----") != std::string_view::npos) {
        std::size_t end_marker = text.find("-----END ", i);
        std::size_t e = text.size();
        if (end_marker != std::string_view::npos) {
          std::size_t close = text.find("-----", end_marker + 9);
          e = close == std::string_view::npos ? text.size() : close + 5;
        }
        add(out, SensitiveKind::PrivateKey, i, e);
        i = e - 1;
        continue;
      }
    }
    if ((text[i] == 'B' || text[i] == 'b') && (starts_at(text, i, "Bearer ") || starts_at(text, i, "bearer "))) {
      std::size_t b = i + 7;
      std::size_t e = scan_while(text, b, [](char c) {
        return is_alnum(c) || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '-' || c == '=';
      });
      if (e - b >= 20 && !placeholder(text.substr(b, e - b))) {
        add(out, SensitiveKind::BearerToken, b, e);
        i = e - 1;
        continue;
      }
    }
    for (const Prefix& p : kPrefixes) {
      if (!starts_at(text, i, p.prefix)) continue;
      std::size_t b = i + p.prefix.size();
      std::size_t e = scan_while(text, b, p.tail_char);
      std::size_t n = e - b;
      bool ok = n >= p.min_tail && (p.max_tail == 0 || n == p.max_tail) && !placeholder(text.substr(b, n));
      if (ok && p.max_tail != 0 && e < text.size() && is_word(text[e])) ok = false;
      if (ok) {
        add(out, p.kind, i, e);
        i = e - 1;
      }
      break;  // the longest prefix that matched decides (the table lists them first)
    }
  }
  return out;
}

std::vector<SensitiveMatch> find_personal_data(std::string_view text) {
  std::vector<SensitiveMatch> out;
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    // E-mail: scan back and forth from each '@'.
    if (c == '@') {
      std::size_t b = i;
      while (b > 0 && email_local(text[b - 1])) --b;
      std::size_t e = scan_while(text, i + 1, email_domain);
      while (e > i + 1 && (text[e - 1] == '.' || text[e - 1] == '-')) --e;
      std::string_view domain = text.substr(i + 1, e - i - 1);
      std::size_t dot = domain.rfind('.');
      bool ok = b < i && dot != std::string_view::npos && dot + 2 < domain.size() + 0 && domain.size() - dot - 1 >= 2;
      if (ok) {
        std::string_view tld = domain.substr(dot + 1);
        ok = std::all_of(tld.begin(), tld.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); });
      }
      if (ok && !reserved_domain(domain)) {
        if (!out.empty() && out.back().end > b) out.pop_back();
        add(out, SensitiveKind::Email, b, e);
      }
      i = std::max(e, i + 1);
      continue;
    }
    // Numbers: a run of digits and single separators, not glued to a word.
    bool starts_number = is_digit(c) || (c == '+' && i + 1 < text.size() && is_digit(text[i + 1])) ||
                         (c == '(' && i + 1 < text.size() && is_digit(text[i + 1]));
    if (starts_number && (i == 0 || (!is_word(text[i - 1]) && text[i - 1] != '.' && text[i - 1] != '-' &&
                                     text[i - 1] != '/' && text[i - 1] != ':' && text[i - 1] != '+'))) {
      std::size_t e = i;
      std::string digits;
      std::size_t separators = 0, groups = 0;
      bool paren = false, plus = c == '+', dash_or_dot_mix = false;
      char sep_seen = 0;
      if (plus) ++e;
      while (e < text.size()) {
        char ch = text[e];
        if (is_digit(ch)) {
          std::size_t g = e;
          while (e < text.size() && is_digit(text[e])) digits += text[e++];
          ++groups;
          (void)g;
          continue;
        }
        if (ch == '(' && e + 1 < text.size() && is_digit(text[e + 1]) && digits.size() <= 3) {
          paren = true;
          ++e;
          continue;
        }
        if (ch == ')' && paren) {
          ++e;
          if (e < text.size() && text[e] == ' ') ++e;
          ++separators;
          continue;
        }
        if ((ch == ' ' || ch == '-' || ch == '.') && e + 1 < text.size() && is_digit(text[e + 1])) {
          if (sep_seen != 0 && sep_seen != ch && ch != ' ') dash_or_dot_mix = true;
          if (ch != ' ') sep_seen = ch;
          ++separators;
          ++e;
          continue;
        }
        break;
      }
      bool glued = e < text.size() && (is_word(text[e]) || (text[e] == '.' && e + 1 < text.size() && is_digit(text[e + 1])));
      std::string_view run = text.substr(i, e - i);
      if (!glued && digits.size() >= 13 && digits.size() <= 19 && luhn_valid(digits) && !is_test_card(digits) &&
          !plus && !paren) {
        add(out, SensitiveKind::Card, i, e);
      } else if (!glued && digits.size() >= 7 && digits.size() <= 15 && !dash_or_dot_mix) {
        bool date_like = run.size() == 10 && (run[4] == '-' || run[4] == '.') && (run[7] == '-' || run[7] == '.');
        bool version_like = sep_seen == '.' && groups <= 3 && !plus && !paren;
        bool shaped = plus || paren || (separators >= 2 && digits.size() >= 9) ||
                      (separators == 1 && digits.size() >= 7 && sep_seen == '-' && groups == 2 && run.find('-') == 3);
        if (shaped && !date_like && !version_like) add(out, SensitiveKind::Phone, i, e);
      }
      i = std::max(e, i + 1);
      continue;
    }
    ++i;
  }
  return out;
}

std::string shown(const SensitiveMatch& match, std::string_view text) {
  std::string_view found = text.substr(match.begin, match.end - match.begin);
  if (match.kind == SensitiveKind::PrivateKey) return "-----BEGIN … PRIVATE KEY-----";
  if (match.kind == SensitiveKind::Card) {
    std::string digits;
    for (char c : found) {
      if (is_digit(c)) digits += c;
    }
    return "…" + digits.substr(digits.size() - 4);
  }
  if (is_secret(match.kind)) return mask_secret(found);
  return std::string(found);
}

}  // namespace aep::lint::rules
