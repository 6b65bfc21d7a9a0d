// Mappings from columns to inputs and expected values, slices, JSON paths,
// held-out splits that stay put when items are added, and repeats.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "eval/dataset.hpp"
#include "eval/dataset_mapping.hpp"
#include "eval/dataset_split.hpp"
#include "eval/json_path.hpp"

using namespace aep;
using namespace aep::eval;

TEST_CASE("json paths parse members, indexes, quoted names and the output root") {
  nlohmann::json v = {{"items", {{{"name", "a"}}, {{"name", "b"}}}}, {"odd key", 3}, {"cat", "x"}};
  auto p = JsonPath::parse("$.items[1].name");
  REQUIRE(p);
  REQUIRE(p->find(v) != nullptr);
  CHECK(*p->find(v) == "b");
  auto q = JsonPath::parse("[\"odd key\"]");
  REQUIRE(q);
  CHECK(*q->find(v) == 3);
  auto o = JsonPath::parse("output.cat", true);
  REQUIRE(o);
  CHECK(*o->find(v) == "x");
  CHECK(JsonPath::parse("$")->find(v) == &v);
  CHECK(JsonPath::parse("items[5].name")->find(v) == nullptr);
  CHECK(JsonPath::parse("cat.deeper")->find(v) == nullptr);
  auto bad = JsonPath::parse("items..name");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message.find("column 7") != std::string::npos);
  CHECK_FALSE(JsonPath::parse("items[x]"));
  CHECK_FALSE(JsonPath::parse(""));
  CHECK_FALSE(JsonPath::parse("a b"));
  // `output` is a root only where allowed (assertions); elsewhere it is a member name.
  CHECK(JsonPath::parse("output.x")->steps().size() == 2);
  CHECK(JsonPath::parse("output.x", true)->steps().size() == 1);
}

TEST_CASE("mapping fills inputs and expected values and reports missing columns per item") {
  std::string csv =
      "text,label,meta\n"
      "refund please,billing,x\n"
      "hello,,y\n";
  Dataset data = parse_csv(csv, "t.csv");
  data.items.push_back(DataItem{"3", 9, {{"text", "no label column"}}});
  auto mapping = Mapping::parse({"ticket <- text", "expected.category <- label", "extra.note <- meta?",
                                 "inputs.customer.name <- nickname?"});
  REQUIRE(mapping);
  MappedData m = apply_mapping(data, *mapping);
  REQUIRE(m.items.size() == 2);
  CHECK(m.items[0].inputs == nlohmann::json{{"ticket", "refund please"}, {"extra", {{"note", "x"}}}});
  CHECK(m.items[0].expected == nlohmann::json{{"category", "billing"}});
  CHECK(m.items[1].expected["category"] == "");  // an empty cell is a value, not a missing column
  REQUIRE(m.problems.size() == 1);
  CHECK(m.problems[0].line == 9);
  CHECK(m.problems[0].item_id == "3");
  CHECK(m.problems[0].message == "item `3` has no column `label` (needed by `expected.category <- label`)");
}

TEST_CASE("mapping rules are checked when parsed") {
  CHECK_FALSE(Mapping::parse({"ticket = text"}));
  CHECK_FALSE(Mapping::parse({" <- text"}));
  CHECK_FALSE(Mapping::parse({"ticket <- "}));
  CHECK_FALSE(Mapping::parse({"expected <- label"}));
  CHECK_FALSE(Mapping::parse({"items[0] <- label"}));
  auto dup = Mapping::parse({"a <- x", "a <- y"});
  REQUIRE_FALSE(dup);
  CHECK(dup.error().message.find("already set by `a <- x`") != std::string::npos);
}

TEST_CASE("slices group items by a column or a dotted field") {
  std::vector<DataItem> items = {
      {"1", 1, {{"lang", "en"}, {"meta", {{"tier", 1}}}}},
      {"2", 2, {{"lang", "fr"}, {"meta", {{"tier", 2}}}}},
      {"3", 3, {{"lang", "en"}}},
  };
  auto by_lang = slice_items(items, "lang");
  REQUIRE(by_lang.size() == 2);
  CHECK(by_lang["en"] == std::vector<std::size_t>{0, 2});
  CHECK(by_lang["fr"] == std::vector<std::size_t>{1});
  auto by_tier = slice_items(items, "meta.tier");
  CHECK(by_tier["1"] == std::vector<std::size_t>{0});
  CHECK(by_tier["2"] == std::vector<std::size_t>{1});
  CHECK(by_tier["(missing)"] == std::vector<std::size_t>{2});
}

TEST_CASE("held-out split is fixed by the seed and does not move when items are added or reordered") {
  std::vector<std::string> ids;
  for (int i = 0; i < 1000; ++i) ids.push_back("item-" + std::to_string(i));
  SplitSpec spec{42, 0.2};
  auto split = split_items(ids, spec);
  REQUIRE(split);
  // 1000 draws at 0.2: the held-out count is within 4 standard deviations of 200.
  CHECK(split->holdout.size() > 150);
  CHECK(split->holdout.size() < 250);
  CHECK(split->holdout.size() + split->train.size() == 1000);
  std::set<std::string> held;
  for (auto i : split->holdout) held.insert(ids[i]);

  std::vector<std::string> grown(ids.rbegin(), ids.rend());
  for (int i = 1000; i < 1500; ++i) grown.push_back("item-" + std::to_string(i));
  auto split2 = split_items(grown, spec);
  REQUIRE(split2);
  std::set<std::string> held2;
  for (auto i : split2->holdout) held2.insert(grown[i]);
  for (const auto& id : held) CHECK(held2.count(id) == 1);
  for (const auto& id : held2) {
    int n = std::stoi(id.substr(5));
    if (n < 1000) CHECK(held.count(id) == 1);
  }

  auto other_seed = split_items(ids, SplitSpec{43, 0.2});
  REQUIRE(other_seed);
  CHECK(other_seed->membership_sha256 != split->membership_sha256);
  auto again = split_items(ids, spec);
  CHECK(again->membership_sha256 == split->membership_sha256);
  // The hash is documented: sha256("aep-split-v1\0" "42" "\0" "item-0"), first 8 bytes big-endian.
  // printf 'aep-split-v1\x0042\x00item-0' | sha256sum  ->  cbe94eff2497b81d...
  CHECK(split_hash(42, "item-0") == 0xcbe94eff2497b81dull);
  CHECK_FALSE(split_items(ids, SplitSpec{1, 1.5}));
  CHECK(split_items(ids, SplitSpec{1, 0.0})->holdout.empty());
  CHECK(split_items(ids, SplitSpec{1, 1.0})->train.empty());
}

TEST_CASE("repeats give every item N numbered samples") {
  auto trials = expand_repeats(3, 2);
  REQUIRE(trials);
  REQUIRE(trials->size() == 6);
  CHECK((*trials)[3].item == 1);
  CHECK((*trials)[3].sample == 1);
  CHECK_FALSE(expand_repeats(3, 0));
  CHECK_FALSE(expand_repeats(3, 20000));
}

TEST_CASE("without rules, fields are inputs and `expected` holds the expected values") {
  Dataset data = parse_jsonl(
      "{\"ticket\": \"charged twice\", \"expected\": {\"category\": \"billing\"}, \"slice\": \"refunds\"}\n"
      "{\"ticket\": \"hi\", \"expected\": \"other\"}\n",
      "t.jsonl");
  MappedData m = apply_mapping(data, Mapping{});
  REQUIRE(m.items.size() == 2);
  CHECK(m.items[0].inputs == nlohmann::json{{"ticket", "charged twice"}, {"slice", "refunds"}});
  CHECK(m.items[0].expected == nlohmann::json{{"category", "billing"}});
  CHECK(m.items[1].expected == nlohmann::json{{"value", "other"}});
  CHECK(m.problems.empty());
}
