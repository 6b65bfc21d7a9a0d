// Shared plumbing of the assertion files: factories each file provides, value
// templates, and small result helpers. Not part of the public API.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "eval/assert.hpp"

namespace aep::eval::detail {

using Factory = std::function<Expected<std::unique_ptr<Assertion>>(const AssertionSpec&)>;
using FactoryTable = std::map<std::string, Factory>;

void add_text_assertions(FactoryTable& table);        // assert_text.cpp
void add_json_assertions(FactoryTable& table);        // assert_json.cpp
void add_similarity_assertions(FactoryTable& table);  // assert_similarity.cpp
void add_metric_assertions(FactoryTable& table);      // assert_metrics.cpp
void add_tool_call_assertions(FactoryTable& table);   // assert_tool_call.cpp
void add_judge_assertions(FactoryTable& table);       // assert_judge.cpp

// Values may name item data: "{{expected.category}}" alone is replaced by that
// value (keeping its JSON type); inside longer strings each {{path}} becomes
// its text. Paths start at `vars`, `expected`, or a top-level input name.
bool has_template(const nlohmann::json& value);
nlohmann::json render_value(const nlohmann::json& value, const AssertContext& ctx);

// The output as JSON: Output::json when the call had structured output, else
// the text parsed as JSON (surrounding whitespace allowed).
std::optional<nlohmann::json> output_as_json(const Output& output);

GradingResult verdict(bool pass, std::string reason_if_failed);
GradingResult scored(double score, bool pass, std::string reason);
GradingResult errored(std::string reason);
Error spec_error(const AssertionSpec& spec, const std::string& message);

// A number from a spec key (`threshold`-like), if present and numeric.
std::optional<double> number_at(const nlohmann::json& config, const char* key);

}  // namespace aep::eval::detail
