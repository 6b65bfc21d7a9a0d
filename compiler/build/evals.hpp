// Eval results attached to an existing build without changing its id: each
// result document is stored as `<build>/evals/<sha256>.json` (named by the
// hash of its bytes) and listed in `<build>/evals/index.log`, a hash-chained
// log (chain_log.hpp) with the name and time of each attachment.
// verify_build_dir() checks both, so an edited result is caught like an
// edited payload. The evaluation layer (`aep build --eval`, `aep test`)
// decides what the documents hold.
#pragma once

#include <string>
#include <vector>

#include "compiler/build/store.hpp"

namespace aep::build {

struct AttachedEval {
  std::string sha256;
  std::string name;   // e.g. the eval's qualified name
  std::string added;  // UTC time
  Json entry;         // the index line
};

// Stores `result` (written as json_bytes) and appends it to the index.
// Attaching the same bytes twice adds a second index line, not a second file.
Expected<AttachedEval> attach_eval(const Store& store, const Build& build, const std::string& name, const Json& result,
                                   const std::string& when = "");

// The attachments of a build, oldest first (index verified).
Expected<std::vector<AttachedEval>> list_evals(const Build& build);

// One attached document, verified against its name.
Expected<Json> read_eval(const Build& build, const std::string& sha256);

}  // namespace aep::build
