// Running suites (see run_suites.hpp).
#include "eval/run_suites.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "eval/cases.hpp"
#include "eval/grade.hpp"
#include "runtime/runner/batch.hpp"

namespace aep::eval {

Answer answer_of(const runner::CallResult& r) {
  Answer a;
  a.cache_hit = r.cache_hit;
  if (r.response) {
    a.text = r.response->text;
    a.input_tokens = static_cast<std::uint64_t>(std::max<std::int64_t>(0, r.response->usage.input_tokens));
    a.output_tokens = static_cast<std::uint64_t>(std::max<std::int64_t>(0, r.response->usage.output_tokens));
    for (const auto& tc : r.response->tool_calls) a.tool_calls.push_back({{"name", tc.name}, {"arguments", tc.arguments}});
    a.latency_ms = r.latency_ms;
    a.cost_usd = r.cost_usd;
  }
  switch (r.status) {
    case runner::CallStatus::Ok:
      if (r.output) a.output = *r.output;
      break;
    case runner::CallStatus::OutputError:
      // A real answer of the wrong shape: graded (and it will fail), not errored.
      a.output_error = r.error;
      break;
    default:
      a.call_failed = true;
      a.error = fmt::format("{}: {}", runner::call_status_name(r.status), r.error);
      break;
  }
  return a;
}

namespace {

struct Prepared {
  const Suite* suite = nullptr;
  SuiteCases cases;
  ir::Prompt prompt;  // the suite's prompt with its `config { ... }` applied
  std::size_t first_call = 0;
};

struct Slot {
  std::size_t suite = 0, item = 0;
  std::uint32_t sample = 0;
};

nlohmann::json split_json(const Split& s, const std::string& part) {
  return {{"seed", s.spec.seed},
          {"fraction", s.spec.holdout_fraction},
          {"part", part},
          {"method", s.method},
          {"holdout_items", s.holdout.size()},
          {"train_items", s.train.size()},
          {"membership_sha256", s.membership_sha256}};
}

}  // namespace

RunOutput run_suites(runner::Runner& runner, const std::vector<Suite>& suites, const Project& project,
                     const RunOptions& options) {
  RunOutput out;
  std::vector<Prepared> prepared;
  prepared.reserve(suites.size());
  std::vector<runner::CallInput> calls;
  std::vector<Slot> slots;
  for (const Suite& suite : suites) {
    auto cases = build_cases(suite, project);
    if (!cases) {
      out.failures.push_back(SuiteFailure{suite.id, cases.error().message});
      continue;
    }
    Prepared p;
    p.suite = &suite;
    p.cases = std::move(*cases);
    p.prompt = *suite.prompt;
    for (const auto& item : suite.decl->items) {
      if (item->kind != ast::CheckItemKind::Config) continue;
      for (const auto& entry : static_cast<const ast::ConfigCheck&>(*item).entries) {
        p.prompt.config[entry.key.text] = ir::ConfigValue{entry.value.get(), p.prompt.config[entry.key.text].origin};
      }
    }
    prepared.push_back(std::move(p));
  }
  for (std::size_t si = 0; si < prepared.size(); ++si) {
    Prepared& p = prepared[si];
    p.first_call = calls.size();
    for (std::size_t ci = 0; ci < p.cases.cases.size(); ++ci) {
      for (std::uint32_t s = 0; s < p.suite->samples; ++s) {
        runner::CallInput in;
        in.prompt = &p.prompt;
        in.inputs = p.cases.cases[ci].inputs;
        in.profile = options.profile;
        in.model = options.model;
        in.sample_index = static_cast<int>(s);
        if (p.suite->is_eval) in.item_id = p.cases.cases[ci].id;
        in.prompt_label = p.suite->prompt->qualified;
        calls.push_back(std::move(in));
        slots.push_back(Slot{si, ci, s});
      }
    }
  }

  const std::size_t total = calls.size();
  std::atomic<bool> running{true};
  std::mutex mu;
  std::condition_variable cv;
  std::thread ticker;
  if (options.on_progress) {
    ticker = std::thread([&] {
      std::unique_lock lock(mu);
      while (running.load()) {
        cv.wait_for(lock, std::chrono::milliseconds(100));
        if (running.load()) options.on_progress(runner.progress(), total);
      }
    });
  }
  auto started = std::chrono::steady_clock::now();
  std::vector<runner::CallResult> results;
  if (options.batch_dir) {
    runner::BatchOptions batch;
    batch.run_dir = *options.batch_dir;
    results = runner.run_batch(std::move(calls), batch);
  } else {
    results = runner.run_all(std::move(calls));
  }
  {
    std::lock_guard lock(mu);
    running = false;
  }
  cv.notify_all();
  if (ticker.joinable()) ticker.join();
  if (options.on_progress) options.on_progress(runner.progress(), total);

  // Items, then grading on a few threads (judges block on runner calls).
  std::vector<SuiteResult> suite_results(prepared.size());
  for (std::size_t si = 0; si < prepared.size(); ++si) {
    const Prepared& p = prepared[si];
    SuiteResult& r = suite_results[si];
    r.id = p.suite->id;
    r.name = p.suite->name;
    r.kind = p.suite->is_eval ? "eval" : "test";
    r.prompt = p.suite->prompt->qualified;
    r.description = p.suite->description;
    r.samples = p.suite->samples;
    r.threshold = p.suite->threshold;
    r.data_file = p.cases.data_file;
    r.data_sha256 = p.cases.data_sha256;
    r.data_rows = p.cases.rows;
    for (const DataProblem& d : p.cases.problems) r.problems.push_back(format_problem(d));
    r.problems_dropped = p.cases.problems_dropped;
    if (p.cases.split) r.split = split_json(*p.cases.split, p.suite->split_part);
    r.items.resize(p.cases.cases.size());
    for (std::size_t ci = 0; ci < p.cases.cases.size(); ++ci) {
      r.items[ci].id = p.cases.cases[ci].id;
      r.items[ci].line = p.cases.cases[ci].line;
      r.items[ci].slice = p.cases.cases[ci].slice;
      r.items[ci].trials.resize(p.suite->samples);
    }
  }
  JudgeFn judge;
  if (options.judges != nullptr) {
    judge = [&](const JudgeCall& call) { return options.judges->judge(runner, options.judge, call); };
  }
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < results.size(); i = next++) {
      const Slot& slot = slots[i];
      const Prepared& p = prepared[slot.suite];
      suite_results[slot.suite].items[slot.item].trials[slot.sample] =
          grade_trial(*p.suite, p.cases.cases[slot.item], slot.sample, answer_of(results[i]), judge);
    }
  };
  std::size_t threads = std::max<std::size_t>(1, std::min(options.grade_threads, results.size() / 64 + 1));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();

  std::set<std::string> providers, models, profiles;
  bool all_sim = !results.empty();
  for (const auto& res : results) {
    if (!res.provider.empty()) providers.insert(res.provider);
    if (!res.model.empty()) models.insert(res.model);
    if (!res.profile.empty()) profiles.insert(res.profile);
    if (res.provider != "sim") all_sim = false;
  }
  auto joined = [](const std::set<std::string>& s) {
    std::string out;
    for (const auto& x : s) out += (out.empty() ? "" : ", ") + x;
    return out;
  };
  for (std::size_t si = 0; si < prepared.size(); ++si) {
    for (ItemResult& item : suite_results[si].items) combine_trials(item);
    summarize(suite_results[si], *prepared[si].suite, options.bootstrap);
  }
  out.result.suites = std::move(suite_results);
  out.result.provider = joined(providers);
  out.result.model = joined(models);
  out.result.profile = joined(profiles);
  out.result.sim = all_sim;
  out.result.seed = options.bootstrap.seed;
  out.result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return out;
}

}  // namespace aep::eval
