// Made-up input values by type (see sample_inputs.hpp).
#include "bench/render/sample_inputs.hpp"

#include <string>

namespace aep::bench {
namespace {

using Json = nlohmann::ordered_json;

Json sample(const sema::Type& type, const sema::Constraints* constraints, const std::string& name, int depth) {
  using sema::TypeTag;
  switch (type.tag) {
    case TypeTag::String: return "sample " + name;
    case TypeTag::Int: return constraints && constraints->minimum ? static_cast<long long>(*constraints->minimum) : 1;
    case TypeTag::Float: return constraints && constraints->minimum ? *constraints->minimum : 0.5;
    case TypeTag::Bool: return true;
    case TypeTag::Json: return Json::object();
    case TypeTag::Null: return nullptr;
    case TypeTag::Messages: return Json::array({{{"role", "user"}, {"content", "earlier turn"}}});
    case TypeTag::Enum: return type.values.empty() ? Json("") : Json(type.values.front().name);
    case TypeTag::List: {
      // Stop recursive types (a record holding a list of itself) early.
      if (depth > 4 || !type.element) return Json::array();
      return Json::array({sample(*type.element, nullptr, name, depth + 1)});
    }
    case TypeTag::Map: {
      if (depth > 4 || !type.element) return Json::object();
      return Json{{"key", sample(*type.element, nullptr, name, depth + 1)}};
    }
    case TypeTag::Record: {
      Json out = Json::object();
      for (const auto& f : type.fields) {
        if (f.type) out[f.name] = sample(*f.type, &f.constraints, f.name, depth + 1);
      }
      return out;
    }
  }
  return nullptr;
}

}  // namespace

Json sample_inputs(const ir::Prompt& prompt) {
  Json out = Json::object();
  for (const ir::Input& in : prompt.inputs) {
    if (in.default_value || !in.type) continue;
    out[in.name] = sample(*in.type, nullptr, in.name, 0);
  }
  return out;
}

}  // namespace aep::bench
