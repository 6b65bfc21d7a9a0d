// The output-type checker: conforming values pass, and each kind of
// violation names the path and what was expected.
#include <catch2/catch.hpp>

#include "runtime/runner/output_check.hpp"

using aep::runner::check_output;
using nlohmann::json;
using OJson = nlohmann::ordered_json;

namespace {
const OJson kSchema = OJson::parse(R"({
  "type": "object", "additionalProperties": false,
  "required": ["category", "urgency", "tags", "order_id"],
  "properties": {
    "category": {"type": "string", "enum": ["billing", "bug"]},
    "urgency": {"type": "integer", "minimum": 1, "maximum": 5},
    "tags": {"type": "array", "items": {"$ref": "#/$defs/tag"}, "maxItems": 2},
    "order_id": {"type": ["string", "null"]}
  },
  "$defs": {"tag": {"type": "string", "maxLength": 5}}
})");
}

TEST_CASE("output check: a conforming value passes") {
  CHECK_FALSE(check_output(kSchema, json::parse(R"({"category":"bug","urgency":3,"tags":["a"],"order_id":null})")));
  CHECK_FALSE(check_output(kSchema, json::parse(R"({"category":"billing","urgency":5,"tags":[],"order_id":"AC-1"})")));
}

TEST_CASE("output check: each violation names its path") {
  auto why = [](const char* text) { return check_output(kSchema, json::parse(text)).value_or("<passed>"); };
  CHECK(why(R"({"category":"x","urgency":3,"tags":[],"order_id":null})") == R"($.category: expected one of "billing", "bug", found "x")");
  CHECK(why(R"({"category":"bug","urgency":"3","tags":[],"order_id":null})") == R"($.urgency: expected integer, found string "3")");
  CHECK(why(R"({"category":"bug","urgency":9,"tags":[],"order_id":null})") == "$.urgency: 9 is above the maximum 5");
  CHECK(why(R"({"category":"bug","urgency":3,"tags":["toolong"],"order_id":null})") == "$.tags[0]: expected at most 5 characters, found 7");
  CHECK(why(R"({"category":"bug","urgency":3,"tags":[],"order_id":null,"x":1})") == "$: unexpected field `x`");
  CHECK(why(R"({"category":"bug","urgency":3,"tags":[]})") == "$: missing required field `order_id`");
  CHECK(why(R"(["not", "an", "object"])").rfind("$: expected object, found array", 0) == 0);
}
