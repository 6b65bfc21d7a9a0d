// Similarity assertions with promptfoo's defaults: `levenshtein` passes when
// the edit distance is <= threshold (default 5), `rouge-n` when n-gram recall
// >= threshold (default 0.75, n = 1), `bleu` when BLEU >= threshold (default
// 0.5; one reference or a list). Scores are the measure itself for rouge-n and
// bleu, 1/0 for levenshtein, as in promptfoo.
#include <fmt/format.h>

#include "eval/assert_internal.hpp"
#include "eval/text_metrics.hpp"

namespace aep::eval::detail {
namespace {

std::string text_of(const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

class Levenshtein : public Assertion {
 public:
  Levenshtein(nlohmann::json value, double threshold) : value_(std::move(value)), threshold_(threshold) {}
  GradingResult check(const Output& out, const AssertContext& ctx) const override {
    std::string ref = text_of(has_template(value_) ? render_value(value_, ctx) : value_);
    std::size_t a = to_code_points(out.text).size(), b = to_code_points(ref).size();
    std::size_t gap = a > b ? a - b : b - a;
    // The distance is at least the length difference: long outputs fail
    // without the quadratic table, which would stall on megabyte outputs.
    if (static_cast<double>(gap) > threshold_) {
      return verdict(false, fmt::format("Levenshtein distance is at least {} (the length difference), greater than threshold {}",
                                        gap, threshold_));
    }
    if (static_cast<double>(a) * static_cast<double>(b) > 4e8) {
      return errored(fmt::format("texts of {} and {} code points are too long for levenshtein", a, b));
    }
    std::size_t d = levenshtein(out.text, ref);
    return verdict(static_cast<double>(d) <= threshold_,
                   fmt::format("Levenshtein distance {} is greater than threshold {}", d, threshold_));
  }

 private:
  nlohmann::json value_;
  double threshold_;
};

class Rouge : public Assertion {
 public:
  Rouge(nlohmann::json value, double threshold, int n) : value_(std::move(value)), threshold_(threshold), n_(n) {}
  GradingResult check(const Output& out, const AssertContext& ctx) const override {
    std::string ref = text_of(has_template(value_) ? render_value(value_, ctx) : value_);
    if (ref.empty()) return errored("the reference text is empty");
    if (out.text.empty()) return scored(0.0, false, "the output is empty");
    double s = rouge_n(out.text, ref, n_);
    bool pass = s >= threshold_;
    return scored(s, pass, fmt::format("ROUGE-{} score {:.2f} is {} threshold {}", n_, s,
                                       pass ? "greater than or equal to" : "less than", threshold_));
  }

 private:
  nlohmann::json value_;
  double threshold_;
  int n_;
};

class Bleu : public Assertion {
 public:
  Bleu(nlohmann::json value, double threshold) : value_(std::move(value)), threshold_(threshold) {}
  GradingResult check(const Output& out, const AssertContext& ctx) const override {
    nlohmann::json v = has_template(value_) ? render_value(value_, ctx) : value_;
    std::vector<std::string> refs;
    if (v.is_array()) {
      for (const auto& r : v) refs.push_back(text_of(r));
    } else {
      refs.push_back(text_of(v));
    }
    if (out.text.find_first_not_of(" \t\r\n") == std::string::npos) return scored(0.0, false, "the output is empty");
    double s = bleu(out.text, refs);
    bool pass = s >= threshold_;
    return scored(s, pass, fmt::format("BLEU score {:.4f} is {} threshold {}", s, pass ? "at least" : "less than", threshold_));
  }

 private:
  nlohmann::json value_;
  double threshold_;
};

bool is_text_value(const nlohmann::json& v) {
  return (v.is_string() && !v.get_ref<const std::string&>().empty()) || v.is_number();
}

}  // namespace

void add_similarity_assertions(FactoryTable& t) {
  t["levenshtein"] = [](const AssertionSpec& spec) -> Expected<std::unique_ptr<Assertion>> {
    if (!is_text_value(spec.value)) return spec_error(spec, "`value` must be the reference string");
    double th = spec.threshold.value_or(5.0);
    if (th < 0) return spec_error(spec, "`threshold` is a distance and must be >= 0");
    return std::unique_ptr<Assertion>(std::make_unique<Levenshtein>(spec.value, th));
  };
  t["rouge-n"] = [](const AssertionSpec& spec) -> Expected<std::unique_ptr<Assertion>> {
    if (!is_text_value(spec.value)) return spec_error(spec, "`value` must be the reference string");
    double th = spec.threshold.value_or(0.75);
    if (th < 0 || th > 1) return spec_error(spec, "`threshold` must be in [0, 1]");
    int n = 1;
    if (auto it = spec.config.find("n"); it != spec.config.end()) {
      if (!it->is_number_integer() || it->get<int>() < 1 || it->get<int>() > 9) {
        return spec_error(spec, "`n` must be an integer from 1 to 9");
      }
      n = it->get<int>();
    }
    return std::unique_ptr<Assertion>(std::make_unique<Rouge>(spec.value, th, n));
  };
  t["bleu"] = [](const AssertionSpec& spec) -> Expected<std::unique_ptr<Assertion>> {
    bool ok = is_text_value(spec.value) || (spec.value.is_array() && !spec.value.empty());
    if (!ok) return spec_error(spec, "`value` must be a reference string or a list of them");
    double th = spec.threshold.value_or(0.5);
    if (th < 0 || th > 1) return spec_error(spec, "`threshold` must be in [0, 1]");
    return std::unique_ptr<Assertion>(std::make_unique<Bleu>(spec.value, th));
  };
}

}  // namespace aep::eval::detail
