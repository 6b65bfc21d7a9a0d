// A small path syntax into JSON values, shared by dataset mappings (`ticket <-
// customer.message`), slices and the `json-path` assertion:
//   name            a member        items[0]   an array element
//   a.b.c           nested members  ["odd key"] a member whose name needs quotes
//   $  $.a  output.a  the root (`$` and `output` are the same root)
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"

namespace aep::eval {

class JsonPath {
 public:
  using Step = std::variant<std::string, std::size_t>;  // member name or array index

  // Parses `text`; `allow_output_root` accepts a leading `output` as the root.
  static Expected<JsonPath> parse(std::string_view text, bool allow_output_root = false);

  // The value at the path, or nullptr when a step is missing or of the wrong kind.
  const nlohmann::json* find(const nlohmann::json& root) const;
  // Sets the value, creating objects on the way; fails on an index step or a
  // non-object in the way.
  bool assign(nlohmann::json& root, nlohmann::json value) const;

  const std::vector<Step>& steps() const { return steps_; }
  const std::string& text() const { return text_; }
  bool is_root() const { return steps_.empty(); }

 private:
  std::vector<Step> steps_;
  std::string text_;
};

}  // namespace aep::eval
