// The default grading prompts (see judge_prompts.hpp).
#include "eval/judge_prompts.hpp"

#include <map>

namespace aep::eval {

const std::string& default_judge_prompt(const std::string& kind) {
  static const std::map<std::string, std::string> prompts = {
      {"llm-rubric",
       "You grade an AI system's output against a rubric.\n\n"
       "<output>\n{{output}}\n</output>\n\n<rubric>\n{{rubric}}\n</rubric>\n\n"
       "Decide whether the output satisfies the rubric. Answer with one JSON object and nothing else:\n"
       "{\"reason\": \"<one or two sentences>\", \"pass\": true or false, \"score\": <number from 0.0 to 1.0>}\n"},
      {"factuality",
       "You compare a submitted answer with an expert answer to the same question, for factual content only;\n"
       "style, grammar and punctuation do not matter.\n\n"
       "<question>\n{{input}}\n</question>\n\n<expert>\n{{ideal}}\n</expert>\n\n<submission>\n{{completion}}\n</submission>\n\n"
       "Choose exactly one category:\n"
       "(A) The submission is a subset of the expert answer and fully consistent with it.\n"
       "(B) The submission is a superset of the expert answer and fully consistent with it.\n"
       "(C) The submission contains all the same details as the expert answer.\n"
       "(D) The submission and the expert answer disagree.\n"
       "(E) The answers differ, but the differences do not matter for factuality.\n\n"
       "Answer with one JSON object and nothing else: {\"category\": \"A\"|\"B\"|\"C\"|\"D\"|\"E\", \"reason\": \"...\"}\n"},
      {"model-graded-closedqa",
       "You assess a submitted answer against a criterion.\n\n"
       "<task>\n{{input}}\n</task>\n\n<submission>\n{{completion}}\n</submission>\n\n<criterion>\n{{criteria}}\n</criterion>\n\n"
       "Does the submission meet the criterion? Reason step by step first, then write the single letter Y or N\n"
       "alone on the last line.\n"},
  };
  static const std::string empty;
  auto it = prompts.find(kind);
  return it == prompts.end() ? empty : it->second;
}

std::string render_judge_prompt(const std::string& templ, const nlohmann::json& vars) {
  std::string out;
  std::size_t i = 0;
  while (i < templ.size()) {
    std::size_t open = templ.find("{{", i);
    if (open == std::string::npos) break;
    std::size_t close = templ.find("}}", open + 2);
    if (close == std::string::npos) break;
    out.append(templ, i, open - i);
    std::string name = templ.substr(open + 2, close - open - 2);
    auto it = vars.find(name);
    if (it != vars.end()) out += it->is_string() ? it->get<std::string>() : it->dump();
    i = close + 2;
  }
  out.append(templ, i, std::string::npos);
  return out;
}

}  // namespace aep::eval
