// Redaction of text before it is written anywhere (traces, reports).
//
// Two levels. redact_secrets() removes API-key-shaped strings (OpenAI
// `sk-...`, Anthropic `sk-ant-...`, Google `AIza...`, bearer tokens, AWS
// access keys and secret keys, GitHub tokens): always on, because a key
// pasted into a prompt or echoed by a model must never reach a file.
// redact_personal() adds e-mail addresses, phone numbers and payment card
// numbers (13 to 19 digits that pass the Luhn check, so order numbers and
// timestamps survive): the `--redact` mode. Replacements name what was
// removed, e.g. `[REDACTED:email]`, so a reader still sees the shape.
#pragma once

#include <string>
#include <string_view>

namespace aep::trace {

std::string redact_secrets(std::string_view text);
std::string redact_personal(std::string_view text);  // secrets too

// The Luhn checksum of a digit string (no separators).
bool luhn_valid(std::string_view digits);

}  // namespace aep::trace
