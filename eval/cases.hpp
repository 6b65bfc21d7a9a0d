// Cases: the items a suite runs. A test is one case with literal inputs; an
// eval loads its data file (JSONL or CSV), evaluates the `input { ... }`
// expressions over each row, computes the slice, and keeps the held-out part
// when the suite asks for one. Bad lines and rows that lack a column become
// DataProblems (file:line) and are left out; every other row still runs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"
#include "compiler/source/project.hpp"
#include "eval/dataset.hpp"
#include "eval/dataset_split.hpp"
#include "eval/suite.hpp"

namespace aep::eval {

struct Case {
  std::string id;                                                    // item id ("1" for a test)
  std::uint32_t line = 0;                                            // in the data file; 0 for a test
  nlohmann::ordered_json inputs = nlohmann::ordered_json::object();  // prompt inputs
  nlohmann::json row;                                                // the data row (null for a test)
  nlohmann::json expected;                                           // row.expected when present
  std::string slice;                                                 // empty without `slice by`
};

struct SuiteCases {
  std::vector<Case> cases;
  std::vector<DataProblem> problems;
  std::size_t problems_dropped = 0;
  std::string data_file;     // as written in the suite
  std::string data_sha256;   // of the raw bytes
  std::size_t rows = 0;      // rows read from the file (before mapping and split)
  std::optional<Split> split;
};

inline constexpr const char* kMissingSlice = "(missing)";

// An Error only when the data file cannot be read at all (missing, outside
// the project, unknown format); bad content is in `problems`.
Expected<SuiteCases> build_cases(const Suite& suite, const Project& project);

// The scope expressions of a case see (row, expected, inputs by name, input).
nlohmann::json case_roots(const Case& c);

}  // namespace aep::eval
