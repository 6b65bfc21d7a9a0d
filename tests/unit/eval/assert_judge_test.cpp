// Model-graded assertions with a fake judge: the grading request they send,
// how answers map to pass/score (promptfoo's rules), and judge failures or
// malformed answers making the result errored rather than failed.
#include "assert_helpers.hpp"

#include "eval/judge_prompts.hpp"

using namespace aep;
using namespace aep::eval;
using namespace aep::eval::testing;
using nlohmann::json;

namespace {

class FakeJudge : public Judge {
 public:
  explicit FakeJudge(std::string answer, bool fail = false) : answer_(std::move(answer)), fail_(fail) {}
  Expected<JudgeReply> grade(const JudgeRequest& request) override {
    last = request;
    ++calls;
    if (fail_) return Error{"HTTP 503 from the judge provider"};
    return JudgeReply{answer_, TokenUsage{120, 30, 0}};
  }
  JudgeRequest last;
  int calls = 0;

 private:
  std::string answer_;
  bool fail_;
};

GradingResult judged(const json& spec, const std::string& output, FakeJudge& judge, std::string prompt = "") {
  AssertContext ctx;
  ctx.judge = &judge;
  ctx.prompt = std::move(prompt);
  return run_one(spec, text_output(output), ctx);
}

}  // namespace

TEST_CASE("llm-rubric sends output and rubric and reads {reason, pass, score}") {
  FakeJudge judge("Sure: {\"reason\": \"polite and complete\", \"pass\": true, \"score\": 0.9}");
  GradingResult r = judged({{"type", "llm-rubric"}, {"value", "is polite"}}, "Thank you!", judge);
  CHECK(r.pass);
  CHECK(r.score == Approx(0.9));
  CHECK(r.reason == "polite and complete");
  CHECK(r.judge_usage.input == 120);
  CHECK(judge.last.kind == "llm-rubric");
  CHECK(judge.last.prompt.find("<output>\nThank you!\n</output>") != std::string::npos);
  CHECK(judge.last.prompt.find("<rubric>\nis polite\n</rubric>") != std::string::npos);

  FakeJudge low("{\"reason\": \"meh\", \"pass\": true, \"score\": 0.4}");
  CHECK_FALSE(judged({{"type", "llm-rubric"}, {"value", "x"}, {"threshold", 0.5}}, "o", low).pass);
  FakeJudge score_only("{\"score\": 0}");
  CHECK_FALSE(judged({{"type", "llm-rubric"}, {"value", "x"}}, "o", score_only).pass);  // pass defaults to score > 0
  FakeJudge pass_only("{\"pass\": false, \"reason\": \"rude\"}");
  GradingResult f = judged({{"type", "llm-rubric"}, {"value", "x"}}, "o", pass_only);
  CHECK_FALSE(f.pass);
  CHECK(f.score == 0.0);
  CHECK(judged({{"type", "not-llm-rubric"}, {"value", "x"}}, "o", pass_only).pass);
  FakeJudge prose("I think it passes.");
  CHECK(judged({{"type", "llm-rubric"}, {"value", "x"}}, "o", prose).errored);
  FakeJudge out_of_range("{\"pass\": true, \"score\": 7}");
  CHECK(judged({{"type", "llm-rubric"}, {"value", "x"}}, "o", out_of_range).errored);
}

TEST_CASE("factuality maps categories A-E to scores - D fails by default") {
  FakeJudge a("{\"category\": \"A\", \"reason\": \"subset\"}");
  GradingResult r = judged({{"type", "factuality"}, {"value", "Paris is the capital of France"}}, "Paris", a,
                           "What is the capital of France?");
  CHECK(r.pass);
  CHECK(r.score == 1.0);
  CHECK(r.reason.rfind("category A:", 0) == 0);
  CHECK(a.last.prompt.find("<question>\nWhat is the capital of France?\n</question>") != std::string::npos);
  CHECK(a.last.vars["ideal"] == "Paris is the capital of France");

  FakeJudge d("{\"category\": \"D\", \"reason\": \"says Lyon\"}");
  GradingResult rd = judged({{"type", "factuality"}, {"value", "Paris"}}, "Lyon", d);
  CHECK_FALSE(rd.pass);
  CHECK(rd.score == 0.0);
  FakeJudge legacy("(B) The submission adds the population.");
  CHECK(judged({{"type", "factuality"}, {"value", "Paris"}}, "Paris, 2M people", legacy).pass);
  FakeJudge b("{\"category\": \"B\"}");
  GradingResult strict = judged({{"type", "factuality"}, {"value", "Paris"}, {"choices", {{"B", 0}}}}, "x", b);
  CHECK_FALSE(strict.pass);
  FakeJudge bad("{\"category\": \"F\"}");
  CHECK(judged({{"type", "factuality"}, {"value", "Paris"}}, "x", bad).errored);
  CHECK_FALSE(compile_error({{"type", "factuality"}, {"value", "x"}, {"choices", {{"Z", 1}}}}).empty());
}

TEST_CASE("model-graded-closedqa reads the final Y or N") {
  FakeJudge y("The answer names the refund policy.\nY");
  CHECK(judged({{"type", "model-graded-closedqa"}, {"value", "mentions the refund policy"}}, "o", y).pass);
  CHECK(y.last.vars["criteria"] == "mentions the refund policy");
  FakeJudge n("It does not.\nN\n");
  CHECK_FALSE(judged({{"type", "model-graded-closedqa"}, {"value", "c"}}, "o", n).pass);
  FakeJudge maybe("Hard to say.");
  CHECK(judged({{"type", "model-graded-closedqa"}, {"value", "c"}}, "o", maybe).errored);
}

TEST_CASE("judge failures and a missing judge make the result errored, never failed") {
  FakeJudge down("", /*fail=*/true);
  GradingResult r = judged({{"type", "llm-rubric"}, {"value", "x"}}, "o", down);
  CHECK(r.errored);
  CHECK(r.reason.find("HTTP 503") != std::string::npos);
  GradingResult none = run_one({{"type", "factuality"}, {"value", "x"}}, text_output("o"));
  CHECK(none.errored);
  CHECK(none.reason.find("needs a judge") != std::string::npos);
  CHECK_FALSE(compile_error({{"type", "llm-rubric"}}).empty());
}

TEST_CASE("judge prompts render their variables") {
  CHECK(render_judge_prompt("a {{x}} b {{y}} {{missing}}", json{{"x", "1"}, {"y", 2}}) == "a 1 b 2 ");
  for (const char* kind : {"llm-rubric", "factuality", "model-graded-closedqa"}) {
    CHECK_FALSE(default_judge_prompt(kind).empty());
  }
}
