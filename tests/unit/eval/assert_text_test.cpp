// Text assertions with promptfoo's meanings: case sensitivity, lists given as
// arrays or comma-separated strings, JSON deep equality, regexes with limits,
// negation, empty outputs and Unicode.
#include "assert_helpers.hpp"

#include "eval/text_metrics.hpp"

using namespace aep::eval;
using namespace aep::eval::testing;
using nlohmann::json;

TEST_CASE("equals compares strings exactly and JSON values deeply") {
  CHECK(passes({{"type", "equals"}, {"value", "Paris"}}, "Paris"));
  CHECK_FALSE(passes({{"type", "equals"}, {"value", "Paris"}}, "paris"));
  CHECK_FALSE(passes({{"type", "equals"}, {"value", "Paris"}}, "Paris\n"));  // no trimming, as promptfoo
  CHECK(passes({{"type", "equals"}, {"value", 42}}, "42"));
  CHECK(passes({{"type", "equals"}, {"value", {{"a", 1}, {"b", {1, 2}}}}}, "{\"b\": [1, 2], \"a\": 1}"));
  CHECK_FALSE(passes({{"type", "equals"}, {"value", {{"a", 1}}}}, "{\"a\": 2}"));
  GradingResult r = run_one({{"type", "equals"}, {"value", {{"a", 1}}}}, text_output("not json"));
  CHECK_FALSE(r.pass);
  CHECK(r.reason.find("not JSON") != std::string::npos);
  CHECK(passes({{"type", "not-equals"}, {"value", {{"a", 1}}}}, "not json"));  // promptfoo: not-equals passes here
  CHECK(passes({{"type", "equals"}, {"value", ""}}, ""));
  CHECK_FALSE(compile_error({{"type", "equals"}}).empty());
}

TEST_CASE("equals reads structured output when the call had one") {
  Output o;
  o.json = json{{"category", "billing"}};
  CHECK(run_one({{"type", "equals"}, {"value", {{"category", "billing"}}}}, o).pass);
}

TEST_CASE("contains and icontains, with numbers, negation and unicode") {
  CHECK(passes({{"type", "contains"}, {"value", "refund"}}, "We issued a refund."));
  CHECK_FALSE(passes({{"type", "contains"}, {"value", "Refund"}}, "We issued a refund."));
  CHECK(passes({{"type", "icontains"}, {"value", "REFUND"}}, "We issued a refund."));
  CHECK(passes({{"type", "contains"}, {"value", 3}}, "about 3 days"));
  CHECK(passes({{"type", "not-contains"}, {"value", "sorry"}}, "Here you go"));
  CHECK_FALSE(passes({{"type", "not-contains"}, {"value", "sorry"}}, "I'm sorry"));
  CHECK_FALSE(passes({{"type", "contains"}, {"value", "x"}}, ""));  // empty output
  CHECK(passes({{"type", "icontains"}, {"value", "CAFÉ"}}, "un café noir"));
  CHECK(passes({{"type", "icontains"}, {"value", "ΑΘΉΝΑ"}}, "αθήνα"));
  CHECK(passes({{"type", "icontains"}, {"value", "МОСКВА"}}, "москва"));
  CHECK(passes({{"type", "contains"}, {"value", "日本"}}, "日本語"));
  CHECK_FALSE(compile_error({{"type", "contains"}, {"value", ""}}).empty());
  CHECK_FALSE(compile_error({{"type", "contains"}, {"value", {1, 2}}}).empty());
  std::string why = run_one({{"type", "contains"}, {"value", "refund"}}, text_output("no")).reason;
  CHECK(why == "expected output to contain \"refund\"");
}

TEST_CASE("starts-with and ends-with") {
  CHECK(passes({{"type", "starts-with"}, {"value", "Dear"}}, "Dear customer"));
  CHECK_FALSE(passes({{"type", "starts-with"}, {"value", "Dear"}}, " Dear customer"));
  CHECK(passes({{"type", "ends-with"}, {"value", "regards"}}, "Kind regards"));
  CHECK_FALSE(passes({{"type", "ends-with"}, {"value", "regards!"}}, "s!"));
}

TEST_CASE("contains-any and contains-all, arrays or comma-separated strings, with i- forms") {
  json any = {{"type", "contains-any"}, {"value", {"refund", "credit"}}};
  CHECK(passes(any, "store credit issued"));
  CHECK_FALSE(passes(any, "nothing"));
  CHECK(passes({{"type", "contains-any"}, {"value", "refund, credit"}}, "a credit"));
  CHECK(passes({{"type", "contains-all"}, {"value", "a, \"b, c\""}}, "a and b, c"));
  CHECK_FALSE(passes({{"type", "contains-all"}, {"value", "a, \"b, c\""}}, "a and b and c"));
  json all = {{"type", "contains-all"}, {"value", {"order", "refund"}}};
  CHECK(passes(all, "order 12: refund sent"));
  GradingResult r = run_one(all, text_output("order 12"));
  CHECK_FALSE(r.pass);
  CHECK(r.reason.find("missing: [refund]") != std::string::npos);
  CHECK(passes({{"type", "icontains-all"}, {"value", {"ORDER", "Refund"}}}, "order refund"));
  CHECK(passes({{"type", "icontains-any"}, {"value", {"X", "REFUND"}}}, "refund"));
  CHECK(passes({{"type", "not-contains-any"}, {"value", {"sorry", "apolog"}}}, "Done."));
  CHECK_FALSE(compile_error({{"type", "contains-any"}, {"value", json::array()}}).empty());
  CHECK_FALSE(compile_error({{"type", "contains-all"}, {"value", " , "}}).empty());
}

TEST_CASE("regex searches anywhere, case-sensitively, with PCRE2 and a backtracking limit") {
  CHECK(passes({{"type", "regex"}, {"value", "\\d{3}-\\d{4}"}}, "call 555-1234 now"));
  CHECK_FALSE(passes({{"type", "regex"}, {"value", "^call$"}}, "call me"));
  CHECK_FALSE(passes({{"type", "regex"}, {"value", "CALL"}}, "call"));
  CHECK(passes({{"type", "regex"}, {"value", "(?i)CALL"}}, "call"));
  CHECK(passes({{"type", "regex"}, {"value", "^.{3}$"}}, "日本語"));  // code points, not bytes
  CHECK(passes({{"type", "not-regex"}, {"value", "error"}}, "fine"));
  std::string err = compile_error({{"type", "regex"}, {"value", "(unclosed"}});
  CHECK(err.find("invalid regex") != std::string::npos);
  CHECK(err.find("assert[0]") != std::string::npos);
  // Catastrophic backtracking stops at the limit: the result is errored, not a hang.
  GradingResult r = run_one({{"type", "regex"}, {"value", "^(a+)+$"}}, text_output(std::string(40, 'a') + "!"));
  CHECK(r.errored);
  CHECK(r.reason.find("backtracking limit") != std::string::npos);
}

TEST_CASE("values may name item data with {{...}}") {
  AssertContext ctx;
  ctx.expected = {{"category", "billing"}, {"n", 3}};
  ctx.vars = {{"name", "Ada"}};
  CHECK(passes({{"type", "equals"}, {"value", "{{expected.category}}"}}, "billing", ctx));
  CHECK(passes({{"type", "contains"}, {"value", "Hello {{name}}"}}, "Hello Ada!", ctx));
  CHECK(passes({{"type", "contains"}, {"value", "{{vars.name}}"}}, "Ada", ctx));
  CHECK(passes({{"type", "regex"}, {"value", "^{{expected.category}}$"}}, "billing", ctx));
  CHECK(passes({{"type", "equals"}, {"value", "{{expected.n}}"}}, "3", ctx));
}

TEST_CASE("lowercase maps Latin, Greek and Cyrillic capitals") {
  CHECK(lowercase("ÀÉÎÕÜ ĀĹŽ Ÿ") == "àéîõü āĺž ÿ");
  CHECK(lowercase("ΆΈΉΊΌΎΏ ΣΩ") == "άέήίόύώ σω");
  CHECK(lowercase("ЁЖЯ") == "ёжя");
  CHECK(lowercase("中文 ×") == "中文 ×");
}
