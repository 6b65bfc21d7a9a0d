// Function-definition token rules (see tool_count.hpp for the sources).
#include "compiler/accounting/tool_count.hpp"

#include <set>

#include <fmt/format.h>

#include "compiler/accounting/chat_count.hpp"

namespace aep::accounting {
namespace {

// The cookbook's constants; func_init is 10 for cl100k_base (gpt-4,
// gpt-3.5-turbo) and 7 for o200k_base (gpt-4o, gpt-4o-mini).
constexpr long kPropInit = 3;
constexpr long kPropKey = 3;
constexpr long kEnumInit = -3;
constexpr long kEnumItem = 3;
constexpr long kFuncEnd = 12;

std::string drop_period(std::string s) {
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// The `type` as the cookbook prints it (a string), and whether the property
// is one the rule was fitted on.
std::string type_text(const Json& prop, bool& flat) {
  static const std::set<std::string> scalar = {"string", "number", "integer", "boolean"};
  auto it = prop.find("type");
  if (it == prop.end()) {
    flat = false;
    return "any";
  }
  if (it->is_string()) {
    std::string t = it->get<std::string>();
    if (!scalar.count(t)) flat = false;
    return t;
  }
  flat = false;
  if (it->is_array()) {
    std::string out;
    for (const Json& t : *it) out += (out.empty() ? "" : " | ") + (t.is_string() ? t.get<std::string>() : t.dump());
    return out;
  }
  return it->dump();
}

}  // namespace

Expected<ToolTokens> count_tools_openai(const std::vector<WireTool>& tools, const tokenizer::Encoding& encoding) {
  ToolTokens result;
  if (tools.empty()) return result;
  const long func_init = encoding.name() == "cl100k_base" ? 10 : 7;
  long total = 0;
  bool shape_ok = true, strict = false;
  std::set<std::string> extra_keys;
  auto add_text = [&](const std::string& text) -> bool {
    auto n = count_text(encoding, text);
    if (!n) return false;
    total += static_cast<long>(*n);
    return true;
  };
  for (const WireTool& tool : tools) {
    strict = strict || tool.strict;
    total += func_init;
    if (!add_text(tool.name + ":" + drop_period(tool.description))) return Error{"cannot count a tool definition"};
    const Json props = tool.parameters.value("properties", Json::object());
    if (!props.is_object() || props.empty()) continue;
    total += kPropInit;
    for (const auto& [key, prop] : props.items()) {
      total += kPropKey;
      bool flat = true;
      std::string type = prop.is_object() ? type_text(prop, flat) : "any";
      shape_ok = shape_ok && flat;
      std::string desc = prop.is_object() ? prop.value("description", std::string()) : std::string();
      if (prop.is_object()) {
        for (const auto& [k, v] : prop.items()) {
          if (k != "type" && k != "description" && k != "enum") extra_keys.insert(k);
        }
      }
      if (!flat && prop.is_object()) {
        // Nested shapes: the cookbook does not say how they are rendered;
        // count the subschema's JSON in place of the type name.
        Json sub = prop;
        sub.erase("description");
        type = sub.dump();
      }
      if (prop.is_object() && prop.contains("enum") && prop["enum"].is_array()) {
        total += kEnumInit;
        for (const Json& item : prop["enum"]) {
          total += kEnumItem;
          if (!add_text(item.is_string() ? item.get<std::string>() : item.dump())) return Error{"cannot count an enum value"};
        }
      }
      if (!add_text(key + ":" + type + ":" + drop_period(desc))) return Error{"cannot count a tool parameter"};
    }
  }
  total += kFuncEnd;
  result.tokens = total < 0 ? 0 : static_cast<std::size_t>(total);
  if (!shape_ok) {
    result.exact = false;
    result.notes.push_back("tool parameters with nested objects, arrays or type unions: the cookbook rule covers flat scalar parameters only");
  }
  if (!extra_keys.empty()) {
    result.exact = false;
    std::string keys;
    for (const auto& k : extra_keys) keys += (keys.empty() ? "`" : ", `") + k + "`";
    result.notes.push_back(fmt::format("tool parameters use {}: the cookbook rule counts only type, description and enum", keys));
  }
  if (strict) {
    result.exact = false;
    result.notes.push_back("strict tools: the cookbook rule was fitted on non-strict definitions");
  }
  return result;
}

Expected<ToolTokens> count_tools_json(const std::vector<WireTool>& tools, const tokenizer::Encoding& encoding) {
  ToolTokens result;
  result.exact = false;
  for (const WireTool& tool : tools) {
    auto n = count_text(encoding, tool.raw.dump());
    if (!n) return n.error();
    result.tokens += *n;
  }
  if (!tools.empty()) result.notes.push_back("tool definitions counted as the compact JSON sent (no published rule)");
  return result;
}

}  // namespace aep::accounting
