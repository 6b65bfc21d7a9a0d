// The judge behind model-graded assertions (llm-rubric, factuality,
// model-graded-closedqa). The grading logic lives in eval/ and sends a fully
// rendered grading request; the Judge only answers it. The real judge (a
// provider call through the runtime, or the sim) is wired in by `aep test`;
// tests use a fake.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"
#include "eval/output.hpp"

namespace aep::eval {

struct JudgeRequest {
  std::string kind;     // "llm-rubric", "factuality", "model-graded-closedqa"
  std::string prompt;   // the rendered grading prompt
  nlohmann::json vars;  // what was rendered into it (output, rubric, reference, question)
};

struct JudgeReply {
  std::string text;     // the judge model's answer
  TokenUsage usage;
};

class Judge {
 public:
  virtual ~Judge() = default;
  // A provider failure is an Error: the assertion is then `errored`, never failed.
  virtual Expected<JudgeReply> grade(const JudgeRequest& request) = 0;
};

}  // namespace aep::eval
