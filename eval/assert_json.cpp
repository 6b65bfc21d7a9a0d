// JSON assertions: `is-json` and `contains-json` (each with an optional JSON
// Schema as `value`), `is-valid-output` (the output parses into the declared
// output type, given as a JSON Schema) and `json-path` (a field compared with
// == != < <= > >= in contains matches exists).
#include <fmt/format.h>

#include "eval/assert_internal.hpp"
#include "eval/json_path.hpp"
#include "eval/json_schema.hpp"
#include "eval/regex.hpp"

namespace aep::eval::detail {
namespace {

std::string join_errors(const std::vector<std::string>& errors) {
  return fmt::format("{}", fmt::join(errors, "; "));
}

// Every balanced {...} or [...] block (strings respected) that parses as JSON,
// left to right, outermost first: what `contains-json` looks for. Each start
// may scan to the end of the text, so the total work is capped: a huge output
// of unbalanced brackets sets `exhausted` instead of stalling the run.
inline constexpr std::size_t kScanBudget = 50'000'000;

std::vector<nlohmann::json> extract_json_values(std::string_view text, bool* exhausted) {
  std::vector<nlohmann::json> found;
  std::size_t i = 0;
  std::size_t work = 0;
  *exhausted = false;
  while (i < text.size()) {
    char c = text[i];
    if (c != '{' && c != '[') {
      ++i;
      continue;
    }
    if (work > kScanBudget) {
      *exhausted = true;
      break;
    }
    std::vector<char> stack;
    bool in_string = false;
    bool escape = false;
    std::size_t end = std::string_view::npos;
    for (std::size_t j = i; j < text.size(); ++j) {
      ++work;
      char d = text[j];
      if (in_string) {
        if (escape) escape = false;
        else if (d == '\\') escape = true;
        else if (d == '"') in_string = false;
        continue;
      }
      if (d == '"') in_string = true;
      else if (d == '{' || d == '[') stack.push_back(d == '{' ? '}' : ']');
      else if (d == '}' || d == ']') {
        if (stack.empty() || stack.back() != d) break;
        stack.pop_back();
        if (stack.empty()) {
          end = j;
          break;
        }
      }
    }
    if (end != std::string_view::npos) {
      auto parsed = nlohmann::json::parse(text.substr(i, end - i + 1), nullptr, false);
      if (!parsed.is_discarded()) {
        found.push_back(std::move(parsed));
        i = end + 1;
        continue;
      }
    }
    ++i;
  }
  return found;
}

// A schema given as an object, or as a string holding JSON.
Expected<std::optional<JsonSchema>> schema_from_value(const AssertionSpec& spec) {
  const nlohmann::json& v = spec.value;
  if (v.is_null() || (v.is_string() && v.get_ref<const std::string&>().empty())) {
    return std::optional<JsonSchema>{};
  }
  nlohmann::json schema = v;
  if (v.is_string()) {
    schema = nlohmann::json::parse(v.get<std::string>(), nullptr, false);
    if (schema.is_discarded()) return spec_error(spec, "`value` is a string but not a JSON schema in JSON");
  }
  auto compiled = JsonSchema::compile(schema);
  if (!compiled) return spec_error(spec, compiled.error().message);
  return std::optional<JsonSchema>(std::move(*compiled));
}

class IsJson : public Assertion {
 public:
  explicit IsJson(std::optional<JsonSchema> schema) : schema_(std::move(schema)) {}
  GradingResult check(const Output& out, const AssertContext&) const override {
    auto parsed = output_as_json(out);
    if (!parsed) return verdict(false, "expected output to be valid JSON");
    if (schema_) {
      auto errors = schema_->validate(*parsed);
      if (!errors.empty()) return verdict(false, "JSON does not conform to the schema: " + join_errors(errors));
    }
    return verdict(true, "");
  }

 private:
  std::optional<JsonSchema> schema_;
};

class ContainsJson : public Assertion {
 public:
  explicit ContainsJson(std::optional<JsonSchema> schema) : schema_(std::move(schema)) {}
  GradingResult check(const Output& out, const AssertContext&) const override {
    std::vector<nlohmann::json> values;
    bool exhausted = false;
    if (out.json) values.push_back(*out.json);
    else values = extract_json_values(out.text, &exhausted);
    if (values.empty() && exhausted) return errored("the output is too large to scan for JSON");
    if (values.empty()) return verdict(false, "expected output to contain valid JSON");
    if (!schema_) return verdict(true, "");
    std::vector<std::string> last;
    for (const auto& v : values) {
      last = schema_->validate(v);
      if (last.empty()) return verdict(true, "");
    }
    return verdict(false, "no JSON in the output conforms to the schema: " + join_errors(last));
  }

 private:
  std::optional<JsonSchema> schema_;
};

// Text that is a single fenced block (```json ... ```) counts as its content:
// models often fence structured answers when the API cannot constrain them.
std::string_view unfence(std::string_view text) {
  std::size_t b = text.find_first_not_of(" \t\r\n");
  std::size_t e = text.find_last_not_of(" \t\r\n");
  if (b == std::string_view::npos) return text;
  std::string_view t = text.substr(b, e - b + 1);
  if (t.size() < 6 || t.substr(0, 3) != "```" || t.substr(t.size() - 3) != "```") return text;
  std::size_t nl = t.find('\n');
  if (nl == std::string_view::npos) return text;
  return t.substr(nl + 1, t.size() - 3 - (nl + 1));
}

class IsValidOutput : public Assertion {
 public:
  explicit IsValidOutput(std::optional<JsonSchema> schema) : schema_(std::move(schema)) {}
  GradingResult check(const Output& out, const AssertContext& ctx) const override {
    std::optional<JsonSchema> from_ctx;
    const JsonSchema* schema = schema_ ? &*schema_ : nullptr;
    if (schema == nullptr) {
      if (ctx.output_schema == nullptr) return errored("the prompt declares no output type to validate against");
      auto compiled = JsonSchema::compile(*ctx.output_schema);
      if (!compiled) return errored("the declared output type: " + compiled.error().message);
      from_ctx = std::move(*compiled);
      schema = &*from_ctx;
    }
    std::optional<nlohmann::json> parsed = out.json;
    if (!parsed) {
      auto p = nlohmann::json::parse(unfence(out.text), nullptr, false);
      if (p.is_discarded()) return verdict(false, "the output is not JSON, so it cannot be the declared output type");
      parsed = std::move(p);
    }
    auto errors = schema->validate(*parsed);
    return verdict(errors.empty(), "the output does not match the declared output type: " + join_errors(errors));
  }

 private:
  std::optional<JsonSchema> schema_;
};

enum class Op { Eq, Ne, Lt, Le, Gt, Ge, In, Contains, Matches, Exists };

std::optional<Op> parse_op(std::string_view s) {
  if (s == "==") return Op::Eq;
  if (s == "!=") return Op::Ne;
  if (s == "<") return Op::Lt;
  if (s == "<=") return Op::Le;
  if (s == ">") return Op::Gt;
  if (s == ">=") return Op::Ge;
  if (s == "in") return Op::In;
  if (s == "contains") return Op::Contains;
  if (s == "matches") return Op::Matches;
  if (s == "exists") return Op::Exists;
  return std::nullopt;
}

// A number from a JSON number, or from a string that is exactly a number:
// CSV columns are strings, and `"3"` should equal the output's 3.
std::optional<double> as_number(const nlohmann::json& v) {
  if (v.is_number()) return v.get<double>();
  if (!v.is_string()) return std::nullopt;
  const std::string& s = v.get_ref<const std::string&>();
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size()) return std::nullopt;
  return d;
}

bool loosely_equal(const nlohmann::json& a, const nlohmann::json& b) {
  if (a == b) return true;
  if (a.is_number() != b.is_number()) {
    auto x = as_number(a);
    auto y = as_number(b);
    return x && y && *x == *y;
  }
  return false;
}

class JsonPathAssertion : public Assertion {
 public:
  JsonPathAssertion(JsonPath path, Op op, nlohmann::json value, std::optional<Regex> regex, std::string op_text)
      : path_(std::move(path)), op_(op), value_(std::move(value)), regex_(std::move(regex)), op_text_(std::move(op_text)) {}

  GradingResult check(const Output& out, const AssertContext& ctx) const override {
    auto parsed = output_as_json(out);
    if (!parsed) return verdict(false, fmt::format("the output is not JSON, so `{}` cannot be read", path_.text()));
    const nlohmann::json* actual = path_.find(*parsed);
    if (op_ == Op::Exists) return verdict(actual != nullptr, fmt::format("`{}` is not in the output", path_.text()));
    if (actual == nullptr) return verdict(false, fmt::format("`{}` is not in the output", path_.text()));
    nlohmann::json expected = has_template(value_) ? render_value(value_, ctx) : value_;
    std::string shown = fmt::format("`{}` is {}, expected {} {}", path_.text(), actual->dump(), op_text_, expected.dump());
    switch (op_) {
      case Op::Eq: return verdict(loosely_equal(*actual, expected), shown);
      case Op::Ne: return verdict(!loosely_equal(*actual, expected), shown);
      case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge: {
        int cmp = 0;
        auto x = as_number(*actual);
        auto y = as_number(expected);
        if (x && y) {
          cmp = *x < *y ? -1 : (*x > *y ? 1 : 0);
        } else if (actual->is_string() && expected.is_string()) {
          cmp = actual->get_ref<const std::string&>().compare(expected.get_ref<const std::string&>());
        } else {
          return verdict(false, shown + " (not comparable)");
        }
        bool pass = op_ == Op::Lt ? cmp < 0 : op_ == Op::Le ? cmp <= 0 : op_ == Op::Gt ? cmp > 0 : cmp >= 0;
        return verdict(pass, shown);
      }
      case Op::In:
        if (!expected.is_array()) return errored(fmt::format("`in` needs a list, got {}", expected.dump()));
        for (const auto& e : expected) {
          if (loosely_equal(*actual, e)) return verdict(true, "");
        }
        return verdict(false, shown);
      case Op::Contains:
        if (actual->is_string() && expected.is_string()) {
          return verdict(actual->get_ref<const std::string&>().find(expected.get_ref<const std::string&>()) != std::string::npos, shown);
        }
        if (actual->is_array()) {
          for (const auto& e : *actual) {
            if (loosely_equal(e, expected)) return verdict(true, "");
          }
          return verdict(false, shown);
        }
        return verdict(false, shown + " (`contains` needs a string or a list)");
      case Op::Matches: {
        if (!actual->is_string()) return verdict(false, shown + " (not a string)");
        std::optional<Regex> rendered;
        const Regex* re = regex_ ? &*regex_ : nullptr;
        if (re == nullptr) {
          auto c = Regex::compile(expected.is_string() ? expected.get<std::string>() : expected.dump());
          if (!c) return errored(c.error().message);
          rendered = std::move(*c);
          re = &*rendered;
        }
        auto m = re->search(actual->get_ref<const std::string&>());
        if (m == RegexMatch::LimitExceeded) return errored("regex exceeded its backtracking limit");
        return verdict(m == RegexMatch::Match, shown);
      }
      case Op::Exists: break;
    }
    return verdict(false, shown);
  }

 private:
  JsonPath path_;
  Op op_;
  nlohmann::json value_;
  std::optional<Regex> regex_;
  std::string op_text_;
};

// "$.category == \"billing\"" or "output.score >= 0.8": path, operator, JSON literal.
Expected<std::unique_ptr<Assertion>> make_json_path(const AssertionSpec& spec) {
  std::string path_text;
  std::string op_text;
  nlohmann::json value = spec.value;
  if (auto it = spec.config.find("path"); it != spec.config.end()) {
    if (!it->is_string()) return spec_error(spec, "`path` must be a string");
    path_text = it->get<std::string>();
    op_text = spec.config.value("op", spec.value.is_null() ? "exists" : "==");
  } else {
    if (!spec.value.is_string()) {
      return spec_error(spec, "give `path` (with `op` and `value`), or `value` as \"<path> <op> <JSON value>\"");
    }
    std::string expr = spec.value.get<std::string>();
    std::size_t sp = expr.find(' ');
    path_text = expr.substr(0, sp);
    if (sp == std::string::npos) {
      op_text = "exists";
      value = nullptr;
    } else {
      std::size_t op_begin = expr.find_first_not_of(' ', sp);
      std::size_t op_end = op_begin == std::string::npos ? std::string::npos : expr.find(' ', op_begin);
      op_text = expr.substr(op_begin, op_end == std::string::npos ? std::string::npos : op_end - op_begin);
      std::string literal = op_end == std::string::npos ? "" : expr.substr(op_end + 1);
      if (literal.find_first_not_of(' ') == std::string::npos) {
        if (op_text != "exists") return spec_error(spec, fmt::format("`{}` needs a value after it", op_text));
        value = nullptr;
      } else {
        value = nlohmann::json::parse(literal, nullptr, false);
        if (value.is_discarded()) {
          return spec_error(spec, fmt::format("`{}` is not a JSON value (quote strings: \"billing\")", literal));
        }
      }
    }
  }
  auto op = parse_op(op_text);
  if (!op) return spec_error(spec, fmt::format("unknown operator `{}` (== != < <= > >= in contains matches exists)", op_text));
  auto path = JsonPath::parse(path_text, /*allow_output_root=*/true);
  if (!path) return spec_error(spec, path.error().message);
  std::optional<Regex> regex;
  if (*op == Op::Matches && !has_template(value)) {
    if (!value.is_string()) return spec_error(spec, "`matches` needs a regex string");
    auto re = Regex::compile(value.get<std::string>());
    if (!re) return spec_error(spec, re.error().message);
    regex = std::move(*re);
  }
  if (*op == Op::In && !value.is_array() && !has_template(value)) return spec_error(spec, "`in` needs a list value");
  return std::unique_ptr<Assertion>(
      std::make_unique<JsonPathAssertion>(std::move(*path), *op, std::move(value), std::move(regex), op_text));
}

template <class T>
Factory schema_factory() {
  return [](const AssertionSpec& spec) -> Expected<std::unique_ptr<Assertion>> {
    auto schema = schema_from_value(spec);
    if (!schema) return schema.error();
    return std::unique_ptr<Assertion>(std::make_unique<T>(std::move(*schema)));
  };
}

}  // namespace

void add_json_assertions(FactoryTable& t) {
  t["is-json"] = schema_factory<IsJson>();
  t["contains-json"] = schema_factory<ContainsJson>();
  t["is-valid-output"] = schema_factory<IsValidOutput>();
  t["json-path"] = make_json_path;
}

}  // namespace aep::eval::detail
