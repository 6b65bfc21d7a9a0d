// Model → encoding tables. The exact names and prefix rules are tiktoken's
// (tiktoken/model.py, 0.11/0.12). One aep addition: the prefix "gpt-5."
// (gpt-5.1, gpt-5.2 ...) maps to o200k_base, because every gpt-5 release uses
// it and tiktoken's "gpt-5-" rule does not see the dot. "gpt-oss-*" uses
// o200k_harmony, which aep does not ship, so it stays unknown.
#include "compiler/tokenizer/model_map.hpp"

#include <utility>

namespace aep::tokenizer {
namespace {

using Entry = std::pair<std::string_view, std::string_view>;

constexpr Entry kExact[] = {
    {"o1", "o200k_base"},
    {"o3", "o200k_base"},
    {"o4-mini", "o200k_base"},
    {"gpt-5", "o200k_base"},
    {"gpt-4.1", "o200k_base"},
    {"gpt-4o", "o200k_base"},
    {"gpt-4", "cl100k_base"},
    {"gpt-3.5-turbo", "cl100k_base"},
    {"gpt-3.5", "cl100k_base"},
    {"gpt-35-turbo", "cl100k_base"},
    {"davinci-002", "cl100k_base"},
    {"babbage-002", "cl100k_base"},
    {"text-embedding-ada-002", "cl100k_base"},
    {"text-embedding-3-small", "cl100k_base"},
    {"text-embedding-3-large", "cl100k_base"},
    {"text-davinci-003", "p50k_base"},
    {"text-davinci-002", "p50k_base"},
    {"text-davinci-001", "r50k_base"},
    {"text-curie-001", "r50k_base"},
    {"text-babbage-001", "r50k_base"},
    {"text-ada-001", "r50k_base"},
    {"davinci", "r50k_base"},
    {"curie", "r50k_base"},
    {"babbage", "r50k_base"},
    {"ada", "r50k_base"},
    {"code-davinci-002", "p50k_base"},
    {"code-davinci-001", "p50k_base"},
    {"code-cushman-002", "p50k_base"},
    {"code-cushman-001", "p50k_base"},
    {"davinci-codex", "p50k_base"},
    {"cushman-codex", "p50k_base"},
    {"text-davinci-edit-001", "p50k_edit"},
    {"code-davinci-edit-001", "p50k_edit"},
    {"text-similarity-davinci-001", "r50k_base"},
    {"text-similarity-curie-001", "r50k_base"},
    {"text-similarity-babbage-001", "r50k_base"},
    {"text-similarity-ada-001", "r50k_base"},
    {"text-search-davinci-doc-001", "r50k_base"},
    {"text-search-curie-doc-001", "r50k_base"},
    {"text-search-babbage-doc-001", "r50k_base"},
    {"text-search-ada-doc-001", "r50k_base"},
    {"code-search-babbage-code-001", "r50k_base"},
    {"code-search-ada-code-001", "r50k_base"},
    {"gpt2", "gpt2"},
    {"gpt-2", "r50k_base"},
};

// Order matters: the first matching prefix wins (tiktoken iterates its dict
// in insertion order), so "gpt-4o-" must come before "gpt-4-".
constexpr Entry kPrefixes[] = {
    {"o1-", "o200k_base"},
    {"o3-", "o200k_base"},
    {"o4-mini-", "o200k_base"},
    {"gpt-5-", "o200k_base"},
    {"gpt-5.", "o200k_base"},  // aep addition, see above
    {"gpt-4.5-", "o200k_base"},
    {"gpt-4.1-", "o200k_base"},
    {"chatgpt-4o-", "o200k_base"},
    {"gpt-4o-", "o200k_base"},
    {"gpt-4-", "cl100k_base"},
    {"gpt-3.5-turbo-", "cl100k_base"},
    {"gpt-35-turbo-", "cl100k_base"},
    {"ft:gpt-4o", "o200k_base"},
    {"ft:gpt-4", "cl100k_base"},
    {"ft:gpt-3.5-turbo", "cl100k_base"},
    {"ft:davinci-002", "cl100k_base"},
    {"ft:babbage-002", "cl100k_base"},
};

}  // namespace

std::optional<std::string_view> encoding_for_model(std::string_view model) {
  for (const auto& [name, encoding] : kExact) {
    if (name == model) return encoding;
  }
  for (const auto& [prefix, encoding] : kPrefixes) {
    if (model.starts_with(prefix)) return encoding;
  }
  return std::nullopt;
}

std::string known_model_summary() {
  return "gpt-5*, gpt-4.1*, gpt-4.5-*, gpt-4o*, chatgpt-4o-*, o1*, o3*, o4-mini* (o200k_base); "
         "gpt-4*, gpt-3.5-turbo*, gpt-35-turbo*, text-embedding-3-*, text-embedding-ada-002, "
         "davinci-002, babbage-002, ft:<those> (cl100k_base); text-davinci-002/003, code-davinci-*, "
         "code-cushman-* (p50k_base); davinci, curie, babbage, ada, text-*-001 (r50k_base)";
}

}  // namespace aep::tokenizer
