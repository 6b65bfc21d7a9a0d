// Payload templates: a prompt rendered once with input *slots* instead of
// values, so a build can show (and diff) the exact payload of every target
// before any input is known.
//
// An input becomes a slot when every use of it is a plain interpolation
// (`{{ ticket }}`, or with filters that leave the marker intact: trim,
// truncate, indent): the renderer then writes render::slot_marker(name)
// where the value goes, and the template records the filters to apply to a
// value before it replaces the marker. Any other input (used in an `if`, a
// `for`, a filter that would change the marker, a non-text type) cannot be a
// slot: the template is rendered with a stand-in value for it (its default,
// else a neutral value of its type) and marked not exact. Exact rendering
// for any input always goes through the build's source snapshot (load.hpp).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/ir/ir.hpp"
#include "compiler/ir/render_prompt.hpp"

namespace aep::build {

using Json = nlohmann::ordered_json;

struct InputPlan {
  std::string name;
  std::string type;                  // sema::type_name
  bool slot = false;
  std::vector<std::string> filters;  // slot only: filter chain as written, e.g. "truncate(6000)"
  std::string reason;                // why not a slot ("used in an `if` condition")
  Json stand_in;                     // non-slots: the value the template was rendered with
  std::string stand_in_from;         // "default", "null" (optional input) or "placeholder"
};

struct PromptTemplate {
  std::vector<InputPlan> inputs;
  ir::RenderResult rendered;         // the Request with slot markers
  bool exact = true;                 // every used input is a slot

  Json inputs_json() const;
};

// Plans every input of `prompt` and renders it with markers and stand-ins.
PromptTemplate make_template(const ir::Prompt& prompt);

}  // namespace aep::build
