// `latency` and `cost`, as promptfoo defines them: pass when the call's
// latency (ms) or cost (USD) is <= threshold. Without a threshold they only
// record the figure as a named metric (so `metric` is required, and the
// assertion always passes); a result without the figure is errored — a cached
// result without a recorded latency, a provider without prices — never failed.
#include <fmt/format.h>

#include "eval/assert_internal.hpp"

namespace aep::eval::detail {
namespace {

class Threshold : public Assertion {
 public:
  Threshold(bool is_latency, std::optional<double> threshold) : latency_(is_latency), threshold_(threshold) {}
  GradingResult check(const Output& out, const AssertContext&) const override {
    std::optional<double> v = latency_ ? out.latency_ms : out.cost;
    if (!v) {
      return errored(latency_ ? "no latency was recorded for this output (a cached result?)"
                              : "no cost is known for this output (a model without prices?)");
    }
    if (!threshold_) {
      GradingResult r = verdict(true, "");
      r.reason = latency_ ? fmt::format("latency {} ms", *v) : fmt::format("cost ${:.6f}", *v);
      return r;
    }
    bool pass = *v <= *threshold_;
    std::string reason = latency_
        ? fmt::format("latency {} ms is greater than threshold {} ms", *v, *threshold_)
        : fmt::format("cost ${:.6f} is greater than threshold ${}", *v, *threshold_);
    return verdict(pass, reason);
  }

 private:
  bool latency_;
  std::optional<double> threshold_;
};

Factory make(bool latency) {
  return [latency](const AssertionSpec& spec) -> Expected<std::unique_ptr<Assertion>> {
    if (!spec.value.is_null()) return spec_error(spec, "give the limit as `threshold`, not `value`");
    if (!spec.threshold) {
      if (spec.negate) return spec_error(spec, "a negated assertion needs a `threshold`");
      if (spec.metric.empty()) return spec_error(spec, "give a `threshold`, or a `metric` name to only record the figure");
    } else if (*spec.threshold < 0) {
      return spec_error(spec, "`threshold` must be >= 0");
    }
    return std::unique_ptr<Assertion>(std::make_unique<Threshold>(latency, spec.threshold));
  };
}

}  // namespace

void add_metric_assertions(FactoryTable& t) {
  t["latency"] = make(true);
  t["cost"] = make(false);
}

}  // namespace aep::eval::detail
