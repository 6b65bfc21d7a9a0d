// Recursive JSON comparison for `aep diff`.
#include "compiler/build/json_diff.hpp"

namespace aep::build {
namespace {

using Json = nlohmann::ordered_json;

void walk(const Json& a, const Json& b, const std::string& at, std::vector<JsonChange>& out) {
  if (a == b) return;
  if (a.is_object() && b.is_object()) {
    for (auto it = a.begin(); it != a.end(); ++it) {
      std::string p = at + "/" + pointer_token(it.key());
      auto other = b.find(it.key());
      if (other == b.end()) out.push_back({p, "remove", it.value(), nullptr});
      else walk(it.value(), *other, p, out);
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
      if (!a.contains(it.key())) out.push_back({at + "/" + pointer_token(it.key()), "add", nullptr, it.value()});
    }
    return;
  }
  if (a.is_array() && b.is_array()) {
    std::size_t common = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < common; ++i) walk(a[i], b[i], at + "/" + std::to_string(i), out);
    for (std::size_t i = common; i < a.size(); ++i) out.push_back({at + "/" + std::to_string(i), "remove", a[i], nullptr});
    for (std::size_t i = common; i < b.size(); ++i) out.push_back({at + "/" + std::to_string(i), "add", nullptr, b[i]});
    return;
  }
  out.push_back({at, "replace", a, b});
}

}  // namespace

std::string pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::vector<JsonChange> json_diff(const Json& a, const Json& b) {
  std::vector<JsonChange> out;
  walk(a, b, "", out);
  return out;
}

Json to_json(const std::vector<JsonChange>& changes) {
  Json out = Json::array();
  for (const auto& c : changes) {
    Json j = {{"pointer", c.pointer}, {"op", c.op}};
    if (c.op != "add") j["old"] = c.old_value;
    if (c.op != "remove") j["new"] = c.new_value;
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace aep::build
