// The world: the hidden truth the sim answers from (SIM.md). It is loaded
// from a JSON world file (docs/sim.md documents the format) and is immutable
// afterwards, so one World serves many threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"
#include "runtime/sim/latency.hpp"

namespace aep::sim {

struct Task {
  std::string id;
  std::string input;             // the item's user content (untrusted input)
  std::string input_normalized;  // normalize_text(input)
  nlohmann::ordered_json answer;         // a label (string) or any JSON value
  std::vector<std::string> slices;
  std::vector<nlohmann::ordered_json> distractors;  // plausible wrong answers
};

// A cue is a phrase (matched on normalized text) or a regex (ECMAScript,
// case-insensitive, on the raw prompt text).
struct Cue {
  std::string source;  // as written in the world file
  std::string phrase;  // normalized phrase, empty for a pattern
  std::shared_ptr<const std::regex> pattern;
};

struct Skill {
  std::string id;
  std::vector<std::string> slices;  // empty or "*" means every task
  std::vector<Cue> cues;            // any one of them counts as present
  double accuracy_with_cue = 1.0;
  double accuracy_without_cue = 1.0;
  std::string hint;
};

struct FormatRules {
  std::string json_field = "label";     // where a label goes in a JSON answer
  std::vector<Cue> json_cues;           // prompt asks for JSON
  std::vector<Cue> bare_cues;           // prompt asks for the bare label
  std::vector<std::string> prose_templates;  // "{answer}" is replaced
};

struct Contradiction {
  std::vector<Cue> cues;  // all present means the prompt contradicts itself
  double factor = 0.8;
};

struct Penalties {
  std::optional<std::int64_t> length_max_tokens;
  double length_per_100_tokens = 0.05;  // accuracy lost per 100 tokens past the limit
  double length_floor = 0.2;            // the factor never goes below this
  std::vector<Contradiction> contradictions;
  std::optional<double> missing_delimiter_factor;
  std::vector<std::pair<std::string, std::string>> delimiter_pairs;  // extra open/close pairs
};

struct Noise {
  double base_error_rate = 0.0;
  double temperature_sensitivity = 0.0;  // accuracy lost per unit of temperature
  LatencyDist latency{LatencyDist::Kind::Fixed, 0, 0};
  double ms_per_output_token = 0.0;
  bool reroll_on_prompt_change = true;
};

struct JudgeRules {
  double agreement = 0.9;
};

struct World {
  std::string name;
  std::uint64_t seed = 0;
  std::vector<std::string> labels;
  std::vector<Task> tasks;
  std::vector<Skill> skills;
  FormatRules format;
  Penalties penalties;
  Noise noise;
  JudgeRules judge;

  // Indexes built at load time.
  std::unordered_map<std::string, std::size_t> task_by_id;
  std::unordered_map<std::uint64_t, std::size_t> task_by_input_hash;
};

// Parses a world from JSON. Errors name the JSON pointer of the bad value.
Expected<World> parse_world(const nlohmann::ordered_json& doc);
// Reads and parses a world file; errors start with the path.
Expected<World> load_world(const std::string& path);
// The world used when none is given: no tasks, a few generic labels.
World default_world();

}  // namespace aep::sim
