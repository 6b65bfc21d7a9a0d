// levenshtein, rouge-n and bleu with promptfoo's definitions and defaults.
// Reference BLEU values come from a Python transcription of promptfoo's
// src/assertions/bleu.ts (lowercase, whitespace tokens, clipped counts, best
// reference, closest-length brevity penalty, 1e-7 smoothing), run once:
//   "the cat sat on the mat" vs "the cat is on the mat"          0.010573712634405643
//   Papineni et al. (2002) example 1, candidate 1, three references 0.4208598069524091
//   "the quick fox" vs ["the quick brown fox jumps", "a quick fox"] 0.0002659147948472497
#include "assert_helpers.hpp"

#include "eval/text_metrics.hpp"

using namespace aep::eval;
using namespace aep::eval::testing;
using nlohmann::json;

TEST_CASE("levenshtein counts code point edits - default threshold 5") {
  CHECK(levenshtein("kitten", "sitting") == 3);
  CHECK(levenshtein("", "abc") == 3);
  CHECK(levenshtein("café", "cafe") == 1);  // one code point, two bytes
  CHECK(levenshtein("日本語", "日本") == 1);
  CHECK(passes({{"type", "levenshtein"}, {"value", "sitting"}}, "kitten"));
  CHECK_FALSE(passes({{"type", "levenshtein"}, {"value", "sitting"}, {"threshold", 2}}, "kitten"));
  CHECK_FALSE(passes({{"type", "levenshtein"}, {"value", "a much longer reference"}}, "short"));
  CHECK(passes({{"type", "not-levenshtein"}, {"value", "a much longer reference"}}, "short"));
  GradingResult r = run_one({{"type", "levenshtein"}, {"value", "abcdefgh"}, {"threshold", 1}}, text_output("xbcdefgz"));
  CHECK(r.reason == "Levenshtein distance 2 is greater than threshold 1");
  CHECK_FALSE(compile_error({{"type", "levenshtein"}}).empty());
}

TEST_CASE("rouge-n is n-gram recall against the reference - default n 1, threshold 0.75") {
  CHECK(rouge_n("the cat sat on the mat", "the cat is on the mat", 1) == Approx(5.0 / 6.0));
  CHECK(rouge_n("the cat sat on the mat", "the cat is on the mat", 2) == Approx(3.0 / 5.0));
  CHECK(rouge_n("The cat", "the cat", 1) == Approx(0.5));  // case-sensitive, as js-rouge
  CHECK(rouge_n("the mat.", "the mat", 1) == Approx(1.0));  // punctuation is its own token
  GradingResult r = run_one({{"type", "rouge-n"}, {"value", "the cat is on the mat"}}, text_output("the cat sat on the mat"));
  CHECK(r.pass);
  CHECK(r.score == Approx(5.0 / 6.0));
  CHECK_FALSE(passes({{"type", "rouge-n"}, {"value", "the cat is on the mat"}, {"n", 2}}, "the cat sat on the mat"));
  GradingResult neg = run_one({{"type", "not-rouge-n"}, {"value", "the cat is on the mat"}}, text_output("the cat sat on the mat"));
  CHECK_FALSE(neg.pass);
  CHECK(neg.score == Approx(1.0 / 6.0));  // promptfoo: inverse score is 1 - score
  GradingResult empty = run_one({{"type", "rouge-n"}, {"value", "ref"}}, text_output(""));
  CHECK_FALSE(empty.pass);
  CHECK_FALSE(empty.errored);
  CHECK_FALSE(compile_error({{"type", "rouge-n"}, {"value", "x"}, {"n", 0}}).empty());
  CHECK_FALSE(compile_error({{"type", "rouge-n"}, {"value", "x"}, {"threshold", 2}}).empty());
}

TEST_CASE("bleu follows promptfoo's definition - default threshold 0.5") {
  CHECK(bleu("the cat sat on the mat", {"the cat is on the mat"}) == Approx(0.010573712634405643).epsilon(1e-9));
  CHECK(bleu("It is a guide to action which ensures that the military always obeys the commands of the party",
             {"It is a guide to action that ensures that the military will forever heed Party commands",
              "It is the guiding principle which guarantees the military forces always being under the command of the Party",
              "It is the practical guide for the army always to heed the directions of the party"}) ==
        Approx(0.4208598069524091).epsilon(1e-9));
  CHECK(bleu("the quick fox", {"the quick brown fox jumps", "a quick fox"}) == Approx(0.0002659147948472497).epsilon(1e-6));
  CHECK(passes({{"type", "bleu"}, {"value", "the quick brown fox jumps over the lazy dog"}},
               "The quick brown fox jumps over the lazy dog"));
  CHECK_FALSE(passes({{"type", "bleu"}, {"value", "the cat is on the mat"}}, "the cat sat on the mat"));
  CHECK(passes({{"type", "bleu"}, {"value", json::array({"nope", "the cat sat on the mat"})}}, "the cat sat on the mat"));
  GradingResult empty = run_one({{"type", "bleu"}, {"value", "the ref"}}, text_output("   "));
  CHECK_FALSE(empty.pass);
  CHECK(empty.score == 0.0);
}

TEST_CASE("levenshtein on long outputs answers from the length difference") {
  std::string big(2'000'000, 'x');
  GradingResult r = run_one({{"type", "levenshtein"}, {"value", "short"}}, text_output(big));
  CHECK_FALSE(r.pass);
  CHECK_FALSE(r.errored);
  CHECK(r.reason.find("at least 1999995") != std::string::npos);
}
