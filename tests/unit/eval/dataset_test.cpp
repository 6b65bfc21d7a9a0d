// Datasets: JSONL and CSV reading, malformed lines reported with their file,
// line and column while the rest still loads, ids, and root confinement.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "eval/dataset.hpp"

using namespace aep;
using namespace aep::eval;

namespace {

bool has_problem(const Dataset& d, std::uint32_t line, const std::string& fragment, std::uint32_t column = 0) {
  for (const auto& p : d.problems) {
    if (p.line == line && p.message.find(fragment) != std::string::npos && (column == 0 || p.column == column)) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("jsonl loads objects and reports malformed lines with line and column") {
  std::string text =
      "{\"text\": \"refund please\", \"label\": \"billing\"}\n"
      "\n"
      "{\"text\": \"broken\", \"label\": }\n"
      "[1, 2]\n"
      "{\"text\": \"caf\xc3\xa9 ok\", \"label\": \"other\"}\r\n"
      "{\"text\": \"bad \xff byte\"}\n"
      "{\"text\": \"last\"}";  // no final newline
  Dataset d = parse_jsonl(text, "data/tickets.jsonl");
  REQUIRE(d.items.size() == 3);
  CHECK(d.items[0].id == "1");
  CHECK(d.items[1].id == "5");
  CHECK(d.items[1].fields["text"] == "caf\xc3\xa9 ok");
  CHECK(d.items[2].id == "7");
  CHECK(d.items[2].line == 7);
  REQUIRE(d.problems.size() == 3);
  CHECK(has_problem(d, 3, "invalid JSON", 29));  // the `}` where a value should be
  CHECK(has_problem(d, 4, "expected a JSON object, found an array"));
  CHECK(has_problem(d, 6, "invalid UTF-8", 15));
  CHECK(format_problem(d.problems[0]).rfind("data/tickets.jsonl:3:29: invalid JSON", 0) == 0);
  CHECK(d.columns == std::vector<std::string>{"label", "text"});
  CHECK(d.content_sha256.size() == 64);
}

TEST_CASE("jsonl ids come from an id field - missing and duplicate ids are reported") {
  std::string text =
      "{\"id\": \"a\", \"x\": 1}\n"
      "{\"id\": 7, \"x\": 2}\n"
      "{\"x\": 3}\n"
      "{\"id\": \"a\", \"x\": 4}\n"
      "{\"id\": 1.5}\n"
      "{\"meta\": {\"key\": \"deep\"}}\n";
  LoadOptions o;
  o.id_field = "id";
  Dataset d = parse_jsonl(text, "t.jsonl", o);
  REQUIRE(d.items.size() == 2);
  CHECK(d.items[0].id == "a");
  CHECK(d.items[1].id == "7");
  CHECK(has_problem(d, 3, "no id field `id`"));
  CHECK(has_problem(d, 4, "duplicate item id `a`"));
  CHECK(has_problem(d, 5, "not a string or an integer"));
  CHECK(has_problem(d, 6, "no id field"));
  o.id_field = "meta.key";
  Dataset nested = parse_jsonl(text, "t.jsonl", o);
  REQUIRE(nested.items.size() == 1);
  CHECK(nested.items[0].id == "deep");
}

TEST_CASE("jsonl problem cap keeps counting past the limit") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "not json\n";
  text += "{\"ok\": true}\n";
  LoadOptions o;
  o.max_problems = 10;
  Dataset d = parse_jsonl(text, "x.jsonl", o);
  CHECK(d.problems.size() == 10);
  CHECK(d.problems_dropped == 40);
  REQUIRE(d.items.size() == 1);
  CHECK(d.items[0].id == "51");
}

TEST_CASE("csv follows RFC 4180: quotes, doubled quotes, embedded commas and newlines, CRLF") {
  std::string text =
      "\xEF\xBB\xBFid,text,label\r\n"
      "t1,\"Hello, world\",greeting\r\n"
      "t2,\"She said \"\"hi\"\"\",quote\r\n"
      "t3,\"line one\nline two\",multi\r\n"
      "t4,,empty\r\n"
      "t5,\"\",quoted-empty\r\n"
      "t6,unicode \xe2\x9c\x93,ok";
  LoadOptions o;
  o.id_field = "id";
  Dataset d = parse_csv(text, "t.csv", o);
  INFO((d.problems.empty() ? "" : format_problem(d.problems[0])));
  REQUIRE(d.problems.empty());
  REQUIRE(d.items.size() == 6);
  CHECK(d.columns == std::vector<std::string>{"id", "text", "label"});
  CHECK(d.items[0].fields["text"] == "Hello, world");
  CHECK(d.items[1].fields["text"] == "She said \"hi\"");
  CHECK(d.items[2].fields["text"] == "line one\nline two");
  CHECK(d.items[2].line == 4);
  CHECK(d.items[3].line == 6);  // the quoted newline moved every later row down
  CHECK(d.items[3].fields["text"] == "");
  CHECK(d.items[4].fields["text"] == "");
  CHECK(d.items[5].fields["text"] == "unicode \xe2\x9c\x93");
}

TEST_CASE("csv reports malformed rows with line and column and keeps the rest") {
  std::string text =
      "text,label\n"
      "good one,a\n"
      "bad \"quote\" inside,b\n"
      "\"closed\"x,c\n"
      "too,many,fields\n"
      "short\n"
      "also good,d\n"
      "\n"
      "\"never closed,e\n"
      "swallowed,f\n";
  Dataset d = parse_csv(text, "t.csv");
  REQUIRE(d.items.size() == 2);
  CHECK(d.items[0].fields["text"] == "good one");
  CHECK(d.items[0].id == "1");
  CHECK(d.items[1].fields["text"] == "also good");
  CHECK(d.items[1].id == "6");  // rows are numbered with the bad ones, so ids stay put
  CHECK(has_problem(d, 3, "quote inside an unquoted field", 5));
  CHECK(has_problem(d, 4, "after a closing quote", 9));
  CHECK(has_problem(d, 5, "the row has 3 fields, the header has 2"));
  CHECK(has_problem(d, 6, "the row has 1 field, the header has 2"));
  CHECK(has_problem(d, 9, "unterminated quoted field", 1));
}

TEST_CASE("csv header problems: empty and duplicate names, no header, invalid UTF-8") {
  Dataset d = parse_csv("a,,a,b\n1,2,3,4\n", "h.csv");
  REQUIRE(d.items.size() == 1);
  CHECK(d.items[0].fields == nlohmann::json{{"a", "1"}, {"b", "4"}});
  CHECK(has_problem(d, 1, "column 2 has an empty name"));
  CHECK(has_problem(d, 1, "column 3 repeats the name `a`"));

  Dataset empty = parse_csv("\n\n", "e.csv");
  CHECK(empty.items.empty());
  CHECK(has_problem(empty, 0, "no header row"));

  Dataset bad = parse_csv("x,y\n1,\xc3\x28\n2,3\n", "u.csv");
  REQUIRE(bad.items.size() == 1);
  CHECK(bad.items[0].fields["x"] == "2");
  CHECK(has_problem(bad, 2, "invalid UTF-8", 3));
}

TEST_CASE("load_dataset reads only inside the project's roots") {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / "aep_eval_dataset_test";
  fs::remove_all(root);
  fs::create_directories(root / "data");
  std::ofstream(root / "aep.toml") << "[project]\nname = \"t\"\n";
  std::ofstream(root / "data" / "a.jsonl") << "{\"q\": 1}\n{\"q\": 2}\n";
  std::ofstream(root / "data" / "b.csv") << "q,r\n1,2\n";
  std::ofstream(root / "data" / "c.txt") << "x";
  fs::path outside = fs::temp_directory_path() / "aep_eval_outside.jsonl";
  std::ofstream(outside) << "{\"secret\": 1}\n";
  std::error_code ec;
  fs::remove(root / "data" / "link.jsonl", ec);
  fs::create_symlink(outside, root / "data" / "link.jsonl");

  auto project = load_project(root);
  REQUIRE(project);
  auto a = load_dataset(*project, "data/a.jsonl", project->root);
  REQUIRE(a);
  CHECK(a->items.size() == 2);
  CHECK(a->format == DataFormat::Jsonl);
  auto b = load_dataset(*project, "data/b.csv", project->root);
  REQUIRE(b);
  CHECK(b->items.size() == 1);
  CHECK(b->format == DataFormat::Csv);

  auto escape = load_dataset(*project, "../aep_eval_outside.jsonl", project->root);
  REQUIRE_FALSE(escape);
  CHECK(escape.error().message.find("outside the project") != std::string::npos);
  auto link = load_dataset(*project, "data/link.jsonl", project->root);
  REQUIRE_FALSE(link);
  CHECK(link.error().message.find("outside the project") != std::string::npos);
  auto missing = load_dataset(*project, "data/none.jsonl", project->root);
  REQUIRE_FALSE(missing);
  CHECK(missing.error().message.find("data/none.jsonl") != std::string::npos);
  auto unknown = load_dataset(*project, "data/c.txt", project->root);
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message.find("unknown data format") != std::string::npos);
  auto dir = load_dataset(*project, "data", project->root);
  REQUIRE_FALSE(dir);
  fs::remove_all(root);
  fs::remove(outside);
}

TEST_CASE("csv records may end with a lone CR, lines are counted by LF") {
  Dataset d = parse_csv("a,b\r1,2\r3,4\n5,6\n", "mac.csv");
  REQUIRE(d.problems.empty());
  REQUIRE(d.items.size() == 3);
  CHECK(d.items[1].fields["a"] == "3");
  CHECK(d.items[1].line == 1);
  CHECK(d.items[2].line == 2);
}
