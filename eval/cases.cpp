// Building the cases of a suite (see cases.hpp).
#include "eval/cases.hpp"

#include <fmt/format.h>

#include "eval/expr_eval.hpp"

namespace aep::eval {

nlohmann::json case_roots(const Case& c) {
  nlohmann::json roots = nlohmann::json::object();
  for (const auto& [k, v] : c.inputs.items()) roots[k] = nlohmann::json(v);
  roots["input"] = nlohmann::json(c.inputs);
  roots["row"] = c.row.is_null() ? nlohmann::json::object() : c.row;
  roots["expected"] = c.expected.is_null() ? nlohmann::json::object() : c.expected;
  return roots;
}

namespace {

std::string slice_key(const nlohmann::json& v) {
  if (v.is_null()) return kMissingSlice;
  if (v.is_string()) return v.get<std::string>().empty() ? kMissingSlice : v.get<std::string>();
  return v.dump();
}

}  // namespace

Expected<SuiteCases> build_cases(const Suite& suite, const Project& project) {
  SuiteCases out;
  if (!suite.is_eval) {
    Case c;
    c.id = suite.name;
    ExprEnv env;
    env.fallback_root = "";
    for (const ast::ObjectEntry* entry : suite.inputs) {
      EvalValue v = evaluate(*entry->value, env);
      if (!v.ok()) {
        out.problems.push_back(DataProblem{suite.id, entry->span.line, entry->span.column, c.id,
                                           fmt::format("input `{}`: {}", entry->key.text, v.failure->message)});
        return out;
      }
      c.inputs[entry->key.text] = nlohmann::ordered_json(v.value);
    }
    out.cases.push_back(std::move(c));
    return out;
  }

  LoadOptions options;
  options.format = suite.format;
  options.id_field = suite.id_field;
  auto data = load_dataset(project, suite.data_path, project.root, options);
  if (!data) return data.error();
  out.data_file = suite.data_path;
  out.data_sha256 = data->content_sha256;
  out.rows = data->items.size();
  out.problems = std::move(data->problems);
  out.problems_dropped = data->problems_dropped;

  std::vector<std::string> ids;
  for (const auto& item : data->items) ids.push_back(item.id);
  std::vector<bool> keep(data->items.size(), true);
  if (suite.holdout) {
    auto split = split_items(ids, *suite.holdout);
    if (!split) return split.error();
    if (suite.split_part != "all") {
      std::fill(keep.begin(), keep.end(), false);
      const auto& part = suite.split_part == "holdout" ? split->holdout : split->train;
      for (std::size_t i : part) keep[i] = true;
    }
    out.split = std::move(*split);
  }

  for (std::size_t i = 0; i < data->items.size(); ++i) {
    if (!keep[i]) continue;
    const DataItem& item = data->items[i];
    Case c;
    c.id = item.id;
    c.line = item.line;
    c.row = item.fields;
    if (auto it = item.fields.find("expected"); it != item.fields.end()) c.expected = *it;
    ExprEnv env;
    env.roots = {{"row", item.fields}, {"expected", c.expected.is_null() ? nlohmann::json::object() : c.expected}};
    env.strict_roots = {"row"};
    env.fallback_root = "";
    bool complete = true;
    for (const ast::ObjectEntry* entry : suite.inputs) {
      EvalValue v = evaluate(*entry->value, env);
      if (!v.ok()) {
        out.problems.push_back(DataProblem{suite.data_path, item.line, 0, item.id,
                                           fmt::format("item `{}`: input `{}`: {}", item.id, entry->key.text,
                                                       v.failure->message)});
        complete = false;
        continue;
      }
      c.inputs[entry->key.text] = nlohmann::ordered_json(v.value);
    }
    if (!complete) continue;
    if (suite.slice_by != nullptr) {
      ExprEnv senv;
      senv.roots = case_roots(c);
      senv.fallback_root = "";
      EvalValue v = evaluate(*suite.slice_by, senv);
      c.slice = v.ok() ? slice_key(v.value) : kMissingSlice;
    }
    out.cases.push_back(std::move(c));
  }
  return out;
}

}  // namespace aep::eval
