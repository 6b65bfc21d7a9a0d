// The runner: one object that turns (resolved prompt, input values, provider
// profile, sample index, item id) into a checked result, for many calls at
// once. It is the single path `aep run`, `aep test` and the optimizer share:
//
//   render (ir::render_prompt) ─► lower (compiler/targets) ─► cache lookup
//     ─► provider call (HTTP through runtime/providers, or the sim in process)
//     ─► fallback steps on failure ─► parse into the output type
//     ─► cache store (successes only) ─► trace line ─► result callback
//
// Threading: submit() may be called from any thread. Rendering, lowering
// and the cache lookup run on the submitting thread; a cache hit or an
// in-process sim answer completes there too (the callback runs before
// submit() returns). HTTP calls complete on the HTTP client's event-loop
// thread: the callback must return quickly and must not wait for another
// call of this runner (submitting one is fine). Every submitted call ends in
// exactly one callback. Nothing throws across this interface.
//
// Secrets: API keys are read from the environment into memory when a
// profile is used, handed to the HTTP layer as secret headers, and added to
// the trace writer's secret list; they never reach the cache, a trace line,
// an error message or a file.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/ir/ir.hpp"
#include "compiler/source/expected.hpp"
#include "compiler/source/source_file.hpp"
#include "compiler/targets/capabilities.hpp"
#include "runtime/providers/response.hpp"
#include "runtime/runner/profile.hpp"

namespace aep::runner {

// One call to make.
struct CallInput {
  const ir::Prompt* prompt = nullptr;    // must stay alive until submit() returns
  nlohmann::ordered_json inputs = nlohmann::ordered_json::object();
  std::string profile;                   // provider profile name; empty: the runner's default
  std::optional<std::string> model;      // overrides the profile's and the prompt's model
  int sample_index = 0;                  // distinct cache entries for n samples
  std::string item_id;                   // eval item id (sent as x-aep-item-id; traced)
  std::string prompt_label;              // "file.aep#Prompt" for traces; default: the qualified name
  std::string build_hash;                // traced
  bool stream = false;                   // stream text deltas to on_delta
  std::function<void(std::string_view)> on_delta;  // runs on the HTTP thread (or the caller's for sim)
  bool use_cache = true;                 // false: neither read nor write the cache for this call
};

enum class CallStatus {
  Ok,             // a response, and (when the prompt declares an output type) a valid output
  InputError,     // the inputs do not fit the prompt's typed inputs (render errors)
  LowerError,     // the target or model refuses the request (capability diagnostics)
  ProviderError,  // transport, HTTP or provider error after every retry and fallback step
  OutputError,    // a response arrived but does not parse into the declared output type
  Cancelled,
};
std::string_view call_status_name(CallStatus status);

// One step of a fallback cascade as it happened.
struct StepOutcome {
  std::string profile;
  std::string model;
  bool ok = false;
  std::string error;        // why this step failed (empty when it answered)
  double latency_ms = 0;
  int retries = 0;
};

struct CallResult {
  std::uint64_t call_id = 0;     // submission order, from 1
  CallStatus status = CallStatus::Ok;
  std::string error;             // a clear message for every status but Ok (never holds a key)
  std::optional<providers::Response> response;  // set when a provider answered (also for OutputError)
  // The output parsed into the declared type (validated against its schema);
  // nullopt when the prompt declares none or the output is invalid.
  std::optional<nlohmann::json> output;
  bool cache_hit = false;
  int retries = 0;               // HTTP retries summed over the fallback steps
  double latency_ms = 0;         // the original call's latency (also for a cache hit)
  std::optional<double> cost_usd;  // from the capability table's prices; nullopt when unknown
  std::string profile;           // the profile that answered (or the last tried)
  std::string provider;          // "sim", "openai", "anthropic", ...
  std::string target;            // wire format, e.g. "openai-chat"
  std::string model;
  std::string cache_key;         // 64 hex digits; empty when the call never got that far
  std::vector<StepOutcome> steps;  // one per fallback step tried (one for a plain call)
  std::string item_id;
  int sample_index = 0;
  nlohmann::json payload;        // the lowered payload sent (for debugging and batch files)
  bool ok() const { return status == CallStatus::Ok; }
};

using ResultCallback = std::function<void(CallResult)>;

// A call rendered, lowered and keyed but not sent, for callers that send
// payloads their own way (the batch APIs). `finished` is set when nothing
// needs sending: a cache hit, or an input, profile or lowering error.
struct PreparedCall {
  std::optional<CallResult> finished;
  providers::Provider wire = providers::Provider::OpenAIChat;
  std::string profile;
  bool in_process = false;       // the in-process sim (no HTTP, no batch API)
  std::string base_url;
  std::string path;
  std::string api_key;           // in memory only
  nlohmann::json payload;
  std::string cache_key;
  std::string model;
  std::shared_ptr<void> state;   // opaque: for Runner::complete()
};

struct BatchOptions;
struct BatchReport;

struct Progress {
  std::int64_t submitted = 0;
  std::int64_t done = 0;       // finished, whatever the outcome (cached and failed included)
  std::int64_t cached = 0;
  std::int64_t failed = 0;
  std::int64_t in_flight = 0;  // submitted, not yet done
  std::int64_t retries = 0;
};

struct RunnerOptions {
  Profiles profiles;                      // from aep.toml [providers.*] plus built-ins
  std::string default_profile = "sim";
  targets::CapabilityTable capabilities = targets::CapabilityTable::builtin();
  // The sim world for `sim` profiles without a base URL: a file, or empty
  // for the project's (see world_path_for()) or the built-in empty world.
  std::filesystem::path world;
  std::optional<std::filesystem::path> cache_dir;   // nullopt: no cache
  std::optional<std::chrono::seconds> cache_ttl;
  std::optional<std::filesystem::path> trace_dir;   // nullopt: no traces
  bool redact = false;                    // --redact: personal data out of traces
  // For rendering diagnostics of lowering with file:line:column.
  const SourceManager* sources = nullptr;
  int http_max_connections = 256;
  std::chrono::milliseconds default_timeout{120000};
  std::optional<int> max_retries;         // nullopt: the HTTP client's default (4)
};

class Runner {
 public:
  static Expected<std::unique_ptr<Runner>> create(RunnerOptions options);
  ~Runner();  // cancels what is outstanding and delivers those results first
  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  // Starts one call; `done` runs exactly once (see the threading note above).
  std::uint64_t submit(CallInput input, ResultCallback done);
  std::future<CallResult> submit(CallInput input);
  // One call, waited for.
  CallResult call(CallInput input);
  // Many calls, results in input order; `on_result` (optional) sees each as it ends.
  std::vector<CallResult> run_all(std::vector<CallInput> inputs, ResultCallback on_result = {});

  // Batch support: prepare() does everything submit() does before sending;
  // complete() finishes with what the provider answered (or why it failed),
  // with the same output check, cache store, trace line and counters.
  // `trace_extra` is merged into the trace line's extra; `cost_factor`
  // scales the price (0.5 for batch APIs' half price).
  PreparedCall prepare(CallInput input);
  CallResult complete(PreparedCall& call, Expected<providers::Response> response,
                      const nlohmann::json& trace_extra = nlohmann::json::object(), double cost_factor = 1.0);

  // Drops a prepared call unsent (no result, no trace, not counted).
  void abandon(PreparedCall& call);

  // Many calls through the provider's batch API (runtime/runner/batch.hpp).
  std::vector<CallResult> run_batch(std::vector<CallInput> inputs, const BatchOptions& options, BatchReport* report = nullptr);

  // Blocks until nothing is in flight.
  void wait_idle();
  void cancel_all();
  Progress progress() const;

  // The resolved profile a call would use (default and overrides applied),
  // or why it cannot be used (unknown name, missing key variable).
  Expected<ResolvedProfile> resolve(const std::string& profile_name) const;

  const RunnerOptions& options() const { return options_; }

  struct Impl;
  struct Key {};  // create() is the only way to make one
  Runner(Key, RunnerOptions options);

 private:
  RunnerOptions options_;
  std::unique_ptr<Impl> impl_;
};

// USD cost of a usage under a model's prices (per million tokens): uncached
// input at the input price, cached input at the cached price (else the input
// price), output at the output price; nullopt when the model has no price.
std::optional<double> cost_of(const providers::Usage& usage, const targets::ModelInfo* model);

}  // namespace aep::runner
