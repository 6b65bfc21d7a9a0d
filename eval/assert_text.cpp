// Text assertions, as promptfoo defines them: `equals` (exact string, or JSON
// deep equality when the value is an object or array), `contains`,
// `icontains`, `contains-any`, `icontains-any`, `contains-all`,
// `icontains-all`, `starts-with`, `ends-with` and `regex`. The `i-` forms
// lowercase both sides (simple mapping: Latin, Greek, Cyrillic).
#include <fmt/format.h>

#include "eval/assert_internal.hpp"
#include "eval/regex.hpp"
#include "eval/text_metrics.hpp"

namespace aep::eval::detail {
namespace {

std::string shorten(std::string_view s, std::size_t max = 80) {
  if (s.size() <= max) return std::string(s);
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

// Checks a value that must be a non-empty string or a number, as promptfoo does.
Expected<std::string> scalar_text(const AssertionSpec& spec, const nlohmann::json& v) {
  if (v.is_string() && !v.get_ref<const std::string&>().empty()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  return spec_error(spec, "`value` must be a non-empty string or a number");
}

class Equals : public Assertion {
 public:
  explicit Equals(nlohmann::json value) : value_(std::move(value)) {}
  GradingResult check(const Output& out, const AssertContext& ctx) const override {
    nlohmann::json value = has_template(value_) ? render_value(value_, ctx) : value_;
    if (value.is_object() || value.is_array()) {
      auto parsed = output_as_json(out);
      if (!parsed) return verdict(false, "expected JSON equal to the value, but the output is not JSON");
      return verdict(*parsed == value, fmt::format("expected output JSON {} to equal {}", shorten(parsed->dump()),
                                                   shorten(value.dump())));
    }
    std::string expected = value.is_string() ? value.get<std::string>() : value.dump();
    return verdict(out.text == expected,
                   fmt::format("expected output \"{}\" to equal \"{}\"", shorten(out.text), shorten(expected)));
  }

 private:
  nlohmann::json value_;
};

enum class Mode { Contains, StartsWith, EndsWith };

class Contains : public Assertion {
 public:
  Contains(nlohmann::json value, bool caseless, Mode mode) : value_(std::move(value)), caseless_(caseless), mode_(mode) {}
  GradingResult check(const Output& out, const AssertContext& ctx) const override {
    nlohmann::json v = has_template(value_) ? render_value(value_, ctx) : value_;
    std::string needle = v.is_string() ? v.get<std::string>() : v.dump();
    std::string hay = caseless_ ? lowercase(out.text) : out.text;
    if (caseless_) needle = lowercase(needle);
    bool pass = false;
    const char* verb = "contain";
    switch (mode_) {
      case Mode::Contains: pass = hay.find(needle) != std::string::npos; break;
      case Mode::StartsWith: pass = hay.rfind(needle, 0) == 0; verb = "start with"; break;
      case Mode::EndsWith:
        pass = hay.size() >= needle.size() && hay.compare(hay.size() - needle.size(), needle.size(), needle) == 0;
        verb = "end with";
        break;
    }
    return verdict(pass, fmt::format("expected output to {} \"{}\"", verb, shorten(needle)));
  }

 private:
  nlohmann::json value_;
  bool caseless_;
  Mode mode_;
};

class ContainsSome : public Assertion {
 public:
  ContainsSome(nlohmann::json value, bool caseless, bool all) : value_(std::move(value)), caseless_(caseless), all_(all) {}
  GradingResult check(const Output& out, const AssertContext& ctx) const override {
    nlohmann::json v = has_template(value_) ? render_value(value_, ctx) : value_;
    std::vector<std::string> needles;
    if (v.is_string()) {
      needles = split_comma_values(v.get<std::string>());
    } else if (v.is_array()) {
      for (const auto& e : v) needles.push_back(e.is_string() ? e.get<std::string>() : e.dump());
    }
    if (needles.empty()) return errored("the list of values is empty");
    std::string hay = caseless_ ? lowercase(out.text) : out.text;
    std::vector<std::string> missing;
    std::size_t found = 0;
    for (const auto& n : needles) {
      std::string needle = caseless_ ? lowercase(n) : n;
      if (hay.find(needle) != std::string::npos) {
        ++found;
      } else {
        missing.push_back(n);
      }
    }
    std::string list = fmt::format("{}", fmt::join(needles, ", "));
    if (all_) {
      return verdict(missing.empty(), fmt::format("expected output to contain all of [{}]; missing: [{}]",
                                                  shorten(list, 200), shorten(fmt::format("{}", fmt::join(missing, ", ")), 200)));
    }
    return verdict(found > 0, fmt::format("expected output to contain one of [{}]", shorten(list, 200)));
  }

 private:
  nlohmann::json value_;
  bool caseless_;
  bool all_;
};

class RegexAssertion : public Assertion {
 public:
  RegexAssertion(std::optional<Regex> regex, nlohmann::json pattern) : regex_(std::move(regex)), pattern_(std::move(pattern)) {}
  GradingResult check(const Output& out, const AssertContext& ctx) const override {
    const Regex* re = regex_ ? &*regex_ : nullptr;
    std::optional<Regex> rendered;
    if (re == nullptr) {  // the pattern names item data: compile it for this item
      nlohmann::json p = render_value(pattern_, ctx);
      auto compiled = Regex::compile(p.is_string() ? p.get<std::string>() : p.dump());
      if (!compiled) return errored(compiled.error().message);
      rendered = std::move(*compiled);
      re = &*rendered;
    }
    switch (re->search(out.text)) {
      case RegexMatch::Match: return verdict(true, "");
      case RegexMatch::NoMatch:
        return verdict(false, fmt::format("expected output to match regex `{}`", shorten(re->pattern())));
      case RegexMatch::LimitExceeded:
        break;
    }
    return errored(fmt::format("regex `{}` exceeded its backtracking limit on this output", shorten(re->pattern())));
  }

 private:
  std::optional<Regex> regex_;
  nlohmann::json pattern_;
};

Expected<std::unique_ptr<Assertion>> make_contains(const AssertionSpec& spec, bool caseless, Mode mode) {
  if (!has_template(spec.value)) {
    auto text = scalar_text(spec, spec.value);
    if (!text) return text.error();
  }
  return std::unique_ptr<Assertion>(std::make_unique<Contains>(spec.value, caseless, mode));
}

Expected<std::unique_ptr<Assertion>> make_some(const AssertionSpec& spec, bool caseless, bool all) {
  const auto& v = spec.value;
  bool ok = (v.is_string() && !split_comma_values(v.get<std::string>()).empty()) || (v.is_array() && !v.empty());
  if (!ok) return spec_error(spec, "`value` must be a non-empty list (or a comma-separated string)");
  return std::unique_ptr<Assertion>(std::make_unique<ContainsSome>(v, caseless, all));
}

}  // namespace

void add_text_assertions(FactoryTable& t) {
  t["equals"] = [](const AssertionSpec& spec) -> Expected<std::unique_ptr<Assertion>> {
    if (spec.value.is_null()) return spec_error(spec, "`value` is required");
    return std::unique_ptr<Assertion>(std::make_unique<Equals>(spec.value));
  };
  t["contains"] = [](const AssertionSpec& s) { return make_contains(s, false, Mode::Contains); };
  t["icontains"] = [](const AssertionSpec& s) { return make_contains(s, true, Mode::Contains); };
  t["starts-with"] = [](const AssertionSpec& s) { return make_contains(s, false, Mode::StartsWith); };
  t["ends-with"] = [](const AssertionSpec& s) { return make_contains(s, false, Mode::EndsWith); };
  t["contains-any"] = [](const AssertionSpec& s) { return make_some(s, false, false); };
  t["icontains-any"] = [](const AssertionSpec& s) { return make_some(s, true, false); };
  t["contains-all"] = [](const AssertionSpec& s) { return make_some(s, false, true); };
  t["icontains-all"] = [](const AssertionSpec& s) { return make_some(s, true, true); };
  t["regex"] = [](const AssertionSpec& spec) -> Expected<std::unique_ptr<Assertion>> {
    if (!spec.value.is_string() || spec.value.get_ref<const std::string&>().empty()) {
      return spec_error(spec, "`value` must be a non-empty regex string");
    }
    if (has_template(spec.value)) {
      return std::unique_ptr<Assertion>(std::make_unique<RegexAssertion>(std::nullopt, spec.value));
    }
    auto re = Regex::compile(spec.value.get<std::string>());
    if (!re) return spec_error(spec, re.error().message);
    return std::unique_ptr<Assertion>(std::make_unique<RegexAssertion>(std::move(*re), spec.value));
  };
}

}  // namespace aep::eval::detail
