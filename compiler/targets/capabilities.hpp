// The capability table: what each known model accepts (parameters and their
// ranges, features, limits) and what it costs. Built from the embedded
// data/models.json, then extended or overridden by `[models."name"]` tables in
// aep.toml. Backends read a ModelInfo; they never hard-code model names.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <toml++/toml.h>

#include "compiler/diag/sink.hpp"
#include "compiler/source/expected.hpp"
#include "compiler/source/source_file.hpp"

namespace aep::targets {

using Json = nlohmann::ordered_json;

struct NumberRange {
  double min = 0;
  double max = 0;
};

// How a model takes `temperature` (and the same shape for top_p).
struct SamplingParam {
  bool accepted = false;
  std::optional<NumberRange> range;  // when accepted
  std::optional<double> fixed;       // when not accepted but the model runs at a fixed value
};

struct ReasoningInfo {
  enum class Kind : std::uint8_t { None, Effort, Budget, Think };
  Kind kind = Kind::None;
  std::vector<std::string> efforts;    // Effort (and Think levels, when a model takes levels)
  std::int64_t budget_min = 0;         // Budget
  std::int64_t budget_max = 0;         // Budget
  bool can_disable = true;             // Budget: whether 0 (off) is accepted
};

struct ModelInfo {
  std::string name;
  std::string provider;  // openai | anthropic | gemini | ollama | compat
  std::vector<std::string> aliases;
  std::int64_t context_window = 0;
  std::int64_t max_output = 0;
  std::optional<std::int64_t> default_max_output;  // used when a prompt sets none (Anthropic requires one)
  std::string system_role = "system";              // OpenAI: developer | system
  SamplingParam temperature;
  SamplingParam top_p;
  bool top_k = false;
  bool seed = false;
  std::int64_t stop_max = 0;  // 0: stop sequences not accepted; -1: no documented limit
  bool n = false;
  bool logprobs = false;
  bool penalties = false;     // presence_penalty and frequency_penalty
  bool tools = false;
  bool parallel_tools = false;
  std::string structured_output = "none";  // none | native | tool (Anthropic forced tool)
  ReasoningInfo reasoning;
  bool vision = false;
  std::string prompt_caching = "none";  // none | automatic | explicit
  bool streaming = true;
  // Anthropic: a `system` message may stand inside `messages` at its own
  // position (newer API versions); otherwise later system text becomes a user turn.
  bool system_in_messages = false;
  // USD per million tokens; absent where there is no published price.
  std::optional<double> price_input;
  std::optional<double> price_output;
  std::optional<double> price_cached_input;
  std::vector<std::string> unconfirmed;  // fields whose figure could not be confirmed
};

class CapabilityTable {
 public:
  // The table built from the embedded data file (parsed once, then copied).
  static CapabilityTable builtin();

  // Exact name, an alias, a dated snapshot of a known name
  // (gpt-4o-2024-08-06, claude-sonnet-4-5-20250929) or an Ollama tag
  // (llama3.1:8b). Null when none matches.
  const ModelInfo* find(std::string_view name) const;
  // Up to three known names closest to `name` (edit distance), for help lines.
  std::vector<std::string> closest(std::string_view name) const;
  const std::map<std::string, ModelInfo>& models() const { return models_; }
  const Json& meta() const { return meta_; }

  // Merges one `[models."name"]` entry over the table: known keys override,
  // `extends = "other"` starts a new model from another entry, unknown keys
  // and wrong types are E0616 diagnostics at `where` (or the key's own span
  // when `spans` has it, keyed by dotted path). Returns false on errors.
  bool merge_model(const std::string& name, const Json& entry, DiagnosticSink& sink, Span where,
                   const std::map<std::string, Span>& spans = {});
  // Merges every entry of a `{ "models": { name: entry } }` or `{ name: entry }` JSON object.
  bool merge_json(const Json& models, DiagnosticSink& sink, Span where = {});
  // Merges the `[models]` table of a parsed aep.toml (the whole document or
  // its `models` table); spans come from toml++'s source regions, registered
  // under `file` when it is a file of `sources`.
  bool merge_toml(const toml::table& doc, DiagnosticSink& sink, FileId file = kNoFile,
                  const SourceManager* sources = nullptr);

  // Parses a whole table from the data-file format (used for the built-in file).
  static Expected<CapabilityTable> parse(const Json& data);

 private:
  std::map<std::string, ModelInfo> models_;
  Json meta_ = Json::object();
};

// The embedded text of data/models.json (generated at build time).
std::string_view builtin_models_json();

// Levenshtein distance, for "did you mean" help lines.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace aep::targets
