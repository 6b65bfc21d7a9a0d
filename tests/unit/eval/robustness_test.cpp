// Hostile input never crashes or stalls: random bytes as data files, deeply
// nested JSON lines, huge outputs for every assertion type.
#include "assert_helpers.hpp"

#include <chrono>
#include <random>

#include "eval/dataset.hpp"

using namespace aep::eval;
using namespace aep::eval::testing;
using nlohmann::json;

TEST_CASE("random bytes as JSONL or CSV load without crashing and report problems") {
  std::mt19937_64 rng(99);
  const std::string alphabet = "{}[]\",:\\\n\r abc123\xff\xc3\xa9";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    std::size_t len = rng() % 400;
    for (std::size_t i = 0; i < len; ++i) text += alphabet[rng() % alphabet.size()];
    Dataset j = parse_jsonl(text, "r.jsonl");
    Dataset c = parse_csv(text, "r.csv");
    for (const auto* d : {&j, &c}) {
      for (const auto& p : d->problems) {
        CHECK(p.line <= 1 + static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n')));
        CHECK_FALSE(p.message.empty());
      }
      for (const auto& item : d->items) CHECK(item.fields.is_object());
    }
  }
}

TEST_CASE("a deeply nested JSONL line is read or reported, not a crash") {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  Dataset d = parse_jsonl(deep + "\n{\"ok\": 1}\n", "deep.jsonl");
  CHECK(d.items.size() == 1);
  CHECK(d.problems.size() == 1);
}

TEST_CASE("every assertion type handles a huge output in bounded time") {
  std::string huge(1'000'000, '{');
  Output o = text_output(huge);
  auto start = std::chrono::steady_clock::now();
  for (const json& spec : {json{{"type", "contains-json"}}, json{{"type", "is-json"}},
                           json{{"type", "regex"}, {"value", "(x+x+)+y"}}, json{{"type", "contains"}, {"value", "zz"}},
                           json{{"type", "rouge-n"}, {"value", "a b c"}}, json{{"type", "bleu"}, {"value", "a b c"}},
                           json{{"type", "levenshtein"}, {"value", "abc"}}, json{{"type", "json-path"}, {"value", "$.a"}},
                           json{{"type", "icontains-all"}, {"value", {"a", "b"}}}}) {
    GradingResult r = run_one(spec, o);
    INFO(spec.dump() << ": " << r.reason);
    CHECK_FALSE(r.pass);
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 20.0);  // a generous bound: a quadratic scan would take hours
}
