// Traces: one JSON line per provider call, appended to `<run dir>/traces.jsonl`.
//
// Each line is written with a single write(2) on a file opened O_APPEND, so
// a line is on disk (in the kernel) before write() returns: a crash loses
// nothing already written, and concurrent writers (threads or processes)
// never interleave inside a line. API keys never appear in a line: every
// string goes through redact_secrets(), and the values of the usual key
// environment variables, plus any added with add_secret(), are replaced
// verbatim — with or without `--redact`. With `redact = true` e-mails, phone
// numbers and card numbers go too (redact_personal()).
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/source/expected.hpp"

namespace aep::trace {

struct TraceRecord {
  std::chrono::system_clock::time_point time = std::chrono::system_clock::now();
  std::string build_hash;   // the build the prompt came from
  std::string prompt;       // "file.aep#Prompt"
  std::string target;       // wire format, e.g. "openai-chat"
  std::string provider;
  std::string model;
  std::optional<long> input_tokens;
  std::optional<long> output_tokens;
  std::optional<long> cached_tokens;
  std::optional<double> cost_usd;
  double latency_ms = 0;
  std::string status = "ok";           // "ok", "error", "cancelled", ...
  std::optional<long> http_status;
  int retries = 0;
  bool cache_hit = false;
  std::optional<std::string> error;
  std::string input;                   // the prompt text as sent
  std::string output;                  // the model's text
  nlohmann::json extra = nlohmann::json::object();  // fallback steps, request id, sample index...
};

struct TraceOptions {
  bool redact = false;  // --redact: e-mails, phones, cards as well as keys
  bool fsync = false;   // fsync after each line: survive power loss, not only crashes
};

// Environment variables whose values are treated as secrets by every writer.
const std::vector<std::string>& key_environment_variables();

class TraceWriter {
 public:
  static constexpr const char* kFileName = "traces.jsonl";

  static Expected<std::unique_ptr<TraceWriter>> open(const std::filesystem::path& run_dir, TraceOptions options = {});
  ~TraceWriter();

  // A value (e.g. the API key in use) to replace wherever it appears.
  void add_secret(std::string value);
  Expected<bool> write(const TraceRecord& record);
  // The line write() would append, without the newline: redaction applied.
  std::string format(const TraceRecord& record) const;

  const std::filesystem::path& path() const { return path_; }

 private:
  TraceWriter(int fd, std::filesystem::path path, TraceOptions options);
  std::string clean(std::string_view text) const;
  nlohmann::json clean_json(const nlohmann::json& value) const;

  int fd_;
  std::filesystem::path path_;
  TraceOptions options_;
  std::vector<std::string> secrets_;
  mutable std::mutex mutex_;
};

// "2026-11-25T20:35:01.123Z"
std::string iso8601_utc(std::chrono::system_clock::time_point time);

}  // namespace aep::trace
