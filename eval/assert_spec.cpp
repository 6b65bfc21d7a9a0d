// Parsing assertion specs from promptfoo-shaped JSON objects, and the value
// templates and result helpers every assertion file shares.
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "eval/assert.hpp"
#include "eval/assert_internal.hpp"
#include "eval/json_path.hpp"

namespace aep::eval {
namespace detail {

bool has_template(const nlohmann::json& value) {
  if (value.is_string()) return value.get_ref<const std::string&>().find("{{") != std::string::npos;
  if (value.is_array() || value.is_object()) {
    for (const auto& v : value) {
      if (has_template(v)) return true;
    }
  }
  return false;
}

namespace {

std::optional<nlohmann::json> lookup_var(const std::string& name, const AssertContext& ctx) {
  auto path = JsonPath::parse(name);
  if (!path || path->is_root()) return std::nullopt;
  const auto* head = std::get_if<std::string>(&path->steps().front());
  if (head == nullptr) return std::nullopt;
  const nlohmann::json* found = nullptr;
  if (*head == "vars" || *head == "expected") {
    const nlohmann::json root = {{"vars", ctx.vars}, {"expected", ctx.expected}};
    found = path->find(root);
    if (found != nullptr) return *found;
    return std::nullopt;
  }
  found = path->find(ctx.vars);
  if (found != nullptr) return *found;
  return std::nullopt;
}

std::string render_string(const std::string& s, const AssertContext& ctx, bool* whole,
                          nlohmann::json* whole_value) {
  std::string out;
  std::size_t i = 0;
  *whole = false;
  while (i < s.size()) {
    std::size_t open = s.find("{{", i);
    if (open == std::string::npos) break;
    std::size_t close = s.find("}}", open + 2);
    if (close == std::string::npos) break;
    out.append(s, i, open - i);
    std::string name = s.substr(open + 2, close - open - 2);
    std::size_t b = name.find_first_not_of(' ');
    std::size_t e = name.find_last_not_of(' ');
    name = b == std::string::npos ? "" : name.substr(b, e - b + 1);
    std::optional<nlohmann::json> v = lookup_var(name, ctx);
    if (open == 0 && close + 2 == s.size() && v) {
      *whole = true;
      *whole_value = *v;
      return {};
    }
    if (v) {
      out += v->is_string() ? v->get<std::string>() : v->dump();
    }
    i = close + 2;
  }
  out.append(s, i, std::string::npos);
  return out;
}

}  // namespace

nlohmann::json render_value(const nlohmann::json& value, const AssertContext& ctx) {
  if (value.is_string()) {
    bool whole = false;
    nlohmann::json whole_value;
    std::string s = render_string(value.get<std::string>(), ctx, &whole, &whole_value);
    return whole ? whole_value : nlohmann::json(s);
  }
  if (value.is_array()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& v : value) out.push_back(render_value(v, ctx));
    return out;
  }
  if (value.is_object()) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [k, v] : value.items()) out[k] = render_value(v, ctx);
    return out;
  }
  return value;
}

std::optional<nlohmann::json> output_as_json(const Output& output) {
  if (output.json) return *output.json;
  nlohmann::json parsed = nlohmann::json::parse(output.text, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return std::nullopt;
  return parsed;
}

GradingResult verdict(bool pass, std::string reason_if_failed) {
  GradingResult r;
  r.pass = pass;
  r.score = pass ? 1.0 : 0.0;
  r.reason = pass ? "assertion passed" : std::move(reason_if_failed);
  return r;
}

GradingResult scored(double score, bool pass, std::string reason) {
  GradingResult r;
  r.pass = pass;
  r.score = std::clamp(score, 0.0, 1.0);
  r.reason = std::move(reason);
  return r;
}

GradingResult errored(std::string reason) {
  GradingResult r;
  r.errored = true;
  r.reason = std::move(reason);
  return r;
}

Error spec_error(const AssertionSpec& spec, const std::string& message) {
  return Error{fmt::format("{} (`{}{}`): {}", spec.where, spec.negate ? "not-" : "", spec.type, message)};
}

std::optional<double> number_at(const nlohmann::json& config, const char* key) {
  auto it = config.find(key);
  if (it == config.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

}  // namespace detail

namespace {

// Keys every assertion may carry; type-specific keys are checked by the factories.
const std::set<std::string>& known_keys() {
  static const std::set<std::string> keys = {
      "type", "value", "threshold", "weight", "metric", "description",  // every type
      "assert",                                                         // assert-set
      "path", "op",                                                     // json-path
      "n",                                                              // rouge-n
      "match", "order", "allow_extra",                                  // tool-call
      "choices"};                                                       // factuality
  return keys;
}

}  // namespace

Expected<AssertionSpec> parse_assertion(const nlohmann::json& object, const std::string& where) {
  if (!object.is_object()) {
    return Error{fmt::format("{}: an assertion is an object with a `type`, found {}", where, object.type_name())};
  }
  auto type_it = object.find("type");
  if (type_it == object.end() || !type_it->is_string()) {
    return Error{fmt::format("{}: the assertion has no `type`", where)};
  }
  AssertionSpec spec;
  spec.where = where;
  spec.config = object;
  std::string type = type_it->get<std::string>();
  if (type.rfind("not-", 0) == 0) {
    spec.negate = true;
    type = type.substr(4);
  }
  spec.type = type;
  for (const auto& [key, _] : object.items()) {
    if (!known_keys().count(key)) return Error{fmt::format("{}: unknown key `{}` in `{}`", where, key, type)};
  }
  for (const char* key : {"path", "op", "match", "order", "description"}) {
    if (auto it = object.find(key); it != object.end() && !it->is_string()) {
      return detail::spec_error(spec, fmt::format("`{}` must be a string", key));
    }
  }
  if (auto it = object.find("value"); it != object.end()) spec.value = *it;
  if (auto it = object.find("threshold"); it != object.end()) {
    if (!it->is_number()) return detail::spec_error(spec, "`threshold` must be a number");
    spec.threshold = it->get<double>();
  }
  if (auto it = object.find("weight"); it != object.end()) {
    if (!it->is_number() || it->get<double>() < 0) {
      return detail::spec_error(spec, "`weight` must be a number >= 0");
    }
    spec.weight = it->get<double>();
  }
  if (auto it = object.find("metric"); it != object.end()) {
    if (!it->is_string()) return detail::spec_error(spec, "`metric` must be a string");
    spec.metric = it->get<std::string>();
  }
  if (type == "assert-set") {
    if (spec.negate) return detail::spec_error(spec, "an assert-set cannot be negated; negate its members");
    auto it = object.find("assert");
    if (it == object.end() || !it->is_array() || it->empty()) {
      return detail::spec_error(spec, "an assert-set needs a non-empty `assert` list");
    }
    auto children = parse_assertions(*it, where + ".assert");
    if (!children) return children.error();
    spec.children = std::move(*children);
  } else if (object.contains("assert")) {
    return detail::spec_error(spec, "`assert` is only allowed in an assert-set");
  }
  return spec;
}

Expected<std::vector<AssertionSpec>> parse_assertions(const nlohmann::json& array, const std::string& where) {
  if (!array.is_array()) return Error{fmt::format("{}: expected a list of assertions", where)};
  std::vector<AssertionSpec> specs;
  for (std::size_t i = 0; i < array.size(); ++i) {
    auto spec = parse_assertion(array[i], fmt::format("{}[{}]", where, i));
    if (!spec) return spec.error();
    specs.push_back(std::move(*spec));
  }
  return specs;
}

}  // namespace aep::eval
