// Model-graded assertions: the grading logic around a Judge (judge.hpp).
//   llm-rubric             value: the rubric. The judge answers JSON {reason,
//                          pass, score}; pass defaults to score > 0, score to
//                          pass; with a `threshold`, pass also needs score >=
//                          threshold (promptfoo's rules).
//   factuality             value: the reference answer; the judge picks a
//                          category A–E; scores A,B,C,E = 1 and D = 0 unless
//                          `choices` maps letters to other scores; pass = score > 0.
//   model-graded-closedqa  value: the criterion; the judge's answer ends with Y
//                          (pass) or N (fail).
// A judge that fails or answers out of contract makes the result errored: a
// broken judge says nothing about the output.
#include <fmt/format.h>

#include "eval/assert_internal.hpp"
#include "eval/judge_prompts.hpp"

namespace aep::eval::detail {
namespace {

std::string text_of(const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

// The first balanced {...} in `text` that parses as a JSON object.
std::optional<nlohmann::json> first_json_object(const std::string& text) {
  for (std::size_t i = text.find('{'); i != std::string::npos; i = text.find('{', i + 1)) {
    int depth = 0;
    bool in_string = false, escape = false;
    for (std::size_t j = i; j < text.size(); ++j) {
      char c = text[j];
      if (in_string) {
        if (escape) escape = false;
        else if (c == '\\') escape = true;
        else if (c == '"') in_string = false;
        continue;
      }
      if (c == '"') in_string = true;
      else if (c == '{') ++depth;
      else if (c == '}' && --depth == 0) {
        auto parsed = nlohmann::json::parse(text.substr(i, j - i + 1), nullptr, false);
        if (!parsed.is_discarded() && parsed.is_object()) return parsed;
        break;
      }
    }
  }
  return std::nullopt;
}

class JudgeAssertion : public Assertion {
 public:
  JudgeAssertion(std::string kind, nlohmann::json value, std::optional<double> threshold, std::map<char, double> choices)
      : kind_(std::move(kind)), value_(std::move(value)), threshold_(threshold), choices_(std::move(choices)) {}

  GradingResult check(const Output& out, const AssertContext& ctx) const override {
    if (ctx.judge == nullptr) return errored(fmt::format("`{}` needs a judge model and none is configured", kind_));
    std::string value = text_of(has_template(value_) ? render_value(value_, ctx) : value_);
    std::string output_text = out.text.empty() && out.json ? out.json->dump() : out.text;
    JudgeRequest request;
    request.kind = kind_;
    if (kind_ == "llm-rubric") {
      request.vars = {{"output", output_text}, {"rubric", value}};
    } else if (kind_ == "factuality") {
      request.vars = {{"input", ctx.prompt}, {"ideal", value}, {"completion", output_text}};
    } else {
      request.vars = {{"input", ctx.prompt}, {"criteria", value}, {"completion", output_text}};
    }
    request.prompt = render_judge_prompt(default_judge_prompt(kind_), request.vars);
    auto reply = ctx.judge->grade(request);
    if (!reply) return errored(fmt::format("the judge failed: {}", reply.error().message));
    GradingResult r = kind_ == "llm-rubric" ? rubric(reply->text)
                      : kind_ == "factuality" ? factuality(reply->text)
                                              : closed_qa(reply->text);
    r.judge_usage = reply->usage;
    return r;
  }

 private:
  GradingResult rubric(const std::string& text) const {
    auto obj = first_json_object(text);
    if (!obj) return errored(fmt::format("the judge's answer has no JSON object: {}", text.substr(0, 200)));
    std::optional<bool> pass;
    std::optional<double> score;
    if (auto it = obj->find("pass"); it != obj->end() && it->is_boolean()) pass = it->get<bool>();
    if (auto it = obj->find("score"); it != obj->end() && it->is_number()) score = it->get<double>();
    if (score && (*score < 0.0 || *score > 1.0)) {
      return errored(fmt::format("the judge gave score {} outside [0, 1]", *score));
    }
    bool p = pass.value_or(score ? *score > 0.0 : true);
    double s = score.value_or(p ? 1.0 : 0.0);
    if (threshold_) p = p && s >= *threshold_;
    std::string reason = obj->contains("reason") && (*obj)["reason"].is_string() ? (*obj)["reason"].get<std::string>()
                                                                                 : (p ? "grading passed" : "grading failed");
    return scored(s, p, reason);
  }

  GradingResult factuality(const std::string& text) const {
    char category = 0;
    std::string reason;
    if (auto obj = first_json_object(text); obj && obj->contains("category") && (*obj)["category"].is_string()) {
      std::string c = (*obj)["category"].get<std::string>();
      std::size_t b = c.find_first_not_of(" ()");
      if (b != std::string::npos) category = static_cast<char>(std::toupper(static_cast<unsigned char>(c[b])));
      if (c.find_first_not_of(" ()", b + 1) != std::string::npos) category = 0;
      if (obj->contains("reason") && (*obj)["reason"].is_string()) reason = (*obj)["reason"].get<std::string>();
    } else {
      // The older answer form: "(A) because ..."
      for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        char c = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
        if (c >= 'A' && c <= 'E' && text[i + 1] == ')') {
          category = c;
          reason = text.substr(i + 2);
          break;
        }
      }
    }
    auto it = choices_.find(category);
    if (it == choices_.end()) return errored(fmt::format("the judge's answer names no category A–E: {}", text.substr(0, 200)));
    static const std::map<char, const char*> meaning = {
        {'A', "the output is a subset of the reference and consistent with it"},
        {'B', "the output is a superset of the reference and consistent with it"},
        {'C', "the output has the same details as the reference"},
        {'D', "the output disagrees with the reference"},
        {'E', "the answers differ only in ways that do not matter for factuality"}};
    std::size_t b = reason.find_first_not_of(" \n");
    reason = b == std::string::npos ? "" : reason.substr(b);
    std::string why = fmt::format("category {}: {}{}", category, meaning.at(category), reason.empty() ? "" : " — " + reason);
    return scored(it->second, it->second > 0.0, why);
  }

  GradingResult closed_qa(const std::string& text) const {
    std::size_t e = text.find_last_not_of(" \t\r\n");
    char last = e == std::string::npos ? 0 : text[e];
    if (last == 'Y') return scored(1.0, true, "the output meets the criterion");
    if (last == 'N') return scored(0.0, false, fmt::format("the output does not meet the criterion: {}", text.substr(0, 300)));
    return errored(fmt::format("the judge's answer does not end with Y or N: {}", text.substr(0, 200)));
  }

  std::string kind_;
  nlohmann::json value_;
  std::optional<double> threshold_;
  std::map<char, double> choices_;
};

Factory make(const std::string& kind) {
  return [kind](const AssertionSpec& spec) -> Expected<std::unique_ptr<Assertion>> {
    if (!(spec.value.is_string() && !spec.value.get_ref<const std::string&>().empty())) {
      const char* what = kind == "llm-rubric" ? "the rubric" : kind == "factuality" ? "the reference answer" : "the criterion";
      return spec_error(spec, fmt::format("`value` must be {} as a string", what));
    }
    if (spec.threshold && (*spec.threshold < 0 || *spec.threshold > 1)) return spec_error(spec, "`threshold` must be in [0, 1]");
    std::map<char, double> choices = {{'A', 1.0}, {'B', 1.0}, {'C', 1.0}, {'D', 0.0}, {'E', 1.0}};
    if (auto it = spec.config.find("choices"); it != spec.config.end()) {
      if (kind != "factuality") return spec_error(spec, "`choices` applies to factuality only");
      if (!it->is_object()) return spec_error(spec, "`choices` maps categories A–E to scores");
      for (const auto& [k, v] : it->items()) {
        if (k.size() != 1 || k[0] < 'A' || k[0] > 'E') return spec_error(spec, fmt::format("`{}` is not a category A–E", k));
        if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 1) return spec_error(spec, "category scores must be in [0, 1]");
        choices[k[0]] = v.get<double>();
      }
    }
    return std::unique_ptr<Assertion>(std::make_unique<JudgeAssertion>(kind, spec.value, spec.threshold, std::move(choices)));
  };
}

}  // namespace

void add_judge_assertions(FactoryTable& t) {
  for (const char* kind : {"llm-rubric", "factuality", "model-graded-closedqa"}) t[kind] = make(kind);
}

}  // namespace aep::eval::detail
