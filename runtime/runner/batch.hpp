// Batch mode of the runner: many calls through the provider's batch API at
// about half price (OpenAI Files + Batches for openai-chat and
// openai-responses targets, Anthropic Message Batches for anthropic), for
// evaluation runs with `--batch`.
//
//   Runner::run_batch(inputs, BatchOptions{run_dir})
//
// 1. every call is prepared (rendered, lowered, keyed); cache hits and
//    errors finish at once;
// 2. unfinished batches recorded in `<run_dir>/batches/*.json` for the same
//    provider and base URL are resumed first: a rerun after a crash or kill
//    polls the batch it already paid for instead of submitting again;
// 3. the remaining calls are submitted (one batch per profile and API;
//    identical calls share one request), and the batch id with the
//    custom_id → cache key mapping is written to the run directory (write,
//    fsync, rename) BEFORE polling starts;
// 4. polling (interval doubling up to max_poll_interval) until the batch
//    ends; every result line is stored in the cache (so even results for
//    calls of another run are kept), then the state file is removed.
// Calls whose target has no batch API (Gemini, Ollama) and in-process sim
// calls are made live through the ordinary path.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

namespace aep::runner {

struct BatchStatus {
  std::string batch_id;
  std::string api;       // "openai" or "anthropic"
  std::string status;    // the provider's: validating, in_progress, completed, ended, ...
  long total = 0, done = 0, failed = 0;
  bool resumed = false;  // picked up from the run directory
};

struct BatchOptions {
  std::filesystem::path run_dir;  // required: where batch state is kept
  std::chrono::milliseconds poll_interval{1000};
  std::chrono::milliseconds max_poll_interval{30000};
  std::chrono::seconds timeout{std::chrono::hours(25)};  // gives up polling (the batch stays recorded)
  std::function<void(const BatchStatus&)> on_status;    // each poll, for progress output
};

struct BatchReport {
  int batches_submitted = 0;
  int batches_resumed = 0;
  long calls_in_batches = 0;
  long live_calls = 0;       // no batch API for their target
  long from_cache = 0;
};

}  // namespace aep::runner
