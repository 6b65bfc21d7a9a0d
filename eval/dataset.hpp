// Eval data: items read from JSONL or CSV files. Loading never stops at a bad
// line: each malformed line becomes a DataProblem (file, line, column) and the
// other lines are still loaded, so one typo does not hide a whole eval set.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"
#include "compiler/source/project.hpp"

namespace aep::eval {

struct DataProblem {
  std::string file;           // as given by the user (display name)
  std::uint32_t line = 0;     // 1-based; 0 when the problem is about the whole file
  std::uint32_t column = 0;   // 1-based, in code points; 0 when unknown
  std::string item_id;        // the item concerned, when there is one
  std::string message;        // lowercase, no trailing period, names in backticks
};

// "file:line:col: message" — the form every reporter prints.
std::string format_problem(const DataProblem& problem);

struct DataItem {
  std::string id;              // from the id column, else the 1-based line (JSONL) or row (CSV)
  std::uint32_t line = 0;      // first line of the item in the file
  nlohmann::json fields;       // a JSON object; CSV fields are strings
};

enum class DataFormat { Jsonl, Csv };

struct LoadOptions {
  std::optional<DataFormat> format;       // default: from the extension (.jsonl/.ndjson, .csv)
  std::optional<std::string> id_field;    // a column or dotted path that names each item
  std::size_t max_problems = 1000;        // past this, problems are counted, not kept
};

struct Dataset {
  std::string file;                 // display name
  DataFormat format = DataFormat::Jsonl;
  std::vector<DataItem> items;
  std::vector<DataProblem> problems;
  std::size_t problems_dropped = 0;
  std::string content_sha256;       // of the raw bytes, recorded with eval results
  std::vector<std::string> columns; // CSV header, or the union of JSONL keys in first-seen order
};

// Parses text already in memory. `file` is only used in problems.
Dataset parse_jsonl(std::string_view text, std::string file, const LoadOptions& options = {});
Dataset parse_csv(std::string_view text, std::string file, const LoadOptions& options = {});

// Reads a data file through `project.resolve_inside` (so no path leaves the
// project's roots) and parses it. I/O failures and refused paths are an Error;
// bad content is reported in Dataset::problems.
Expected<Dataset> load_dataset(const Project& project, const std::filesystem::path& path,
                               const std::filesystem::path& base, const LoadOptions& options = {});

// Largest data file accepted (bytes): larger sets should be split.
inline constexpr std::uintmax_t kMaxDataFileBytes = 1ull << 30;

}  // namespace aep::eval
