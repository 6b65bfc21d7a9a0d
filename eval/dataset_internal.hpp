// Helpers shared by the JSONL and CSV readers: UTF-8 checks, code-point
// columns, id assignment and the problem cap. Not part of the public API.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "eval/dataset.hpp"

namespace aep::eval::detail {

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
std::size_t find_invalid_utf8(std::string_view text);
// 1-based column, in code points, of byte `offset` within `line`.
std::uint32_t column_of(std::string_view line, std::size_t offset);

class ProblemSink {
 public:
  ProblemSink(Dataset& data, std::size_t cap) : data_(data), cap_(cap) {}
  void add(std::uint32_t line, std::uint32_t column, std::string item_id, std::string message);

 private:
  Dataset& data_;
  std::size_t cap_;
};

// Gives `item` its id (from options.id_field, else `fallback`) and appends it,
// unless the id is missing or already taken: then a problem is reported.
void add_item(Dataset& data, ProblemSink& sink, std::set<std::string>& seen, const LoadOptions& options,
              DataItem item, std::string fallback);

// The field named `name`: an exact member name first, else a dotted JsonPath.
const nlohmann::json* lookup_field(const nlohmann::json& fields, const std::string& name);

std::string sha256_hex(std::string_view bytes);

}  // namespace aep::eval::detail
