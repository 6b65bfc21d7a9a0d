// `aep diff A B`: what changed between two builds, prompt by prompt, first
// in meaning (sections and messages with a text diff, config keys, tools,
// output schema, inputs, examples), then on the wire (the payload JSON of
// each target as JSON-pointer changes). Both builds are verified as they
// are read.
//
// JSON form (also what the text form prints):
//   {"from": id, "to": id,
//    "sources": {"added": [...], "removed": [...], "changed": [...]},
//    "prompts": {"added": [...], "removed": [...], "changed": [
//       {"prompt": q,
//        "sections": [{"name", "change": added|removed|changed, "diff"}],
//        "messages": [{"index", "role", "change", "diff"}],
//        "config": [{"key", "op", "old", "new"}],     // targets.<t>.<key> for target blocks
//        "inputs": [{"name", "op", "old", "new"}],
//        "tools": [{"name", "change", "changes": [pointer changes]}],
//        "output": [pointer changes], "other": [pointer changes],
//        "payloads": {"<target>": {"change": added|removed|changed|failed, "model": {old,new}?, "changes": [...]}}}]}}
#pragma once

#include <string>

#include "compiler/build/store.hpp"

namespace aep::build {

Expected<Json> diff_builds(const Build& a, const Build& b);

// The text form; `color` adds ANSI colours to diff lines.
std::string diff_text(const Json& diff, bool color);

}  // namespace aep::build
