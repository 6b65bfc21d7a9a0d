// `tool-call`: the output's tool calls include the expected ones.
//   value: "lookup_order"                                 a call by name
//   value: {"name": "lookup_order", "arguments": {...}}   with arguments
//   value: [ ...several... ]                              all of them
//   match: "subset" (default: expected arguments are a recursive subset of the
//          actual ones) | "exact"
//   order: "any" (default) | "strict" (in this relative order)
//   allow_extra: true (default) | false (no calls beyond the expected ones)
// Each expected call needs its own actual call. Score: the matched fraction.
#include <fmt/format.h>

#include "eval/assert_internal.hpp"

namespace aep::eval::detail {
namespace {

struct Expectation {
  std::string name;
  std::optional<nlohmann::json> arguments;
};

bool is_subset(const nlohmann::json& want, const nlohmann::json& have) {
  if (want.is_object()) {
    if (!have.is_object()) return false;
    for (const auto& [k, v] : want.items()) {
      auto it = have.find(k);
      if (it == have.end() || !is_subset(v, *it)) return false;
    }
    return true;
  }
  return want == have;
}

nlohmann::json arguments_of(const ToolCall& call) {
  if (call.arguments.is_string()) {
    auto parsed = nlohmann::json::parse(call.arguments.get<std::string>(), nullptr, false);
    if (!parsed.is_discarded()) return parsed;
  }
  return call.arguments;
}

class ToolCallAssertion : public Assertion {
 public:
  ToolCallAssertion(std::vector<Expectation> want, bool exact, bool strict, bool allow_extra)
      : want_(std::move(want)), exact_(exact), strict_(strict), allow_extra_(allow_extra) {}

  GradingResult check(const Output& out, const AssertContext&) const override {
    const auto& calls = out.tool_calls;
    std::vector<nlohmann::json> args;
    for (const auto& c : calls) args.push_back(arguments_of(c));
    auto matches = [&](std::size_t w, std::size_t a) {
      if (calls[a].name != want_[w].name) return false;
      if (!want_[w].arguments) return true;
      return exact_ ? args[a] == *want_[w].arguments : is_subset(*want_[w].arguments, args[a]);
    };
    std::vector<int> owner(calls.size(), -1);  // actual call -> expected index
    std::size_t matched = 0;
    std::vector<std::string> missing;
    if (strict_) {
      std::size_t a = 0;
      for (std::size_t w = 0; w < want_.size(); ++w) {
        while (a < calls.size() && !matches(w, a)) ++a;
        if (a < calls.size()) {
          owner[a++] = static_cast<int>(w);
          ++matched;
        } else {
          missing.push_back(want_[w].name);
        }
      }
    } else {
      // Bipartite matching by augmenting paths: a loose expectation must not
      // take the only call a stricter one could use.
      std::function<bool(std::size_t, std::vector<bool>&)> place = [&](std::size_t w, std::vector<bool>& seen) {
        for (std::size_t a = 0; a < calls.size(); ++a) {
          if (seen[a] || !matches(w, a)) continue;
          seen[a] = true;
          if (owner[a] < 0 || place(static_cast<std::size_t>(owner[a]), seen)) {
            owner[a] = static_cast<int>(w);
            return true;
          }
        }
        return false;
      };
      for (std::size_t w = 0; w < want_.size(); ++w) {
        std::vector<bool> seen(calls.size(), false);
        if (place(w, seen)) ++matched;
        else missing.push_back(want_[w].name);
      }
    }
    double score = want_.empty() ? 1.0 : static_cast<double>(matched) / static_cast<double>(want_.size());
    std::vector<std::string> extra;
    for (std::size_t a = 0; a < calls.size(); ++a) {
      if (owner[a] < 0) extra.push_back(calls[a].name);
    }
    bool pass = missing.empty() && (allow_extra_ || extra.empty());
    std::string reason = "all expected tool calls were made";
    if (!missing.empty()) {
      std::vector<std::string> made;
      for (const auto& c : calls) made.push_back(c.name);
      reason = fmt::format("expected tool call{} [{}] {}not made (calls made: [{}])", missing.size() == 1 ? "" : "s",
                           fmt::join(missing, ", "), strict_ ? "in order " : "", fmt::join(made, ", "));
    } else if (!pass) {
      reason = fmt::format("unexpected extra tool calls: [{}]", fmt::join(extra, ", "));
      score = std::min(score, 0.0 + static_cast<double>(matched) / static_cast<double>(matched + extra.size()));
    }
    return scored(score, pass, reason);
  }

 private:
  std::vector<Expectation> want_;
  bool exact_;
  bool strict_;
  bool allow_extra_;
};

Expected<Expectation> parse_expectation(const AssertionSpec& spec, const nlohmann::json& v) {
  if (v.is_string() && !v.get_ref<const std::string&>().empty()) return Expectation{v.get<std::string>(), std::nullopt};
  if (v.is_object()) {
    auto name = v.find("name");
    if (name == v.end() || !name->is_string()) return spec_error(spec, "each expected call needs a `name`");
    Expectation e{name->get<std::string>(), std::nullopt};
    if (auto a = v.find("arguments"); a != v.end()) {
      if (!a->is_object()) return spec_error(spec, "`arguments` must be an object");
      e.arguments = *a;
    }
    for (const auto& [k, _] : v.items()) {
      if (k != "name" && k != "arguments") return spec_error(spec, fmt::format("unknown key `{}` in an expected call", k));
    }
    return e;
  }
  return spec_error(spec, "an expected call is a name or {\"name\": ..., \"arguments\": {...}}");
}

}  // namespace

void add_tool_call_assertions(FactoryTable& t) {
  t["tool-call"] = [](const AssertionSpec& spec) -> Expected<std::unique_ptr<Assertion>> {
    std::vector<Expectation> want;
    if (spec.value.is_array()) {
      if (spec.value.empty()) return spec_error(spec, "the list of expected calls is empty");
      for (const auto& v : spec.value) {
        auto e = parse_expectation(spec, v);
        if (!e) return e.error();
        want.push_back(std::move(*e));
      }
    } else {
      auto e = parse_expectation(spec, spec.value);
      if (!e) return e.error();
      want.push_back(std::move(*e));
    }
    std::string match = spec.config.value("match", "subset");
    std::string order = spec.config.value("order", "any");
    if (match != "subset" && match != "exact") return spec_error(spec, "`match` is `subset` or `exact`");
    if (order != "any" && order != "strict") return spec_error(spec, "`order` is `any` or `strict`");
    auto extra = spec.config.find("allow_extra");
    if (extra != spec.config.end() && !extra->is_boolean()) return spec_error(spec, "`allow_extra` is true or false");
    bool allow_extra = extra == spec.config.end() || extra->get<bool>();
    return std::unique_ptr<Assertion>(
        std::make_unique<ToolCallAssertion>(std::move(want), match == "exact", order == "strict", allow_extra));
  };
}

}  // namespace aep::eval::detail
