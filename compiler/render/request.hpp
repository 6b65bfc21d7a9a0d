// The provider-neutral Request: what render produces from a resolved prompt and
// input values, and what every target backend (compiler/targets) lowers into a
// provider payload. It is the contract between the two phases, so it carries
// everything a backend needs (messages, examples, tools, output type, config,
// per-target overrides) and the source spans diagnostics point at, and nothing
// provider-specific except the opaque per-target `extra` objects.
//
// JSON is nlohmann::ordered_json throughout: the order of schema properties is
// meaningful (models generate keys in schema order; Gemini's propertyOrdering),
// so it must survive. canonical_json() gives the hashing form.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/source/span.hpp"
#include "compiler/render/text.hpp"

namespace aep::render {

using Json = nlohmann::ordered_json;

enum class Role : std::uint8_t { System, Developer, User, Assistant, Tool };
std::string_view role_name(Role role);

// A run of message text. The renderer splits text at interpolation and
// section boundaries so each part keeps its own span.
struct TextPart {
  // Immutable and shared (render/text.hpp): the parts of a rendered message
  // view one buffer, and static text is shared by every render of a plan.
  // Assigning a std::string or string_view stores an owned copy.
  Text text;
  Span span;
  // Set on the last part of the stable prefix: everything up to and including
  // this part is the same across calls and worth caching (Anthropic
  // cache_control, OpenAI prompt_cache_key).
  bool cache_breakpoint = false;
  // Name of the @untrusted input this text came from; the target wraps the
  // part in delimiters of its choosing (see untrusted_open/close in targets).
  std::optional<std::string> untrusted;
  // The innermost named section this text came from ("" outside sections):
  // per-section token counts and budget reports group parts by it.
  //
  // There is no "dynamic" flag: a part joins literal text and interpolated
  // values, so which bytes depend on the inputs is said by the render source
  // map (ir::RenderResult::source_map, read by accounting's
  // dynamic_ranges_from_source_map), by `untrusted`, and by history splices.
  std::string section;
};

struct ToolCall {
  std::string id;    // links the call to its ToolResult
  std::string name;
  Json arguments = Json::object();
  Span span;
};

struct ToolResult {
  std::string tool_call_id;
  std::string name;     // the tool's name (Gemini and Ollama need it)
  std::string content;  // the tool's output as text (often JSON text)
  bool is_error = false;
  Span span;
};

struct Message {
  Role role = Role::User;
  std::vector<TextPart> parts;
  std::vector<ToolCall> tool_calls;        // assistant messages only
  std::optional<ToolResult> tool_result;   // tool messages only
  Span span;

  // The parts' text joined as it is sent when a wire format wants one string.
  std::string joined_text() const;
};

// A multi-turn example: placed by every backend after the system text and
// before the conversation proper, as real turns.
struct Example {
  std::string name;
  std::vector<Message> messages;
  Span span;
};

struct ToolDef {
  std::string name;
  std::string description;
  Json parameters = Json::object();  // portable JSON Schema, object root
  bool strict = true;
  Span span;
};

struct ToolChoice {
  enum class Mode : std::uint8_t { Auto, None, Required, Named };
  Mode mode = Mode::Auto;
  std::string name;  // Named only
  Span span;
};

struct OutputSpec {
  std::string name;  // schema name (OpenAI requires one: ^[a-zA-Z0-9_-]{1,64}$)
  std::string description;
  Json schema = Json::object();  // portable JSON Schema
  bool strict = true;
  Span span;
};

// A config value with the span of the entry that set it, so a diagnostic about
// `temperature` points at `temperature: 0.2` in the .aep text.
template <class T>
struct Setting {
  T value{};
  Span span;
};

struct Config {
  std::optional<Setting<std::string>> model;
  std::optional<Setting<double>> temperature;
  std::optional<Setting<double>> top_p;
  std::optional<Setting<std::int64_t>> top_k;
  std::optional<Setting<std::int64_t>> max_output_tokens;
  std::optional<Setting<std::vector<std::string>>> stop;
  std::optional<Setting<std::int64_t>> seed;
  std::optional<Setting<std::int64_t>> n;
  std::optional<Setting<std::string>> reasoning_effort;  // minimal|low|medium|high (provider sets vary)
  std::optional<Setting<std::int64_t>> thinking_budget;  // tokens
  std::optional<Setting<bool>> stream;
  std::optional<Setting<double>> presence_penalty;
  std::optional<Setting<double>> frequency_penalty;
  std::optional<Setting<bool>> logprobs;
  std::optional<Setting<std::int64_t>> top_logprobs;
  std::optional<Setting<std::string>> cache_key;  // OpenAI prompt_cache_key; default derived from the prompt

  // Entries set in `over` replace those here.
  void merge_from(const Config& over);
};

// What a `target <name> { ... }` block contributes: config entries that win
// over the prompt's for that target, and provider-only fields merged into the
// payload as they are (deep merge, the block wins).
struct TargetOverride {
  Config config;
  Json extra = Json::object();
  Span span;
};

struct Request {
  std::string prompt;  // qualified prompt name, e.g. support.triage.TriageTicket
  Span span;           // the prompt declaration
  std::vector<Message> messages;
  std::vector<Example> examples;
  std::vector<ToolDef> tools;
  std::optional<ToolChoice> tool_choice;
  std::optional<OutputSpec> output;
  Config config;
  // Keyed by a target name (`anthropic`, `openai-chat`, `openai-compat:vllm`)
  // or a family (`openai` = both OpenAI APIs, `openai-compat` = every profile).
  std::map<std::string, TargetOverride> targets;

  // The prompt's config with the overrides for `target` applied, family first.
  Config effective_config(std::string_view target, std::string_view family) const;
  // The merged `extra` objects for `target` (family first).
  Json effective_extra(std::string_view target, std::string_view family) const;
};

// Input slots for payload templates (aep build): the renderer puts
// slot_marker(name) where an input's value goes; lowering copies text
// verbatim, so the marker survives into every payload as a JSON string
// fragment that find_slots() locates. The brackets are U+27E6/U+27E7, which
// ordinary prompt text does not contain.
std::string slot_marker(std::string_view input_name);
struct SlotUse {
  std::string name;
  std::string json_pointer;  // where in the payload the string holding it is
};
std::vector<SlotUse> find_slots(const Json& payload);

// JSON form of a Request (the fixture format of tests/golden/targets and the
// input of `aep lower`). Spans are {"file","line","column","begin","end"}.
Json to_json(const Request& request, const SourceManager& sources);
// Sorted keys everywhere except the declaration order of schema `properties`,
// no insignificant whitespace: equal Requests give equal bytes (for hashing).
std::string canonical_json(const Request& request, const SourceManager& sources);

// Reads the JSON form. Span files are registered in `sources` (read from disk
// relative to `base_dir` when present so diagnostics can show the line).
// Unknown keys and wrong types are errors naming the JSON path.
Expected<Request> request_from_json(const Json& json, SourceManager& sources,
                                    const std::string& base_dir = ".");

}  // namespace aep::render
