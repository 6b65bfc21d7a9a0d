// The emulator server behind `aep emulate`: the sim over HTTP on loopback,
// every wire format on one port by path (docs/runtime.md, "Emulator"):
//   POST /v1/chat/completions                         OpenAI Chat
//   POST /v1/responses                                OpenAI Responses
//   POST /v1/messages                                 Anthropic Messages
//   POST /v1beta/models/{m}:generateContent           Gemini (also /v1/ and
//   POST /v1beta/models/{m}:streamGenerateContent      /v1alpha/; ?alt=sse)
//   POST /api/chat                                    Ollama
//   GET  /v1/models, /api/tags, /api/version, /healthz
//   GET  /aep/stats                                   requests by format, fault, item (JSON)
//   OpenAI Files + Batches, Anthropic Message Batches (batches.hpp)
// Headers x-aep-item-id and x-aep-sample-index, when sent, name the eval
// item and the sample index the sim draws for.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "compiler/source/expected.hpp"
#include "runtime/emulator/faults.hpp"
#include "runtime/sim/latency.hpp"
#include "runtime/sim/sim.hpp"

namespace aep::emulator {

struct EmulatorOptions {
  std::string host = "127.0.0.1";
  int port = 0;  // 0 picks a free port
  std::shared_ptr<const sim::Sim> sim;
  FaultPlan faults;
  std::optional<sim::LatencyDist> latency;  // overrides the world's latency
  std::uint64_t seed = 0;                   // seeds faults and --latency draws
  int threads = 256;  // worker threads; each open connection holds one
  std::optional<std::int64_t> rpm, tpm;     // enforced limits, when set
  bool log = false;                         // one line per request on stderr
  // Batches (OpenAI Batch, Anthropic Message Batches) complete this long after creation.
  std::chrono::milliseconds batch_delay{2000};
};

struct EmulatorStats {
  std::uint64_t requests = 0;
  std::map<std::string, std::uint64_t> by_format;
  std::map<std::string, std::uint64_t> by_fault;
  std::map<std::string, std::uint64_t> by_item;  // x-aep-item-id of model calls
  std::uint64_t batches = 0;                     // batches created (both APIs)
};

class Emulator {
 public:
  explicit Emulator(EmulatorOptions options);
  ~Emulator();
  Emulator(const Emulator&) = delete;
  Emulator& operator=(const Emulator&) = delete;

  // Binds the listening socket; returns the port (useful with port 0).
  Expected<int> bind();
  // Serves until stop(); call after bind().
  void serve();
  // Wakes sleeping handlers (latency, hangs) and stops accepting. serve()
  // returns once every open connection has closed or timed out (keep-alive
  // connections idle up to 5 s); a process may exit as soon as
  // active_requests() is zero instead.
  void stop();
  int active_requests() const;
  EmulatorStats stats() const;
  // Writes the AEP_EMULATOR_TIMELINE file, when that variable named one
  // (once; the destructor calls it too, for processes that end normally).
  void write_timeline();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace aep::emulator
