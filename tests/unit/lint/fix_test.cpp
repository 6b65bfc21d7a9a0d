// Applying fixes: back to front, overlapping ones left for the next run,
// duplicates once, and never a change that breaks the syntax.
#include <catch2/catch.hpp>

#include "compiler/lint/fix.hpp"

using namespace aep::lint;

TEST_CASE("fixes apply together and keep their offsets right") {
  std::string text = "prompt BadA {\n  user { \"x\" }\n}\nprompt BadB {\n  user { \"y\" }\n}\n";
  ResultFix a{7, 10, "Good", "rename"};
  ResultFix b{38, 41, "Good", "rename"};
  FixOutcome out = apply_fixes("t.aep", text, {&b, &a});
  CHECK(out.applied == 2);
  CHECK_FALSE(out.broke_syntax);
  CHECK(out.text == "prompt GoodA {\n  user { \"x\" }\n}\nprompt GoodB {\n  user { \"y\" }\n}\n");
}

TEST_CASE("an overlapping fix is skipped and a duplicate applied once") {
  std::string text = "prompt BadA {\n  user { \"x\" }\n}\n";
  ResultFix a{7, 10, "Good", "rename"};
  ResultFix same{7, 10, "Good", "rename"};
  ResultFix overlap{8, 11, "", "other"};
  FixOutcome out = apply_fixes("t.aep", text, {&a, &same, &overlap});
  CHECK(out.applied == 1);
  CHECK(out.skipped == 1);
  CHECK(out.text.starts_with("prompt GoodA {"));
}

TEST_CASE("a fix that would break the syntax is refused") {
  std::string text = "prompt A {\n  user { \"x\" }\n}\n";
  ResultFix bad{9, 10, "", "drop the brace"};
  FixOutcome out = apply_fixes("t.aep", text, {&bad});
  CHECK(out.broke_syntax);
  ResultFix out_of_range{100, 120, "", "beyond the end"};
  CHECK(apply_fixes("t.aep", text, {&out_of_range}).applied == 0);
}
