// `aep power`: how many eval items a gate needs before its verdict means
// something. Thin over eval/stats_power.hpp; see docs/eval.md.
#include <iostream>
#include <optional>
#include <regex>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/command.hpp"
#include "eval/stats_power.hpp"

namespace aep::cli {
namespace {

struct PowerArgs {
  std::string gate;
  std::optional<double> expected;
  bool paired = false;
  std::optional<double> discordance;
  std::optional<double> drop;
  double alpha = 0.05;
  double power = 0.8;
  bool one_sided = false;
  std::string format = "text";
};

int usage_error(const std::string& message) {
  std::cerr << "aep power: error: " << message << "\n";
  return kExitUsage;
}

// "accuracy >= 0.85": a metric name, a comparison and a rate.
bool parse_gate(const std::string& text, std::string& metric, bool& at_least, double& threshold, std::string& error) {
  static const std::regex re(R"(^\s*([A-Za-z_][A-Za-z0-9_.\-]*)\s*(>=|<=|>|<)\s*([-+0-9.eE%]+)\s*$)");
  std::smatch m;
  if (!std::regex_match(text, m, re)) {
    error = fmt::format("cannot read the gate `{}`: write it as `<metric> >= <rate>`, e.g. \"accuracy >= 0.85\"", text);
    return false;
  }
  metric = m[1];
  std::string op = m[2];
  at_least = op[0] == '>';
  std::string number = m[3];
  bool percent = !number.empty() && number.back() == '%';
  if (percent) number.pop_back();
  try {
    std::size_t used = 0;
    threshold = std::stod(number, &used);
    if (used != number.size()) throw std::invalid_argument("trailing");
  } catch (const std::exception&) {
    error = fmt::format("the gate's threshold `{}` is not a number", std::string(m[3]));
    return false;
  }
  if (percent) threshold /= 100.0;
  return true;
}

int run(const PowerArgs& a) {
  const bool json = a.format == "json";
  if (a.paired) {
    if (!a.gate.empty() || a.expected) return usage_error("--paired takes --discordance and --drop, not --gate/--expected");
    if (!a.discordance || !a.drop) return usage_error("--paired needs --discordance and --drop (e.g. --discordance 0.1 --drop 0.05)");
    eval::stats::PairedPowerInput in{*a.discordance, *a.drop, a.alpha, a.power, !a.one_sided};
    auto r = eval::stats::paired_sample_size(in);
    if (!r) return usage_error(r.error().message);
    if (json) {
      nlohmann::json out = {{"kind", "paired"}, {"discordance", in.discordance}, {"drop", in.drop}, {"alpha", in.alpha},
                            {"power", in.power}, {"two_sided", in.two_sided}, {"items", r->n}, {"exact", r->exact},
                            {"items_first_reaching_power", r->n_first}, {"items_normal_approximation", r->n_normal},
                            {"achieved_power", r->achieved_power}, {"method", r->method}};
      std::cout << out.dump(2) << "\n";
      return kExitOk;
    }
    std::cout << fmt::format("{} items\n\n", r->n);
    std::cout << fmt::format("to detect a pass-rate drop of {} when {} of items change outcome between baseline and\n"
                             "candidate, with power {} at alpha {} ({}).\n",
                             in.drop, in.discordance, in.power, in.alpha, in.two_sided ? "two-sided" : "one-sided");
    std::cout << fmt::format("method: {}\nnormal approximation (Connor 1987): {} items\n", r->method, r->n_normal);
    return kExitOk;
  }
  if (a.discordance || a.drop) return usage_error("--discordance and --drop need --paired");
  if (a.gate.empty() && a.expected) return usage_error("--expected needs --gate, e.g. --gate \"accuracy >= 0.85\"");
  if (a.gate.empty()) return usage_error("give --gate \"accuracy >= 0.85\" --expected 0.9, or --paired (see --help)");
  if (!a.expected) return usage_error("--gate needs --expected: the rate you expect the prompt to reach");
  std::string metric, error;
  bool at_least = true;
  double threshold = 0.0;
  if (!parse_gate(a.gate, metric, at_least, threshold, error)) return usage_error(error);
  eval::stats::GatePowerInput in{threshold, *a.expected, at_least, a.alpha, a.power};
  auto r = eval::stats::gate_sample_size(in);
  if (!r) return usage_error(r.error().message);
  if (json) {
    nlohmann::json out = {{"kind", "gate"}, {"metric", metric}, {"threshold", threshold}, {"at_least", at_least},
                          {"expected", in.expected}, {"alpha", in.alpha}, {"power", in.power}, {"items", r->n},
                          {"exact", r->exact}, {"items_first_reaching_power", r->n_first},
                          {"items_normal_approximation", r->n_normal}, {"achieved_power", r->achieved_power},
                          {"critical", r->critical}, {"method", r->method}};
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << fmt::format("{} items\n\n", r->n);
  std::cout << fmt::format("for the gate `{} {} {}` to pass with probability {} when the true {} is {}, at alpha {}.\n",
                           metric, at_least ? ">=" : "<=", threshold, in.power, metric, in.expected, in.alpha);
  if (r->exact) {
    std::cout << fmt::format("the gate then needs {} {} of the {} items to {}.\n", at_least ? "at least" : "at most",
                             r->critical, r->n, at_least ? "pass" : "count");
  }
  std::cout << fmt::format("method: {}\nnormal approximation: {} items\n", r->method, r->n_normal);
  return kExitOk;
}

AEP_COMMAND("power", 80, [](CLI::App& app) {
  auto* sub = app.add_subcommand("power", "How many eval items a gate needs (sample size for a given power)");
  sub->footer(
      "A gate that runs on too few items passes or fails by chance. `aep power` says how many items\n"
      "make its verdict trustworthy.\n\n"
      "One-sample gate: the gate passes when an exact one-sided binomial test shows the rate is above\n"
      "the threshold; --expected is the rate you believe the prompt really reaches.\n"
      "  aep power --gate \"accuracy >= 0.85\" --expected 0.9\n"
      "  aep power --gate \"accuracy >= 85%\" --expected 0.95 --alpha 0.01 --power 0.9\n\n"
      "Paired regression gate (exact McNemar test of candidate against baseline on the same items):\n"
      "--discordance is the fraction of items whose pass/fail outcome differs between the two runs\n"
      "(measure it on a previous comparison), --drop the pass-rate drop you need to catch.\n"
      "  aep power --paired --discordance 0.1 --drop 0.05\n\n"
      "The exact search saw-tooths in n; the number printed is the smallest n from which every larger\n"
      "n reaches the power. Exit codes: 0 ok, 2 bad or impossible input.");
  auto args = std::make_shared<PowerArgs>();
  sub->add_option("--gate", args->gate, "The gate, e.g. \"accuracy >= 0.85\" (also <=, >, <; 85% works)");
  sub->add_option("--expected", args->expected, "The rate you expect the prompt to reach, in (0, 1)");
  sub->add_flag("--paired", args->paired, "Size a paired regression gate instead (with --discordance and --drop)");
  sub->add_option("--discordance", args->discordance, "Fraction of items whose outcome changes between runs, in (0, 1]");
  sub->add_option("--drop", args->drop, "Pass-rate drop to detect, in (0, discordance]");
  sub->add_option("--alpha", args->alpha, "Significance level (false-alarm rate), default 0.05");
  sub->add_option("--power", args->power, "Probability of detecting the effect, default 0.8");
  sub->add_flag("--one-sided", args->one_sided, "Paired: test for drops only (default: two-sided, as `aep test`)");
  sub->add_option("--format", args->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  return [args] { return run(*args); };
});

}  // namespace
}  // namespace aep::cli
