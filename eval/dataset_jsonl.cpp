// JSONL reader: one JSON object a line. A line that does not parse, or is not
// an object, is reported with its line and column and skipped; blank lines
// are allowed (editors add them at the end).
#include <set>

#include <fmt/format.h>

#include "eval/dataset.hpp"
#include "eval/dataset_internal.hpp"

namespace aep::eval {
namespace {

// nlohmann's messages start with "[json.exception.parse_error.101] parse error
// at line 1, column 5: "; the position is reported separately, so keep the rest.
std::string short_parse_message(const std::string& what) {
  std::size_t at = what.find("column ");
  std::size_t colon = at == std::string::npos ? std::string::npos : what.find(": ", at);
  std::string msg = colon == std::string::npos ? what : what.substr(colon + 2);
  if (!msg.empty() && msg.back() == '.') msg.pop_back();
  return msg;
}

}  // namespace

Dataset parse_jsonl(std::string_view text, std::string file, const LoadOptions& options) {
  Dataset data;
  data.file = std::move(file);
  data.format = DataFormat::Jsonl;
  data.content_sha256 = detail::sha256_hex(text);
  detail::ProblemSink sink(data, options.max_problems);
  std::set<std::string> seen;
  std::set<std::string> column_set;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

  std::uint32_t line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;

    if (std::size_t bad = detail::find_invalid_utf8(line); bad != std::string_view::npos) {
      sink.add(line_no, detail::column_of(line, bad), "", "invalid UTF-8 byte");
      continue;
    }
    nlohmann::json value;
    try {
      value = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      std::size_t byte = e.byte == 0 ? 0 : e.byte - 1;
      sink.add(line_no, detail::column_of(line, byte), "",
               "invalid JSON: " + short_parse_message(e.what()));
      continue;
    }
    if (!value.is_object()) {
      sink.add(line_no, 1, "", fmt::format("expected a JSON object, found {} {}",
                                           value.is_array() ? "an" : "a", value.type_name()));
      continue;
    }
    for (const auto& [key, _] : value.items()) {
      if (column_set.insert(key).second) data.columns.push_back(key);
    }
    DataItem item;
    item.line = line_no;
    item.fields = std::move(value);
    detail::add_item(data, sink, seen, options, std::move(item), std::to_string(line_no));
  }
  return data;
}

}  // namespace aep::eval
