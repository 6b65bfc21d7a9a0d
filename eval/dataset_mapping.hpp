// Mapping from data columns to prompt inputs and expected values, one rule a
// line in the eval block:
//   ticket <- text                  input `ticket` from column `text`
//   expected.category <- label      expected value `category` from `label`
//   customer.name <- meta.user      dotted paths on both sides
//   notes <- comment?               `?`: optional, absent stays absent
// A target that starts with `expected.` fills the expected values, anything
// else fills the inputs (`inputs.` may be written for clarity). Sources name a
// column exactly, else a JsonPath into the item's fields.
//
// Without rules, the item maps by convention (LANGUAGE.md's example data):
// every field is an input except `expected`, whose members are the expected
// values (a non-object `expected` becomes `expected.value`).
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"
#include "eval/dataset.hpp"
#include "eval/json_path.hpp"

namespace aep::eval {

struct MappingRule {
  bool to_expected = false;
  JsonPath target;       // below `inputs` or `expected`
  std::string source;    // column name or path text
  bool optional = false;
  std::string text;      // the rule as written, for messages
};

struct Mapping {
  std::vector<MappingRule> rules;
  // Parses rules such as "ticket <- text"; the error names the rule.
  static Expected<Mapping> parse(const std::vector<std::string>& lines);
};

struct MappedItem {
  std::string id;
  std::size_t source_index = 0;  // index into Dataset::items
  nlohmann::json inputs = nlohmann::json::object();
  nlohmann::json expected = nlohmann::json::object();
};

struct MappedData {
  std::vector<MappedItem> items;     // items with every required column
  std::vector<DataProblem> problems; // one per missing column per item
};

// Items that lack a required source column are left out and reported (file,
// line, item id, the column and the rule that needed it).
MappedData apply_mapping(const Dataset& data, const Mapping& mapping);

// Groups items by the string value of a column or dotted field; items without
// it fall in the slice named by `missing_label`. Values are rendered as their
// string (strings) or compact JSON (anything else). Ordered by slice name.
std::map<std::string, std::vector<std::size_t>> slice_items(const std::vector<DataItem>& items,
                                                            const std::string& field,
                                                            const std::string& missing_label = "(missing)");

}  // namespace aep::eval
