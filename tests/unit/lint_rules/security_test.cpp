// Security rules end to end over small projects: untrusted text in trusted
// turns, unmarked external inputs (and the @untrusted fix), secrets anywhere
// in a file (masked), personal data in text and test inputs.
#include <catch2/catch.hpp>

#include "tests/unit/lint_rules/harness.hpp"

using namespace aep::lint;
using testing::run;

TEST_CASE("untrusted-in-system: assistant turns, untrusted history, conditions in system text") {
  auto found = run("untrusted-in-system", {{"main.aep", R"aep(module main
prompt P {
  input ticket: string @untrusted
  input chat: messages = [] @untrusted
  input tier: string = "free"
  system {
    if ticket == "urgent" { "Escalate." }
    if tier == "gold" { "Be fast." }
  }
  messages chat
  user { "Ticket: {{ ticket }}" }
  assistant { "Summary of {{ ticket }}:" }
}
)aep"}});
  auto l = testing::lines(found);
  REQUIRE(found.size() == 3);
  CHECK(found[0].message == "untrusted input `ticket` decides which system text is sent");
  CHECK(found[1].message.starts_with("untrusted history `chat` is spliced"));
  CHECK(found[2].message == "untrusted input `ticket` is placed in an assistant turn, which the model reads as its own words");
}

TEST_CASE("undelimited-untrusted flags external-text inputs and fixes them when safe") {
  auto found = run("undelimited-untrusted", {{"main.aep", R"aep(module main
prompt P {
  input customer_email: string
  /// The text as the customer wrote it.
  input body: string
  input product: string = "Acme"
  input count: int = 3
  input review: string @untrusted
  user { "{{ customer_email }} / {{ body }} / {{ product }} / {{ count }} / {{ review }}" }
}
prompt Q {
  input ticket: string
  system { "About: {{ ticket }}" }
  user { "Hi" }
}
)aep"}});
  REQUIRE(found.size() == 3);
  CHECK(found[0].text == "customer_email");
  CHECK(found[0].fixed.find("input customer_email: string @untrusted\n") != std::string::npos);
  CHECK(found[1].text == "body");
  CHECK(found[2].text == "ticket");
  CHECK_FALSE(found[2].fix);  // @untrusted in a system message would be an error
}

TEST_CASE("secret-in-prompt scans the whole file, comments included, and masks the key") {
  auto found = run("secret-in-prompt", {{"main.aep", R"aep(module main
// old key: AKIAQ7ZK3M5N2P4R6T8V
prompt P {
  system { "Use sk-ant-api03-Zx8Kq2Lm9Vb4Nc7Rt1Yw5Pa3Sd6Fg0Hj to call." }
  user { "placeholder sk-XXXXXXXXXXXXXXXXXXXXXXXX is fine" }
}
)aep"}});
  REQUIRE(found.size() == 2);
  CHECK(found[0].line == 2);
  CHECK(found[0].message == "AWS access key id `AKI…6T8V` in the source");
  CHECK(found[1].line == 4);
  CHECK(found[1].message == "Anthropic API key `sk-…g0Hj` in the source");
  for (const auto& f : found) CHECK(f.message.find("Zx8Kq2Lm9Vb4") == std::string::npos);
}

TEST_CASE("personal-data looks at sent text and test inputs, not metadata") {
  auto found = run("personal-data", {{"main.aep", R"aep(module main
owner "team@acme.com"
prompt P {
  input ticket: string
  system { "Escalations go to jane.doe@acme.com." }
  example { user { "Call me at +44 20 7946 0958" } assistant { "ok" } }
  user { "{{ ticket }}" }
}
test t for P {
  input { ticket: "My card 4539 1488 0343 6467 was charged twice; order AC-104233" }
  assert contains(output, "refund")
}
)aep"}});
  REQUIRE(found.size() == 3);
  CHECK(found[0].message == "e-mail address `jane.doe@acme.com` in prompt text");
  CHECK(found[1].message == "phone number `+44 20 7946 0958` in prompt text");
  CHECK(found[2].message == "payment card number `…6467` in a test input");
  CHECK(found[2].text == "4539 1488 0343 6467");
}
