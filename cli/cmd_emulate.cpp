// `aep emulate`: serves the sim world over HTTP on 127.0.0.1 in the OpenAI
// Chat, OpenAI Responses, Anthropic, Gemini and Ollama wire formats, with
// seeded faults and latency, so SDKs, benchmarks and peer tools can be
// pointed at it. The first line on stdout is `listening on http://HOST:PORT`.
#include <csignal>
#include <iostream>
#include <memory>
#include <pthread.h>
#include <chrono>
#include <cctype>
#include <cstdlib>
#include <thread>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "runtime/emulator/server.hpp"
#include "runtime/sim/tiktoken_counter.hpp"
#include "runtime/sim/world.hpp"

namespace aep::cli {
namespace {

struct EmulateArgs {
  int port = 0;
  std::string world;
  std::string faults;
  std::string latency;
  std::uint64_t seed = 0;
  int threads = 256;
  std::int64_t rpm = 0, tpm = 0;
  bool log = false;
  std::string batch_delay = "2s";
};

int run(const EmulateArgs& args) {
  sim::World world = sim::default_world();
  if (!args.world.empty()) {
    auto loaded = sim::load_world(args.world);
    if (!loaded) {
      std::cerr << "aep emulate: " << loaded.error().message << "\n";
      return kExitUsage;
    }
    world = std::move(loaded).value();
  }
  emulator::EmulatorOptions options;
  options.port = args.port;
  options.seed = args.seed;
  options.threads = args.threads;
  options.log = args.log;
  {
    // "2s", "500ms", "1m": how long a batch stays in progress.
    const std::string& d = args.batch_delay;
    std::size_t digits = 0;
    while (digits < d.size() && (std::isdigit(static_cast<unsigned char>(d[digits])) || d[digits] == '.')) ++digits;
    std::string unit = d.substr(digits);
    double value = digits ? std::atof(d.substr(0, digits).c_str()) : -1;
    double scale = unit == "ms" ? 1 : unit == "s" || unit.empty() ? 1000 : unit == "m" ? 60000 : -1;
    if (value < 0 || scale < 0) {
      std::cerr << "aep emulate: --batch-delay: expected a duration such as 2s, 500ms or 1m, got `" << d << "`\n";
      return kExitUsage;
    }
    options.batch_delay = std::chrono::milliseconds(static_cast<std::int64_t>(value * scale));
  }
  if (args.rpm > 0) options.rpm = args.rpm;
  if (args.tpm > 0) options.tpm = args.tpm;
  auto faults = emulator::parse_faults(args.faults);
  if (!faults) {
    std::cerr << "aep emulate: --faults: " << faults.error().message << "\n";
    return kExitUsage;
  }
  options.faults = *faults;
  if (!args.latency.empty()) {
    auto latency = sim::parse_latency(args.latency);
    if (!latency) {
      std::cerr << "aep emulate: --latency: " << latency.error().message << "\n";
      return kExitUsage;
    }
    options.latency = *latency;
  }
  std::size_t tasks = world.tasks.size();
  std::string world_name = world.name.empty() ? (args.world.empty() ? "built-in empty world" : args.world) : world.name;
  std::string why_estimate;
  const sim::TokenCounter& counter = sim::best_token_counter(&why_estimate);
  if (!why_estimate.empty())
    std::cerr << "aep emulate: warning: token counts are estimates: " << why_estimate << "\n";
  options.sim = std::make_shared<sim::Sim>(std::move(world), &counter);

  // Block the stop signals in every thread the server starts; one thread
  // waits for them and stops the server cleanly.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  emulator::Emulator emu(std::move(options));
  auto port = emu.bind();
  if (!port) {
    std::cerr << "aep emulate: " << port.error().message << "\n";
    return kExitUsage;
  }
  std::cout << "listening on http://127.0.0.1:" << *port << std::endl;
  std::cerr << fmt::format("aep emulate: world `{}` ({} tasks), faults `{}`, latency `{}`, seed {}, "
                           "tokens {}; Ctrl-C stops\n", world_name, tasks, args.faults.empty() ? "none" : args.faults,
                           args.latency.empty() ? "from the world" : args.latency, args.seed, counter.name());
  auto print_stats = [&] {
    auto stats = emu.stats();
    std::string faults_seen;
    for (const auto& [k, v] : stats.by_fault) faults_seen += fmt::format(" {}={}", k, v);
    std::cerr << fmt::format("aep emulate: served {} requests; faults:{}\n", stats.requests,
                             faults_seen.empty() ? " none" : faults_seen);
  };
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    emu.stop();
    // Let calls in flight finish (at most 2 s), then leave without waiting
    // for idle keep-alive connections to time out.
    for (int i = 0; i < 200 && emu.active_requests() > 0; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    print_stats();
    emu.write_timeline();
    std::cout.flush();
    std::_Exit(kExitOk);
  });
  emu.serve();
  // serve() returns on its own only if the server failed.
  std::cerr << "aep emulate: the server stopped unexpectedly\n";
  print_stats();
  std::_Exit(kExitUsage);
}

AEP_COMMAND("emulate", 70, [](CLI::App& app) {
  auto* sub = app.add_subcommand(
      "emulate",
      "Serve the offline sim world over HTTP in every provider wire format");
  sub->footer(
      "Serves on 127.0.0.1 only. One port speaks every format, by path:\n"
      "  POST /v1/chat/completions   OpenAI Chat        POST /v1/responses  OpenAI Responses\n"
      "  POST /v1/messages           Anthropic          POST /api/chat      Ollama (streams unless stream:false)\n"
      "  POST /v1beta/models/M:generateContent, :streamGenerateContent?alt=sse  Gemini (also /v1/models/...)\n"
      "  GET  /v1/models, /api/tags, /healthz, /aep/stats (requests by format, fault, item)\n"
      "Batches: POST /v1/files + /v1/batches, GET /v1/batches/ID, /v1/files/ID/content (OpenAI);\n"
      "  POST /v1/messages/batches, GET /v1/messages/batches/ID[/results] (Anthropic);\n"
      "  each completes --batch-delay after creation.\n"
      "Point SDKs at it: openai baseURL http://127.0.0.1:PORT/v1; anthropic baseURL\n"
      "http://127.0.0.1:PORT; @google/genai httpOptions.baseUrl http://127.0.0.1:PORT;\n"
      "ollama host http://127.0.0.1:PORT. API keys are accepted and ignored.\n\n"
      "--faults takes KIND:PROBABILITY[:OPTION=VALUE] entries separated by commas:\n"
      "  429 (retry-after=S, retry-after-ms=MS), quota, 500, 503, 529, hang (for=30s),\n"
      "  truncate, malformed, cut-stream. Example:\n"
      "  --faults 429:0.05:retry-after=1,500:0.02,529:0.02,hang:0.01:for=5s,cut-stream:0.02\n"
      "--latency takes fixed:50ms, uniform:20ms,80ms, normal:50ms,10ms or lognormal:50ms,0.3;\n"
      "without it the world's noise.latency applies.\n"
      "Faults and latency depend only on --seed, the request and how often the same\n"
      "request was seen, so reruns are reproducible. Headers x-aep-item-id and\n"
      "x-aep-sample-index name the eval item and sample. See docs/sim.md and docs/runtime.md.");
  auto args = std::make_shared<EmulateArgs>();
  sub->add_option("--port", args->port, "TCP port on 127.0.0.1; 0 picks a free one and prints it")
      ->check(CLI::Range(0, 65535));
  sub->add_option("--world", args->world, "world file (JSON, see docs/sim.md); default: an empty world");
  sub->add_option("--faults", args->faults, "fault injection SPEC (see below)");
  sub->add_option("--latency", args->latency, "latency distribution SPEC (see below)");
  sub->add_option("--seed", args->seed, "seed for faults and --latency draws");
  sub->add_option("--threads", args->threads, "worker threads; each open connection holds one (default 256)")
      ->check(CLI::Range(1, 4096));
  sub->add_option("--rpm", args->rpm, "enforce a requests-per-minute limit (429 with retry-after past it)")
      ->check(CLI::PositiveNumber);
  sub->add_option("--tpm", args->tpm, "enforce a tokens-per-minute limit")->check(CLI::PositiveNumber);
  sub->add_option("--batch-delay", args->batch_delay, "how long a batch stays in progress (default 2s)");
  sub->add_flag("--log", args->log, "log one line per request on stderr (no headers, no keys)");
  return [args] { return run(*args); };
});

}  // namespace
}  // namespace aep::cli
