// Rendering a resolved prompt: validates input values against the prompt's
// typed inputs, fills every template (interpolations, filters, conditions,
// loops, fragment scopes, sections) and produces the provider-neutral
// render::Request, plus a source map from each message's text ranges back
// to .aep spans. It lives beside the IR it walks; it may move into
// compiler/render when the renderer grows budgets.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/ir/ir.hpp"
#include "compiler/render/request.hpp"

namespace aep::ir {

// One run of rendered text: bytes [begin, end) of the message's joined text
// come from `span`.
struct SourceMapEntry {
  std::size_t message = 0;  // index in Request::messages
  std::size_t begin = 0;
  std::size_t end = 0;
  Span span;
};

struct RenderResult {
  render::Request request;
  std::vector<SourceMapEntry> source_map;
  // Input and config problems, each naming the input or key and what was
  // expected ("input `urgency`: expected int, found string \"high\"").
  std::vector<std::string> errors;
  bool ok() const { return errors.empty(); }
};

// `inputs` is a JSON object of input values; missing inputs take their
// defaults, optional ones null.
RenderResult render_prompt(const Prompt& prompt, const nlohmann::ordered_json& inputs);

// Parses `--input name=value`: raw text for string and enum inputs, JSON for
// the others (so `--input n=3`, `--input tags='["a"]'`).
nlohmann::ordered_json parse_input_value(const Prompt& prompt, const std::string& name, const std::string& text,
                                 std::string& error);

}  // namespace aep::ir
