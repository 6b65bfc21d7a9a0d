// Column-to-input mapping and slicing (see dataset_mapping.hpp).
#include "eval/dataset_mapping.hpp"

#include <fmt/format.h>

#include "eval/dataset_internal.hpp"

namespace aep::eval {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Expected<Mapping> Mapping::parse(const std::vector<std::string>& lines) {
  Mapping mapping;
  std::map<std::string, std::string> targets_seen;
  for (const std::string& raw : lines) {
    std::string_view line = trim(raw);
    std::size_t arrow = line.find("<-");
    if (arrow == std::string_view::npos) {
      return Error{fmt::format("mapping rule `{}`: expected `target <- column`", raw)};
    }
    std::string_view target = trim(line.substr(0, arrow));
    std::string_view source = trim(line.substr(arrow + 2));
    MappingRule rule;
    rule.text = std::string(line);
    if (!source.empty() && source.back() == '?') {
      rule.optional = true;
      source = trim(source.substr(0, source.size() - 1));
    }
    if (target.empty()) return Error{fmt::format("mapping rule `{}`: the target is empty", raw)};
    if (source.empty()) return Error{fmt::format("mapping rule `{}`: the source column is empty", raw)};
    if (target == "expected" || target.substr(0, 9) == "expected.") {
      rule.to_expected = true;
      target = target == "expected" ? std::string_view{} : target.substr(9);
    } else if (target.substr(0, 7) == "inputs.") {
      target = target.substr(7);
    }
    if (target.empty()) {
      return Error{fmt::format("mapping rule `{}`: name a field, e.g. `expected.label <- label`", raw)};
    }
    auto path = JsonPath::parse(target);
    if (!path) return Error{fmt::format("mapping rule `{}`: {}", raw, path.error().message)};
    for (const auto& step : path->steps()) {
      if (!std::holds_alternative<std::string>(step)) {
        return Error{fmt::format("mapping rule `{}`: a target cannot index an array", raw)};
      }
    }
    std::string key = (rule.to_expected ? "expected." : "") + std::string(target);
    if (auto [it, fresh] = targets_seen.emplace(key, rule.text); !fresh) {
      return Error{fmt::format("mapping rule `{}`: `{}` is already set by `{}`", raw, key, it->second)};
    }
    rule.target = std::move(*path);
    rule.source = std::string(source);
    mapping.rules.push_back(std::move(rule));
  }
  return mapping;
}

MappedData apply_mapping(const Dataset& data, const Mapping& mapping) {
  MappedData out;
  for (std::size_t i = 0; i < data.items.size(); ++i) {
    const DataItem& item = data.items[i];
    MappedItem mapped;
    mapped.id = item.id;
    mapped.source_index = i;
    bool complete = true;
    if (mapping.rules.empty() && item.fields.is_object()) {
      // The convention of LANGUAGE.md's example: {"ticket": ..., "expected": {...}}.
      for (const auto& [key, value] : item.fields.items()) {
        if (key == "expected") {
          if (value.is_object()) mapped.expected = value;
          else mapped.expected = nlohmann::json{{"value", value}};
        } else {
          mapped.inputs[key] = value;
        }
      }
    }
    for (const MappingRule& rule : mapping.rules) {
      const nlohmann::json* value = detail::lookup_field(item.fields, rule.source);
      if (value == nullptr) {
        if (rule.optional) continue;
        out.problems.push_back(DataProblem{
            data.file, item.line, 0, item.id,
            fmt::format("item `{}` has no column `{}` (needed by `{}`)", item.id, rule.source, rule.text)});
        complete = false;
        continue;
      }
      nlohmann::json& root = rule.to_expected ? mapped.expected : mapped.inputs;
      if (!rule.target.assign(root, *value)) {
        out.problems.push_back(DataProblem{
            data.file, item.line, 0, item.id,
            fmt::format("item `{}`: `{}` conflicts with another rule's target", item.id, rule.text)});
        complete = false;
      }
    }
    if (complete) out.items.push_back(std::move(mapped));
  }
  return out;
}

std::map<std::string, std::vector<std::size_t>> slice_items(const std::vector<DataItem>& items,
                                                            const std::string& field,
                                                            const std::string& missing_label) {
  std::map<std::string, std::vector<std::size_t>> slices;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const nlohmann::json* v = detail::lookup_field(items[i].fields, field);
    std::string key;
    if (v == nullptr || v->is_null()) {
      key = missing_label;
    } else if (v->is_string()) {
      key = v->get<std::string>();
    } else {
      key = v->dump();
    }
    slices[key].push_back(i);
  }
  return slices;
}

}  // namespace aep::eval
