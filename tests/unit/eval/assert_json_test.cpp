// JSON assertions: is-json with and without a schema, contains-json finding
// JSON inside prose, is-valid-output against the declared output type, and
// json-path comparisons; plus the compile-time check of paths against the
// output type.
#include "assert_helpers.hpp"

#include "eval/json_path.hpp"
#include "eval/json_schema.hpp"

using namespace aep::eval;
using namespace aep::eval::testing;
using nlohmann::json;

namespace {

json ticket_schema() {
  return json::parse(R"({
    "type": "object",
    "properties": {
      "category": {"type": "string", "enum": ["billing", "shipping", "other"]},
      "priority": {"type": "integer", "minimum": 1, "maximum": 5},
      "tags": {"type": "array", "items": {"type": "string", "maxLength": 10}},
      "note": {"anyOf": [{"type": "string", "pattern": "^[a-z ]+$"}, {"type": "null"}]}
    },
    "required": ["category", "priority"],
    "additionalProperties": false
  })");
}

}  // namespace

TEST_CASE("is-json parses the whole output - a schema is checked when given") {
  CHECK(passes({{"type", "is-json"}}, "{\"a\": 1}"));
  CHECK(passes({{"type", "is-json"}}, "  [1, 2]\n"));
  CHECK(passes({{"type", "is-json"}}, "\"just a string\""));
  CHECK_FALSE(passes({{"type", "is-json"}}, "{\"a\": 1,}"));
  CHECK_FALSE(passes({{"type", "is-json"}}, "Here: {\"a\": 1}"));
  CHECK_FALSE(passes({{"type", "is-json"}}, ""));
  CHECK(passes({{"type", "not-is-json"}}, "plain words"));
  json with_schema = {{"type", "is-json"}, {"value", ticket_schema()}};
  CHECK(passes(with_schema, R"({"category": "billing", "priority": 2, "tags": ["a"], "note": null})"));
  GradingResult r = run_one(with_schema, text_output(R"({"category": "refunds", "priority": 9})"));
  CHECK_FALSE(r.pass);
  CHECK(r.reason.find("does not conform") != std::string::npos);
  CHECK(r.reason.find("category") != std::string::npos);
  CHECK_FALSE(passes(with_schema, R"({"category": "billing"})"));                               // required
  CHECK_FALSE(passes(with_schema, R"({"category": "billing", "priority": 2, "extra": 1})"));    // additionalProperties
  CHECK_FALSE(passes(with_schema, R"({"category": "billing", "priority": 2.5})"));              // integer
  CHECK_FALSE(passes(with_schema, R"({"category": "billing", "priority": 2, "tags": ["far too long"]})"));
  CHECK_FALSE(passes(with_schema, R"({"category": "billing", "priority": 2, "note": "Caps"})")); // pattern
  // A schema given as JSON text works too; an invalid schema is a compile error.
  CHECK(passes({{"type", "is-json"}, {"value", R"({"type": "array"})"}}, "[]"));
  CHECK_FALSE(compile_error({{"type", "is-json"}, {"value", "{not json"}}).empty());
  CHECK_FALSE(compile_error({{"type", "is-json"}, {"value", 5}}).empty());
}

TEST_CASE("contains-json finds JSON inside prose and fenced blocks") {
  CHECK(passes({{"type", "contains-json"}}, "Sure! Here it is:\n```json\n{\"a\": {\"b\": \"}\"}}\n```\nThanks"));
  CHECK(passes({{"type", "contains-json"}}, "list: [1, 2, 3] done"));
  CHECK_FALSE(passes({{"type", "contains-json"}}, "no json {here at all"));
  CHECK_FALSE(passes({{"type", "contains-json"}}, "{broken: json}"));
  CHECK(passes({{"type", "not-contains-json"}}, "plain"));
  json schema = {{"type", "contains-json"}, {"value", {{"type", "object"}, {"required", {"answer"}}}}};
  // The first block fails the schema, the second conforms: any conforming block passes.
  CHECK(passes(schema, "draft {\"x\": 1} final {\"answer\": 42}"));
  CHECK_FALSE(passes(schema, "draft {\"x\": 1}"));
}

TEST_CASE("is-valid-output checks the declared output type") {
  json schema = ticket_schema();
  AssertContext ctx;
  ctx.output_schema = &schema;
  CHECK(passes({{"type", "is-valid-output"}}, R"({"category": "other", "priority": 1})", ctx));
  CHECK(passes({{"type", "is-valid-output"}}, "```json\n{\"category\": \"other\", \"priority\": 1}\n```", ctx));
  CHECK_FALSE(passes({{"type", "is-valid-output"}}, R"({"category": "other"})", ctx));
  CHECK_FALSE(passes({{"type", "is-valid-output"}}, "not json", ctx));
  // The compiler may put the schema into the spec instead.
  CHECK(passes({{"type", "is-valid-output"}, {"value", schema}}, R"({"category": "billing", "priority": 5})"));
  // Without a declared type the check cannot be made: errored, not failed.
  GradingResult r = run_one({{"type", "is-valid-output"}}, text_output("{}"));
  CHECK(r.errored);
  Output structured;
  structured.json = json{{"category", "shipping"}, {"priority", 3}};
  CHECK(run_one({{"type", "is-valid-output"}}, structured, ctx).pass);
}

TEST_CASE("json-path compares fields with == != < <= > >= in contains matches exists") {
  std::string out = R"({"category": "billing", "score": 0.82, "count": 3, "items": [{"name": "a"}, {"name": "b"}], "tags": ["x", "y"]})";
  CHECK(passes({{"type", "json-path"}, {"value", "$.category == \"billing\""}}, out));
  CHECK(passes({{"type", "json-path"}, {"value", "output.category != \"shipping\""}}, out));
  CHECK(passes({{"type", "json-path"}, {"value", "score >= 0.8"}}, out));
  CHECK_FALSE(passes({{"type", "json-path"}, {"value", "score > 0.9"}}, out));
  CHECK(passes({{"type", "json-path"}, {"value", "count < 4"}}, out));
  CHECK(passes({{"type", "json-path"}, {"value", "count <= 3"}}, out));
  CHECK(passes({{"type", "json-path"}, {"value", "$.items[1].name == \"b\""}}, out));
  CHECK(passes({{"type", "json-path"}, {"value", "category in [\"billing\", \"other\"]"}}, out));
  CHECK(passes({{"type", "json-path"}, {"value", "tags contains \"y\""}}, out));
  CHECK(passes({{"type", "json-path"}, {"value", "category matches \"^bil\""}}, out));
  CHECK(passes({{"type", "json-path"}, {"value", "$.items[0]"}}, out));  // exists
  CHECK_FALSE(passes({{"type", "json-path"}, {"value", "$.items[5]"}}, out));
  CHECK(passes({{"type", "json-path"}, {"path", "count"}, {"op", "=="}, {"value", "3"}}, out));  // CSV strings compare as numbers
  CHECK(passes({{"type", "not-json-path"}, {"value", "category == \"other\""}}, out));
  GradingResult missing = run_one({{"type", "json-path"}, {"value", "$.nope == 1"}}, text_output(out));
  CHECK_FALSE(missing.pass);
  CHECK(missing.reason.find("`$.nope` is not in the output") != std::string::npos);
  CHECK_FALSE(passes({{"type", "json-path"}, {"value", "category == \"billing\""}}, "not json"));
  AssertContext ctx;
  ctx.expected = {{"category", "billing"}};
  CHECK(passes({{"type", "json-path"}, {"path", "category"}, {"value", "{{expected.category}}"}}, out, ctx));
  CHECK_FALSE(compile_error({{"type", "json-path"}, {"value", "category ~= 1"}}).empty());
  CHECK_FALSE(compile_error({{"type", "json-path"}, {"value", "category == billing"}}).empty());  // unquoted string
  CHECK_FALSE(compile_error({{"type", "json-path"}, {"value", "category in \"x\""}}).empty());
  CHECK_FALSE(compile_error({{"type", "json-path"}, {"value", "a..b == 1"}}).empty());
  CHECK_FALSE(compile_error({{"type", "json-path"}, {"value", "category matches \"(\""}}).empty());
}

TEST_CASE("a path the output type lacks is found before running") {
  json schema = ticket_schema();
  auto lacks = [&](const std::string& p) { return schema_lacks_path(schema, *JsonPath::parse(p, true)); };
  CHECK_FALSE(lacks("$.category"));
  CHECK_FALSE(lacks("output.tags[0]"));
  CHECK_FALSE(lacks("note"));
  auto typo = lacks("$.catgory");
  REQUIRE(typo);
  CHECK(typo->find("no field `catgory`") != std::string::npos);
  CHECK(typo->find("`category`") != std::string::npos);
  CHECK(lacks("category.inner"));
  CHECK(lacks("priority[0]"));
  CHECK_FALSE(schema_lacks_path(json{{"$ref", "#/defs/x"}}, *JsonPath::parse("a")));
}

TEST_CASE("schema patterns on very long strings are checked without std::regex recursion") {
  // valijson matches `pattern` with std::regex, which overflows the stack on
  // strings of ~100k characters: long values are checked with PCRE2 instead.
  json schema = json::parse(R"({"type": "object", "properties": {
      "note": {"type": "string", "pattern": "^[a-z ]+$"},
      "alt": {"anyOf": [{"type": "string", "pattern": "^x+$"}, {"type": "string", "pattern": "^y+$"}]}},
      "required": ["note"]})");
  json spec = {{"type", "is-json"}, {"value", schema}};
  std::string long_ok(200000, 'a');
  CHECK(passes(spec, json{{"note", long_ok}}.dump()));
  std::string long_bad = long_ok + "!";
  GradingResult r = run_one(spec, text_output(json{{"note", long_bad}}.dump()));
  CHECK_FALSE(r.pass);
  CHECK(r.reason.find("$.note: string does not match pattern `^[a-z ]+$`") != std::string::npos);
  CHECK(passes(spec, json{{"note", "short"}, {"alt", std::string(5000, 'y')}}.dump()));
  CHECK_FALSE(passes(spec, json{{"note", "short"}, {"alt", std::string(5000, 'z')}}.dump()));
  CHECK_FALSE(passes(spec, json{{"note", long_ok}, {"extra", 1}, {"alt", 3}}.dump()));  // other rules still apply
  CHECK_FALSE(passes(spec, json{{"note", "Short"}}.dump()));  // short strings: valijson's own check
  CHECK(compile_error({{"type", "is-json"}, {"value", {{"type", "string"}, {"pattern", "(unclosed"}}}})
            .find("invalid regex") != std::string::npos);
  // A property named "pattern" is data, not the keyword.
  json named = {{"type", "object"}, {"properties", {{"pattern", {{"type", "string"}}}}}};
  CHECK(passes({{"type", "is-json"}, {"value", named}}, json{{"pattern", std::string(3000, 'q')}}.dump()));
}
