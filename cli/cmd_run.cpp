// `aep run FILE#Prompt`: calls a prompt with input values through the runner
// (runtime/runner: render, lower, cache, provider or in-process sim, output
// check, traces) and prints the output, then usage and cost. With a JSONL
// file of input sets it runs them all, many in flight, one output a line.
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/diag_output.hpp"
#include "compiler/diag/render.hpp"
#include "compiler/ir/render_prompt.hpp"
#include "runtime/cache/response_cache.hpp"
#include "runtime/runner/batch.hpp"
#include "runtime/runner/prompt_load.hpp"
#include "runtime/runner/response_json.hpp"
#include "runtime/runner/runner.hpp"

namespace aep::cli {
namespace {

using OJson = nlohmann::ordered_json;

struct RunArgs {
  std::string prompt_ref;
  std::string inputs_file;
  std::vector<std::string> inputs;
  std::string provider;
  std::string model;
  std::string base_url;
  std::string world;
  bool stream = false;
  std::string format = "text";
  bool no_cache = false;
  std::string cache_dir;
  std::string trace_dir;
  bool redact = false;
  int concurrency = 0;
  std::string id_field;
  int sample = 0;
  bool progress = true;
  bool batch = false;
};

struct InputSet {
  OJson values;
  std::string item_id;
  std::string where;  // "items.jsonl:12" for messages
};

// Reads --inputs: one JSON object, or JSON lines (one object a line). Bad
// lines are reported with file:line and skipped; `bad` counts them.
Expected<std::vector<InputSet>> read_inputs(const RunArgs& args, int& bad) {
  std::vector<InputSet> sets;
  if (args.inputs_file.empty()) {
    sets.push_back({OJson::object(), "", "--input"});
    return sets;
  }
  std::ifstream in(args.inputs_file, std::ios::binary);
  if (!in) return Error{fmt::format("cannot read `{}`", args.inputs_file)};
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  bool jsonl = args.inputs_file.ends_with(".jsonl") || args.inputs_file.ends_with(".ndjson");
  if (!jsonl) {
    try {
      OJson v = OJson::parse(text);
      if (!v.is_object()) return Error{fmt::format("`{}` must hold a JSON object of input names to values (or use a .jsonl file, one object a line)", args.inputs_file)};
      sets.push_back({std::move(v), "", args.inputs_file});
      return sets;
    } catch (const OJson::parse_error& e) {
      return Error{fmt::format("`{}` is not valid JSON: {}", args.inputs_file, e.what())};
    }
  }
  std::size_t line_no = 0, pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      if (end == text.size()) break;
      continue;
    }
    std::string where = fmt::format("{}:{}", args.inputs_file, line_no);
    OJson v;
    try {
      v = OJson::parse(line);
    } catch (const OJson::parse_error& e) {
      std::cerr << fmt::format("aep run: error: {}: invalid JSON: {}\n", where, e.what());
      ++bad;
      continue;
    }
    if (!v.is_object()) {
      std::cerr << fmt::format("aep run: error: {}: expected a JSON object of input values\n", where);
      ++bad;
      continue;
    }
    InputSet set{std::move(v), "", where};
    if (!args.id_field.empty()) {
      auto it = set.values.find(args.id_field);
      if (it == set.values.end()) {
        std::cerr << fmt::format("aep run: error: {}: no `{}` field (--id-field)\n", where, args.id_field);
        ++bad;
        continue;
      }
      set.item_id = it->is_string() ? it->get<std::string>() : it->dump();
      set.values.erase(it);
    }
    sets.push_back(std::move(set));
  }
  return sets;
}

std::string output_text(const runner::CallResult& r, bool one_line) {
  if (r.output) return one_line ? r.output->dump() : r.output->dump(2);
  std::string text = r.response ? r.response->text : "";
  if (one_line) return nlohmann::json(text).dump();
  return text;
}

nlohmann::json result_json(const runner::CallResult& r, const InputSet& set) {
  nlohmann::json j = {{"status", std::string(runner::call_status_name(r.status))}};
  if (!set.item_id.empty()) j["item_id"] = set.item_id;
  if (r.output) j["output"] = *r.output;
  if (r.response) {
    j["text"] = r.response->text;
    j["usage"] = runner::usage_to_json(r.response->usage);
    if (!r.response->tool_calls.empty()) j["tool_calls"] = runner::response_to_json(*r.response)["tool_calls"];
    j["finish_reason"] = providers::finish_reason_name(r.response->finish_reason);
  }
  if (!r.error.empty()) j["error"] = r.error;
  j["cost_usd"] = r.cost_usd ? nlohmann::json(*r.cost_usd) : nlohmann::json();
  j["latency_ms"] = r.latency_ms;
  j["cache_hit"] = r.cache_hit;
  j["retries"] = r.retries;
  j["provider"] = r.provider;
  j["profile"] = r.profile;
  j["model"] = r.model;
  j["target"] = r.target;
  return j;
}

std::string usage_line(const runner::CallResult& r) {
  std::string usage = r.response ? fmt::format("{} input tokens ({} cached), {} output tokens", r.response->usage.input_tokens,
                                               r.response->usage.cached_input_tokens, r.response->usage.output_tokens)
                                 : "no usage";
  std::string cost = r.cost_usd ? fmt::format("${:.6f}", *r.cost_usd) : "cost unknown (no price for this model)";
  return fmt::format("{} · {} · {:.0f} ms{} · {} {}{}{}", usage, cost, r.latency_ms, r.provider == "sim" ? " (simulated)" : "",
                     r.profile, r.model, r.cache_hit ? " · cache hit" : "",
                     r.retries > 0 ? fmt::format(" · {} retries", r.retries) : "");
}

int run(const RunArgs& args) {
  SourceManager sources;
  DiagnosticSink sink;
  auto loaded = runner::load_prompt(args.prompt_ref, sources, sink);
  if (sink.error_count() || sink.warning_count()) {
    print_diagnostics_text(std::cerr, sink, sources, want_color(STDERR_FILENO));
  }
  if (!loaded) {
    std::cerr << "aep run: error: " << loaded.error().message << '\n';
    return kExitUsage;
  }
  if (sink.has_errors() || loaded->prompt == nullptr) return kExitDiagnostics;
  const ir::Prompt& prompt = *loaded->prompt;

  // --input values apply to every input set (later ones win over the file's).
  OJson overrides = OJson::object();
  for (const std::string& kv : args.inputs) {
    auto eq = kv.find('=');
    if (eq == std::string::npos || eq == 0) {
      std::cerr << "aep run: error: `--input " << kv << "` must be name=value\n";
      return kExitUsage;
    }
    std::string key = kv.substr(0, eq), error;
    OJson v = ir::parse_input_value(prompt, key, kv.substr(eq + 1), error);
    if (!error.empty()) {
      std::cerr << "aep run: error: " << error << '\n';
      return kExitDiagnostics;
    }
    overrides[key] = std::move(v);
  }
  int bad_lines = 0;
  auto sets = read_inputs(args, bad_lines);
  if (!sets) {
    std::cerr << "aep run: error: " << sets.error().message << '\n';
    return kExitUsage;
  }
  bool many = !args.inputs_file.empty() && (args.inputs_file.ends_with(".jsonl") || args.inputs_file.ends_with(".ndjson"));
  if (args.batch && !many) {
    std::cerr << "aep run: error: --batch needs a JSONL file of input sets (--inputs items.jsonl)\n";
    return kExitUsage;
  }
  if (args.stream && many) {
    std::cerr << "aep run: error: --stream shows one call's text as it arrives; it cannot be used with a JSONL file of many input sets\n";
    return kExitUsage;
  }

  auto project = load_project(loaded->file);
  if (!project) {
    std::cerr << "aep run: error: " << project.error().message << '\n';
    return kExitUsage;
  }
  runner::RunnerOptions options;
  auto profiles = runner::project_profiles(*project);
  if (!profiles) {
    std::cerr << "aep run: error: " << profiles.error().message << '\n';
    return kExitUsage;
  }
  options.profiles = std::move(profiles).value();
  std::string profile_name = args.provider.empty() ? "sim" : args.provider;
  runner::ProviderProfile* profile = nullptr;
  if (auto it = options.profiles.by_name.find(profile_name); it != options.profiles.by_name.end()) profile = &it->second;
  if (profile == nullptr) {
    std::string known;
    for (const auto& [n, _] : options.profiles.by_name) known += (known.empty() ? "" : ", ") + n;
    std::cerr << fmt::format("aep run: error: unknown provider `{}` (profiles: {}; add one under [providers.{}] in aep.toml)\n",
                             profile_name, known, profile_name);
    return kExitUsage;
  }
  if (!args.base_url.empty()) profile->base_url = args.base_url;
  if (args.concurrency > 0) {
    profile->concurrency = args.concurrency;
    profile->adaptive = false;
  }
  options.default_profile = profile_name;
  if (!args.world.empty()) {
    options.world = args.world;
  } else {
    auto world = runner::project_world(*project);
    if (!world) {
      std::cerr << "aep run: error: " << world.error().message << '\n';
      return kExitUsage;
    }
    if (*world) options.world = **world;
  }
  if (profile->kind == "sim" && profile->base_url.empty() && options.world.empty()) {
    std::cerr << "aep run: warning: no sim world (set [sim] world in aep.toml or pass --world): every answer is a generic guess\n";
  }
  if (!args.no_cache) {
    options.cache_dir = args.cache_dir.empty() ? cache::default_cache_dir(std::filesystem::path(loaded->file).parent_path().empty()
                                                                              ? std::filesystem::current_path()
                                                                              : std::filesystem::path(loaded->file).parent_path())
                                               : std::filesystem::path(args.cache_dir);
  }
  if (!args.trace_dir.empty()) options.trace_dir = args.trace_dir;
  options.redact = args.redact;
  options.sources = &sources;
  auto made = runner::Runner::create(std::move(options));
  if (!made) {
    std::cerr << "aep run: error: " << made.error().message << '\n';
    return kExitUsage;
  }
  runner::Runner& r = **made;
  if (auto resolved = r.resolve(profile_name); !resolved) {
    std::cerr << "aep run: error: " << resolved.error().message << '\n';
    return kExitUsage;
  }

  auto make_input = [&](const InputSet& set) {
    runner::CallInput in;
    in.prompt = &prompt;
    in.inputs = set.values;
    for (const auto& [k, v] : overrides.items()) in.inputs[k] = v;
    if (!args.model.empty()) in.model = args.model;
    in.item_id = set.item_id;
    in.sample_index = args.sample;
    in.prompt_label = args.prompt_ref;
    in.use_cache = !args.no_cache;
    return in;
  };

  if (!many) {
    runner::CallInput in = make_input(sets->front());
    bool streamed = false;
    if (args.stream) {
      in.stream = true;
      in.on_delta = [&streamed](std::string_view d) {
        std::cout << d << std::flush;
        streamed = true;
      };
    }
    runner::CallResult res = r.call(std::move(in));
    if (streamed) std::cout << '\n';
    if (args.format == "json") {
      std::cout << result_json(res, sets->front()).dump(2) << '\n';
    } else if (!streamed && (res.ok() || res.status == runner::CallStatus::OutputError)) {
      std::cout << output_text(res, false) << '\n';
    }
    if (!res.ok()) std::cerr << fmt::format("aep run: error: {}: {}\n", runner::call_status_name(res.status), res.error);
    if (res.response && args.format != "json") std::cerr << usage_line(res) << '\n';
    return res.ok() ? kExitOk : kExitDiagnostics;
  }

  // Many input sets: all submitted at once (the runner keeps the profile's
  // concurrency in flight); results printed in input order as they complete.
  std::mutex m;
  std::condition_variable cv;
  std::map<std::size_t, runner::CallResult> ready;
  std::size_t next = 0, left = sets->size();
  int failed = 0;
  std::int64_t in_tokens = 0, out_tokens = 0;
  double cost = 0;
  bool cost_known = true;
  bool tty = isatty(STDERR_FILENO) && args.progress;
  auto started = std::chrono::steady_clock::now();
  if (args.batch) {
    // The provider's batch API: state under the run directory (or the cache's).
    runner::BatchOptions bo;
    bo.run_dir = !args.trace_dir.empty() ? std::filesystem::path(args.trace_dir)
                                         : (args.cache_dir.empty() ? cache::default_cache_dir(std::filesystem::current_path())
                                                                   : std::filesystem::path(args.cache_dir));
    bo.poll_interval = std::chrono::milliseconds(500);
    bo.max_poll_interval = std::chrono::milliseconds(10000);
    bo.on_status = [&](const runner::BatchStatus& s) {
      std::cerr << fmt::format("{}{} batch {}{}: {} ({} of {} done, {} failed){}", tty ? "\r\x1b[K" : "", s.api, s.batch_id,
                               s.resumed ? " (resumed)" : "", s.status, s.done, s.total, s.failed, tty ? "" : "\n")
                << std::flush;
    };
    std::vector<runner::CallInput> all;
    for (const InputSet& set : *sets) all.push_back(make_input(set));
    runner::BatchReport report;
    auto results = r.run_batch(std::move(all), bo, &report);
    std::cerr << fmt::format("{}batches: {} submitted, {} resumed; {} calls in batches, {} live, {} from the cache\n",
                             tty ? "\r\x1b[K" : "", report.batches_submitted, report.batches_resumed,
                             report.calls_in_batches, report.live_calls, report.from_cache);
    for (std::size_t i = 0; i < results.size(); ++i) ready.emplace(i, std::move(results[i]));
    left = 0;
  } else {
    for (std::size_t i = 0; i < sets->size(); ++i) {
      r.submit(make_input((*sets)[i]), [&, i](runner::CallResult res) {
        std::lock_guard lock(m);
        ready.emplace(i, std::move(res));
        --left;
        cv.notify_all();
      });
    }
  }
  std::unique_lock lock(m);
  while (next < sets->size()) {
    cv.wait_for(lock, std::chrono::milliseconds(200), [&] { return ready.count(next) > 0; });
    while (ready.count(next)) {
      runner::CallResult res = std::move(ready[next]);
      ready.erase(next);
      const InputSet& set = (*sets)[next];
      if (args.format == "json") {
        std::cout << result_json(res, set).dump() << '\n';
      } else if (res.ok()) {
        std::cout << output_text(res, true) << '\n';
      } else {
        std::cout << '\n';  // keep line i for input i
      }
      if (!res.ok()) {
        ++failed;
        std::cerr << fmt::format("{}aep run: error: {}: {}: {}\n", tty ? "\r\x1b[K" : "", set.where,
                                 runner::call_status_name(res.status), res.error);
      }
      if (res.response) {
        in_tokens += res.response->usage.input_tokens;
        out_tokens += res.response->usage.output_tokens;
      }
      if (res.cost_usd) cost += *res.cost_usd; else if (res.response) cost_known = false;
      ++next;
    }
    std::cout.flush();
    if (tty) {
      runner::Progress p = r.progress();
      std::cerr << fmt::format("\r\x1b[K[{}/{}] cached {} · failed {} · in flight {}", p.done, sets->size(), p.cached,
                               p.failed, p.in_flight) << std::flush;
    }
  }
  lock.unlock();
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  runner::Progress p = r.progress();
  std::cerr << fmt::format("{}{} calls in {:.2f} s: {} ok, {} from the cache, {} failed{}, {} retries · {} input tokens, {} output tokens · {}\n",
                           tty ? "\r\x1b[K" : "", sets->size(), wall, sets->size() - failed, p.cached, failed,
                           bad_lines ? fmt::format(", {} unreadable input lines", bad_lines) : "", p.retries, in_tokens, out_tokens,
                           cost_known ? fmt::format("${:.6f}", cost) : fmt::format("${:.6f} + unknown (some models have no price)", cost));
  return failed == 0 && bad_lines == 0 ? kExitOk : kExitDiagnostics;
}

AEP_COMMAND("run", 38, [](CLI::App& app) {
  auto args = std::make_shared<RunArgs>();
  auto* sub = app.add_subcommand("run", "Call a prompt with input values and print its output, usage and cost");
  sub->description(
      "Render FILE#Prompt with the input values, lower it for the provider's wire format,\n"
      "call the provider (default: the offline sim, in process, with the project's world:\n"
      "[sim] world in aep.toml, else sim/world.json beside it) and print the output: pretty\n"
      "JSON when the prompt declares an output type (an answer that does not parse into it\n"
      "is an error naming the field), else the text. Usage, cost and latency follow on\n"
      "stderr. Answers are cached (.aep-cache/ beside aep.toml): a rerun pays nothing.\n\n"
      "Inputs: --inputs FILE.json (one object of input values) or FILE.jsonl (one object a\n"
      "line: every set is run, many in flight, and line i of the output is input i's\n"
      "output, compact JSON or a JSON string; failed lines are blank and reported on\n"
      "stderr with file:line), plus --input name=value for every set.\n\n"
      "Providers: --provider NAME picks a profile: sim, openai, openai-responses, anthropic,\n"
      "gemini, ollama, or a [providers.NAME] table of aep.toml (kind, base_url,\n"
      "api_key_env, model, concurrency, rpm, tpm, timeout, max_retries, fallbacks). Keys\n"
      "come from the environment (OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY, ...)\n"
      "and never reach any file. --base-url points the profile at another server (e.g.\n"
      "`aep emulate`; with --provider sim the emulator is called over HTTP).\n\n"
      "Exit status: 0 every call succeeded, 1 a call failed (inputs, lowering, provider,\n"
      "output type) or the program has errors, 2 bad command line or unreadable file.\n\n"
      "Examples:\n"
      "  aep run support/triage.aep#TriageTicket --input ticket='I was charged twice'\n"
      "  aep run classify.aep#Classify --inputs items.jsonl --id-field id --trace runs/today\n"
      "  aep run classify.aep#Classify --inputs one.json --provider openai --model gpt-4o --stream");
  sub->add_option("prompt", args->prompt_ref, "FILE#Prompt")->required();
  sub->add_option("--inputs", args->inputs_file, "A JSON file of input values, or a JSONL file of many input sets");
  sub->add_option("--input", args->inputs, "An input value, name=value (repeatable; applies to every set)");
  sub->add_option("--provider,-p", args->provider, "Provider profile (default: sim)");
  sub->add_option("--model,-m", args->model, "Model instead of the profile's or the prompt's");
  sub->add_option("--base-url", args->base_url, "Server to call instead of the profile's");
  sub->add_option("--world", args->world, "Sim world file instead of the project's");
  sub->add_flag("--stream", args->stream, "Print the text as it arrives (one input set only)");
  sub->add_option("--format", args->format, "Output: text (default) or json (one object per call with usage and cost)")
      ->check(CLI::IsMember({"text", "json"}));
  sub->add_flag("--cache,!--no-cache", [args](std::int64_t n) { args->no_cache = n < 0; },
                "Read and write the response cache (default) or neither");
  sub->add_option("--cache-dir", args->cache_dir, "Cache directory instead of .aep-cache/ beside aep.toml");
  sub->add_option("--trace", args->trace_dir, "Append one JSON line per call to DIR/traces.jsonl");
  sub->add_flag("--redact", args->redact, "Remove e-mails, phone and card numbers from traces (keys are always removed)");
  sub->add_option("--concurrency,-j", args->concurrency, "Calls in flight (fixed; default: the profile's, adaptive)")
      ->check(CLI::Range(1, 4096));
  sub->add_option("--id-field", args->id_field, "JSONL field holding each set's item id (removed from the inputs)");
  sub->add_option("--sample", args->sample, "Sample index (distinct cache entries and sim draws at temperature > 0)")
      ->check(CLI::Range(0, 1000000));
  sub->add_flag("!--no-progress", args->progress, "No progress line on a terminal");
  sub->add_flag("--batch", args->batch,
                "Send a JSONL file's calls through the provider's batch API (OpenAI Batch, Anthropic Message\n"
                "Batches; half price, slow). The batch id is kept in the --trace directory (else the cache\n"
                "directory) before polling, so a rerun after a crash resumes it instead of paying again");
  return [args] { return run(*args); };
});

}  // namespace
}  // namespace aep::cli
